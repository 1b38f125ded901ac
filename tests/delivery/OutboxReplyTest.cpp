// A reply goes through the outbox like any comment: its reply target is stored with it and reaches the sender
// unchanged on the first attempt, on a retry, and after the app was killed mid-send.

#include "../storage/CommentPrinters.h"
#include "comments/CommentSender.h"
#include "delivery/Outbox.h"
#include "storage/CommentStore.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using State = OwnComment::State;

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

// Records each send; answers only when the test says.
class RecordingSender : public CommentSender
{
public:
    void send(const OwnComment& comment) override { sent.append(comment); }
    void fetchPage(int, int) override { }
    void answerLast(const DeliveryResult& result) { emit sendFinished(sent.constLast().localId, result); }

    QList<OwnComment> sent;
};

CommentDraft replyDraft()
{
    CommentDraft draft {QStringLiteral("Ann"), QStringLiteral("ann@example.org"), QStringLiteral("I agree"), {}};
    draft.quote = QStringLiteral("A passage");
    draft.replyTo = CommentReplyTarget {QStringLiteral("17"), QStringLiteral("4"), QStringLiteral("Mei \u202e")};
    return draft;
}

// Options of a store whose process is gone, as after kill -9.
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

} // namespace

class OutboxReplyTest : public ::testing::Test
{
protected:
    std::unique_ptr<Outbox> makeOutbox(CommentStore* onStore, CommentSender* withSender)
    {
        auto made = std::make_unique<Outbox>(onStore, withSender);
        made->setClock([this] { return now; });
        made->setRandomSource([] { return 0.5; });
        return made;
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    QDateTime now = t0;
};

TEST_F(OutboxReplyTest, CarriesTheReplyTargetFromStoreToSendToRetry)
{
    auto store = std::make_unique<CommentStore>(path);
    RecordingSender sender;
    auto outbox = makeOutbox(store.get(), &sender);
    const std::optional<OwnComment> submitted = outbox->submit(replyDraft());
    ASSERT_TRUE(submitted.has_value()) << outbox->lastError().toStdString();
    EXPECT_EQ(submitted->content, replyDraft());
    EXPECT_EQ(store->comment(submitted->localId)->content, replyDraft());
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constLast().content, replyDraft());

    sender.answerLast(DeliveryResult::retry(QStringLiteral("offline")));
    now = store->comment(submitted->localId)->nextAttemptAt;
    outbox->sendDue();
    ASSERT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.sent.constLast().content, replyDraft());
    EXPECT_EQ(sender.sent.constLast().attempts, 2);

    // Refused, then sent again on the reader's word: still the same reply.
    sender.answerLast(DeliveryResult::rejected(QStringLiteral("no")));
    ASSERT_TRUE(outbox->retry(submitted->localId)) << outbox->lastError().toStdString();
    ASSERT_EQ(sender.sent.size(), 3);
    EXPECT_EQ(sender.sent.constLast().content, replyDraft());
    sender.answerLast(DeliveryResult::delivered());
    EXPECT_EQ(store->comment(submitted->localId)->state, State::Sent);
    EXPECT_EQ(store->comment(submitted->localId)->content, replyDraft());
}

TEST_F(OutboxReplyTest, AReplyClaimedByAKilledAppIsSentAgainWithItsTargetAfterTheRestart)
{
    const CommentStore::Options killed = asAKilledProcess();
    ASSERT_GT(killed.self.pid, 0);
    const QString localId = QStringLiteral("reply-1");
    {
        // The killed app stored the reply (Outbox::submit) and claimed it for its send: the claim stays in the file,
        // since kill -9 runs no destructor.
        CommentStore killedStore(path, killed);
        OwnComment reply;
        reply.localId = localId;
        reply.content = replyDraft();
        reply.createdAt = t0;
        reply.nextAttemptAt = t0;
        ASSERT_TRUE(killedStore.addComment(reply));
        const std::optional<OwnComment> claimed
            = killedStore.claimNextDue(QStringLiteral("killed"), t0, t0.addSecs(60));
        ASSERT_TRUE(claimed.has_value());
        EXPECT_EQ(claimed->content, replyDraft());
    }
    auto store = std::make_unique<CommentStore>(path);
    ASSERT_EQ(store->comment(localId)->state, State::Sending);
    EXPECT_EQ(store->comment(localId)->content, replyDraft());
    RecordingSender sender;
    auto outbox = makeOutbox(store.get(), &sender);
    now = t0.addSecs(1);
    outbox->start();
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().localId, localId);
    EXPECT_EQ(sender.sent.constFirst().content, replyDraft());
    EXPECT_EQ(sender.sent.constFirst().attempts, 2);
}

TEST_F(OutboxReplyTest, ARefusedReplyGoesBackToTheDraftWithItsTarget)
{
    auto store = std::make_unique<CommentStore>(path);
    RecordingSender sender;
    auto outbox = makeOutbox(store.get(), &sender);
    const std::optional<OwnComment> submitted = outbox->submit(replyDraft());
    ASSERT_TRUE(submitted.has_value());
    sender.answerLast(DeliveryResult::rejected(QStringLiteral("The comment you replied to is gone")));
    const std::optional<CommentDraft> back = outbox->returnToDraft(submitted->localId);
    ASSERT_TRUE(back.has_value()) << outbox->lastError().toStdString();
    EXPECT_EQ(*back, replyDraft());
    store.reset();
    CommentStore reopened(path);
    EXPECT_EQ(reopened.draft(), replyDraft());
}

// Waline stores a reply to a comment it no longer has before it fails, and never lists it; the same text sent again
// is answered "Duplicate Content". That answer to a first attempt is not this comment arriving twice, so it must not
// be shown as sent.
TEST_F(OutboxReplyTest, DuplicateContentToAFirstAttemptIsARefusalWithTheReason)
{
    auto store = std::make_unique<CommentStore>(path);
    RecordingSender sender;
    auto outbox = makeOutbox(store.get(), &sender);
    int rejected = 0;
    QObject::connect(outbox.get(), &Outbox::commentRejected, outbox.get(), [&rejected] { ++rejected; });
    const std::optional<OwnComment> submitted = outbox->submit(replyDraft());
    ASSERT_TRUE(submitted.has_value());
    sender.answerLast(DeliveryResult::alreadyStored());

    const OwnComment failed = *store->comment(submitted->localId);
    EXPECT_EQ(failed.state, State::Failed);
    EXPECT_TRUE(failed.lastError.contains(QStringLiteral("already holds"))) << failed.lastError.toStdString();
    EXPECT_EQ(rejected, 1);
    // Retried on the reader's word, it is a first attempt again, and refused again the same way.
    ASSERT_TRUE(outbox->retry(submitted->localId));
    sender.answerLast(DeliveryResult::alreadyStored());
    EXPECT_EQ(store->comment(submitted->localId)->state, State::Failed);
    EXPECT_EQ(rejected, 2);
}

TEST_F(OutboxReplyTest, DuplicateContentAfterAnAttemptThatMayHaveArrivedIsDelivered)
{
    auto store = std::make_unique<CommentStore>(path);
    RecordingSender sender;
    auto outbox = makeOutbox(store.get(), &sender);
    const std::optional<OwnComment> submitted = outbox->submit(replyDraft());
    ASSERT_TRUE(submitted.has_value());
    // The answer was lost: the first attempt may have been stored.
    sender.answerLast(DeliveryResult::retry(QStringLiteral("The connection to the comment server timed out.")));
    now = store->comment(submitted->localId)->nextAttemptAt;
    outbox->sendDue();
    ASSERT_EQ(sender.sent.size(), 2);
    sender.answerLast(DeliveryResult::alreadyStored());
    EXPECT_EQ(store->comment(submitted->localId)->state, State::Sent);
}

TEST_F(OutboxReplyTest, OnAReadOnlyStoreDuplicateContentIsDeliveredSinceAttemptsCannotBeCounted)
{
    {
        CommentStore writable(path);
        OwnComment queued;
        queued.localId = QStringLiteral("queued");
        queued.content = replyDraft();
        queued.createdAt = t0;
        queued.nextAttemptAt = t0;
        ASSERT_TRUE(writable.addComment(queued));
    }
    CommentStore::Options readOnly;
    readOnly.readOnly = true;
    CommentStore store(path, readOnly);
    ASSERT_EQ(store.openReport().status, CommentStore::OpenReport::Status::ReadOnly);
    RecordingSender sender;
    auto outbox = makeOutbox(&store, &sender);
    outbox->start();
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().attempts, 1);
    sender.answerLast(DeliveryResult::alreadyStored());
    EXPECT_EQ(store.comment(QStringLiteral("queued"))->state, State::Sent);
}
