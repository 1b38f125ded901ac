// The live thread in the panel: "N new comments" appears without moving the list, brings them in from the
// keyboard, keeps the reader's place, and the checks pause while the window is hidden.

#include "FakeCommentSender.h"
#include "ReaderContent.h"
#include "TranslatedText.h"
#include "delivery/Outbox.h"
#include "feedback/CommentListView.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "feedback/LiveThreadPoller.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

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

CommentPage firstPage(QList<ServerComment> comments)
{
    CommentPage page;
    page.page = 1;
    page.totalPages = 1;
    page.totalCount = int(comments.size());
    page.comments = std::move(comments);
    return page;
}

} // namespace

class LiveThreadPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        store = std::make_unique<CommentStore>(dir.filePath(QStringLiteral("comments.sqlite")));
        outbox = std::make_unique<Outbox>(store.get(), &listSender);
        model.setSender(&listSender);
        panel = std::make_unique<FeedbackPanel>(content.value().cities);
        panel->resize(420, 900);
        panel->attach(new FeedbackSession(store.get(), outbox.get()), &model, true);
        panel->attachLiveCheck(&poller);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        list = panel->list();
        button = panel->newCommentsButton();
        listSender.deliverPage(firstPage({comment(QStringLiteral("b"), 20), comment(QStringLiteral("a"), 10)}));
        poller.start();
    }

    QString currentId() const { return list->currentIndex().data(CommentListModel::ServerIdRole).toString(); }

    QTemporaryDir dir;
    FakeCommentSender listSender;
    FakeCommentSender checkSender;
    CommentListModel model;
    LiveThreadPoller poller {&checkSender, &model};
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<FeedbackPanel> panel;
    CommentListView* list = nullptr;
    QPushButton* button = nullptr;
};

TEST_F(LiveThreadPanelTest, ShowsNewCommentsOnlyWhenAskedAndKeepsTheReadersPlace)
{
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_End);
    ASSERT_EQ(currentId(), QStringLiteral("a"));
    QSignalSpy announced(panel.get(), &FeedbackPanel::announcement);
    EXPECT_FALSE(button->isVisible());

    poller.check();
    ServerComment a = comment(QStringLiteral("a"), 10);
    a.replies = {comment(QStringLiteral("a1"), 11)};
    checkSender.deliverPage(firstPage({comment(QStringLiteral("c"), 30), comment(QStringLiteral("b"), 20), a}));

    EXPECT_TRUE(button->isVisible());
    EXPECT_EQ(button->text(), QStringLiteral("2 new comments"));
    EXPECT_EQ(button->accessibleName(), QStringLiteral("Show 2 new comments"));
    EXPECT_EQ(model.rowCount(), 2) << "nothing moves until the reader asks";
    EXPECT_EQ(currentId(), QStringLiteral("a"));
    ASSERT_FALSE(announced.isEmpty());
    EXPECT_EQ(announced.last().at(0).value<TranslatedText>()(), QStringLiteral("2 new comments on the server"));

    // From the keyboard: Shift+Tab from the list reaches the button, Space activates it.
    QTest::keyClick(list, Qt::Key_Backtab, Qt::ShiftModifier);
    ASSERT_TRUE(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);

    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0).data(CommentListModel::ServerIdRole).toString(), QStringLiteral("c"));
    EXPECT_EQ(currentId(), QStringLiteral("a")) << "the current comment stays current";
    EXPECT_FALSE(button->isVisible());
    EXPECT_TRUE(list->hasFocus());
    EXPECT_EQ(announced.last().at(0).value<TranslatedText>()(), QStringLiteral("2 new comments shown"));
}

TEST_F(LiveThreadPanelTest, PausesTheChecksWhileTheWindowIsHidden)
{
    panel->hide();
    poller.check();
    EXPECT_TRUE(checkSender.requestedPages.isEmpty());
    panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    poller.check();
    EXPECT_EQ(checkSender.requestedPages.size(), 1);
}
