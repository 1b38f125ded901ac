#include "listing/CommentListModel.h"
#include "FakeCommentSender.h"
#include "text/UntrustedText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

ServerComment serverComment(const QString& id, int minutesAfterBase, const QString& text = {})
{
    ServerComment comment;
    comment.objectId = id;
    comment.nick = QStringLiteral("Reader %1").arg(id);
    comment.text = text.isEmpty() ? QStringLiteral("Comment %1").arg(id) : text;
    comment.status = ServerComment::Status::Approved;
    comment.time = base.addSecs(60 * minutesAfterBase);
    return comment;
}

OwnComment ownComment(const QString& localId, int minutesAfterBase, OwnComment::State state = OwnComment::State::Queued)
{
    OwnComment comment;
    comment.localId = localId;
    comment.content.nick = QStringLiteral("Me");
    comment.content.text = QStringLiteral("My comment %1").arg(localId);
    comment.createdAt = base.addSecs(60 * minutesAfterBase);
    comment.state = state;
    return comment;
}

// A field as the model shows it: in FSI ... PDI, so that it cannot reorder the text around it.
QString isolated(const QString& field)
{
    return QChar(0x2068) + field + QChar(0x2069);
}

CommentPage page(int number, int totalPages, QList<ServerComment> comments)
{
    CommentPage result;
    result.page = number;
    result.totalPages = totalPages;
    result.totalCount = totalPages * 10;
    result.comments = std::move(comments);
    return result;
}

} // namespace

class CommentListModelTest : public ::testing::Test
{
protected:
    QStringList column(int role) const
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row).data(role).toString());
        return values;
    }

    FakeCommentSender sender;
    CommentListModel model {nullptr, 10};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CommentListModelTest, ListsTheServersCommentsNewestFirst)
{
    model.setSender(&sender);
    sender.deliverPage(page(1, 1, {serverComment(QStringLiteral("b"), 5), serverComment(QStringLiteral("a"), 1)}));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(column(CommentListModel::ServerIdRole), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
    const QModelIndex first = model.index(0);
    EXPECT_EQ(first.data(CommentListModel::TextRole).toString(), QStringLiteral("Comment b"));
    EXPECT_EQ(first.data(CommentListModel::NickRole).toString(), QStringLiteral("Reader b"));
    EXPECT_EQ(first.data(CommentListModel::TimeRole).toDateTime(), base.addSecs(300));
    EXPECT_EQ(first.data(CommentListModel::StateRole).value<CommentListModel::ItemState>(),
              CommentListModel::ItemState::Published);
    EXPECT_EQ(first.data(CommentListModel::StateLabelRole).toString(), QStringLiteral("published"));
    EXPECT_FALSE(first.data(CommentListModel::IsOwnRole).toBool());
    EXPECT_FALSE(first.data(CommentListModel::CanRetryRole).toBool());
    EXPECT_FALSE(first.data(CommentListModel::CanDiscardRole).toBool());
    EXPECT_FALSE(first.data(CommentListModel::CanEditRole).toBool());
    EXPECT_TRUE(first.data(CommentListModel::LocalIdRole).toString().isEmpty());
}

TEST_F(CommentListModelTest, KeepsMarkupAsLiteralText)
{
    model.setSender(&sender);
    const QString markup = QStringLiteral("<b>x</b>\n<script>alert(1)</script>");
    sender.deliverPage(page(1, 1, {serverComment(QStringLiteral("a"), 1, markup)}));
    EXPECT_EQ(model.index(0).data(Qt::DisplayRole).toString(),
              isolated(QStringLiteral("<b>x</b>")) + QLatin1Char('\n')
                  + isolated(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_EQ(model.index(0).data(CommentListModel::TextRole).toString(), markup);
    EXPECT_TRUE(model.index(0).data(Qt::AccessibleTextRole).toString().endsWith(UntrustedText::isolated(markup)));
}

TEST_F(CommentListModelTest, MergesOwnCommentsByTimeWithInsertionsNotResets)
{
    model.setSender(&sender);
    sender.deliverPage(page(1, 1, {serverComment(QStringLiteral("c"), 30), serverComment(QStringLiteral("a"), 10)}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.addOwnComment(ownComment(QStringLiteral("new"), 40));
    model.addOwnComment(ownComment(QStringLiteral("middle"), 20));

    EXPECT_EQ(column(CommentListModel::TextRole),
              (QStringList {QStringLiteral("My comment new"),
                            QStringLiteral("Comment c"),
                            QStringLiteral("My comment middle"),
                            QStringLiteral("Comment a")}));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 2);
    EXPECT_TRUE(model.index(0).data(CommentListModel::IsOwnRole).toBool());
    EXPECT_EQ(model.rowOfLocalId(QStringLiteral("middle")), 2);
}

TEST_F(CommentListModelTest, LabelsEveryStateInPlainWords)
{
    struct Case
    {
        OwnComment::State state;
        QString reason;
        QString label;
        bool canRetry;
        bool canDiscard;
        bool canEdit;
    };
    const QList<Case> cases {
        {OwnComment::State::Queued, {}, QStringLiteral("waiting to send"), false, true, true},
        {OwnComment::State::Queued,
         QStringLiteral("No answer"),
         QStringLiteral("waiting to send (last try: %1)").arg(isolated(QStringLiteral("No answer"))),
         false,
         true,
         true},
        {OwnComment::State::Sending, {}, QStringLiteral("sending"), false, false, false},
        {OwnComment::State::Failed,
         QStringLiteral("The server refused <b>it</b>"),
         QStringLiteral("not sent: %1").arg(isolated(QStringLiteral("The server refused <b>it</b>"))),
         true,
         true,
         true},
        {OwnComment::State::AwaitingModeration, {}, QStringLiteral("awaiting moderation"), false, false, false},
        {OwnComment::State::Sent, {}, QStringLiteral("sent"), false, false, false},
        {OwnComment::State::SavedLocally, {}, QStringLiteral("saved on this computer"), false, true, true},
        {OwnComment::State::MarkedAsSpam, {}, QStringLiteral("marked as spam"), false, false, false},
    };
    for (const Case& c : cases) {
        OwnComment comment = ownComment(QStringLiteral("x"), 1, c.state);
        comment.lastError = c.reason;
        model.setOwnComments({comment});
        const QModelIndex index = model.index(model.rowOfLocalId(QStringLiteral("x")));
        EXPECT_EQ(index.data(CommentListModel::StateLabelRole).toString(), c.label);
        EXPECT_EQ(index.data(CommentListModel::StateRole).toInt(), static_cast<int>(c.state));
        EXPECT_EQ(index.data(CommentListModel::ReasonRole).toString(),
                  c.reason.isEmpty() ? QString() : isolated(c.reason));
        EXPECT_EQ(index.data(CommentListModel::CanRetryRole).toBool(), c.canRetry) << c.label.toStdString();
        EXPECT_EQ(index.data(CommentListModel::CanDiscardRole).toBool(), c.canDiscard) << c.label.toStdString();
        EXPECT_EQ(index.data(CommentListModel::CanEditRole).toBool(), c.canEdit) << c.label.toStdString();
        EXPECT_TRUE(index.data(Qt::AccessibleTextRole).toString().contains(c.label));
    }
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(CommentListModelTest, NamesOnlyTheChangedRoles)
{
    model.addOwnComment(ownComment(QStringLiteral("x"), 1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    OwnComment failed = ownComment(QStringLiteral("x"), 1, OwnComment::State::Failed);
    failed.lastError = QStringLiteral("Too fast");
    model.updateOwnComment(failed);
    ASSERT_EQ(changed.count(), 1);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(CommentListModel::StateRole));
    EXPECT_TRUE(roles.contains(CommentListModel::StateLabelRole));
    EXPECT_TRUE(roles.contains(CommentListModel::CanRetryRole));
    EXPECT_TRUE(roles.contains(CommentListModel::CanEditRole));
    EXPECT_FALSE(roles.contains(CommentListModel::TextRole));
    EXPECT_FALSE(roles.contains(Qt::DisplayRole));
    EXPECT_FALSE(roles.contains(CommentListModel::NickRole));

    // Only delivery bookkeeping: nothing a view shows changed.
    failed.attempts = 3;
    model.updateOwnComment(failed);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(CommentListModelTest, ShowsADeliveredCommentOnceWhenTheServerListsIt)
{
    model.setSender(&sender);
    OwnComment own = ownComment(QStringLiteral("local-1"), 20, OwnComment::State::Sending);
    model.addOwnComment(own);
    sender.deliverPage(
        page(1, 1, {serverComment(QStringLiteral("s-2"), 21), serverComment(QStringLiteral("s-1"), 10)}));
    ASSERT_EQ(model.rowCount(), 3);

    // Delivered: the server's copy of it (s-2) merges into the own row.
    own.state = OwnComment::State::Sent;
    own.serverId = QStringLiteral("s-2");
    model.updateOwnComment(own);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOfServerId(QStringLiteral("s-2")), model.rowOfLocalId(QStringLiteral("local-1")));
    EXPECT_EQ(model.index(model.rowOfLocalId(QStringLiteral("local-1"))).data(CommentListModel::StateLabelRole),
              QStringLiteral("sent"));

    // Listing the server's page again does not bring it back.
    sender.deliverPage(
        page(1, 1, {serverComment(QStringLiteral("s-2"), 21), serverComment(QStringLiteral("s-1"), 10)}));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(CommentListModelTest, ListsACommentOnceWhenPagesOverlap)
{
    model.setSender(&sender);
    sender.deliverPage(page(1, 2, {serverComment(QStringLiteral("c"), 30), serverComment(QStringLiteral("b"), 20)}));
    // A comment posted meanwhile pushed "b" onto page 2 as well.
    sender.deliverPage(page(2, 2, {serverComment(QStringLiteral("b"), 20), serverComment(QStringLiteral("a"), 10)}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}

TEST_F(CommentListModelTest, InsertsEachScrolledPageAsOneRun)
{
    model.setSender(&sender);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int pages = 10;
    int minute = 100000;
    for (int number = 1; number <= pages; ++number) {
        QList<ServerComment> comments;
        for (int i = 0; i < 10; ++i, --minute)
            comments.append(serverComment(QString::number(minute), minute));
        sender.deliverPage(page(number, pages, comments));
    }
    EXPECT_EQ(model.rowCount(), 100);
    ASSERT_EQ(inserted.count(), pages);
    EXPECT_EQ(inserted.at(3).at(1).toInt(), 30);
    EXPECT_EQ(inserted.at(3).at(2).toInt(), 39);
}

TEST_F(CommentListModelTest, RemovesAnOwnComment)
{
    model.addOwnComment(ownComment(QStringLiteral("a"), 1));
    model.addOwnComment(ownComment(QStringLiteral("b"), 2));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeOwnComment(QStringLiteral("b"));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 0);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOfLocalId(QStringLiteral("b")), -1);
    model.removeOwnComment(QStringLiteral("unknown"));
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(CommentListModelTest, FetchesPageAfterPageUntilTheLast)
{
    EXPECT_FALSE(model.canFetchMore({})) << "no sender: nothing to fetch";
    model.setSender(&sender);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_EQ(sender.requestedPages.size(), 1);
    EXPECT_EQ(sender.requestedPages.at(0), qMakePair(1, 10));
    EXPECT_FALSE(model.canFetchMore({})) << "one request at a time";
    model.fetchMore({});
    EXPECT_EQ(sender.requestedPages.size(), 1);

    sender.deliverPage(page(1, 2, {serverComment(QStringLiteral("b"), 2)}));
    // The attached model tester may already have asked for more when the rows came in, as a view would.
    if (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(sender.requestedPages.size(), 2);
    EXPECT_EQ(sender.requestedPages.at(1), qMakePair(2, 10));
    sender.deliverPage(page(2, 2, {serverComment(QStringLiteral("a"), 1)}));
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(CommentListModelTest, StopsFetchingAfterAFailureUntilAskedAgain)
{
    model.setSender(&sender);
    QSignalSpy failed(&model, &CommentListModel::fetchFailed);
    model.fetchMore({});
    sender.failPage(1, QStringLiteral("The comment server did not answer."));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(model.fetchError(), QStringLiteral("The comment server did not answer."));
    EXPECT_FALSE(model.canFetchMore({}));

    model.retryFetch();
    EXPECT_TRUE(model.fetchError().isEmpty());
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(sender.requestedPages.last(), qMakePair(1, 10));
}

TEST_F(CommentListModelTest, CountsRepliesAndListsThemUnderTheirRoot)
{
    model.setSender(&sender);
    ServerComment comment = serverComment(QStringLiteral("a"), 1);
    comment.replies = {serverComment(QStringLiteral("r1"), 2), serverComment(QStringLiteral("r3"), 4)};
    sender.deliverPage(page(1, 1, {comment}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("a"), QStringLiteral("r1"), QStringLiteral("r3")}));
    EXPECT_EQ(model.index(0).data(CommentListModel::ReplyCountRole).toInt(), 2);
    EXPECT_EQ(model.index(1).data(CommentListModel::ReplyCountRole).toInt(), 0);
}

TEST_F(CommentListModelTest, HasNoChildrenAndIgnoresInvalidIndexes)
{
    model.addOwnComment(ownComment(QStringLiteral("a"), 1));
    EXPECT_EQ(model.rowCount(model.index(0)), 0);
    EXPECT_FALSE(model.data(QModelIndex(), Qt::DisplayRole).isValid());
    EXPECT_FALSE(model.data(model.index(5), Qt::DisplayRole).isValid());
    EXPECT_FALSE(model.canFetchMore(model.index(0)));
}

TEST_F(CommentListModelTest, ShowsAnonymousForAMissingName)
{
    OwnComment comment = ownComment(QStringLiteral("a"), 1);
    comment.content.nick.clear();
    model.addOwnComment(comment);
    EXPECT_EQ(model.index(0).data(CommentListModel::DisplayNickRole).toString(), QStringLiteral("Anonymous"));
    EXPECT_TRUE(model.index(0).data(CommentListModel::NickRole).toString().isEmpty());
}

TEST_F(CommentListModelTest, DropsTheOldServersCommentsWhenTheSenderChanges)
{
    model.setSender(&sender);
    model.addOwnComment(ownComment(QStringLiteral("mine"), 1));
    sender.deliverPage(page(1, 1, {serverComment(QStringLiteral("a"), 2)}));
    ASSERT_EQ(model.rowCount(), 2);
    model.setSender(nullptr);
    EXPECT_EQ(column(CommentListModel::LocalIdRole), QStringList {QStringLiteral("mine")});
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CommentListModelTest, RefreshingMergesNewCommentsAtTheTopAndKeepsThePagesRead)
{
    model.setSender(&sender);
    sender.deliverPage(page(1, 2, {serverComment(QStringLiteral("c"), 30), serverComment(QStringLiteral("b"), 20)}));
    sender.deliverPage(page(2, 2, {serverComment(QStringLiteral("a"), 10)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    EXPECT_EQ(sender.requestedPages.last(), qMakePair(1, 10));
    sender.deliverPage(page(1, 2, {serverComment(QStringLiteral("d"), 40), serverComment(QStringLiteral("c"), 30)}));
    EXPECT_EQ(column(CommentListModel::ServerIdRole),
              (QStringList {QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_FALSE(model.canFetchMore({})) << "page 2 was read already";
}

TEST_F(CommentListModelTest, ShowsTheQuoteOfAServersCommentApartFromItsText)
{
    model.setSender(&sender);
    sender.deliverPage(
        page(1,
             1,
             {serverComment(QStringLiteral("q"),
                            5,
                            QStringLiteral("> Shenzhen &#60;b&#62;one&#60;/b&#62; of four\n\nI agree <i>so</i>.")),
              serverComment(QStringLiteral("plain"), 1, QStringLiteral("No quote > here"))}));
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex quoted = model.index(0);
    EXPECT_EQ(quoted.data(CommentListModel::QuoteRole).toString(), QStringLiteral("Shenzhen <b>one</b> of four"));
    EXPECT_EQ(quoted.data(CommentListModel::TextRole).toString(), QStringLiteral("I agree <i>so</i>."));
    EXPECT_EQ(quoted.data(Qt::DisplayRole).toString(), isolated(QStringLiteral("I agree <i>so</i>.")));
    const QString spoken = quoted.data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.endsWith(QStringLiteral("Quote: %1. %2")
                                    .arg(isolated(QStringLiteral("Shenzhen <b>one</b> of four")),
                                         isolated(QStringLiteral("I agree <i>so</i>.")))))
        << spoken.toStdString();
    // The tooltip is rich text: the quote and the comment are escaped in it, never markup.
    const QString tooltip = quoted.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tooltip.contains(QStringLiteral("&lt;b&gt;one&lt;/b&gt;"))) << tooltip.toStdString();
    EXPECT_FALSE(tooltip.contains(QStringLiteral("<b>")));
    EXPECT_FALSE(tooltip.contains(QStringLiteral("<i>")));

    const QModelIndex plain = model.index(1);
    EXPECT_TRUE(plain.data(CommentListModel::QuoteRole).toString().isEmpty());
    EXPECT_EQ(plain.data(CommentListModel::TextRole).toString(), QStringLiteral("No quote > here"));
}

TEST_F(CommentListModelTest, ShowsTheQuoteOfAnOwnCommentAndNamesItWhenItChanges)
{
    OwnComment own = ownComment(QStringLiteral("a"), 1);
    own.content.quote = QStringLiteral("a passage \u202E with a control");
    model.addOwnComment(own);
    const QModelIndex row = model.index(0);
    EXPECT_EQ(row.data(CommentListModel::QuoteRole).toString(),
              UntrustedText::visible(QStringLiteral("a passage \u202E with a control")));
    EXPECT_EQ(row.data(CommentListModel::TextRole).toString(), own.content.text);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    own.content.quote.clear();
    model.updateOwnComment(own);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.at(0).at(2).value<QList<int>>().contains(CommentListModel::QuoteRole));
    EXPECT_TRUE(row.data(CommentListModel::QuoteRole).toString().isEmpty());
}
