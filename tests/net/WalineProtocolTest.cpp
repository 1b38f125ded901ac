#include "net/WalineProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <ostream>

using Outcome = DeliveryResult::Outcome;

namespace {

const QString articlePath = QStringLiteral("/articles/shenzhen-one-of-four-ai-zones");
const QString userAgent = QStringLiteral("PilotZones/0.1");
const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());

QJsonObject decoded(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

ReplyFacts http(int status, const QByteArray& body, const QByteArray& retryAfter = {}, const QByteArray& location = {})
{
    ReplyFacts facts;
    facts.httpStatus = status;
    facts.body = body;
    facts.retryAfter = retryAfter;
    facts.location = location;
    // What Qt reports alongside such statuses; the status decides.
    if (status == 404)
        facts.error = QNetworkReply::ContentNotFoundError;
    else if (status >= 400 && status < 500)
        facts.error = QNetworkReply::UnknownContentError;
    else if (status == 500)
        facts.error = QNetworkReply::InternalServerError;
    else if (status >= 500)
        facts.error = QNetworkReply::ServiceUnavailableError;
    return facts;
}

ReplyFacts network(QNetworkReply::NetworkError error, int status = 0)
{
    ReplyFacts facts;
    facts.httpStatus = status;
    facts.error = error;
    facts.errorString = QStringLiteral("Qt says: error %1").arg(int(error));
    return facts;
}

ReplyFacts aborted(ReplyFacts::Abort abort, int status = 0)
{
    ReplyFacts facts = network(QNetworkReply::OperationCanceledError, status);
    facts.abort = abort;
    facts.deadlineSeconds = 30;
    facts.maxBodyBytes = 1024 * 1024;
    return facts;
}

ReplyFacts badCertificate()
{
    ReplyFacts facts = network(QNetworkReply::SslHandshakeFailedError);
    facts.sslErrors = {QStringLiteral("The certificate has expired")};
    return facts;
}

const QByteArray storedComment = R"({"errno":0,"errmsg":"","data":{"nick":"A","url":"/a","comment":"<p>hello</p>\n",
    "status":"approved","objectId":1,"browser":"","os":"","avatar":"https://x","orig":"hello","like":0,
    "time":1795815515000}})";

} // namespace

TEST(WalineEncoding, SendsTheTextExactlyAsTypedWithTheArticleAndUserAgent)
{
    CommentDraft draft {QStringLiteral("Ann"),
                        QStringLiteral("ann@example.com"),
                        QStringLiteral("  <b>x</b> & \"quotes\" 深圳 😀\n\nsecond line  "),
                        QStringLiteral("shenzhen")};
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    const QJsonObject expected {
        {QStringLiteral("comment"), draft.text},
        {QStringLiteral("nick"), QStringLiteral("Ann")},
        {QStringLiteral("mail"), QStringLiteral("ann@example.com")},
        {QStringLiteral("link"), QString()},
        {QStringLiteral("url"), articlePath},
        {QStringLiteral("ua"), userAgent},
    };
    EXPECT_EQ(body, expected);
}

TEST(WalineEncoding, LeavesOutNickAndMailWhenNotGivenAndNeverSendsTheCity)
{
    const CommentDraft draft {{}, {}, QStringLiteral("hello"), QStringLiteral("hefei")};
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    EXPECT_EQ(
        body.keys(),
        (QStringList {QStringLiteral("comment"), QStringLiteral("link"), QStringLiteral("ua"), QStringLiteral("url")}));
    EXPECT_EQ(body.value(QLatin1String("comment")).toString(), QStringLiteral("hello"));
    EXPECT_FALSE(QString::fromUtf8(WalineProtocol::encodeComment(draft, articlePath, userAgent))
                     .contains(QStringLiteral("hefei")));
}

TEST(WalineEncoding, SendsTheQuoteAsAMarkdownBlockquoteBeforeTheText)
{
    CommentDraft draft {{}, {}, QStringLiteral("I agree.\n\n# not a heading in the text"), {}};
    draft.quote = QStringLiteral("# Shenzhen <b>one</b> of four AI zones\u2026");
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    EXPECT_EQ(body.value(QLatin1String("comment")).toString(),
              QStringLiteral("> &#35; Shenzhen &#60;b&#62;one&#60;/b&#62; of four AI zones\u2026\n\nI agree.\n\n# not "
                             "a heading in the text"));
}

TEST(WalineEncoding, SendsPidRidAndAtForAReply)
{
    CommentDraft draft {QStringLiteral("Ann"), {}, QStringLiteral("I agree"), {}};
    draft.replyTo = CommentReplyTarget {QStringLiteral("17"), QStringLiteral("4"), QStringLiteral("Mei \u202e")};
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    EXPECT_EQ(body.value(QLatin1String("pid")), QJsonValue(QStringLiteral("17")));
    EXPECT_EQ(body.value(QLatin1String("rid")), QJsonValue(QStringLiteral("4")));
    // The nick goes as the server gave it: it is the server's own text, never rendered by the app.
    EXPECT_EQ(body.value(QLatin1String("at")), QJsonValue(QStringLiteral("Mei \u202e")));
    EXPECT_EQ(body.value(QLatin1String("comment")).toString(), QStringLiteral("I agree"));
}

TEST(WalineEncoding, AReplyToARootIsItsOwnThreadAndAnAnonymousOneSendsNoAt)
{
    CommentDraft draft {{}, {}, QStringLiteral("re"), {}};
    draft.replyTo = CommentReplyTarget {QStringLiteral("abc"), {}, {}};
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    EXPECT_EQ(body.value(QLatin1String("pid")).toString(), QStringLiteral("abc"));
    EXPECT_EQ(body.value(QLatin1String("rid")).toString(), QStringLiteral("abc"));
    EXPECT_FALSE(body.contains(QLatin1String("at")));
}

TEST(WalineEncoding, ATopLevelCommentSendsNoReplyFields)
{
    const CommentDraft draft {QStringLiteral("Ann"), {}, QStringLiteral("hello"), {}};
    const QJsonObject body = decoded(WalineProtocol::encodeComment(draft, articlePath, userAgent));
    for (const char* key : {"pid", "rid", "at"})
        EXPECT_FALSE(body.contains(QLatin1String(key))) << key;
}

struct EndpointCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const EndpointCase& c, std::ostream* os) { *os << c.base; }

    const char* base;
    const char* expected;
};

class WalineEndpoint : public ::testing::TestWithParam<EndpointCase>
{
};

TEST_P(WalineEndpoint, AppendsApiCommentToTheBasePath)
{
    EXPECT_EQ(WalineProtocol::commentEndpoint(QUrl(QString::fromUtf8(GetParam().base))),
              QUrl(QString::fromUtf8(GetParam().expected)));
}

INSTANTIATE_TEST_SUITE_P(
    Bases,
    WalineEndpoint,
    ::testing::Values(EndpointCase {"http://127.0.0.1:8360", "http://127.0.0.1:8360/api/comment"},
                      EndpointCase {"http://127.0.0.1:8360/", "http://127.0.0.1:8360/api/comment"},
                      EndpointCase {"https://example.com/waline", "https://example.com/waline/api/comment"},
                      EndpointCase {"https://example.com/waline//", "https://example.com/waline/api/comment"}));

struct ListUrlCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const ListUrlCase& c, std::ostream* os) { *os << c.name; }

    const char* name;
    int page;
    int pageSize;
    const char* expectedPage;
    const char* expectedPageSize;
};

class WalineListUrl : public ::testing::TestWithParam<ListUrlCase>
{
};

TEST_P(WalineListUrl, AsksForTheArticleNewestFirstWithinTheServerLimits)
{
    const QUrl url = WalineProtocol::listUrl(
        QUrl(QStringLiteral("http://127.0.0.1:8360/")), articlePath, GetParam().page, GetParam().pageSize);
    EXPECT_EQ(url.path(), QStringLiteral("/api/comment"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded), articlePath);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("page")), QString::fromUtf8(GetParam().expectedPage));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("pageSize")), QString::fromUtf8(GetParam().expectedPageSize));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("insertedAt_desc"));
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("lang")));
}

INSTANTIATE_TEST_SUITE_P(Pages,
                         WalineListUrl,
                         ::testing::Values(ListUrlCase {"First", 1, 10, "1", "10"},
                                           ListUrlCase {"Third", 3, 100, "3", "100"},
                                           ListUrlCase {"PageSizeCapped", 2, 500, "2", "100"},
                                           ListUrlCase {"PageSizeAtLeastOne", 1, 0, "1", "1"},
                                           ListUrlCase {"PageAtLeastOne", -4, 20, "1", "20"}),
                         [](const auto& testCase) { return std::string(testCase.param.name); });

TEST(WalineListUrl, EncodesAPathWithReservedCharacters)
{
    const QString path = QStringLiteral("/a b&c=d?e#f/深圳");
    const QUrl url = WalineProtocol::listUrl(QUrl(QStringLiteral("http://h")), path, 1, 10);
    EXPECT_EQ(QUrlQuery(url).queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded), path);
    EXPECT_EQ(QUrlQuery(url).queryItems().size(), 4);
}

struct RetryAfterCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const RetryAfterCase& c, std::ostream* os) { *os << c.name; }

    const char* name;
    QByteArray header;
    std::optional<int> expected;
};

class WalineRetryAfter : public ::testing::TestWithParam<RetryAfterCase>
{
};

TEST_P(WalineRetryAfter, ReadsSecondsOrAnHttpDate)
{
    EXPECT_EQ(WalineProtocol::parseRetryAfter(GetParam().header, now), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Headers,
                         WalineRetryAfter,
                         ::testing::Values(RetryAfterCase {"Absent", "", std::nullopt},
                                           RetryAfterCase {"Seconds", "7", 7},
                                           RetryAfterCase {"SecondsWithSpaces", " 120 ", 120},
                                           RetryAfterCase {"Zero", "0", 0},
                                           RetryAfterCase {"Negative", "-5", std::nullopt},
                                           RetryAfterCase {"HugeCappedAtADay", "99999999999", 86400},
                                           RetryAfterCase {"HttpDate", "Fri, 27 Nov 2026 12:01:30 GMT", 90},
                                           RetryAfterCase {"HttpDateInThePast", "Fri, 27 Nov 2026 11:00:00 GMT", 0},
                                           RetryAfterCase {"Garbage", "soon", std::nullopt},
                                           RetryAfterCase {"Fraction", "1.5", std::nullopt}),
                         [](const auto& testCase) { return std::string(testCase.param.name); });

struct PostCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const PostCase& c, std::ostream* os) { *os << c.name; }

    const char* name;
    ReplyFacts reply;
    Outcome outcome;
    // Part of the reason (empty for Delivered).
    const char* reasonPart;
    std::optional<int> retryAfter = std::nullopt;
};

class WalinePostReply : public ::testing::TestWithParam<PostCase>
{
};

TEST_P(WalinePostReply, IsClassified)
{
    const PostCase& c = GetParam();
    const DeliveryResult result = WalineProtocol::classifyPostReply(c.reply, now);
    EXPECT_EQ(result.outcome, c.outcome) << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QString::fromUtf8(c.reasonPart))) << result.reason.toStdString();
    if (c.outcome == Outcome::Delivered)
        EXPECT_TRUE(result.reason.isEmpty());
    else
        EXPECT_FALSE(result.reason.isEmpty());
    EXPECT_EQ(result.retryAfterSeconds, c.retryAfter);
    EXPECT_FALSE(result.reason.contains(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(
    Replies,
    WalinePostReply,
    ::testing::Values(
        PostCase {"Stored", http(200, storedComment), Outcome::Delivered, ""},
        PostCase {"Duplicate", http(200, R"({"errno":1000,"errmsg":"Duplicate Content"})"), Outcome::Delivered, ""},
        PostCase {"TooFast",
                  http(200, R"({"errno":1000,"errmsg":"Comment too fast!"})"),
                  Outcome::Retry,
                  "wait a little between comments"},
        PostCase {"TooFastWithRetryAfter",
                  http(200, R"({"errno":1000,"errmsg":"Comment too fast!"})", "60"),
                  Outcome::Retry,
                  "wait",
                  60},
        PostCase {"Other1000", http(200, R"({"errno":1000,"errmsg":"FORBIDDEN"})"), Outcome::Rejected, "FORBIDDEN"},
        PostCase {"Validation",
                  http(200,
                       R"({"errno":1001,"errmsg":{"url":"url need an URL under your options",
                          "comment":"comment can not be blank"}})"),
                  Outcome::Rejected,
                  "did not accept the comment: comment: comment can not be blank; url: url need an URL"},
        PostCase {
            "OtherErrno", http(200, R"({"errno":403,"errmsg":"Forbidden IP"})"), Outcome::Rejected, "Forbidden IP"},
        PostCase {"OtherErrnoWithoutMessage", http(200, R"({"errno":42})"), Outcome::Rejected, "error 42"},
        PostCase {"ServerTextIsOneLineAndCut",
                  http(200, R"({"errno":7,"errmsg":"line one\nline two )" + QByteArray(500, 'z') + R"("})"),
                  Outcome::Rejected,
                  "line one line two zzz"},
        PostCase {"HtmlPage",
                  http(200, "<!DOCTYPE html><html><body>Welcome to nginx!</body></html>"),
                  Outcome::Retry,
                  "not a comment server reply"},
        PostCase {"MalformedJson", http(200, R"({"errno":0,"data":{)"), Outcome::Retry, "not a comment server reply"},
        PostCase {"EmptyBody", http(200, ""), Outcome::Retry, "not a comment server reply"},
        PostCase {"JsonArray", http(200, "[1,2]"), Outcome::Retry, "not a comment server reply"},
        PostCase {"ErrnoNotANumber", http(200, R"({"errno":"0"})"), Outcome::Retry, "not a comment server reply"},
        PostCase {"ErrnoFraction", http(200, R"({"errno":0.5})"), Outcome::Retry, "not a comment server reply"},
        PostCase {
            "StoredWithoutCommentData", http(200, R"({"errno":0,"errmsg":"","data":""})"), Outcome::Delivered, ""},
        PostCase {"InternalError",
                  http(500, R"j({"errno":500,"errmsg":"value too long for type character varying(255)"})j"),
                  Outcome::Retry,
                  "HTTP 500): value too long"},
        PostCase {"ServiceUnavailableSeconds",
                  http(503, "<html>down</html>", "7"),
                  Outcome::Retry,
                  "could not take the comment now (HTTP 503).",
                  7},
        PostCase {
            "TooManyRequestsDate", http(429, "", "Fri, 27 Nov 2026 12:00:45 GMT"), Outcome::Retry, "HTTP 429", 45},
        PostCase {"RequestTimeout", http(408, ""), Outcome::Retry, "HTTP 408"},
        PostCase {"BadGateway", http(502, ""), Outcome::Retry, "HTTP 502"},
        PostCase {"NotFound",
                  http(404, R"({"errno":404,"errmsg":"url `/api/nope` not found."})"),
                  Outcome::Rejected,
                  "refused the comment (HTTP 404): url `/api/nope` not found."},
        PostCase {"BadRequest",
                  http(400, R"({"errno":400,"errmsg":"Incorrect parameter format"})"),
                  Outcome::Rejected,
                  "Incorrect parameter format"},
        PostCase {"Unauthorized", http(401, "<html/>"), Outcome::Rejected, "refused the comment (HTTP 401)."},
        PostCase {"Redirect",
                  http(302, "", {}, "https://evil.example/api/comment"),
                  Outcome::Rejected,
                  "redirected the comment to https://evil.example/api/comment (HTTP 302)"},
        PostCase {"PermanentRedirectWithoutLocation", http(308, ""), Outcome::Rejected, "without saying where"},
        PostCase {"Informational", http(101, ""), Outcome::Retry, "unexpected answer (HTTP 101)"},
        PostCase {"ConnectionRefused",
                  network(QNetworkReply::ConnectionRefusedError),
                  Outcome::Retry,
                  "refused the connection"},
        PostCase {"ResetMidBody",
                  network(QNetworkReply::RemoteHostClosedError, 200),
                  Outcome::Retry,
                  "closed the connection"},
        PostCase {"HostNotFound", network(QNetworkReply::HostNotFoundError), Outcome::Retry, "host name"},
        PostCase {"Timeout", network(QNetworkReply::TimeoutError), Outcome::Retry, "timed out"},
        PostCase {"TransferTimeout", network(QNetworkReply::OperationCanceledError), Outcome::Retry, "timed out"},
        PostCase {"TemporaryFailure",
                  network(QNetworkReply::TemporaryNetworkFailureError),
                  Outcome::Retry,
                  "Could not reach the comment server: Qt says"},
        PostCase {
            "ProxyRefused", network(QNetworkReply::ProxyConnectionRefusedError), Outcome::Retry, "Could not reach"},
        PostCase {"ProxyPassword",
                  network(QNetworkReply::ProxyAuthenticationRequiredError),
                  Outcome::Rejected,
                  "proxy asks for a user name"},
        PostCase {"NotHttp", network(QNetworkReply::ProtocolFailure), Outcome::Retry, "Could not reach"},
        PostCase {
            "UnknownScheme", network(QNetworkReply::ProtocolUnknownError), Outcome::Rejected, "could not be asked"},
        PostCase {"BadCertificate",
                  badCertificate(),
                  Outcome::Rejected,
                  "certificate is not accepted: The certificate has expired"},
        PostCase {
            "HandshakeFailed", network(QNetworkReply::SslHandshakeFailedError), Outcome::Rejected, "secure connection"},
        PostCase {
            "Deadline", aborted(ReplyFacts::Abort::Deadline), Outcome::Retry, "did not answer in time (within 30 s)"},
        PostCase {"TooLarge", aborted(ReplyFacts::Abort::TooLarge, 200), Outcome::Retry, "larger than 1024 KiB"}),
    [](const auto& testCase) { return std::string(testCase.param.name); });

TEST(WalinePostReply, ParsesTheStoredCommentFromOrigNeverFromTheHtml)
{
    const DeliveryResult result = WalineProtocol::classifyPostReply(http(200, storedComment), now);
    ASSERT_EQ(result.outcome, Outcome::Delivered);
    ASSERT_TRUE(result.comment.has_value());
    const ServerComment expected {QStringLiteral("1"),
                                  QStringLiteral("A"),
                                  {},
                                  QStringLiteral("hello"),
                                  ServerComment::Status::Approved,
                                  QDateTime::fromMSecsSinceEpoch(1795815515000, QTimeZone::utc()),
                                  {},
                                  {},
                                  {},
                                  {}};
    EXPECT_EQ(*result.comment, expected);
    EXPECT_EQ(result.comment->time.timeSpec(), Qt::UTC);
}

TEST(WalinePostReply, ReportsModerationAsWaitingStatus)
{
    const QByteArray body = R"({"errno":0,"errmsg":"","data":{"url":"/a","comment":"<p>x</p>\n","status":"waiting",
        "objectId":9,"orig":"x","time":1795815515000}})";
    const DeliveryResult result = WalineProtocol::classifyPostReply(http(200, body), now);
    ASSERT_EQ(result.outcome, Outcome::Delivered);
    ASSERT_TRUE(result.comment.has_value());
    EXPECT_EQ(result.comment->status, ServerComment::Status::Waiting);
    EXPECT_EQ(result.comment->nick, QString());
}

struct StatusCase
{
    const char* name;
    QJsonValue status;
    ServerComment::Status expected;
};

void PrintTo(const StatusCase& testCase, std::ostream* out)
{
    *out << testCase.name;
}

class WalineStatus : public testing::TestWithParam<StatusCase>
{
};

// The status is read once, here; every other part of the app goes by the enum.
TEST_P(WalineStatus, IsParsedOnceIntoWhatTheServerSaid)
{
    EXPECT_EQ(WalineProtocol::parseStatus(GetParam().status), GetParam().expected);
    QJsonObject object {{QStringLiteral("objectId"), 1},
                        {QStringLiteral("orig"), QStringLiteral("x")},
                        {QStringLiteral("time"), 1795815515000.0}};
    if (!GetParam().status.isUndefined())
        object.insert(QStringLiteral("status"), GetParam().status);
    const LoadResult<ServerComment> comment = WalineProtocol::parseComment(object);
    ASSERT_TRUE(comment.ok()) << comment.error().toStdString();
    EXPECT_EQ(comment.value().status, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Statuses,
    WalineStatus,
    testing::Values(StatusCase {"Approved", QStringLiteral("approved"), ServerComment::Status::Approved},
                    StatusCase {"Waiting", QStringLiteral("waiting"), ServerComment::Status::Waiting},
                    StatusCase {"Spam", QStringLiteral("spam"), ServerComment::Status::Spam},
                    StatusCase {"OtherCase", QStringLiteral("Approved"), ServerComment::Status::Unknown},
                    StatusCase {"Padded", QStringLiteral(" approved"), ServerComment::Status::Unknown},
                    StatusCase {"NewStatus", QStringLiteral("pending-review"), ServerComment::Status::Unknown},
                    StatusCase {"Empty", QString(), ServerComment::Status::Unknown},
                    StatusCase {"Missing", QJsonValue(QJsonValue::Undefined), ServerComment::Status::Unknown},
                    StatusCase {"Null", QJsonValue(QJsonValue::Null), ServerComment::Status::Unknown},
                    StatusCase {"Number", QJsonValue(1), ServerComment::Status::Unknown}),
    [](const auto& testCase) { return std::string(testCase.param.name); });

// A placeholder inside the server's text stays as the server wrote it: .arg() is never chained over it.
TEST(WalinePostReply, KeepsPlaceholdersInALocationHeaderLiterally)
{
    const DeliveryResult result
        = WalineProtocol::classifyPostReply(http(302, "", {}, "https://evil.example/%1/%2/%3?a=%2"), now);
    ASSERT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("to https://evil.example/%1/%2/%3?a=%2 (HTTP 302)")))
        << result.reason.toStdString();
}

TEST(WalinePostReply, KeepsPlaceholdersInTheServersMessageLiterally)
{
    for (const int status : {400, 503}) {
        const DeliveryResult result
            = WalineProtocol::classifyPostReply(http(status, R"({"errno":1,"errmsg":"bad %1 and %2 %L1"})"), now);
        const QString expected
            = QStringLiteral("(HTTP ") + QString::number(status) + QStringLiteral("): bad %1 and %2 %L1");
        EXPECT_TRUE(result.reason.endsWith(expected)) << result.reason.toStdString();
    }
    const LoadResult<CommentPage> list = WalineProtocol::classifyListReply(http(500, R"({"errno":1,"errmsg":"%2%1"})"));
    ASSERT_FALSE(list.ok());
    EXPECT_TRUE(list.error().endsWith(QStringLiteral("(HTTP 500): %2%1"))) << list.error().toStdString();
}

TEST(WalinePostReply, AReplyToACommentTheServerNoLongerHasIsRefusedWithTheServersWords)
{
    // What Waline 1.39.3 answers for a pid it does not have (scripts/waline/NOTES.md): a retry could only be a
    // duplicate of the orphan it stored.
    const DeliveryResult result = WalineProtocol::classifyPostReply(
        http(500, R"j({"errno":500,"errmsg":"Cannot read properties of undefined (reading 'user_id')"})j"), now);
    EXPECT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_TRUE(result.reason.contains(QLatin1String("no longer on the comment server")))
        << result.reason.toStdString();
    EXPECT_TRUE(result.reason.contains(QLatin1String("reading 'user_id'"))) << result.reason.toStdString();

    // Any other 500 is still worth another try.
    EXPECT_EQ(WalineProtocol::classifyPostReply(http(500, R"({"errno":500,"errmsg":"database down"})"), now).outcome,
              Outcome::Retry);
}

TEST(WalinePostReply, DuplicateCarriesNoCommentAndSaysItIsADuplicate)
{
    const DeliveryResult result
        = WalineProtocol::classifyPostReply(http(200, R"({"errno":1000,"errmsg":"Duplicate Content"})"), now);
    EXPECT_EQ(result.outcome, Outcome::Delivered);
    EXPECT_FALSE(result.comment.has_value());
    EXPECT_TRUE(result.duplicate);
    EXPECT_FALSE(WalineProtocol::classifyPostReply(http(200, storedComment), now).duplicate);
}

TEST(WalinePostReply, CutsLongServerTextToASaneLength)
{
    const QByteArray body = R"({"errno":7,"errmsg":")" + QByteArray(5000, 'z') + R"("})";
    const DeliveryResult result = WalineProtocol::classifyPostReply(http(200, body), now);
    EXPECT_LT(result.reason.size(), 400);
    EXPECT_TRUE(result.reason.endsWith(QChar(0x2026)));
}

namespace {

const QByteArray listBody = R"({"errno":0,"errmsg":"","data":{
  "page":2,"totalPages":3,"pageSize":2,"count":6,
  "data":[
    {"status":"approved","comment":"<p><b>x</b></p>\n","link":"https://example.com","nick":"M",
     "pid":null,"rid":null,"user_id":null,"sticky":null,"like":0,"objectId":4,"browser":"Chrome120.0","os":"Linux",
     "avatar":"https://a","orig":"<b>x</b> 😀","time":1795815554000,
     "children":[
       {"status":"approved","comment":"<p>re</p>\n","link":null,"nick":"N","pid":4,"rid":4,"user_id":null,
        "sticky":null,"like":0,"objectId":5,"browser":"","os":"","avatar":"https://a","orig":"re",
        "time":1795815555000,"reply_user":{"nick":"M","link":"https://example.com","avatar":"https://a"}}]},
    {"status":"approved","comment":"<p>anon</p>\n","link":null,"nick":null,"pid":null,"rid":null,"user_id":null,
     "sticky":null,"like":0,"objectId":"6","browser":"","os":"","avatar":"https://a","orig":"anon",
     "time":1795815000000,"children":[]}]}})";

} // namespace

TEST(WalineCommentPage, ParsesRootsRepliesAndPaging)
{
    const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(listBody);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const CommentPage& page = result.value();
    EXPECT_EQ(page.page, 2);
    EXPECT_EQ(page.totalPages, 3);
    EXPECT_EQ(page.totalCount, 6);
    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    };
    const ServerComment reply {QStringLiteral("5"),
                               QStringLiteral("N"),
                               {},
                               QStringLiteral("re"),
                               ServerComment::Status::Approved,
                               at(1795815555000),
                               {},
                               QStringLiteral("4"),
                               QStringLiteral("4"),
                               QStringLiteral("M")};
    const QList<ServerComment> expected {
        ServerComment {QStringLiteral("4"),
                       QStringLiteral("M"),
                       QStringLiteral("https://example.com"),
                       QStringLiteral("<b>x</b> 😀"),
                       ServerComment::Status::Approved,
                       at(1795815554000),
                       {reply},
                       {},
                       {},
                       {}},
        ServerComment {QStringLiteral("6"),
                       {},
                       {},
                       QStringLiteral("anon"),
                       ServerComment::Status::Approved,
                       at(1795815000000),
                       {},
                       {},
                       {},
                       {}},
    };
    EXPECT_EQ(page.comments, expected);
}

TEST(WalineCommentPage, ListsNestedChildrenInTheirThreadAndFillsMissingIds)
{
    // Waline lists one level; should a server nest deeper, or leave out pid/rid, no reply is lost or orphaned.
    const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(R"({"errno":0,"errmsg":"","data":{
      "page":1,"totalPages":1,"count":4,"data":[
        {"objectId":1,"orig":"root","time":1,"children":[
          {"objectId":"2","orig":"a","time":2,"pid":null,"rid":null,"children":[
            {"objectId":3,"orig":"b","time":3,"pid":"2","rid":1,"reply_user":{"nick":null}}]},
          {"objectId":4,"orig":"c","time":4,"pid":3,"rid":1,"reply_user":{"nick":"B"}}]}]}})");
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    ASSERT_EQ(result.value().comments.size(), 1);
    const ServerComment& root = result.value().comments.constFirst();
    EXPECT_FALSE(root.isReply());
    QStringList ids;
    QStringList parents;
    QStringList roots;
    QStringList nicks;
    for (const ServerComment& reply : root.replies) {
        EXPECT_TRUE(reply.isReply());
        EXPECT_TRUE(reply.replies.isEmpty());
        ids << reply.objectId;
        parents << reply.parentId;
        roots << reply.rootId;
        nicks << reply.replyToNick;
    }
    EXPECT_EQ(ids, (QStringList {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    EXPECT_EQ(parents, (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(roots, (QStringList(3, QStringLiteral("1"))));
    EXPECT_EQ(nicks, (QStringList {QString(), QString(), QStringLiteral("B")}));
}

TEST(WalineCommentPage, ListsRepliesOldestFirstWhateverTheServersOrder)
{
    // As Waline 1.39.3 answers sortBy=insertedAt_desc: children newest first too. Ids 7 and 10 share a second.
    const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(R"({"errno":0,"errmsg":"","data":{
      "page":1,"totalPages":1,"count":5,"data":[
        {"objectId":1,"orig":"root","time":1000,"children":[
          {"objectId":10,"orig":"d","time":5000,"pid":1,"rid":1},
          {"objectId":7,"orig":"c","time":5000,"pid":1,"rid":1},
          {"objectId":"x","orig":"b","time":3000,"pid":1,"rid":1},
          {"objectId":2,"orig":"a","time":2000,"pid":1,"rid":1}]}]}})");
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    QStringList texts;
    for (const ServerComment& reply : result.value().comments.constFirst().replies)
        texts << reply.text;
    EXPECT_EQ(texts,
              (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
}

TEST(WalineCommentPage, ParsesAnEmptyArticle)
{
    const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(
        R"({"errno":0,"errmsg":"","data":{"page":1,"totalPages":0,"pageSize":10,"count":0,"data":[]}})");
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result.value().totalPages, 0);
    EXPECT_EQ(result.value().totalCount, 0);
    EXPECT_TRUE(result.value().comments.isEmpty());
}

struct BrokenPage
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const BrokenPage& c, std::ostream* os) { *os << c.name; }

    const char* name;
    QByteArray body;
    const char* reasonPart;
};

class WalineCommentPageRejects : public ::testing::TestWithParam<BrokenPage>
{
};

TEST_P(WalineCommentPageRejects, WithAPlainReason)
{
    const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(GetParam().body);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(GetParam().reasonPart))) << result.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bodies,
    WalineCommentPageRejects,
    ::testing::Values(
        BrokenPage {"Html", "<html></html>", "not a comment server reply"},
        BrokenPage {"DataIsArray", R"({"errno":0,"errmsg":"","data":[]})", "not a comment server reply"},
        BrokenPage {
            "NoItems", R"({"errno":0,"data":{"page":1,"totalPages":0,"count":0}})", "not a comment server reply"},
        BrokenPage {"PageNotNumber",
                    R"({"errno":0,"data":{"page":"1","totalPages":0,"count":0,"data":[]}})",
                    "not a comment server reply"},
        BrokenPage {"ItemNotObject",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":1,"data":[3]}})",
                    "not a comment server reply"},
        BrokenPage {"NoOrig",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":1,"data":[
                       {"objectId":1,"comment":"<p>x</p>","time":1}]}})",
                    "Comment 1 has no text (\"orig\")"},
        BrokenPage {"NoTime",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":1,"data":[{"objectId":1,"orig":"x"}]}})",
                    "Comment 1 has no time"},
        BrokenPage {"NoId",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":1,"data":[{"orig":"x","time":1}]}})",
                    "no objectId"},
        BrokenPage {"BadChild",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":2,"data":[
                       {"objectId":1,"orig":"x","time":1,"children":[{"objectId":2,"time":1}]}]}})",
                    "Comment 2 has no text"},
        BrokenPage {"ChildrenNotList",
                    R"({"errno":0,"data":{"page":1,"totalPages":1,"count":1,"data":[
                       {"objectId":1,"orig":"x","time":1,"children":{}}]}})",
                    "replies that are not a list"},
        BrokenPage {"Validation",
                    R"({"errno":1001,"errmsg":{"pageSize":"pageSize need an integer under your options"}})",
                    "could not list the comments: pageSize: pageSize need an integer"}),
    [](const auto& testCase) { return std::string(testCase.param.name); });

// A list load puts no comment of the reader's at stake, so its message must not speak of one arriving.
TEST(WalineCommentPage, AnUnreadableReplySpeaksOfTheList)
{
    for (const QByteArray& body : {QByteArray("<html></html>"), QByteArray(R"({"errno":0,"data":[]})")}) {
        const LoadResult<CommentPage> result = WalineProtocol::parseCommentPage(body);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().contains(QStringLiteral("could not be listed"))) << result.error().toStdString();
        EXPECT_FALSE(result.error().contains(QStringLiteral("arrived"))) << result.error().toStdString();
    }
}

TEST(WalineListReply, ReportsTransportAndStatusProblems)
{
    EXPECT_TRUE(WalineProtocol::classifyListReply(network(QNetworkReply::ConnectionRefusedError))
                    .error()
                    .contains(QStringLiteral("refused the connection")));
    EXPECT_TRUE(WalineProtocol::classifyListReply(http(502, ""))
                    .error()
                    .contains(QStringLiteral("could not list the comments (HTTP 502)")));
    EXPECT_TRUE(WalineProtocol::classifyListReply(http(301, "", {}, "http://elsewhere/"))
                    .error()
                    .contains(QStringLiteral("HTTP 301")));
    EXPECT_TRUE(WalineProtocol::classifyListReply(http(200, listBody)).ok());
}
