// Deleting a comment the reader kept on this computer and bringing it back (takeComment, restoreComment), also
// while another instance shares the file and when the file cannot be written.
#include "CommentPrinters.h"
#include "storage/CommentStore.h"

#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using State = OwnComment::State;

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

OwnComment comment(const QString& text, State state)
{
    OwnComment made;
    made.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    made.content
        = CommentDraft {QStringLiteral("读者"), QStringLiteral("r@example.org"), text, QStringLiteral("hefei")};
    made.createdAt = t0;
    made.state = state;
    if (state == State::Queued)
        made.nextAttemptAt = t0.addSecs(30);
    made.attempts = state == State::SavedLocally ? 0 : 3;
    made.lastError = state == State::SavedLocally ? QString() : QStringLiteral("Server busy");
    return made;
}

} // namespace

class CommentStoreTakeTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("comments.sqlite"));
};

TEST_F(CommentStoreTakeTest, TakesACommentKeptHereAndRestoresItExactly)
{
    for (const State state : {State::SavedLocally, State::Queued, State::Failed}) {
        CommentStore store(path);
        const CommentDraft typing {{}, {}, QStringLiteral("typing something else"), {}};
        ASSERT_TRUE(store.saveDraft(typing));
        OwnComment original = comment(QStringLiteral("to delete"), state);
        ASSERT_TRUE(store.addComment(original));
        ASSERT_TRUE(store.saveDraft(typing));

        const std::optional<OwnComment> taken = store.takeComment(original.localId);
        ASSERT_TRUE(taken.has_value()) << store.lastError().toStdString();
        EXPECT_EQ(*taken, original);
        EXPECT_TRUE(store.comments().isEmpty());
        EXPECT_EQ(store.draft(), typing) << "deleting never touches the draft";

        ASSERT_TRUE(store.restoreComment(*taken)) << store.lastError().toStdString();
        EXPECT_EQ(store.comments(), QList<OwnComment> {original});
        EXPECT_EQ(store.draft(), typing) << "nor does bringing it back";
        EXPECT_FALSE(store.restoreComment(*taken)) << "never twice";
        EXPECT_EQ(store.comments().size(), 1);
        ASSERT_TRUE(store.takeComment(original.localId).has_value());
    }
}

TEST_F(CommentStoreTakeTest, NeverTakesACommentBeingSentOrDelivered)
{
    CommentStore store(path);
    const OwnComment due = comment(QStringLiteral("due"), State::Queued);
    ASSERT_TRUE(store.addComment(due));
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0.addSecs(60), t0.addSecs(120)).has_value());
    EXPECT_FALSE(store.takeComment(due.localId).has_value());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("being sent right now"))) << store.lastError().toStdString();
    ASSERT_TRUE(store.markDelivered(due.localId, QStringLiteral("me"), State::Sent, QStringLiteral("s1")));
    EXPECT_FALSE(store.takeComment(due.localId).has_value());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("already sent"))) << store.lastError().toStdString();
    EXPECT_EQ(store.comments().size(), 1);

    OwnComment sent = comment(QStringLiteral("sent"), State::Sent);
    EXPECT_FALSE(store.restoreComment(sent)) << "only what takeComment could have taken comes back";
}

TEST_F(CommentStoreTakeTest, RefusesToTakeACommentAnotherInstanceClaimed)
{
    CommentStore mine(path);
    CommentStore other(path);
    const OwnComment due = comment(QStringLiteral("shared"), State::Queued);
    ASSERT_TRUE(mine.addComment(due));
    // The other window's outbox claims it for sending; this window still shows it as waiting.
    ASSERT_TRUE(other.claimNextDue(QStringLiteral("other"), t0.addSecs(60), t0.addSecs(120)).has_value());

    EXPECT_FALSE(mine.takeComment(due.localId).has_value());
    EXPECT_TRUE(mine.lastError().contains(QStringLiteral("another Pilot Zones window")))
        << mine.lastError().toStdString();
    EXPECT_FALSE(mine.returnToDraft(due.localId).has_value()) << "nor edited under its sender";
    EXPECT_EQ(other.comment(due.localId)->state, State::Sending);
    EXPECT_TRUE(other.markDelivered(due.localId, QStringLiteral("other"), State::Sent, QStringLiteral("s1")))
        << "the sender can still record its outcome";
}

TEST_F(CommentStoreTakeTest, SaysSoWhenAnotherInstanceDeletedItFirst)
{
    CommentStore mine(path);
    CommentStore other(path);
    const OwnComment kept = comment(QStringLiteral("kept"), State::SavedLocally);
    ASSERT_TRUE(mine.addComment(kept));
    ASSERT_TRUE(other.takeComment(kept.localId).has_value());
    EXPECT_FALSE(mine.takeComment(kept.localId).has_value());
    EXPECT_TRUE(mine.lastError().contains(QStringLiteral("no longer stored"))) << mine.lastError().toStdString();
}

TEST_F(CommentStoreTakeTest, AReadOnlyStoreNeitherDeletesNorEditsAndLosesNothing)
{
    const OwnComment kept = comment(QStringLiteral("kept"), State::Failed);
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(kept));
    }
    CommentStore::Options options;
    options.readOnly = true;
    CommentStore store(path, options);
    ASSERT_EQ(store.openReport().status, CommentStore::OpenReport::Status::ReadOnly);

    EXPECT_FALSE(store.takeComment(kept.localId).has_value());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("cannot be deleted"))) << store.lastError().toStdString();
    EXPECT_FALSE(store.returnToDraft(kept.localId).has_value());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("cannot be edited"))) << store.lastError().toStdString();
    EXPECT_FALSE(store.restoreComment(comment(QStringLiteral("other"), State::Failed)));
    EXPECT_EQ(store.comments(), QList<OwnComment> {kept});
    EXPECT_TRUE(store.draft().isEmpty());

    CommentStore writable(path);
    EXPECT_EQ(writable.comments(), QList<OwnComment> {kept});
}
