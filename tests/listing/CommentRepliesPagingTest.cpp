// A long thread in the comment list: its first replies, oldest first, then "Show N more replies", which lists the
// rest in its place; what the server adds or drops meanwhile is kept in step without moving the list.

#include "FakeCommentSender.h"
#include "listing/CommentListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

ServerComment comment(const QString& id, int minutesAfterBase)
{
    ServerComment result;
    result.objectId = id;
    result.nick = QStringLiteral("Reader %1").arg(id);
    result.text = QStringLiteral("Comment %1").arg(id);
    result.status = ServerComment::Status::Approved;
    result.time = base.addSecs(60 * minutesAfterBase);
    return result;
}

// Root "a" with `count` replies a0, a1, ... one minute apart, and root "b" (newer, no replies).
CommentPage pageWith(int count)
{
    ServerComment a = comment(QStringLiteral("a"), 0);
    for (int i = 0; i < count; ++i) {
        ServerComment reply = comment(QStringLiteral("a%1").arg(i), 1 + i);
        reply.parentId = a.objectId;
        reply.rootId = a.objectId;
        a.replies.append(reply);
    }
    CommentPage page;
    page.page = 1;
    page.totalPages = 1;
    page.totalCount = count + 2;
    page.comments = {comment(QStringLiteral("b"), 10000), a};
    return page;
}

} // namespace

class CommentRepliesPagingTest : public ::testing::Test
{
protected:
    void SetUp() override { model.setSender(&sender); }

    QStringList ids() const
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const int hidden = index.data(CommentListModel::HiddenReplyCountRole).toInt();
            values.append(hidden > 0 ? QStringLiteral("+%1").arg(hidden)
                                     : index.data(CommentListModel::ServerIdRole).toString());
        }
        return values;
    }

    FakeCommentSender sender;
    CommentListModel model {nullptr, 10};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CommentRepliesPagingTest, AThreadWithManyRepliesListsTheFirstFewAndARowForTheRest)
{
    sender.deliverPage(pageWith(200));
    EXPECT_EQ(ids(),
              (QStringList {QStringLiteral("b"),
                            QStringLiteral("a"),
                            QStringLiteral("a0"),
                            QStringLiteral("a1"),
                            QStringLiteral("a2"),
                            QStringLiteral("+197")}));
    const QModelIndex more = model.index(5);
    EXPECT_EQ(more.data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_TRUE(more.data(Qt::DisplayRole).toString().contains(QStringLiteral("197")));
    EXPECT_EQ(more.data(Qt::AccessibleTextRole), more.data(Qt::DisplayRole));
    EXPECT_TRUE(more.data(CommentListModel::ServerIdRole).toString().isEmpty()) << "nothing to reply to";
    EXPECT_FALSE(more.data(CommentListModel::IsReplyRole).toBool());
    // The kept replies are known: a live check does not report them as new.
    EXPECT_TRUE(model.isListed(QStringLiteral("a150")));
    EXPECT_EQ(model.unseenCount(pageWith(200)), 0);
    EXPECT_EQ(model.index(1).data(CommentListModel::ReplyCountRole).toInt(), 200);
}

TEST_F(CommentRepliesPagingTest, AFewRepliesAreAllListed)
{
    sender.deliverPage(pageWith(CollapsedReplies::collapseAbove));
    EXPECT_EQ(model.rowCount(), 2 + CollapsedReplies::collapseAbove);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row).data(CommentListModel::HiddenReplyCountRole).toInt(), 0) << row;
}

TEST_F(CommentRepliesPagingTest, ShowingThemListsTheRestInItsPlaceOldestFirst)
{
    sender.deliverPage(pageWith(200));
    EXPECT_FALSE(model.showHiddenReplies(4)) << "a reply is not the row that stands for others";
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    ASSERT_TRUE(model.showHiddenReplies(5));
    ASSERT_EQ(model.rowCount(), 202);
    for (int i = 0; i < 200; ++i) {
        const QModelIndex reply = model.index(2 + i);
        ASSERT_EQ(reply.data(CommentListModel::ServerIdRole).toString(), QStringLiteral("a%1").arg(i));
        ASSERT_EQ(reply.data(CommentListModel::DepthRole).toInt(), 1);
    }
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowOfServerId(QStringLiteral("a199")), 201);
    // Listed again, the thread stays open and nothing moves.
    sender.deliverPage(pageWith(200));
    EXPECT_EQ(model.rowCount(), 202);
}

TEST_F(CommentRepliesPagingTest, RepliesTheServerAddsToACollapsedThreadWaitBehindTheRow)
{
    sender.deliverPage(pageWith(20));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    CommentPage more = pageWith(22);
    EXPECT_EQ(model.unseenCount(more), 2);
    sender.deliverPage(more);
    EXPECT_EQ(inserted.count(), 0) << "the list does not grow under the reader's eyes";
    EXPECT_EQ(ids().constLast(), QStringLiteral("+19"));
    EXPECT_EQ(model.unseenCount(more), 0);
    ASSERT_TRUE(model.showHiddenReplies(5));
    EXPECT_EQ(ids().constLast(), QStringLiteral("a21"));
    EXPECT_EQ(model.rowCount(), 2 + 22);
}

TEST_F(CommentRepliesPagingTest, RepliesTheServerDropsLeaveTheCountAndTheLastTakesTheRow)
{
    sender.deliverPage(pageWith(10));
    CommentPage fewer = pageWith(10);
    fewer.comments[1].replies.remove(5, 2);
    sender.deliverPage(fewer);
    EXPECT_EQ(ids().constLast(), QStringLiteral("+5"));
    CommentPage none = pageWith(10);
    none.comments[1].replies.resize(3);
    sender.deliverPage(none);
    EXPECT_EQ(ids(),
              (QStringList {QStringLiteral("b"),
                            QStringLiteral("a"),
                            QStringLiteral("a0"),
                            QStringLiteral("a1"),
                            QStringLiteral("a2")}));
}

TEST_F(CommentRepliesPagingTest, TheReadersOwnReplyToALongThreadShowsAtOnceAfterTheRow)
{
    sender.deliverPage(pageWith(50));
    OwnComment own;
    own.localId = QStringLiteral("mine");
    own.content.text = QStringLiteral("Mine");
    own.content.replyTo = CommentReplyTarget {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("Reader a")};
    own.createdAt = base.addSecs(60 * 500);
    model.addOwnComment(own);
    EXPECT_EQ(model.rowOfLocalId(QStringLiteral("mine")), 6);
    EXPECT_EQ(ids().at(5), QStringLiteral("+47"));
    ASSERT_TRUE(model.showHiddenReplies(5));
    EXPECT_EQ(model.rowOfLocalId(QStringLiteral("mine")), 2 + 50);
}

TEST_F(CommentRepliesPagingTest, AThreadThatMovesInTimeIsListedAnewCollapsed)
{
    sender.deliverPage(pageWith(30));
    CommentPage moved = pageWith(30);
    moved.comments[1].time = base.addSecs(60 * 20000);
    sender.deliverPage(moved);
    EXPECT_EQ(ids(),
              (QStringList {QStringLiteral("a"),
                            QStringLiteral("a0"),
                            QStringLiteral("a1"),
                            QStringLiteral("a2"),
                            QStringLiteral("+27"),
                            QStringLiteral("b")}));
}
