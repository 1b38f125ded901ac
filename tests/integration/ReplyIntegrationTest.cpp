// Replies and the live thread against the real Waline 1.39.3 server run by scripts/comment-server.sh: a reply goes
// through the outbox (store, send, retry) and lists back under its parent once; a reply to a comment the server does
// not have is refused with the server's reason, and the same text sent again is not taken for delivered; the live
// check sees a comment another client posted, and no check runs in local mode. Each test posts to an article path
// of its own.

#include "../storage/CommentPrinters.h"
#include "AnswerDroppingProxy.h"
#include "CommentServerFixture.h"
#include "delivery/Outbox.h"
#include "feedback/LiveThreadPoller.h"
#include "listing/CommentListModel.h"
#include "net/WalineClient.h"
#include "net/WalineProtocol.h"
#include "storage/CommentStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;
using State = OwnComment::State;

namespace {

constexpr int waitMs = 90000;

template<typename T>
std::string show(const T& value)
{
    return ::testing::PrintToString(value);
}

class ReplyIntegration : public CommentServerFixture
{
protected:
    ReplyIntegration()
        : CommentServerFixture(QStringLiteral("/tests/replies"))
    { }

    void SetUp() override
    {
        CommentServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        m_store = std::make_unique<CommentStore>(m_dir.filePath(QStringLiteral("comments.sqlite")));
    }

    std::unique_ptr<WalineClient> makeClient(const QUrl& serverUrl)
    {
        return std::make_unique<WalineClient>(
            &m_network, serverUrl, m_articlePath, QStringLiteral("PilotZonesReplyTest/1"), WalineClient::Options {});
    }

    std::unique_ptr<Outbox> makeOutbox(CommentSender* sender)
    {
        auto outbox = std::make_unique<Outbox>(m_store.get(), sender);
        RetryPolicy::Settings quick;
        quick.base = 100ms;
        quick.cap = 1000ms;
        outbox->setRetrySettings(quick);
        return outbox;
    }

    // Submits the draft and waits until the outbox has an outcome for it that is not a retry.
    std::optional<OwnComment> deliver(Outbox& outbox, const CommentDraft& draft)
    {
        const std::optional<OwnComment> submitted = outbox.submit(draft);
        if (!submitted) {
            ADD_FAILURE() << show(outbox.lastError());
            return std::nullopt;
        }
        const auto settled = [&] {
            const State state = outbox.comment(submitted->localId)->state;
            return state == State::Sent || state == State::Failed;
        };
        if (!QTest::qWaitFor(settled, waitMs)) {
            ADD_FAILURE() << show(*outbox.comment(submitted->localId));
            return std::nullopt;
        }
        return outbox.comment(submitted->localId);
    }

    std::optional<CommentPage> firstPage(const QUrl& serverUrl)
    {
        auto client = makeClient(serverUrl);
        QSignalSpy fetched(client.get(), &CommentSender::pageFetched);
        QSignalSpy failed(client.get(), &CommentSender::pageFailed);
        client->fetchPage(1, WalineProtocol::maxPageSize);
        if (!fetched.wait(waitMs)) {
            ADD_FAILURE() << (failed.isEmpty() ? std::string("timeout") : show(failed.at(0).at(1).toString()));
            return std::nullopt;
        }
        return fetched.at(0).at(0).value<CommentPage>();
    }

    // Posts a comment as another client would (a web page's script), past the app's client: a plain JSON POST.
    bool postDirectly(const QString& text)
    {
        QNetworkRequest request(WalineProtocol::commentEndpoint(m_serverUrl));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // Another client's address, as Waline sees it behind its proxy setting.
        request.setRawHeader("X-Forwarded-For", "10.0.0.7");
        const QJsonObject body {{QStringLiteral("comment"), text},
                                {QStringLiteral("nick"), QStringLiteral("Web reader")},
                                {QStringLiteral("url"), m_articlePath}};
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool answered = finished.wait(waitMs);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        EXPECT_TRUE(answered);
        EXPECT_TRUE(answer.contains("\"errno\":0")) << answer.toStdString();
        return answered && answer.contains("\"errno\":0");
    }

    static CommentDraft draftSaying(const QString& text)
    {
        return CommentDraft {QStringLiteral("Reply tester"), QStringLiteral("replies@example.com"), text, {}};
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<CommentStore> m_store;
};

} // namespace

TEST_F(ReplyIntegration, AReplyThroughTheOutboxArrivesOnceUnderItsParentEvenWhenItsAnswerIsLost)
{
    auto client = makeClient(m_serverUrl);
    auto outbox = makeOutbox(client.get());
    const std::optional<OwnComment> root = deliver(*outbox, draftSaying(QStringLiteral("root %1").arg(uniqueId())));
    ASSERT_TRUE(root.has_value());
    ASSERT_EQ(root->state, State::Sent) << show(*root);
    ASSERT_FALSE(root->serverId.isEmpty());

    // The reply's first answer is lost after the server stored it; the retry is answered "Duplicate Content".
    AnswerDroppingProxy proxy(m_serverUrl);
    ASSERT_TRUE(proxy.start());
    proxy.setDroppingAnswers(true);
    auto proxied = makeClient(proxy.url());
    auto replyOutbox = makeOutbox(proxied.get());
    QObject::connect(replyOutbox.get(), &Outbox::commentChanged, replyOutbox.get(), [&proxy](const OwnComment& c) {
        if (c.state == State::Queued && c.attempts >= 1)
            proxy.setDroppingAnswers(false);
    });
    outbox.reset();
    CommentDraft replyDraft = draftSaying(QStringLiteral("a reply %1").arg(uniqueId()));
    replyDraft.nick = QStringLiteral("Answerer");
    replyDraft.replyTo = CommentReplyTarget {root->serverId, root->serverId, root->content.nick};
    const std::optional<OwnComment> reply = deliver(*replyOutbox, replyDraft);
    ASSERT_TRUE(reply.has_value());
    EXPECT_EQ(reply->state, State::Sent) << show(*reply);
    EXPECT_EQ(reply->attempts, 2);
    EXPECT_GE(proxy.droppedAnswers(), 1);
    EXPECT_EQ(reply->content.replyTo, replyDraft.replyTo);

    const std::optional<CommentPage> page = firstPage(m_serverUrl);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->comments.size(), 1) << "the reply is not listed as a root";
    const ServerComment& listedRoot = page->comments.constFirst();
    EXPECT_EQ(listedRoot.objectId, root->serverId);
    ASSERT_EQ(listedRoot.replies.size(), 1) << "the reply arrived once";
    const ServerComment& listedReply = listedRoot.replies.constFirst();
    EXPECT_EQ(listedReply.text, replyDraft.text);
    EXPECT_EQ(listedReply.parentId, root->serverId);
    EXPECT_EQ(listedReply.rootId, root->serverId);
    EXPECT_EQ(listedReply.replyToNick, root->content.nick);

    // The list the reader sees: the root, and the reply under it.
    CommentListModel model;
    model.setSender(client.get());
    model.setOwnComments(m_store->comments());
    QSignalSpy fetched(client.get(), &CommentSender::pageFetched);
    model.fetchMore({});
    ASSERT_TRUE(fetched.wait(waitMs));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data(CommentListModel::ServerIdRole).toString(), root->serverId);
    EXPECT_EQ(model.index(1).data(CommentListModel::ServerIdRole).toString(), listedReply.objectId);
    EXPECT_EQ(model.index(1).data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_TRUE(model.index(1).data(CommentListModel::IsOwnRole).toBool());
}

TEST_F(ReplyIntegration, AReplyToACommentTheServerDoesNotHaveIsRefusedAndItsTextIsNeverTakenForDelivered)
{
    auto client = makeClient(m_serverUrl);
    auto outbox = makeOutbox(client.get());
    CommentDraft orphan = draftSaying(QStringLiteral("reply to nothing %1").arg(uniqueId()));
    orphan.replyTo
        = CommentReplyTarget {QStringLiteral("987654321"), QStringLiteral("987654321"), QStringLiteral("Gone")};
    const std::optional<OwnComment> refused = deliver(*outbox, orphan);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->state, State::Failed);
    EXPECT_TRUE(refused->lastError.contains(QStringLiteral("no longer on the comment server"))) << show(*refused);
    EXPECT_TRUE(refused->lastError.contains(QStringLiteral("Cannot read properties"))) << show(*refused);
    EXPECT_EQ(refused->attempts, 1);

    // Back in the form, with its target.
    const std::optional<CommentDraft> back = outbox->returnToDraft(refused->localId);
    ASSERT_TRUE(back.has_value()) << show(outbox->lastError());
    EXPECT_EQ(*back, orphan);

    // Waline kept that text (as a reply to nothing, never listed): sent again, as a reply or on its own, it is
    // answered "Duplicate Content", which here must be a refusal, not "sent".
    for (const bool asReply : {true, false}) {
        SCOPED_TRACE(asReply);
        CommentDraft again = orphan;
        if (!asReply)
            again.replyTo = {};
        const std::optional<OwnComment> resent = deliver(*outbox, again);
        ASSERT_TRUE(resent.has_value());
        EXPECT_EQ(resent->state, State::Failed) << show(*resent);
        EXPECT_TRUE(resent->lastError.contains(QStringLiteral("already holds"))) << show(*resent);
        ASSERT_TRUE(outbox->discard(resent->localId));
    }

    // Changed a little, on its own: delivered and listed.
    CommentDraft changed = orphan;
    changed.replyTo = {};
    changed.text += QStringLiteral(" (again)");
    const std::optional<OwnComment> sent = deliver(*outbox, changed);
    ASSERT_TRUE(sent.has_value());
    EXPECT_EQ(sent->state, State::Sent) << show(*sent);
    const std::optional<CommentPage> page = firstPage(m_serverUrl);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->comments.size(), 1);
    EXPECT_EQ(page->comments.constFirst().text, changed.text);
}

TEST_F(ReplyIntegration, TheLiveCheckSeesACommentAnotherClientPostedAndNoneRunsInLocalMode)
{
    auto listClient = makeClient(m_serverUrl);
    CommentListModel model;
    model.setSender(listClient.get());
    QSignalSpy listed(listClient.get(), &CommentSender::pageFetched);
    model.fetchMore({});
    ASSERT_TRUE(listed.wait(waitMs));
    ASSERT_EQ(model.rowCount(), 0);

    auto checkClient = makeClient(m_serverUrl);
    LiveThreadPoller poller(checkClient.get(), &model);
    poller.start();
    ASSERT_TRUE(poller.isActive());
    const QString text = QStringLiteral("posted from a web page %1").arg(uniqueId());
    ASSERT_TRUE(postDirectly(text));

    QSignalSpy counted(&poller, &LiveThreadPoller::newCountChanged);
    poller.check();
    ASSERT_TRUE(counted.wait(waitMs));
    EXPECT_EQ(poller.newCount(), 1);
    EXPECT_EQ(model.rowCount(), 0) << "the check does not change the list by itself";
    const QStringList brought = poller.bringIn();
    ASSERT_EQ(brought.size(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(CommentListModel::TextRole).toString(), text);

    // Local mode: no sender, no check, whatever is posted meanwhile.
    QSignalSpy requests(checkClient.get(), &CommentSender::pageFetched);
    poller.setSender(nullptr);
    EXPECT_FALSE(poller.isActive());
    ASSERT_TRUE(postDirectly(QStringLiteral("unseen in local mode %1").arg(uniqueId())));
    poller.check();
    EXPECT_FALSE(requests.wait(2000));
    EXPECT_EQ(poller.newCount(), 0);
    EXPECT_EQ(poller.scheduledDelay(), std::nullopt);
}
