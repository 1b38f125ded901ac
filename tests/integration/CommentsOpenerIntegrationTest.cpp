// The app's start against the real comment server: a comment queued in an earlier session (the server did not
// answer) is sent once CommentsOpener has opened the comments after the first paint, through the comments module
// (linked in as a static plugin here), as main() does.

#include "../storage/CommentPrinters.h"
#include "CommentServerFixture.h"
#include "CommentsOpener.h"
#include "MainWindow.h"
#include "ModuleLoader.h"
#include "ReaderContent.h"
#include "delivery/Outbox.h"
#include "feedback/CommentSession.h"
#include "feedback/FeedbackPanel.h"
#include "listing/CommentListModel.h"
#include "net/WalineClient.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using State = OwnComment::State;

namespace {

// Generous: a failing test waits this long, a passing one only as long as delivery takes.
constexpr int waitMs = 90000;
const QString userAgent = QStringLiteral("PilotZonesOpenerTest/1");

class CommentsOpenerIntegration : public CommentServerFixture
{
protected:
    CommentsOpenerIntegration()
        : CommentServerFixture(QStringLiteral("/tests/opener"))
    { }

    QString storePath() const { return m_dir.filePath(QStringLiteral("data/comments.sqlite")); }

    QTemporaryDir m_dir;
};

// A loopback address where nothing listens: the port was free a moment ago.
QUrl closedServer()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

TEST_F(CommentsOpenerIntegration, CommentQueuedInAnEarlierSessionIsSentOnceTheCommentsOpen)
{
    ASSERT_TRUE(m_dir.isValid());
    ASSERT_TRUE(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    const QString text = QStringLiteral("queued before a restart %1").arg(uniqueId());
    {
        CommentStore store(storePath());
        QNetworkAccessManager network;
        WalineClient down(&network, closedServer(), m_articlePath, userAgent, WalineClient::Options {});
        Outbox outbox(&store, &down);
        ASSERT_TRUE(
            outbox.submit({QStringLiteral("读者"), QStringLiteral("reader@example.com"), text, {}}).has_value());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                const QList<OwnComment> all = store.comments();
                return all.size() == 1 && all.constFirst().attempts >= 1 && all.constFirst().state == State::Queued;
            },
            waitMs))
            << ::testing::PrintToString(store.comments());
    }

    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CommentListModel model;
    std::unique_ptr<CommentPipeline> pipeline;
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok());
    MainWindow window(content.value(), &settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    pipeline = CommentsOpener::open(
        &window, &model, ModuleLoader({}), CommentSetup {storePath(), m_serverUrl, m_articlePath, userAgent}, {});
    ASSERT_NE(pipeline, nullptr);
    EXPECT_TRUE(pipeline->hasServer());
    EXPECT_NE(pipeline->liveCheck(), nullptr);
    CommentSession* session = window.feedbackPanel()->session();
    ASSERT_NE(session, nullptr);
    QSignalSpy changed(session, &CommentSession::commentChanged);

    const auto delivered = [&] {
        return std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant>& arguments) {
            const auto comment = arguments.at(0).value<OwnComment>();
            return comment.content.text == text
                   && (comment.state == State::Sent || comment.state == State::AwaitingModeration);
        });
    };
    EXPECT_TRUE(QTest::qWaitFor(delivered, waitMs));
}
