#include "FeedbackSession.h"

#include "comments/CommentRules.h"
#include "delivery/Outbox.h"
#include "listing/CommentListModel.h"

#include <utility>

FeedbackSession::FeedbackSession(CommentStore* store, Outbox* outbox, QObject* parent)
    : CommentSession(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_saved(store->draft())
    , m_profile(store->profile())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!saveDraftNow())
            emit draftSaveFailed(m_lastError);
    });
    connect(outbox, &Outbox::commentChanged, this, &FeedbackSession::commentChanged);
    connect(outbox, &Outbox::commentRejected, this, &FeedbackSession::commentRejected);
}

FeedbackSession::~FeedbackSession() = default;

void FeedbackSession::setSaveDelays(std::chrono::milliseconds pause, std::chrono::milliseconds bigInterval)
{
    m_pause = pause;
    m_bigInterval = bigInterval;
}

void FeedbackSession::setDraftSource(DraftSource source)
{
    m_source = std::move(source);
}

CommentDraft FeedbackSession::restore(const CommentDraft& typedSoFar)
{
    const CommentDraft source = m_saved.isEmpty() ? CommentDraft {m_profile.nick, m_profile.mail, {}, {}} : m_saved;
    CommentDraft merged = typedSoFar;
    if (merged.nick.isEmpty())
        merged.nick = source.nick;
    if (merged.mail.isEmpty())
        merged.mail = source.mail;
    if (merged.text.isEmpty())
        merged.text = source.text;
    if (merged.cityId.isEmpty())
        merged.cityId = source.cityId;
    if (merged.quote.isEmpty())
        merged.quote = source.quote;
    if (merged.replyTo.isEmpty())
        merged.replyTo = source.replyTo;
    if (merged != m_saved)
        draftEdited(merged.text.size());
    return merged;
}

void FeedbackSession::draftEdited(qsizetype textLength)
{
    m_dirty = true;
    if (textLength < bigDraftLength) {
        // A pause in typing: every keystroke starts the wait again.
        m_timer.start(m_pause);
    } else if (!m_timer.isActive() || m_timer.intervalAsDuration() != m_bigInterval) {
        // A big draft: the first edit since the last save sets the time, further keystrokes do not push it back.
        m_timer.start(m_bigInterval);
    }
}

bool FeedbackSession::saveDraftNow()
{
    m_timer.stop();
    if (!m_dirty || !m_source)
        return true;
    return saveDraft(m_source());
}

bool FeedbackSession::saveDraft(const CommentDraft& draft)
{
    m_timer.stop();
    m_dirty = false;
    if (draft == m_saved)
        return true;
    return write(draft);
}

bool FeedbackSession::write(const CommentDraft& draft)
{
    if (!m_store->saveDraft(draft)) {
        // Still unsaved: the next edit, focus-out or close tries again.
        m_dirty = true;
        m_lastError = tr("Your draft could not be saved: %1").arg(m_store->lastError());
        return false;
    }
    m_saved = draft;
    return true;
}

std::optional<OwnComment> FeedbackSession::submit(const CommentDraft& draft)
{
    if (!m_outbox) {
        m_lastError = tr("Comments cannot be sent yet.");
        return std::nullopt;
    }
    const QList<CommentRules::Problem> problems = CommentRules::validateContent(draft);
    if (!problems.isEmpty()) {
        m_lastError = problems.constFirst().message;
        return std::nullopt;
    }
    // The profile first: should the app be killed before the comment is stored, remembering the name did no harm,
    // and the comment's text is still in the draft. A profile that cannot be written does not stop the comment.
    const CommentStore::Profile profile {draft.nick, draft.mail};
    if (profile != m_profile && m_store->saveProfile(profile))
        m_profile = profile;

    const std::optional<OwnComment> stored = m_outbox->submit(draft);
    if (!stored) {
        //: %1 is the reason, e.g. "the comment was not stored"
        m_lastError = tr("Your comment could not be stored, so it was not sent; nothing you typed is lost. %1")
                          .arg(m_outbox->lastError());
        return std::nullopt;
    }
    // Outbox::submit removed the stored draft in the comment's own transaction.
    m_timer.stop();
    m_dirty = false;
    m_saved = {};
    return stored;
}

bool FeedbackSession::forgetProfile()
{
    if (!m_store->forgetProfile()) {
        m_lastError = tr("Your name and email could not be forgotten: %1").arg(m_store->lastError());
        return false;
    }
    m_profile = {};
    return true;
}

bool FeedbackSession::retry(const QString& localId)
{
    if (!m_outbox || !m_outbox->retry(localId)) {
        m_lastError = m_outbox ? m_outbox->lastError() : QString();
        return false;
    }
    return true;
}

bool FeedbackSession::discard(const QString& localId)
{
    if (!m_outbox || !m_outbox->discard(localId)) {
        m_lastError = m_outbox ? m_outbox->lastError() : QString();
        return false;
    }
    return true;
}

std::optional<CommentDraft> FeedbackSession::takeBack(const QString& localId)
{
    if (!m_outbox)
        return std::nullopt;
    if (!saveDraftNow())
        return std::nullopt;
    std::optional<CommentDraft> back = m_outbox->returnToDraft(localId);
    if (!back) {
        m_lastError = m_outbox->lastError();
        return std::nullopt;
    }
    // The store made it the draft in the same transaction.
    m_saved = *back;
    m_dirty = false;
    return back;
}

bool FeedbackSession::deleteComment(const QString& localId)
{
    if (!m_outbox) {
        m_lastError = tr("Comments cannot be changed yet.");
        return false;
    }
    const std::optional<OwnComment> taken = m_outbox->take(localId);
    if (!taken) {
        m_lastError = tr("The comment was not deleted: %1").arg(m_outbox->lastError());
        return false;
    }
    m_deleted.append(*taken);
    if (m_deleted.size() == 1)
        emit undoAvailableChanged(true);
    return true;
}

std::optional<OwnComment> FeedbackSession::undoDelete()
{
    if (m_deleted.isEmpty()) {
        m_lastError = tr("There is no deleted comment to bring back.");
        return std::nullopt;
    }
    if (!m_outbox) {
        m_lastError = tr("Comments cannot be changed yet.");
        return std::nullopt;
    }
    if (!m_outbox->restore(m_deleted.constLast())) {
        m_lastError = tr("The deleted comment could not be brought back: %1").arg(m_outbox->lastError());
        return std::nullopt;
    }
    const OwnComment restored = m_deleted.takeLast();
    if (m_deleted.isEmpty())
        emit undoAvailableChanged(false);
    return restored;
}

void FeedbackSession::showOn(CommentListModel* model)
{
    model->setOwnComments(m_outbox->comments());
    connect(m_outbox, &Outbox::commentAdded, model, &CommentListModel::addOwnComment);
    connect(m_outbox, &Outbox::commentChanged, model, &CommentListModel::updateOwnComment);
    connect(m_outbox, &Outbox::commentRemoved, model, &CommentListModel::removeOwnComment);
    // Once the server has the reader's comment, what others posted meanwhile is worth showing too.
    connect(m_outbox, &Outbox::commentChanged, model, [model](const OwnComment& comment) {
        if (comment.state == OwnComment::State::Sent || comment.state == OwnComment::State::AwaitingModeration)
            model->refresh();
    });
}

bool FeedbackSession::isLocalOnly() const
{
    return !m_outbox || m_outbox->isLocalOnly();
}
