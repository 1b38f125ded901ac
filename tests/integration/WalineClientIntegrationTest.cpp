// WalineClient against the real Waline 1.39.3 server run by scripts/comment-server.sh. Each test posts to an
// article path of its own (a UUID), so runs and tests do not see each other's comments.

#include "CommentServerFixture.h"
#include "net/WalineClient.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using Outcome = DeliveryResult::Outcome;

namespace {

constexpr int waitMs = 60000;

class WalineClientIntegration : public CommentServerFixture
{
protected:
    WalineClientIntegration()
        : CommentServerFixture(QStringLiteral("/tests/net"))
    { }

    std::unique_ptr<WalineClient> makeClient(const QUrl& serverUrl)
    {
        return std::make_unique<WalineClient>(&m_network,
                                              serverUrl,
                                              m_articlePath,
                                              QStringLiteral("PilotZonesIntegrationTest/1"),
                                              WalineClient::Options {});
    }

    static OwnComment comment(const QString& text, const QString& nick = QStringLiteral("Tester"))
    {
        OwnComment own;
        own.localId = uniqueId();
        own.content = CommentDraft {nick, {}, text, QStringLiteral("shenzhen")};
        return own;
    }

    static DeliveryResult sendOnce(WalineClient& client, const OwnComment& own)
    {
        QSignalSpy spy(&client, &CommentSender::sendFinished);
        client.send(own);
        if (!spy.wait(waitMs) || spy.count() != 1) {
            ADD_FAILURE() << "expected one sendFinished, got " << spy.count();
            return {};
        }
        EXPECT_EQ(spy.at(0).at(0).toString(), own.localId);
        return spy.at(0).at(1).value<DeliveryResult>();
    }

    static std::optional<CommentPage> fetch(WalineClient& client, int page = 1, int pageSize = 10)
    {
        QSignalSpy fetched(&client, &CommentSender::pageFetched);
        QSignalSpy failed(&client, &CommentSender::pageFailed);
        client.fetchPage(page, pageSize);
        if (!fetched.wait(waitMs)) {
            ADD_FAILURE() << "no page: "
                          << (failed.isEmpty() ? std::string("timeout") : failed.at(0).at(1).toString().toStdString());
            return std::nullopt;
        }
        return fetched.at(0).at(0).value<CommentPage>();
    }

    QNetworkAccessManager m_network;
};

} // namespace

TEST_F(WalineClientIntegration, PostsThenListsBackNewestFirstExactlyAsTyped)
{
    auto client = makeClient(m_serverUrl);
    const OwnComment first = comment(QStringLiteral("<b>x</b> literal, emoji 😀, 深圳 %1").arg(uniqueId()));
    const OwnComment second
        = comment(QStringLiteral("  spaces kept\n\n*not markdown* & <i>%1</i>  \n").arg(uniqueId()), QString());

    const DeliveryResult firstResult = sendOnce(*client, first);
    ASSERT_EQ(firstResult.outcome, Outcome::Delivered) << firstResult.reason.toStdString();
    ASSERT_TRUE(firstResult.comment.has_value());
    EXPECT_EQ(firstResult.comment->text, first.content.text);
    EXPECT_EQ(firstResult.comment->nick, QStringLiteral("Tester"));
    EXPECT_EQ(firstResult.comment->status, ServerComment::Status::Approved);
    EXPECT_FALSE(firstResult.comment->objectId.isEmpty());
    EXPECT_LE(qAbs(firstResult.comment->time.secsTo(QDateTime::currentDateTimeUtc())), 60);

    const DeliveryResult secondResult = sendOnce(*client, second);
    ASSERT_EQ(secondResult.outcome, Outcome::Delivered) << secondResult.reason.toStdString();
    ASSERT_TRUE(secondResult.comment.has_value());
    EXPECT_EQ(secondResult.comment->text, second.content.text);
    EXPECT_EQ(secondResult.comment->nick, QString());

    const std::optional<CommentPage> page = fetch(*client);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->page, 1);
    EXPECT_EQ(page->totalPages, 1);
    EXPECT_EQ(page->totalCount, 2);
    ASSERT_EQ(page->comments.size(), 2);
    const ServerComment& newer = page->comments.at(0);
    const ServerComment& older = page->comments.at(1);
    // Times have one-second resolution; comments of the same second come in no defined order.
    EXPECT_GE(newer.time, older.time);
    if (newer.time != older.time) {
        EXPECT_EQ(newer.objectId, secondResult.comment->objectId);
    }
    const QSet<QString> listed {newer.text, older.text};
    EXPECT_EQ(listed, (QSet<QString> {first.content.text, second.content.text}));
    for (const ServerComment& listedComment : page->comments) {
        const ServerComment& posted
            = listedComment.objectId == firstResult.comment->objectId ? *firstResult.comment : *secondResult.comment;
        EXPECT_EQ(listedComment.text, posted.text);
        EXPECT_EQ(listedComment.time, posted.time);
        EXPECT_EQ(listedComment.time.timeSpec(), Qt::UTC);
        EXPECT_TRUE(listedComment.replies.isEmpty());
    }
}

// The server's database layer once read backslashes as escapes: "\#" came back as "#", "\b" as a backspace,
// and \' ended its SQL string, so the comment failed with HTTP 500 on every retry (scripts/waline/launcher.js).
TEST_F(WalineClientIntegration, BackslashesAndQuotesComeBackExactlyAsTyped)
{
    auto client = makeClient(m_serverUrl);
    const QString text
        = QStringLiteral("C:\\new\\bin \\# \\\\ it\\'s \"quoted\" 'single' %1 ends with \\").arg(uniqueId());
    const OwnComment own = comment(text, QStringLiteral("back\\slash o'nick"));

    const DeliveryResult result = sendOnce(*client, own);
    ASSERT_EQ(result.outcome, Outcome::Delivered) << result.reason.toStdString();
    ASSERT_TRUE(result.comment.has_value());
    EXPECT_EQ(result.comment->text, text);

    const std::optional<CommentPage> page = fetch(*client);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->comments.size(), 1);
    EXPECT_EQ(page->comments.at(0).text, text);
    EXPECT_EQ(page->comments.at(0).nick, QStringLiteral("back\\slash o'nick"));
}

TEST_F(WalineClientIntegration, ListsAnArticleWithoutCommentsAsEmpty)
{
    auto client = makeClient(m_serverUrl);
    const std::optional<CommentPage> page = fetch(*client, 1, 100);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->totalPages, 0);
    EXPECT_EQ(page->totalCount, 0);
    EXPECT_TRUE(page->comments.isEmpty());
}

TEST_F(WalineClientIntegration, SendingTheSameCommentAgainCountsAsDelivered)
{
    auto client = makeClient(m_serverUrl);
    const OwnComment own = comment(QStringLiteral("said once %1").arg(uniqueId()));
    const DeliveryResult first = sendOnce(*client, own);
    ASSERT_EQ(first.outcome, Outcome::Delivered) << first.reason.toStdString();
    EXPECT_TRUE(first.comment.has_value());

    const DeliveryResult again = sendOnce(*client, own);
    EXPECT_EQ(again.outcome, Outcome::Delivered) << again.reason.toStdString();
    EXPECT_FALSE(again.comment.has_value());

    const std::optional<CommentPage> page = fetch(*client);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->totalCount, 1);
}

TEST_F(WalineClientIntegration, ModeratedCommentWaitsAndIsNotListed)
{
    const std::optional<QUrl> url = startInstance(QStringLiteral("net-audit"), {QStringLiteral("--audit")});
    ASSERT_TRUE(url.has_value());
    auto client = makeClient(*url);
    const OwnComment own = comment(QStringLiteral("for the moderator %1").arg(uniqueId()));

    const DeliveryResult result = sendOnce(*client, own);
    ASSERT_EQ(result.outcome, Outcome::Delivered) << result.reason.toStdString();
    ASSERT_TRUE(result.comment.has_value());
    EXPECT_EQ(result.comment->status, ServerComment::Status::Waiting);
    EXPECT_EQ(result.comment->text, own.content.text);

    const std::optional<CommentPage> page = fetch(*client);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->totalCount, 0);
    EXPECT_TRUE(page->comments.isEmpty());
}

TEST_F(WalineClientIntegration, SecondQuickCommentIsRateLimitedAndRetried)
{
    const QString name = QStringLiteral("net-ratelimit");
    const std::optional<QUrl> url = startInstance(name, {QStringLiteral("--ipqps"), QStringLiteral("60")});
    ASSERT_TRUE(url.has_value());
    // The limit counts this client's recent comments in the database, earlier runs' included.
    ASSERT_TRUE(runScript({QStringLiteral("reset"), QStringLiteral("--name"), name}).has_value());
    auto client = makeClient(*url);

    const DeliveryResult first = sendOnce(*client, comment(QStringLiteral("first %1").arg(uniqueId())));
    ASSERT_EQ(first.outcome, Outcome::Delivered) << first.reason.toStdString();
    const DeliveryResult second = sendOnce(*client, comment(QStringLiteral("second %1").arg(uniqueId())));
    EXPECT_EQ(second.outcome, Outcome::Retry);
    EXPECT_TRUE(second.reason.contains(QStringLiteral("wait a little between comments")))
        << second.reason.toStdString();
}

TEST_F(WalineClientIntegration, StoppedServerIsRetriedAndTheRetryIsDeliveredAfterRestart)
{
    const QString name = QStringLiteral("net-restart");
    const std::optional<QUrl> url = startInstance(name);
    ASSERT_TRUE(url.has_value());
    ASSERT_TRUE(runScript({QStringLiteral("stop"), QStringLiteral("--name"), name}).has_value());
    const OwnComment own = comment(QStringLiteral("while it was down %1").arg(uniqueId()));

    auto client = makeClient(*url);
    const DeliveryResult down = sendOnce(*client, own);
    EXPECT_EQ(down.outcome, Outcome::Retry);
    EXPECT_TRUE(down.reason.contains(QStringLiteral("refused the connection"))) << down.reason.toStdString();

    // The instance normally gets its port back; if it could not, the retry goes to its new address.
    const std::optional<QUrl> restarted = startInstance(name);
    ASSERT_TRUE(restarted.has_value());
    auto retryClient = makeClient(*restarted);
    const DeliveryResult retried = sendOnce(*retryClient, own);
    EXPECT_EQ(retried.outcome, Outcome::Delivered) << retried.reason.toStdString();
    ASSERT_TRUE(retried.comment.has_value());
    EXPECT_EQ(retried.comment->text, own.content.text);

    const std::optional<CommentPage> page = fetch(*retryClient);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->totalCount, 1);
}
