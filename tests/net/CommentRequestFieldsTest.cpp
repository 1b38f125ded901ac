// "What is sent?" lists the fields of the comment POST: the list must be exactly the body the app sends, checked
// against encodeComment and against the request a loopback server receives from the real client.
#include "net/CommentRequestFields.h"
#include "FaultServer.h"
#include "net/WalineClient.h"
#include "net/WalineProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

const QString articlePath = QStringLiteral("/articles/shenzhen-one-of-four-ai-zones");
const QString userAgent = QStringLiteral("PilotZones/9.9");

QStringList listedKeys()
{
    QStringList keys;
    for (const SentField& field : CommentRequestFields::fields(articlePath, userAgent))
        keys.append(field.key);
    return keys;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

const SentField* find(const QList<SentField>& fields, const QString& key)
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const SentField& f) { return f.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

} // namespace

TEST(CommentRequestFieldsTest, ListsExactlyTheKeysOfTheBodyBuiltForADraftWithEveryField)
{
    const QJsonObject body
        = QJsonDocument::fromJson(
              WalineProtocol::encodeComment(CommentRequestFields::everyFieldDraft(), articlePath, userAgent))
              .object();
    EXPECT_EQ(sorted(listedKeys()), sorted(body.keys()));
    EXPECT_TRUE(listedKeys().contains(QStringLiteral("comment")));
    EXPECT_TRUE(listedKeys().contains(QStringLiteral("mail")));
}

TEST(CommentRequestFieldsTest, EveryKeyOfAnyDraftIsListed)
{
    const QStringList listed = listedKeys();
    const QList<CommentDraft> drafts {
        CommentDraft {{}, {}, QStringLiteral("only text"), {}},
        CommentDraft {QStringLiteral("Mei"), {}, QStringLiteral("text"), QStringLiteral("hefei")},
        CommentDraft {{}, QStringLiteral("m@example.org"), QStringLiteral("text"), {}},
        CommentRequestFields::everyFieldDraft(),
    };
    for (const CommentDraft& draft : drafts) {
        for (const QString& key : CommentRequestFields::keysFor(draft, articlePath, userAgent))
            EXPECT_TRUE(listed.contains(key)) << key.toStdString();
    }
}

TEST(CommentRequestFieldsTest, DescribesEveryFieldAndSaysWhichAreLeftOutOrFixed)
{
    const QList<SentField> fields = CommentRequestFields::fields(articlePath, userAgent);
    for (const SentField& field : fields)
        EXPECT_FALSE(CommentRequestFields::describe(field.key).isEmpty()) << "describe " << field.key.toStdString();

    const SentField* nick = find(fields, QStringLiteral("nick"));
    const SentField* mail = find(fields, QStringLiteral("mail"));
    const SentField* comment = find(fields, QStringLiteral("comment"));
    const SentField* url = find(fields, QStringLiteral("url"));
    const SentField* ua = find(fields, QStringLiteral("ua"));
    ASSERT_TRUE(nick && mail && comment && url && ua);
    EXPECT_TRUE(nick->onlyWhenGiven);
    EXPECT_TRUE(mail->onlyWhenGiven);
    EXPECT_FALSE(comment->onlyWhenGiven);
    EXPECT_TRUE(comment->fixedValue.isEmpty()) << "the reader's text is not shown as a fixed value";
    EXPECT_TRUE(mail->fixedValue.isEmpty());
    EXPECT_EQ(url->fixedValue, articlePath);
    EXPECT_EQ(ua->fixedValue, userAgent);
}

TEST(CommentRequestFieldsTest, TheListedFieldsAreTheKeysOfTheRealPost)
{
    FaultServer server;
    ASSERT_TRUE(server.start());
    server.respond(FaultServer::httpResponse(
        200, "OK", R"({"errno":0,"errmsg":"","data":{}})", {"Content-Type: application/json"}));
    QNetworkAccessManager network;
    WalineClient client(&network, server.url(), articlePath, userAgent, WalineClient::Options {});
    OwnComment own;
    own.localId = QStringLiteral("local-1");
    own.content = CommentRequestFields::everyFieldDraft();
    QSignalSpy finished(&client, &CommentSender::sendFinished);
    client.send(own);
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(server.requests().size(), 1);

    const QByteArray request = server.requests().constFirst();
    EXPECT_TRUE(request.startsWith("POST /api/comment ")) << request.left(60).toStdString();
    EXPECT_TRUE(WalineProtocol::commentEndpoint(server.url()).path() == QStringLiteral("/api/comment"));
    const QJsonObject body = QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
    ASSERT_FALSE(body.isEmpty());
    EXPECT_EQ(sorted(listedKeys()), sorted(body.keys()));
}
