// Deleting the reader's own comments and undoing it (FeedbackSession::deleteComment, undoDelete), with the outbox and
// the list on a real store; a second store on the same file plays another window of the app.
#include "FakeCommentSender.h"
#include "delivery/Outbox.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

// A Retry-After far beyond any test: the comment stays Queued however slowly the test runs (the backoff's jitter
// alone may make it due at once, and the outbox would claim it).
constexpr int retryInAnHour = 3600;

CommentDraft draftOf(const QString& text)
{
    return {QStringLiteral("Mei"), {}, text, {}};
}

} // namespace

class CommentDeletionTest : public ::testing::Test
{
protected:
    QString path() const { return dir.filePath(QStringLiteral("comments.sqlite")); }

    void open(bool hasServer, CommentStore::Options options = {})
    {
        session.reset();
        outbox.reset();
        store = std::make_unique<CommentStore>(path(), options);
        outbox = std::make_unique<Outbox>(store.get(), hasServer ? &sender : nullptr);
        session = std::make_unique<FeedbackSession>(store.get(), outbox.get());
        model = std::make_unique<CommentListModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::Warning);
        session->showOn(model.get());
    }

    QTemporaryDir dir;
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<FeedbackSession> session;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(CommentDeletionTest, UndoBringsBackEachDeletedCommentExactlyNewestFirst)
{
    open(false);
    // A second apart, so that the list's order (newest first) does not depend on the order of insertion.
    QDateTime now = QDateTime::currentDateTimeUtc();
    outbox->setClock([&now] { return now = now.addSecs(1); });
    const std::optional<OwnComment> first = session->submit(draftOf(QStringLiteral("first")));
    const std::optional<OwnComment> second = session->submit(draftOf(QStringLiteral("second")));
    ASSERT_TRUE(first && second);
    QSignalSpy undoable(session.get(), &FeedbackSession::undoAvailableChanged);
    EXPECT_FALSE(session->canUndoDelete());

    ASSERT_TRUE(session->deleteComment(first->localId)) << session->lastError().toStdString();
    ASSERT_TRUE(session->deleteComment(second->localId)) << session->lastError().toStdString();
    EXPECT_TRUE(store->comments().isEmpty());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(session->canUndoDelete());
    ASSERT_EQ(undoable.count(), 1);

    const std::optional<OwnComment> back = session->undoDelete();
    ASSERT_TRUE(back.has_value()) << session->lastError().toStdString();
    EXPECT_EQ(*back, *second);
    EXPECT_EQ(store->comments(), QList<OwnComment> {*second});
    EXPECT_EQ(session->undoDelete(), first);
    EXPECT_EQ(store->comments(), (QList<OwnComment> {*second, *first}));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_FALSE(session->canUndoDelete());
    EXPECT_EQ(undoable.count(), 2);
    EXPECT_FALSE(session->undoDelete().has_value());
    EXPECT_FALSE(session->lastError().isEmpty());
}

TEST_F(CommentDeletionTest, AnUndeletedQueuedCommentIsSentOnceAndADeletedOneNever)
{
    open(true);
    outbox->start();
    const std::optional<OwnComment> stored = session->submit(draftOf(QStringLiteral("waiting")));
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_FALSE(session->deleteComment(stored->localId)) << "never deleted while it is being sent";
    EXPECT_TRUE(session->lastError().contains(QStringLiteral("being sent"))) << session->lastError().toStdString();
    sender.finishSend(stored->localId, DeliveryResult::retry(QStringLiteral("busy"), retryInAnHour));
    const OwnComment waiting = *store->comment(stored->localId);
    ASSERT_EQ(waiting.state, OwnComment::State::Queued);

    ASSERT_TRUE(session->deleteComment(stored->localId)) << session->lastError().toStdString();
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 1) << "a deleted comment is not sent";

    ASSERT_EQ(session->undoDelete(), waiting);
    EXPECT_EQ(store->comment(stored->localId), waiting);
    // Due again at its own time, as before: a fake clock past it sends it exactly once more.
    outbox->setClock([due = waiting.nextAttemptAt] { return due.addSecs(1); });
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 2);
    EXPECT_EQ(sender.sent.constLast().localId, stored->localId);
    outbox->sendDue();
    EXPECT_EQ(sender.sent.size(), 2);
}

TEST_F(CommentDeletionTest, RefusesWhatAnotherWindowClaimedAndShowsItsState)
{
    OwnComment queued;
    queued.localId = QStringLiteral("shared-1");
    queued.content = draftOf(QStringLiteral("shared"));
    queued.createdAt = QDateTime::currentDateTimeUtc();
    queued.nextAttemptAt = queued.createdAt;
    {
        CommentStore earlier(path());
        ASSERT_TRUE(earlier.addComment(queued));
    }
    // This window lists the waiting comment (its outbox has not started); another window's outbox claims it.
    open(true);
    CommentStore otherWindow(path());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(otherWindow.claimNextDue(QStringLiteral("other"), now, now.addSecs(60)).has_value());
    ASSERT_EQ(model->rowOfLocalId(queued.localId), 0);
    EXPECT_TRUE(model->index(0).data(CommentListModel::CanDiscardRole).toBool()) << "the list does not know yet";

    EXPECT_FALSE(session->deleteComment(queued.localId));
    EXPECT_TRUE(session->lastError().contains(QStringLiteral("another Pilot Zones window")))
        << session->lastError().toStdString();
    EXPECT_FALSE(session->canUndoDelete());
    EXPECT_EQ(otherWindow.comment(queued.localId)->state, OwnComment::State::Sending);
    EXPECT_FALSE(model->index(0).data(CommentListModel::CanDiscardRole).toBool())
        << "the list now shows it as being sent";
    EXPECT_FALSE(session->takeBack(queued.localId).has_value()) << "nor is it edited under its sender";
    EXPECT_TRUE(store->draft().text.isEmpty());
}

TEST_F(CommentDeletionTest, AReadOnlyStoreKeepsTheCommentAndSaysWhy)
{
    open(false);
    const std::optional<OwnComment> stored = session->submit(draftOf(QStringLiteral("kept")));
    ASSERT_TRUE(stored.has_value());
    CommentStore::Options readOnly;
    readOnly.readOnly = true;
    open(false, readOnly);
    ASSERT_EQ(store->openReport().status, CommentStore::OpenReport::Status::ReadOnly);

    EXPECT_FALSE(session->deleteComment(stored->localId));
    EXPECT_TRUE(session->lastError().contains(QStringLiteral("cannot be written")))
        << session->lastError().toStdString();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(store->comments(), QList<OwnComment> {*stored});
    EXPECT_FALSE(session->canUndoDelete());
}
