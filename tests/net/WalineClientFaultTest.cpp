// Faults a real comment server does not produce, played by a loopback FaultServer: the client must turn each into
// the right DeliveryResult with a clear reason, within its limits.

#include "FaultServer.h"
#include "net/WalineClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;
using Outcome = DeliveryResult::Outcome;

namespace {

// Generous waits: a failing test waits this long, a passing one only as long as the client takes.
constexpr int waitMs = 20000;

OwnComment comment(const QString& localId = QStringLiteral("local-1"))
{
    OwnComment own;
    own.localId = localId;
    own.content = CommentDraft {QStringLiteral("Ann"), {}, QStringLiteral("<b>x</b> 😀"), QStringLiteral("tianjin")};
    return own;
}

QByteArray json(int status, const QByteArray& body, const QList<QByteArray>& headers = {})
{
    QList<QByteArray> all = headers;
    all.append("Content-Type: application/json; charset=utf-8");
    return FaultServer::httpResponse(status, status == 200 ? "OK" : "Oops", body, all);
}

class WalineClientFaults : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.start()); }

    // Limits that a loaded CI machine meets easily; the tests of the timeouts pass their own small ones.
    std::unique_ptr<WalineClient> makeClient(WalineClient::Options options = {10000ms, 15000ms, 64 * 1024})
    {
        return std::make_unique<WalineClient>(
            &network, server.url(), QStringLiteral("/articles/a"), QStringLiteral("PilotZonesTest/1"), options);
    }

    // Sends one comment and returns the one result, checking it came once, for this comment, after send().
    DeliveryResult sendOnce(WalineClient& client, const OwnComment& own = comment())
    {
        QSignalSpy spy(&client, &CommentSender::sendFinished);
        client.send(own);
        EXPECT_EQ(spy.count(), 0) << "sendFinished must come after send() returns";
        EXPECT_TRUE(spy.wait(waitMs));
        if (spy.count() != 1) {
            ADD_FAILURE() << "expected one sendFinished, got " << spy.count();
            return {};
        }
        EXPECT_EQ(spy.at(0).at(0).toString(), own.localId);
        return spy.at(0).at(1).value<DeliveryResult>();
    }

    QNetworkAccessManager network;
    FaultServer server;
};

const QByteArray stored = R"({"errno":0,"errmsg":"","data":{"nick":"Ann","url":"/articles/a","comment":"<p>x</p>\n",
    "status":"approved","objectId":12,"orig":"<b>x</b> 😀","like":0,"time":1795815515000}})";

} // namespace

Q_DECLARE_METATYPE(DeliveryResult)

TEST_F(WalineClientFaults, PostsTheCommentAsJsonToTheCommentEndpoint)
{
    server.respond(json(200, stored));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Delivered) << result.reason.toStdString();
    ASSERT_TRUE(result.comment.has_value());
    EXPECT_EQ(result.comment->objectId, QStringLiteral("12"));

    ASSERT_EQ(server.requests().size(), 1);
    const QByteArray request = server.requests().constFirst();
    EXPECT_TRUE(request.startsWith("POST /api/comment HTTP/1.1\r\n")) << request.left(80).toStdString();
    EXPECT_TRUE(request.contains("\r\nContent-Type: application/json\r\n"));
    EXPECT_TRUE(request.contains("\r\nUser-Agent: PilotZonesTest/1\r\n"));
    const QJsonObject body = QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
    EXPECT_EQ(body.value(QLatin1String("comment")).toString(), QStringLiteral("<b>x</b> 😀"));
    EXPECT_EQ(body.value(QLatin1String("url")).toString(), QStringLiteral("/articles/a"));
    EXPECT_EQ(body.value(QLatin1String("nick")).toString(), QStringLiteral("Ann"));
    EXPECT_FALSE(body.contains(QLatin1String("mail")));
}

TEST_F(WalineClientFaults, ConnectionResetMidBodyIsRetried)
{
    QByteArray partial = json(200, stored);
    partial.chop(40);
    server.resetAfter(partial);
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("closed the connection"))) << result.reason.toStdString();
}

TEST_F(WalineClientFaults, ServerThatNeverAnswersHitsTheTransferTimeout)
{
    server.staySilent();
    auto client = makeClient({200ms, 15000ms, 64 * 1024});
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("timed out"))) << result.reason.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(WalineClientFaults, ServerThatNeverAnswersHitsTheOverallDeadline)
{
    server.staySilent();
    auto client = makeClient({15000ms, 300ms, 64 * 1024});
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("did not answer in time (within 1 s)")))
        << result.reason.toStdString();
}

TEST_F(WalineClientFaults, DrippingServerHitsTheOverallDeadlineThoughBytesKeepComing)
{
    server.drip(json(200, stored), 50ms);
    // Each byte resets the transfer timeout; only the deadline ends this.
    auto client = makeClient({2000ms, 600ms, 64 * 1024});
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("did not answer in time"))) << result.reason.toStdString();
}

TEST_F(WalineClientFaults, InternalServerErrorIsRetried)
{
    server.respond(json(500, R"({"errno":500,"errmsg":"boom"})"));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("(HTTP 500): boom"))) << result.reason.toStdString();
    EXPECT_FALSE(result.retryAfterSeconds.has_value());
}

TEST_F(WalineClientFaults, ServiceUnavailableIsRetriedAfterWhatTheServerAsks)
{
    server.respond(FaultServer::httpResponse(503, "Service Unavailable", "<html>later</html>", {"Retry-After: 7"}));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("HTTP 503"))) << result.reason.toStdString();
    EXPECT_EQ(result.retryAfterSeconds, 7);
}

TEST_F(WalineClientFaults, TooManyRequestsIsRetriedAfterWhatTheServerAsks)
{
    const QByteArray date
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(120), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    server.respond(FaultServer::httpResponse(429, "Too Many Requests", "", {"Retry-After: " + date}));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("HTTP 429"))) << result.reason.toStdString();
    ASSERT_TRUE(result.retryAfterSeconds.has_value());
    EXPECT_GE(*result.retryAfterSeconds, 100);
    EXPECT_LE(*result.retryAfterSeconds, 120);
}

TEST_F(WalineClientFaults, MalformedJsonIsRetried)
{
    server.respond(json(200, R"({"errno":0,"errmsg":"","data":{"objectId":)"));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("not a comment server reply"))) << result.reason.toStdString();
}

TEST_F(WalineClientFaults, HtmlPageWithStatus200IsRetried)
{
    server.respond(FaultServer::httpResponse(
        200, "OK", "<!DOCTYPE html><title>Hotel Wi-Fi</title><p>Log in</p>", {"Content-Type: text/html"}));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("not a comment server reply"))) << result.reason.toStdString();
    EXPECT_FALSE(result.reason.contains(QStringLiteral("Hotel")));
}

TEST_F(WalineClientFaults, RedirectOfThePostIsNotFollowed)
{
    const QByteArray elsewhere = server.url().toEncoded() + "/elsewhere/api/comment";
    server.respond(FaultServer::httpResponse(302, "Found", "", {"Location: " + elsewhere}));
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_TRUE(result.reason.contains(QString::fromLatin1(elsewhere))) << result.reason.toStdString();
    // Let a followed redirect, if any, arrive before counting.
    QCoreApplication::processEvents();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(WalineClientFaults, HugeAnnouncedBodyIsAbortedAtTheHeaders)
{
    constexpr qint64 bodyBytes = 256 * 1024 * 1024;
    server.sendHuge("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(bodyBytes) + "\r\n\r\n",
                    bodyBytes);
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("larger than 64 KiB"))) << result.reason.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hugeFinished(); }, waitMs));
    // Kernel socket buffers let a few MiB through before the abort lands; far from all of it.
    EXPECT_LT(server.hugeBytesWritten(), bodyBytes / 8);
}

TEST_F(WalineClientFaults, HugeBodyWithoutLengthIsAbortedOnceOverTheCap)
{
    constexpr qint64 bodyBytes = 256 * 1024 * 1024;
    server.sendHuge("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n", bodyBytes);
    auto client = makeClient();
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("larger than 64 KiB"))) << result.reason.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.hugeFinished(); }, waitMs));
    // Kernel socket buffers let a few MiB through before the abort lands; far from all of it.
    EXPECT_LT(server.hugeBytesWritten(), bodyBytes / 8);
}

TEST_F(WalineClientFaults, ConnectionRefusedIsRetried)
{
    const QUrl url = server.url();
    server.close();
    auto client = std::make_unique<WalineClient>(
        &network, url, QStringLiteral("/a"), QStringLiteral("ua"), WalineClient::Options {});
    const DeliveryResult result = sendOnce(*client);
    EXPECT_EQ(result.outcome, Outcome::Retry);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("refused the connection"))) << result.reason.toStdString();
}

TEST_F(WalineClientFaults, SecondSendOfTheSameCommentInFlightIsRefusedAndTheFirstStillReports)
{
    server.drip(json(200, stored), 5ms);
    auto client = makeClient();
    QSignalSpy spy(client.get(), &CommentSender::sendFinished);
    client->send(comment());
    EXPECT_TRUE(client->isSending(QStringLiteral("local-1")));
    client->send(comment());
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.count() == 2; }, waitMs));
    const auto first = spy.at(0).at(1).value<DeliveryResult>();
    EXPECT_EQ(first.outcome, Outcome::Retry);
    EXPECT_TRUE(first.reason.contains(QStringLiteral("already being sent"))) << first.reason.toStdString();
    EXPECT_EQ(spy.at(1).at(1).value<DeliveryResult>().outcome, Outcome::Delivered);
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_FALSE(client->isSending(QStringLiteral("local-1")));
}

TEST_F(WalineClientFaults, DestroyingTheClientAbortsWithoutReporting)
{
    server.staySilent();
    auto client = makeClient();
    QSignalSpy spy(client.get(), &CommentSender::sendFinished);
    client->send(comment());
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests().size() == 1; }, waitMs));
    client.reset();
    QCoreApplication::processEvents();
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(WalineClientFaults, ListsAPageFromTheServer)
{
    server.respond(json(200, R"({"errno":0,"errmsg":"","data":{"page":1,"totalPages":1,"pageSize":10,"count":1,
        "data":[{"status":"approved","comment":"<p>hi</p>","nick":null,"link":null,"objectId":3,"orig":"hi",
        "time":1795815515000,"children":[]}]}})"));
    auto client = makeClient();
    QSignalSpy fetched(client.get(), &CommentSender::pageFetched);
    client->fetchPage(1, 10);
    ASSERT_TRUE(fetched.wait(waitMs));
    const auto page = fetched.at(0).at(0).value<CommentPage>();
    ASSERT_EQ(page.comments.size(), 1);
    EXPECT_EQ(page.comments.at(0).text, QStringLiteral("hi"));
    const QByteArray request = server.requests().constFirst();
    EXPECT_TRUE(request.startsWith(
        "GET /api/comment?path=%2Farticles%2Fa&page=1&pageSize=10&sortBy=insertedAt_desc HTTP/1.1\r\n"))
        << request.left(120).toStdString();
}

TEST_F(WalineClientFaults, ListFailureNamesThePage)
{
    server.respond(FaultServer::httpResponse(200, "OK", "<html>portal</html>"));
    auto client = makeClient();
    QSignalSpy failed(client.get(), &CommentSender::pageFailed);
    client->fetchPage(4, 10);
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_EQ(failed.at(0).at(0).toInt(), 4);
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("not a comment server reply")));
}

TEST_F(WalineClientFaults, ListDoesNotFollowARedirectToAnotherOrigin)
{
    server.respond(FaultServer::httpResponse(302, "Found", "", {"Location: http://127.0.0.2:1/api/comment"}));
    auto client = makeClient();
    QSignalSpy failed(client.get(), &CommentSender::pageFailed);
    client->fetchPage(1, 10);
    ASSERT_TRUE(failed.wait(waitMs));
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("redirected")))
        << failed.at(0).at(1).toString().toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}
