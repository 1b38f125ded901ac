#include "Outbox.h"

#include "comments/CommentRules.h"
#include "comments/CommentSender.h"
#include "storage/CommentStore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(outboxLog, "pilotzones.outbox")

std::chrono::milliseconds untilThen(const QDateTime& now, const QDateTime& then)
{
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(then)));
}

} // namespace

Outbox::Outbox(CommentStore* store, CommentSender* sender, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_sender(sender)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::sendDue);
    if (m_sender)
        connect(m_sender, &CommentSender::sendFinished, this, &Outbox::onSendFinished);
}

Outbox::~Outbox()
{
    if (!m_inFlight.isEmpty() && !m_store->releaseClaim(m_inFlight, m_owner, m_clock()))
        qCWarning(outboxLog) << "Could not release the claim on" << m_inFlight << m_store->lastError();
}

void Outbox::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Outbox::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

void Outbox::setRetrySettings(const RetryPolicy::Settings& settings)
{
    m_retrySettings = settings;
}

std::optional<OwnComment> Outbox::submit(const CommentDraft& draft)
{
    const QList<CommentRules::Problem> problems = CommentRules::validateContent(draft);
    if (!problems.isEmpty()) {
        m_lastError = problems.constFirst().message;
        return std::nullopt;
    }
    const QDateTime now = m_clock();
    OwnComment comment;
    comment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.content = draft;
    comment.createdAt = now;
    comment.state = isLocalOnly() ? OwnComment::State::SavedLocally : OwnComment::State::Queued;
    if (!isLocalOnly())
        comment.nextAttemptAt = now;
    if (!m_store->addComment(comment)) {
        noticeStoreProblem();
        m_lastError
            = tr("Your comment was not stored, so it was not sent; your text is kept. %1").arg(m_store->lastError());
        return std::nullopt;
    }
    emit commentAdded(comment);
    start();
    return comment;
}

QString Outbox::lastError() const
{
    return m_lastError;
}

QList<OwnComment> Outbox::comments() const
{
    return m_store->comments();
}

std::optional<OwnComment> Outbox::comment(const QString& localId) const
{
    return m_store->comment(localId);
}

bool Outbox::retry(const QString& localId)
{
    if (isLocalOnly()) {
        m_lastError = tr("No comment server is set up, so the comment stays on this computer.");
        return false;
    }
    if (!m_store->requeue(localId, m_clock())) {
        m_lastError = m_store->lastError();
        return false;
    }
    emitChanged(localId);
    start();
    return true;
}

bool Outbox::discard(const QString& localId)
{
    return take(localId).has_value();
}

std::optional<OwnComment> Outbox::take(const QString& localId)
{
    std::optional<OwnComment> taken = m_store->takeComment(localId);
    noticeStoreProblem();
    if (!taken) {
        m_lastError = m_store->lastError();
        emitCurrent(localId);
        return std::nullopt;
    }
    emit commentRemoved(localId);
    return taken;
}

bool Outbox::restore(const OwnComment& comment)
{
    if (!m_store->restoreComment(comment)) {
        m_lastError = m_store->lastError();
        return false;
    }
    emit commentAdded(comment);
    if (m_started)
        sendDue();
    return true;
}

std::optional<CommentDraft> Outbox::returnToDraft(const QString& localId)
{
    std::optional<CommentDraft> draft = m_store->returnToDraft(localId);
    noticeStoreProblem();
    if (!draft) {
        m_lastError = m_store->lastError();
        emitCurrent(localId);
        return std::nullopt;
    }
    emit commentRemoved(localId);
    return draft;
}

void Outbox::start()
{
    m_started = true;
    sendDue();
}

void Outbox::sendDue()
{
    if (!m_started || isLocalOnly())
        return;
    const QDateTime now = m_clock();
    if (!m_inFlight.isEmpty()) {
        if (now < m_inFlightUntil) {
            scheduleNext(now);
            return;
        }
        abandonInFlight(now);
    }
    const std::optional<OwnComment> claimed
        = m_store->claimNextDue(m_owner, now, now.addMSecs(std::chrono::milliseconds(claimDuration).count()));
    noticeStoreProblem();
    if (!claimed) {
        if (!m_store->lastError().isEmpty())
            qCWarning(outboxLog) << "Could not claim a comment:" << m_store->lastError();
        scheduleNext(now);
        return;
    }
    m_inFlight = claimed->localId;
    m_inFlightAttempts = claimed->attempts;
    m_inFlightUntil = now.addMSecs(std::chrono::milliseconds(claimDuration).count());
    emit commentChanged(*claimed);
    scheduleNext(now);
    m_sender->send(*claimed);
}

void Outbox::abandonInFlight(const QDateTime& now)
{
    // The sender broke its promise of an answer within its deadline. The claim ran out, so another instance
    // may take the comment; this one schedules it like any failed attempt and ignores a late answer.
    const QString localId = std::exchange(m_inFlight, {});
    const auto delay = RetryPolicy::retryDelay(m_inFlightAttempts, m_random(), std::nullopt, m_retrySettings);
    if (!m_store->markRetry(localId, m_owner, now.addMSecs(delay.count()), tr("The server did not answer in time.")))
        qCWarning(outboxLog) << "Could not reschedule" << localId << m_store->lastError();
    emitChanged(localId);
}

void Outbox::onSendFinished(const QString& localId, const DeliveryResult& result)
{
    if (localId.isEmpty() || localId != m_inFlight)
        return; // a late answer to an attempt given up on
    m_inFlight.clear();
    const QDateTime now = m_clock();
    bool recorded = false;
    bool refused = result.outcome == DeliveryResult::Outcome::Rejected;
    switch (result.outcome) {
    case DeliveryResult::Outcome::Delivered: {
        if (result.duplicate && !mayHaveReachedTheServerBefore()) {
            // "Duplicate Content" to a first attempt is not this comment arriving twice: the server holds another
            // one with the same name, e-mail and text, and did not take this one. Counting it as delivered would be
            // a lie when that other one is not listed (Waline keeps a reply to a comment it no longer has, and
            // never lists it). See DeliveryResult::duplicate.
            refused = true;
            recorded = m_store->markFailed(localId, m_owner, duplicateReason());
            break;
        }
        // Waline holds a comment for a moderator ("waiting") or marks it as spam; a reply without a comment
        // ("Duplicate Content") or with a status this version does not know counts as sent.
        const auto status = result.comment ? result.comment->status : ServerComment::Status::Approved;
        const OwnComment::State state = status == ServerComment::Status::Waiting ? OwnComment::State::AwaitingModeration
                                        : status == ServerComment::Status::Spam  ? OwnComment::State::MarkedAsSpam
                                                                                 : OwnComment::State::Sent;
        recorded
            = m_store->markDelivered(localId, m_owner, state, result.comment ? result.comment->objectId : QString());
        break;
    }
    case DeliveryResult::Outcome::Retry: {
        const auto delay
            = RetryPolicy::retryDelay(m_inFlightAttempts, m_random(), result.retryAfterSeconds, m_retrySettings);
        const QString reason = result.reason.isEmpty() ? tr("The server could not be reached.") : result.reason;
        recorded = m_store->markRetry(localId, m_owner, now.addMSecs(delay.count()), reason);
        break;
    }
    case DeliveryResult::Outcome::Rejected: {
        const QString reason = result.reason.isEmpty() ? tr("The server refused the comment.") : result.reason;
        recorded = m_store->markFailed(localId, m_owner, reason);
        break;
    }
    }
    if (!recorded)
        qCWarning(outboxLog) << "Could not record the outcome for" << localId << m_store->lastError();
    noticeStoreProblem();
    if (const std::optional<OwnComment> updated = m_store->comment(localId)) {
        emit commentChanged(*updated);
        if (recorded && refused)
            emit commentRejected(*updated);
    }
    sendDue();
}

bool Outbox::mayHaveReachedTheServerBefore() const
{
    // The store counts an attempt when it is claimed, so an earlier one that was cut off (a lost answer, a timeout,
    // kill -9) shows as attempts > 1. A store that cannot write its file cannot count them across restarts.
    return m_inFlightAttempts > 1 || !m_store->sessionProblem().isEmpty()
           || m_store->openReport().status == CommentStore::OpenReport::Status::ReadOnly;
}

QString Outbox::duplicateReason()
{
    return tr("The comment server already holds a comment with exactly this name, email and text, so it did not take "
              "this one again. If that one is not in the list, the server kept it as a reply to a comment that is "
              "gone: change the text a little and send it again.");
}

void Outbox::scheduleNext(const QDateTime& now)
{
    // One timer serves both the next due time and the slow poll: it never sleeps longer than pollInterval.
    std::chrono::milliseconds wait = pollInterval;
    if (!m_inFlight.isEmpty())
        wait = std::min(wait, untilThen(now, m_inFlightUntil));
    else if (const std::optional<QDateTime> due = m_store->earliestDue())
        wait = std::min(wait, untilThen(now, *due));
    m_timer.start(wait);
}

void Outbox::noticeStoreProblem()
{
    if (m_storeProblemSaid || m_store->sessionProblem().isEmpty())
        return;
    m_storeProblemSaid = true;
    qCWarning(outboxLog) << "The comment store went on in memory:" << m_store->sessionProblemDetail();
    emit storeProblem(m_store->sessionProblem());
}

void Outbox::emitChanged(const QString& localId)
{
    if (const std::optional<OwnComment> comment = m_store->comment(localId))
        emit commentChanged(*comment);
}

void Outbox::emitCurrent(const QString& localId)
{
    if (const std::optional<OwnComment> comment = m_store->comment(localId))
        emit commentChanged(*comment);
    else
        emit commentRemoved(localId);
}
