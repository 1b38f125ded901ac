#include "delivery/Outbox.h"
#include "../storage/CommentPrinters.h"
#include "comments/CommentSender.h"
#include "storage/CommentStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using State = OwnComment::State;
using namespace std::chrono_literals;

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

// Sends nowhere: records each send, and answers when the test says (or at once, from the event loop, with
// the scripted outcome). Every fake of a test shares one set of comments in flight, so a second send of a
// comment still in flight, by any fake, is counted.
class FakeSender : public CommentSender
{
public:
    explicit FakeSender(std::shared_ptr<QSet<QString>> inFlight = std::make_shared<QSet<QString>>())
        : m_inFlight(std::move(inFlight))
    { }

    void send(const OwnComment& comment) override
    {
        sent.append(comment);
        if (m_inFlight->contains(comment.localId))
            ++overlappingSends;
        m_inFlight->insert(comment.localId);
        if (onSend)
            onSend(comment);
        if (script) {
            const DeliveryResult result = script(comment);
            QTimer::singleShot(0, this, [this, id = comment.localId, result] { answer(id, result); });
        }
    }
    void fetchPage(int, int) override { }

    void answer(const QString& localId, const DeliveryResult& result)
    {
        m_inFlight->remove(localId);
        emit sendFinished(localId, result);
    }
    // Answers the latest send.
    void answerLast(const DeliveryResult& result) { answer(sent.constLast().localId, result); }

    QList<OwnComment> sent;
    int overlappingSends = 0;
    // Called inside send(), before it returns.
    std::function<void(const OwnComment&)> onSend;
    // When set, every send is answered from the event loop with what it returns.
    std::function<DeliveryResult(const OwnComment&)> script;

private:
    std::shared_ptr<QSet<QString>> m_inFlight;
};

const CommentDraft draft {QStringLiteral("读者 😀"),
                          QStringLiteral("reader@example.com"),
                          QStringLiteral("<b>Bold?</b> No: text. שלום 深圳 👩‍👩‍👧"),
                          QStringLiteral("shenzhen")};

CommentDraft draftSaying(const QString& text)
{
    return CommentDraft {QStringLiteral("n"), {}, text, {}};
}

ServerComment serverComment(const QString& id, ServerComment::Status status)
{
    ServerComment comment;
    comment.objectId = id;
    comment.status = status;
    return comment;
}

// Processes events until the condition holds or five seconds pass; `step` runs between rounds.
bool waitUntil(const std::function<bool()>& condition, const std::function<void()>& step = {})
{
    QDeadlineTimer deadline(5000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        if (step)
            step();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace

class OutboxTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    std::unique_ptr<CommentStore> store = std::make_unique<CommentStore>(path);
    FakeSender sender;
    QDateTime now = t0;
    double random = 0.5;

    std::unique_ptr<Outbox> makeOutbox(CommentStore* onStore, CommentSender* withSender)
    {
        auto made = std::make_unique<Outbox>(onStore, withSender);
        made->setClock([this] { return now; });
        made->setRandomSource([this] { return random; });
        return made;
    }
    std::unique_ptr<Outbox> outbox = makeOutbox(store.get(), &sender);

    OwnComment stored(const QString& localId) { return store->comment(localId).value_or(OwnComment {}); }
};

TEST_F(OutboxTest, StoresTheCommentAndClearsTheDraftBeforeSending)
{
    ASSERT_TRUE(store->saveDraft(draft));
    std::optional<OwnComment> atSendTime;
    CommentDraft draftAtSendTime = draft;
    sender.onSend = [&](const OwnComment& comment) {
        atSendTime = store->comment(comment.localId);
        draftAtSendTime = store->draft();
    };
    QSignalSpy added(outbox.get(), &Outbox::commentAdded);

    const auto submitted = outbox->submit(draft);
    ASSERT_TRUE(submitted.has_value()) << outbox->lastError().toStdString();
    ASSERT_EQ(sender.sent.size(), 1);
    ASSERT_TRUE(atSendTime.has_value());
    EXPECT_EQ(atSendTime->content, draft);
    EXPECT_EQ(atSendTime->state, State::Sending);
    EXPECT_TRUE(draftAtSendTime.isEmpty());
    EXPECT_EQ(sender.sent.constFirst().content, draft);
    EXPECT_EQ(sender.sent.constFirst().localId, submitted->localId);
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.at(0).at(0).value<OwnComment>(), *submitted);
}

TEST_F(OutboxTest, ADeliveredCommentIsSentOrAwaitsModeration)
{
    QSignalSpy changed(outbox.get(), &Outbox::commentChanged);
    const auto published = outbox->submit(draftSaying(QStringLiteral("one")));
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s1"), ServerComment::Status::Approved)));
    const auto held = outbox->submit(draftSaying(QStringLiteral("two")));
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s2"), ServerComment::Status::Waiting)));
    const auto spam = outbox->submit(draftSaying(QStringLiteral("spam")));
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s4"), ServerComment::Status::Spam)));
    const auto unknown = outbox->submit(draftSaying(QStringLiteral("unknown")));
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s5"), ServerComment::Status::Unknown)));
    const auto duplicate = outbox->submit(draftSaying(QStringLiteral("three")));
    sender.answerLast(DeliveryResult::delivered());

    EXPECT_EQ(stored(published->localId).state, State::Sent);
    EXPECT_EQ(stored(published->localId).serverId, QStringLiteral("s1"));
    EXPECT_EQ(stored(held->localId).state, State::AwaitingModeration);
    EXPECT_EQ(stored(held->localId).serverId, QStringLiteral("s2"));
    // A comment the server marked as spam is not awaiting moderation: it is what it is.
    EXPECT_EQ(stored(spam->localId).state, State::MarkedAsSpam);
    EXPECT_EQ(stored(spam->localId).serverId, QStringLiteral("s4"));
    EXPECT_EQ(stored(unknown->localId).state, State::Sent);
    EXPECT_EQ(stored(duplicate->localId).state, State::Sent);
    EXPECT_EQ(stored(duplicate->localId).attempts, 1);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.constLast().at(0).value<OwnComment>(), stored(duplicate->localId));
    EXPECT_EQ(sender.sent.size(), 5);
}

TEST_F(OutboxTest, SendsOneCommentAtATime)
{
    const auto first = outbox->submit(draftSaying(QStringLiteral("first")));
    const auto second = outbox->submit(draftSaying(QStringLiteral("second")));
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(stored(second->localId).state, State::Queued);
    sender.answerLast(DeliveryResult::delivered());
    ASSERT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.sent.at(1).localId, second->localId);
    EXPECT_EQ(stored(first->localId).state, State::Sent);
}

TEST_F(OutboxTest, BacksOffOnTheInjectedClockAndCountsAttempts)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("patience")));
    const QString id = comment->localId;
    // With random 0.5 the delays are half the ceilings: 1 s, 2 s, 4 s, 8 s.
    const QList<int> expectedDelaysMs {1000, 2000, 4000, 8000};
    for (int attempt = 1; attempt <= expectedDelaysMs.size(); ++attempt) {
        ASSERT_EQ(sender.sent.size(), attempt);
        EXPECT_EQ(sender.sent.constLast().attempts, attempt);
        sender.answerLast(DeliveryResult::retry(QStringLiteral("Server error 503")));
        const OwnComment queued = stored(id);
        EXPECT_EQ(queued.state, State::Queued);
        EXPECT_EQ(queued.lastError, QStringLiteral("Server error 503"));
        const QDateTime due = now.addMSecs(expectedDelaysMs.at(attempt - 1));
        EXPECT_EQ(queued.nextAttemptAt, due) << "attempt " << attempt;

        now = due.addMSecs(-1);
        outbox->sendDue();
        EXPECT_EQ(sender.sent.size(), attempt) << "sent before it was due";
        now = due;
        outbox->sendDue();
    }
    sender.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(stored(id).state, State::Sent);
    EXPECT_EQ(stored(id).attempts, 5);
    EXPECT_TRUE(stored(id).lastError.isEmpty());
}

TEST_F(OutboxTest, HonoursRetryAfterWhenItIsLaterThanTheBackoff)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("later please")));
    sender.answerLast(DeliveryResult::retry(QStringLiteral("Too many requests"), 120));
    EXPECT_EQ(stored(comment->localId).nextAttemptAt, t0.addSecs(120));

    now = t0.addSecs(119);
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 1);
    now = t0.addSecs(120);
    outbox->sendDue();
    ASSERT_EQ(sender.sent.size(), 2);
    // Retry-After 0 is earlier than the backoff (half of 4 s): the backoff wins.
    sender.answerLast(DeliveryResult::retry(QStringLiteral("Too many requests"), 0));
    EXPECT_EQ(stored(comment->localId).nextAttemptAt, now.addSecs(2));
}

TEST_F(OutboxTest, NeverGivesUpAndKeepsTheLastErrorForTheReader)
{
    random = 0.999;
    const auto comment = outbox->submit(draftSaying(QStringLiteral("stubborn")));
    for (int attempt = 1; attempt <= 12; ++attempt) {
        sender.answerLast(DeliveryResult::retry(QStringLiteral("Network unreachable (%1)").arg(attempt)));
        now = stored(comment->localId).nextAttemptAt;
        outbox->sendDue();
    }
    ASSERT_EQ(sender.sent.size(), 13);
    sender.answerLast(DeliveryResult::retry(QStringLiteral("Network unreachable")));
    const OwnComment waiting = stored(comment->localId);
    EXPECT_EQ(waiting.state, State::Queued);
    EXPECT_EQ(waiting.attempts, 13);
    EXPECT_EQ(waiting.lastError, QStringLiteral("Network unreachable"));
    EXPECT_EQ(now.msecsTo(waiting.nextAttemptAt), qint64(0.999 * 600'000));
}

TEST_F(OutboxTest, ARejectedCommentFailsWithTheReasonAndGoesBackToTheDraftExactly)
{
    QSignalSpy rejected(outbox.get(), &Outbox::commentRejected);
    QSignalSpy removed(outbox.get(), &Outbox::commentRemoved);
    const auto comment = outbox->submit(draft);
    sender.answerLast(DeliveryResult::rejected(QStringLiteral("Comment too short <script>")));

    const OwnComment failed = stored(comment->localId);
    EXPECT_EQ(failed.state, State::Failed);
    EXPECT_EQ(failed.lastError, QStringLiteral("Comment too short <script>"));
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.at(0).at(0).value<OwnComment>(), failed);
    now = t0.addSecs(3600);
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 1) << "a rejected comment is not sent again by itself";

    const auto back = outbox->returnToDraft(comment->localId);
    ASSERT_TRUE(back.has_value()) << outbox->lastError().toStdString();
    EXPECT_EQ(*back, draft);
    EXPECT_EQ(store->draft(), draft);
    EXPECT_FALSE(store->comment(comment->localId).has_value());
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toString(), comment->localId);
}

TEST_F(OutboxTest, RetriesAFailedCommentWhenAsked)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("again")));
    sender.answerLast(DeliveryResult::rejected(QStringLiteral("Server said no")));
    ASSERT_TRUE(outbox->retry(comment->localId)) << outbox->lastError().toStdString();
    ASSERT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.sent.constLast().attempts, 1);
    sender.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(stored(comment->localId).state, State::Sent);
    EXPECT_FALSE(outbox->retry(comment->localId));
    EXPECT_FALSE(outbox->lastError().isEmpty());
}

TEST_F(OutboxTest, DiscardsAQueuedCommentButNotOneBeingSent)
{
    QSignalSpy removed(outbox.get(), &Outbox::commentRemoved);
    const auto sending = outbox->submit(draftSaying(QStringLiteral("in flight")));
    const auto queued = outbox->submit(draftSaying(QStringLiteral("waiting")));
    EXPECT_FALSE(outbox->discard(sending->localId));
    EXPECT_FALSE(outbox->lastError().isEmpty());
    ASSERT_TRUE(outbox->discard(queued->localId)) << outbox->lastError().toStdString();
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(outbox->comments().size(), 1);
    sender.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(sender.sent.size(), 1);
}

TEST_F(OutboxTest, RefusesADraftThatBreaksTheRulesAndKeepsIt)
{
    const CommentDraft blank {QStringLiteral("n"), {}, QStringLiteral("\u3000\u200B"), {}};
    ASSERT_TRUE(store->saveDraft(blank));
    EXPECT_FALSE(outbox->submit(blank).has_value());
    EXPECT_TRUE(outbox->lastError().contains(QStringLiteral("Write a comment"))) << outbox->lastError().toStdString();
    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_EQ(store->draft(), blank);
    EXPECT_TRUE(sender.sent.isEmpty());
}

TEST_F(OutboxTest, ResumesQueuedCommentsAfterARestartAndCountsEarlierAttempts)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("survives")));
    sender.answerLast(DeliveryResult::retry(QStringLiteral("offline")));
    const QDateTime due = stored(comment->localId).nextAttemptAt;
    outbox.reset();
    store.reset();

    now = due;
    store = std::make_unique<CommentStore>(path);
    FakeSender afterRestart;
    outbox = makeOutbox(store.get(), &afterRestart);
    EXPECT_TRUE(afterRestart.sent.isEmpty()) << "nothing is sent before start()";
    outbox->start();
    ASSERT_EQ(afterRestart.sent.size(), 1);
    EXPECT_EQ(afterRestart.sent.constFirst().localId, comment->localId);
    EXPECT_EQ(afterRestart.sent.constFirst().attempts, 2);
    afterRestart.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(stored(comment->localId).state, State::Sent);
}

TEST_F(OutboxTest, SendsAgainWhenTheClaimOfAKilledAppExpires)
{
    // Another app instance claimed the comment and was killed mid-send: its claim stays in the file.
    OwnComment orphan;
    orphan.localId = QStringLiteral("orphan");
    orphan.content = draft;
    orphan.createdAt = t0;
    orphan.nextAttemptAt = t0;
    ASSERT_TRUE(store->addComment(orphan));
    ASSERT_TRUE(store->claimNextDue(QStringLiteral("killed"), t0, t0.addSecs(60)).has_value());

    now = t0.addSecs(59);
    outbox->start();
    EXPECT_TRUE(sender.sent.isEmpty());
    now = t0.addSecs(60);
    outbox->sendDue();
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().attempts, 2);
}

TEST_F(OutboxTest, ReleasesItsClaimWhenClosedMidSend)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("closing")));
    ASSERT_EQ(sender.sent.size(), 1);
    outbox.reset();
    EXPECT_EQ(stored(comment->localId).state, State::Queued);

    FakeSender next;
    outbox = makeOutbox(store.get(), &next);
    outbox->start();
    ASSERT_EQ(next.sent.size(), 1);
    EXPECT_EQ(next.sent.constFirst().attempts, 2);
}

TEST_F(OutboxTest, GivesUpOnAnAttemptWithNoAnswerAndIgnoresTheLateAnswer)
{
    const auto comment = outbox->submit(draftSaying(QStringLiteral("silence")));
    now = t0.addSecs(59);
    outbox->sendDue();
    EXPECT_EQ(stored(comment->localId).state, State::Sending);
    now = t0.addSecs(60);
    outbox->sendDue();
    const OwnComment rescheduled = stored(comment->localId);
    EXPECT_EQ(rescheduled.state, State::Queued);
    EXPECT_FALSE(rescheduled.lastError.isEmpty());
    EXPECT_EQ(rescheduled.nextAttemptAt, now.addSecs(1));

    sender.answer(comment->localId, DeliveryResult::rejected(QStringLiteral("too late")));
    EXPECT_EQ(stored(comment->localId).state, State::Queued);
    EXPECT_EQ(sender.sent.size(), 1);
}

TEST_F(OutboxTest, TwoOutboxesOnOneFileNeverSendOneCommentTwice)
{
    auto inFlight = std::make_shared<QSet<QString>>();
    FakeSender senderA(inFlight);
    FakeSender senderB(inFlight);
    // Each comment fails once (due again at once: random 0), then is delivered.
    QHash<QString, int> sends;
    const auto script = [&sends](const OwnComment& comment) {
        return ++sends[comment.localId] == 1 ? DeliveryResult::retry(QStringLiteral("flaky"))
                                             : DeliveryResult::delivered();
    };
    senderA.script = script;
    senderB.script = script;
    random = 0.0;
    CommentStore storeB(path);
    outbox = makeOutbox(store.get(), &senderA);
    auto outboxB = makeOutbox(&storeB, &senderB);
    outboxB->start();

    constexpr int perOutbox = 15;
    for (int i = 0; i < perOutbox; ++i) {
        ASSERT_TRUE(outbox->submit(draftSaying(QStringLiteral("a%1").arg(i))).has_value());
        ASSERT_TRUE(outboxB->submit(draftSaying(QStringLiteral("b%1").arg(i))).has_value());
    }
    const auto allSent = [&] {
        const QList<OwnComment> all = store->comments();
        return std::all_of(all.cbegin(), all.cend(), [](const OwnComment& c) { return c.state == State::Sent; });
    };
    ASSERT_TRUE(waitUntil(allSent, [&] {
        outbox->sendDue();
        outboxB->sendDue();
    }));

    EXPECT_EQ(senderA.overlappingSends + senderB.overlappingSends, 0);
    EXPECT_EQ(sends.size(), 2 * perOutbox);
    for (auto it = sends.cbegin(); it != sends.cend(); ++it)
        EXPECT_EQ(it.value(), 2) << it.key().toStdString();
    EXPECT_GT(senderA.sent.size(), 0);
    EXPECT_GT(senderB.sent.size(), 0);
}

TEST_F(OutboxTest, KeepsCommentsOnThisComputerWithoutAServer)
{
    auto localOnly = makeOutbox(store.get(), nullptr);
    EXPECT_TRUE(localOnly->isLocalOnly());
    localOnly->start();
    ASSERT_TRUE(store->saveDraft(draft));
    const auto comment = localOnly->submit(draft);
    ASSERT_TRUE(comment.has_value()) << localOnly->lastError().toStdString();
    EXPECT_EQ(comment->state, State::SavedLocally);
    EXPECT_FALSE(comment->nextAttemptAt.isValid());
    EXPECT_EQ(stored(comment->localId), *comment);
    EXPECT_TRUE(store->draft().isEmpty());
    EXPECT_FALSE(store->earliestDue().has_value());
    EXPECT_FALSE(localOnly->retry(comment->localId));

    // The outbox with a server never sends it by itself; the reader may send it once a server is set up.
    outbox->start();
    EXPECT_TRUE(sender.sent.isEmpty());
    ASSERT_TRUE(outbox->retry(comment->localId)) << outbox->lastError().toStdString();
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().content, draft);
}

namespace {

// A store whose claims name a child process that was started and killed: an app killed mid-send.
CommentStore::Options asAKilledProcess()
{
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    CommentStore::Options options;
    if (!child.waitForStarted())
        return options;
    options.self = ProcessIdentity {child.processId(), QSysInfo::machineHostName()};
    child.kill();
    child.waitForFinished();
    return options;
}

CommentStore::Options readOnly()
{
    CommentStore::Options options;
    options.readOnly = true;
    return options;
}

} // namespace

TEST_F(OutboxTest, SendsAtOnceWhenTheProcessThatClaimedTheCommentIsGone)
{
    const CommentStore::Options killed = asAKilledProcess();
    ASSERT_GT(killed.self.pid, 0);
    {
        CommentStore killedStore(path, killed);
        OwnComment orphan;
        orphan.localId = QStringLiteral("orphan");
        orphan.content = draft;
        orphan.createdAt = t0;
        orphan.nextAttemptAt = t0;
        ASSERT_TRUE(killedStore.addComment(orphan));
        ASSERT_TRUE(killedStore.claimNextDue(QStringLiteral("killed"), t0, t0.addSecs(60)).has_value());
    }
    now = t0.addSecs(1);
    outbox->start();
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().localId, QStringLiteral("orphan"));
    EXPECT_EQ(sender.sent.constFirst().attempts, 2);
    sender.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(stored(QStringLiteral("orphan")).state, State::Sent);
}

TEST_F(OutboxTest, OnAReadOnlyStoreSaysANewCommentWasNotStoredAndSendsNothing)
{
    ASSERT_TRUE(store->saveDraft(draft));
    outbox.reset();
    store = std::make_unique<CommentStore>(path, readOnly());
    ASSERT_EQ(store->openReport().status, CommentStore::OpenReport::Status::ReadOnly);
    outbox = makeOutbox(store.get(), &sender);
    QSignalSpy added(outbox.get(), &Outbox::commentAdded);

    EXPECT_FALSE(outbox->submit(draft).has_value());
    EXPECT_TRUE(outbox->lastError().contains(QStringLiteral("not stored"))) << outbox->lastError().toStdString();
    EXPECT_TRUE(outbox->lastError().contains(QStringLiteral("cannot be written"))) << outbox->lastError().toStdString();
    EXPECT_TRUE(sender.sent.isEmpty());
    EXPECT_EQ(added.count(), 0);
    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_EQ(store->draft(), draft);
}

// The file cannot record the delivery: memory does, for the session, so the comment is sent once; the next
// start sends it again and the server's "Duplicate Content" (delivered() without a comment) settles it.
TEST_F(OutboxTest, OnAReadOnlyStoreDeliversEachQueuedCommentOncePerSession)
{
    const auto waiting = outbox->submit(draftSaying(QStringLiteral("queued before the remount")));
    ASSERT_TRUE(waiting.has_value());
    sender.answerLast(DeliveryResult::retry(QStringLiteral("Network unreachable")));
    outbox.reset();
    store = std::make_unique<CommentStore>(path, readOnly());
    ASSERT_EQ(store->openReport().status, CommentStore::OpenReport::Status::ReadOnly);

    for (int session = 0; session < 2; ++session) {
        SCOPED_TRACE(session);
        FakeSender fresh;
        auto readOnlyOutbox = makeOutbox(store.get(), &fresh);
        now = t0.addSecs(3600);
        readOnlyOutbox->start();
        ASSERT_EQ(fresh.sent.size(), 1);
        EXPECT_EQ(fresh.sent.constFirst().localId, waiting->localId);
        fresh.answerLast(session == 0 ? DeliveryResult::delivered(
                             serverComment(QStringLiteral("s1"), ServerComment::Status::Approved))
                                      : DeliveryResult::delivered());
        EXPECT_EQ(store->comment(waiting->localId)->state, State::Sent);
        now = t0.addDays(2);
        readOnlyOutbox->sendDue();
        EXPECT_EQ(fresh.sent.size(), 1);
        readOnlyOutbox.reset();
        // A restart on the same read-only file: the file still says Queued.
        store = std::make_unique<CommentStore>(path, readOnly());
        EXPECT_EQ(store->comment(waiting->localId)->state, State::Queued);
    }
}

namespace {

// From now on the store's file refuses every write, as after a read-only remount (root ignores permission
// bits): each open store connection is made query-only, and SQLite answers SQLITE_READONLY, as on such a mount.
void makeStoreFilesRefuseWrites()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QStringLiteral("CommentStore-")))
            continue;
        QSqlQuery query(QSqlDatabase::database(name, false));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA query_only = ON"))) << query.lastError().text().toStdString();
    }
}

} // namespace

// The folder becomes read-only while a comment is on the wire: its delivery is recorded in memory (not left
// Sending, not sent again), the one queued behind it still goes out, and the reader is told once.
TEST_F(OutboxTest, WhenTheFileStopsTakingWritesMidSessionEachCommentIsStillSentOnceAndTheReaderIsTold)
{
    QSignalSpy problems(outbox.get(), &Outbox::storeProblem);
    const auto first = outbox->submit(draftSaying(QStringLiteral("on the wire at the remount")));
    ASSERT_TRUE(first.has_value());
    ASSERT_EQ(sender.sent.size(), 1);
    now = t0.addSecs(1);
    const auto second = outbox->submit(draftSaying(QStringLiteral("queued behind it")));
    ASSERT_TRUE(second.has_value());

    makeStoreFilesRefuseWrites();
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s1"), ServerComment::Status::Approved)));
    EXPECT_EQ(store->comment(first->localId)->state, State::Sent);
    ASSERT_EQ(problems.count(), 1);
    EXPECT_EQ(problems.at(0).at(0).toString(), store->sessionProblem());
    EXPECT_FALSE(store->sessionProblem().isEmpty());

    ASSERT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.sent.at(1).localId, second->localId);
    sender.answerLast(DeliveryResult::delivered(serverComment(QStringLiteral("s2"), ServerComment::Status::Approved)));
    EXPECT_EQ(store->comment(second->localId)->state, State::Sent);

    // Days later in the same session: nothing is sent again, and the reader was told only once.
    now = t0.addDays(2);
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.overlappingSends, 0);
    EXPECT_EQ(problems.count(), 1);
    // A new comment is refused with the reason, and the reader's text is not taken.
    EXPECT_FALSE(outbox->submit(draftSaying(QStringLiteral("after the remount"))).has_value());
    EXPECT_TRUE(outbox->lastError().contains(QStringLiteral("not stored"))) << outbox->lastError().toStdString();
}
