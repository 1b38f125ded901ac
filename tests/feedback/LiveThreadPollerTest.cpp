// The live check's timing and counting, with a fake clock and a fake sender: no test waits for a timer.

#include "feedback/LiveThreadPoller.h"
#include "FakeCommentSender.h"
#include "listing/CommentListModel.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

ServerComment comment(const QString& id, int minutesAfterBase)
{
    ServerComment result;
    result.objectId = id;
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

TEST(LiveCheckPolicy, WaitsAnIntervalAndDoublesAfterEachFailureUpToTheCap)
{
    const LiveCheckPolicy policy;
    EXPECT_EQ(policy.delayAfter(0), 60s);
    EXPECT_EQ(policy.delayAfter(1), 120s);
    EXPECT_EQ(policy.delayAfter(2), 240s);
    EXPECT_EQ(policy.delayAfter(3), 480s);
    EXPECT_EQ(policy.delayAfter(4), 15min);
    EXPECT_EQ(policy.delayAfter(1000000), 15min);
    EXPECT_EQ((LiveCheckPolicy {10s, 25s}).delayAfter(2), 25s);
}

class LiveThreadPollerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setSender(&listSender);
        listSender.deliverPage(firstPage({comment(QStringLiteral("a"), 1)}));
        poller.setClock([this] { return now; });
    }

    FakeCommentSender listSender;
    FakeCommentSender checkSender;
    CommentListModel model {nullptr, 10};
    LiveThreadPoller poller {&checkSender, &model};
    std::chrono::steady_clock::time_point now {};
};

TEST_F(LiveThreadPollerTest, CountsNewCommentsWithoutTouchingTheListUntilAsked)
{
    poller.start();
    ASSERT_EQ(poller.scheduledDelay(), 60000ms);
    now += 60s;
    poller.check();
    ASSERT_EQ(checkSender.requestedPages, (QList<QPair<int, int>> {{1, 10}}));
    EXPECT_EQ(poller.scheduledDelay(), std::nullopt) << "nothing is scheduled while a check is under way";

    ServerComment b = comment(QStringLiteral("b"), 2);
    b.replies = {comment(QStringLiteral("b1"), 3)};
    checkSender.deliverPage(firstPage({b, comment(QStringLiteral("a"), 1)}));
    EXPECT_EQ(poller.newCount(), 2);
    EXPECT_EQ(model.rowCount(), 1) << "the list does not move by itself";
    EXPECT_EQ(poller.scheduledDelay(), 60000ms);

    EXPECT_EQ(poller.bringIn(), (QStringList {QStringLiteral("b"), QStringLiteral("b1")}));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(poller.newCount(), 0);
}

TEST_F(LiveThreadPollerTest, ForgetsCommentsTheListShowedMeanwhile)
{
    poller.start();
    poller.check();
    checkSender.deliverPage(firstPage({comment(QStringLiteral("b"), 2), comment(QStringLiteral("a"), 1)}));
    ASSERT_EQ(poller.newCount(), 1);
    // The list reloads its first page itself (after the reader's own comment was delivered).
    listSender.deliverPage(firstPage({comment(QStringLiteral("b"), 2), comment(QStringLiteral("a"), 1)}));
    EXPECT_EQ(poller.newCount(), 0);
}

TEST_F(LiveThreadPollerTest, BacksOffWhileTheServerFailsAndRecovers)
{
    poller.start();
    for (int failures = 1; failures <= 5; ++failures) {
        poller.check();
        checkSender.failPage(1, QStringLiteral("down"));
        EXPECT_EQ(poller.consecutiveFailures(), failures);
    }
    EXPECT_EQ(poller.scheduledDelay(), 900000ms);
    poller.check();
    checkSender.deliverPage(firstPage({comment(QStringLiteral("a"), 1)}));
    EXPECT_EQ(poller.consecutiveFailures(), 0);
    EXPECT_EQ(poller.scheduledDelay(), 60000ms);
}

TEST_F(LiveThreadPollerTest, PausesWhileHiddenAndCatchesUpWhenShown)
{
    poller.start();
    poller.setWindowVisible(false);
    now += 10min;
    poller.check();
    EXPECT_TRUE(checkSender.requestedPages.isEmpty()) << "no check while the window is hidden";
    poller.setWindowVisible(true);
    EXPECT_EQ(poller.scheduledDelay(), 0ms) << "the check that fell due runs as soon as the window shows";
    poller.check();
    EXPECT_EQ(checkSender.requestedPages.size(), 1);

    // Shown again before the next check is due: it keeps its time.
    checkSender.deliverPage(firstPage({comment(QStringLiteral("a"), 1)}));
    poller.setWindowVisible(false);
    now += 20s;
    poller.setWindowVisible(true);
    EXPECT_EQ(poller.scheduledDelay(), 40000ms);
}

TEST_F(LiveThreadPollerTest, NeverChecksInLocalMode)
{
    LiveThreadPoller local(nullptr, &model);
    local.start();
    EXPECT_FALSE(local.isActive());
    local.check();
    EXPECT_EQ(local.scheduledDelay(), std::nullopt);

    // Switching to local mode stops a running poller.
    poller.start();
    ASSERT_TRUE(poller.isActive());
    poller.setSender(nullptr);
    EXPECT_FALSE(poller.isActive());
    poller.check();
    EXPECT_TRUE(checkSender.requestedPages.isEmpty());
}

TEST_F(LiveThreadPollerTest, WaitsForTheListsFirstPage)
{
    CommentListModel empty(nullptr, 10);
    LiveThreadPoller early(&checkSender, &empty);
    early.start();
    early.check();
    EXPECT_TRUE(checkSender.requestedPages.isEmpty()) << "nothing to compare with before the list has loaded";
    EXPECT_TRUE(early.isActive());
}
