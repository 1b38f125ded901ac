// Replies in the comment list: under their thread's root, oldest first, one level, kept in place as pages and
// live checks bring more.

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

ServerComment reply(const QString& id, int minutesAfterBase, const ServerComment& to, const QString& rootId)
{
    ServerComment result = comment(id, minutesAfterBase);
    result.parentId = to.objectId;
    result.rootId = rootId;
    result.replyToNick = to.nick;
    return result;
}

ServerComment withReplies(ServerComment root, QList<ServerComment> replies)
{
    root.replies = std::move(replies);
    return root;
}

CommentPage page(int number, int totalPages, QList<ServerComment> comments)
{
    CommentPage result;
    result.page = number;
    result.totalPages = totalPages;
    result.totalCount = 99;
    result.comments = std::move(comments);
    return result;
}

} // namespace

class CommentRepliesModelTest : public ::testing::Test
{
protected:
    void SetUp() override { model.setSender(&sender); }

    QStringList column(int role) const
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row).data(role).toString());
        return values;
    }

    // Root "a" (10 min) with replies r1 (11) and r2 (12, answering r1), and root "b" (20) without any.
    CommentPage firstPage() const
    {
        const ServerComment a = comment(QStringLiteral("a"), 10);
        const ServerComment r1 = reply(QStringLiteral("r1"), 11, a, a.objectId);
        const ServerComment r2 = reply(QStringLiteral("r2"), 12, r1, a.objectId);
        return page(1, 2, {comment(QStringLiteral("b"), 20), withReplies(a, {r1, r2})});
    }

    FakeCommentSender sender;
    CommentListModel model {nullptr, 10};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CommentRepliesModelTest, ListsRepliesUnderTheirRootOldestFirst)
{
    sender.deliverPage(firstPage());
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("r1"), QStringLiteral("r2")}));
    EXPECT_EQ(column(CommentListModel::DepthRole),
              (QStringList {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1")}));
    EXPECT_EQ(column(CommentListModel::IsReplyRole),
              (QStringList {
                  QStringLiteral("false"), QStringLiteral("false"), QStringLiteral("true"), QStringLiteral("true")}));
    // What a reply to each row sends as rid: the thread's root.
    EXPECT_EQ(column(CommentListModel::RootIdRole),
              (QStringList {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")}));
    const QModelIndex r2 = model.index(3);
    EXPECT_EQ(r2.data(CommentListModel::ReplyToNickRole).toString(),
              QChar(0x2068) + QStringLiteral("Reader r1") + QChar(0x2069));
    EXPECT_TRUE(r2.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Reply to ")))
        << r2.data(Qt::AccessibleTextRole).toString().toStdString();
    EXPECT_FALSE(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Reply to ")));
    EXPECT_TRUE(model.index(0).data(CommentListModel::ReplyToNickRole).toString().isEmpty());
    EXPECT_EQ(model.index(1).data(CommentListModel::ReplyCountRole).toInt(), 2);
}

TEST_F(CommentRepliesModelTest, ThreadsOfLaterPagesFollowInOrder)
{
    sender.deliverPage(firstPage());
    const ServerComment old = comment(QStringLiteral("old"), 1);
    sender.deliverPage(page(2, 2, {withReplies(old, {reply(QStringLiteral("r9"), 30, old, old.objectId)})}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"),
                            QStringLiteral("a"),
                            QStringLiteral("r1"),
                            QStringLiteral("r2"),
                            QStringLiteral("old"),
                            QStringLiteral("r9")}));
    EXPECT_EQ(model.rowOfServerId(QStringLiteral("r9")), 5);
}

TEST_F(CommentRepliesModelTest, ANewReplyIsInsertedUnderItsRootAloneAndTheRestStays)
{
    sender.deliverPage(firstPage());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    CommentPage again = firstPage();
    ServerComment& a = again.comments[1];
    a.replies.append(reply(QStringLiteral("r3"), 13, a, a.objectId));
    EXPECT_EQ(model.unseenCount(again), 1);
    sender.deliverPage(again);

    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"),
                            QStringLiteral("a"),
                            QStringLiteral("r1"),
                            QStringLiteral("r2"),
                            QStringLiteral("r3")}));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 4);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model.index(1).data(CommentListModel::ReplyCountRole).toInt(), 3);
    EXPECT_EQ(model.unseenCount(again), 0);
}

TEST_F(CommentRepliesModelTest, ARepliesTheServerNoLongerListsGoes)
{
    sender.deliverPage(firstPage());
    CommentPage again = firstPage();
    again.comments[1].replies.removeFirst();
    sender.deliverPage(again);
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("r2")}));
}

TEST_F(CommentRepliesModelTest, CountsUnseenRootsAndReplies)
{
    sender.deliverPage(firstPage());
    CommentPage newer = firstPage();
    const ServerComment c = comment(QStringLiteral("c"), 40);
    newer.comments.prepend(withReplies(c, {reply(QStringLiteral("c1"), 41, c, c.objectId)}));
    EXPECT_EQ(model.unseenCount(newer), 2);
    EXPECT_EQ(model.unseenCount(firstPage()), 0);
    EXPECT_TRUE(model.isListed(QStringLiteral("r2")));
    EXPECT_FALSE(model.isListed(QStringLiteral("c1")));
}

TEST_F(CommentRepliesModelTest, RepliesToTheReadersDeliveredCommentGoUnderItsOwnRow)
{
    OwnComment own;
    own.localId = QStringLiteral("mine");
    own.content.text = QStringLiteral("My comment");
    own.createdAt = base.addSecs(60 * 30);
    own.state = OwnComment::State::Sending;
    model.addOwnComment(own);

    // The server lists it, with a reply from someone else, before the outbox hears that it arrived.
    ServerComment listed = comment(QStringLiteral("s-mine"), 30);
    listed.replies = {reply(QStringLiteral("re"), 31, listed, listed.objectId)};
    sender.deliverPage(page(1, 1, {listed}));
    ASSERT_EQ(model.rowCount(), 3);

    own.state = OwnComment::State::Sent;
    own.serverId = QStringLiteral("s-mine");
    model.updateOwnComment(own);
    EXPECT_EQ(column(CommentListModel::LocalIdRole), (QStringList {QStringLiteral("mine"), QString()}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole), (QStringList {QStringLiteral("s-mine"), QStringLiteral("re")}));
    EXPECT_EQ(model.index(1).data(CommentListModel::DepthRole).toInt(), 1);

    // Listed again, with one more reply: under the own row, once each.
    listed.replies.append(reply(QStringLiteral("re2"), 32, listed, listed.objectId));
    sender.deliverPage(page(1, 1, {listed}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("s-mine"), QStringLiteral("re"), QStringLiteral("re2")}));
}

TEST_F(CommentRepliesModelTest, ARootThatMovesInTimeTakesItsRepliesAlong)
{
    sender.deliverPage(firstPage());
    CommentPage moved = firstPage();
    moved.comments[1].time = base.addSecs(60 * 25);
    sender.deliverPage(moved);
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("a"), QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("b")}));
}

namespace {

OwnComment ownReply(const QString& localId, int minutesAfterBase, const CommentReplyTarget& to)
{
    OwnComment own;
    own.localId = localId;
    own.content.nick = QStringLiteral("Me");
    own.content.text = QStringLiteral("My reply %1").arg(localId);
    own.content.replyTo = to;
    own.createdAt = base.addSecs(60 * minutesAfterBase);
    own.state = OwnComment::State::Queued;
    return own;
}

} // namespace

TEST_F(CommentRepliesModelTest, TheReadersStoredReplyShowsUnderItsParentAtOnce)
{
    sender.deliverPage(firstPage());
    // A reply to r1 (in a's thread), stored long after the thread started: it goes under a, after a's replies.
    model.addOwnComment(
        ownReply(QStringLiteral("mine"), 50, {QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("Reader r1")}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("r1"), QStringLiteral("r2"), {}}));
    const QModelIndex mine = model.index(4);
    EXPECT_EQ(mine.data(CommentListModel::LocalIdRole).toString(), QStringLiteral("mine"));
    EXPECT_EQ(mine.data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_TRUE(mine.data(CommentListModel::IsReplyRole).toBool());
    EXPECT_EQ(mine.data(CommentListModel::RootIdRole).toString(), QStringLiteral("a"));
    EXPECT_EQ(mine.data(CommentListModel::ReplyToNickRole).toString(),
              QChar(0x2068) + QStringLiteral("Reader r1") + QChar(0x2069));
    EXPECT_TRUE(mine.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Reply to ")));

    // Delivered, and listed back by the server as a's child: still one row, the own one, under a.
    OwnComment sent = ownReply(
        QStringLiteral("mine"), 50, {QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("Reader r1")});
    sent.state = OwnComment::State::Sent;
    sent.serverId = QStringLiteral("s-mine");
    model.updateOwnComment(sent);
    CommentPage again = firstPage();
    ServerComment listed = reply(QStringLiteral("s-mine"), 50, again.comments[1].replies[0], QStringLiteral("a"));
    again.comments[1].replies.append(listed);
    sender.deliverPage(again);
    EXPECT_EQ(column(CommentListModel::LocalIdRole), (QStringList {{}, {}, {}, {}, QStringLiteral("mine")}));
    EXPECT_EQ(model.index(4).data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_EQ(model.unseenCount(again), 0);
}

TEST_F(CommentRepliesModelTest, AReplyToARootNamedOnlyByItsParentGoesUnderThatRoot)
{
    sender.deliverPage(firstPage());
    model.addOwnComment(ownReply(QStringLiteral("mine"), 5, {QStringLiteral("b"), {}, QStringLiteral("Reader b")}));
    EXPECT_EQ(column(CommentListModel::LocalIdRole), (QStringList {{}, QStringLiteral("mine"), {}, {}, {}}));
    EXPECT_EQ(model.index(1).data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_EQ(model.index(1).data(CommentListModel::RootIdRole).toString(), QStringLiteral("b"));
}

TEST_F(CommentRepliesModelTest, AReplyWhoseThreadIsNotListedWaitsAtTheTopAndMovesUnderItWhenItComes)
{
    model.addOwnComment(
        ownReply(QStringLiteral("mine"), 50, {QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("Reader r1")}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(CommentListModel::DepthRole).toInt(), 0);
    EXPECT_TRUE(model.index(0).data(CommentListModel::IsReplyRole).toBool());

    sender.deliverPage(firstPage());
    EXPECT_EQ(column(CommentListModel::LocalIdRole), (QStringList {{}, {}, {}, {}, QStringLiteral("mine")}));
    EXPECT_EQ(model.index(4).data(CommentListModel::DepthRole).toInt(), 1);
}

// "Duplicate Content" to a retry delivers a comment without telling its id: the server's row of it is the reader's,
// recognised by nick and text, and listed once.
TEST_F(CommentRepliesModelTest, AReplyDeliveredWithoutAnIdIsListedOnceWhenTheServerListsIt)
{
    sender.deliverPage(firstPage());
    OwnComment mine = ownReply(
        QStringLiteral("mine"), 50, {QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("Reader r1")});
    mine.state = OwnComment::State::Sent;
    model.addOwnComment(mine);
    ASSERT_EQ(model.rowCount(), 5);

    CommentPage again = firstPage();
    ServerComment listed = reply(QStringLiteral("s-mine"), 50, again.comments[1].replies[0], QStringLiteral("a"));
    listed.nick = mine.content.nick;
    listed.text = mine.content.text;
    again.comments[1].replies.append(listed);
    // A comment of someone else with the same text is not taken for the reader's.
    ServerComment other = reply(QStringLiteral("other"), 51, again.comments[1], QStringLiteral("a"));
    other.text = mine.content.text;
    again.comments[1].replies.append(other);
    sender.deliverPage(again);

    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("b"),
                            QStringLiteral("a"),
                            QStringLiteral("r1"),
                            QStringLiteral("r2"),
                            QStringLiteral("s-mine"),
                            QStringLiteral("other")}));
    EXPECT_EQ(model.rowOfLocalId(QStringLiteral("mine")), 4);
    EXPECT_EQ(model.index(4).data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_EQ(model.unseenCount(again), 0);

    // The outbox telling the same state again (it never learns the id) does not list it twice.
    model.updateOwnComment(mine);
    sender.deliverPage(again);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.index(4).data(CommentListModel::ServerIdRole).toString(), QStringLiteral("s-mine"));
}

TEST_F(CommentRepliesModelTest, ARootDeliveredWithoutAnIdTakesTheServersRowAndItsReplies)
{
    OwnComment mine;
    mine.localId = QStringLiteral("mine");
    mine.content.text = QStringLiteral("My comment");
    mine.createdAt = base.addSecs(60 * 30);
    mine.state = OwnComment::State::Sent;
    model.addOwnComment(mine);
    ServerComment listed = comment(QStringLiteral("s-mine"), 30);
    listed.nick.clear();
    listed.text = mine.content.text;
    listed.replies = {reply(QStringLiteral("re"), 31, listed, listed.objectId)};
    sender.deliverPage(page(1, 1, {listed}));
    EXPECT_EQ(column(CommentListModel::LocalIdRole), (QStringList {QStringLiteral("mine"), QString()}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole), (QStringList {QStringLiteral("s-mine"), QStringLiteral("re")}));
    EXPECT_EQ(model.index(1).data(CommentListModel::DepthRole).toInt(), 1);
}
