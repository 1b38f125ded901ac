// The outbox, the comment store and the Waline client together against the real Waline 1.39.3 server run by
// scripts/comment-server.sh: what a reader's comment goes through from Send to the server's list, including a
// server that is down, an answer lost on the way back, two app instances on one store and a refusal. Each test
// posts to an article path of its own (a UUID), so runs and tests do not see each other's comments; instances
// this file starts are named e2e-*.

#include "../storage/CommentPrinters.h"
#include "AnswerDroppingProxy.h"
#include "CommentServerFixture.h"
#include "comments/PassageQuote.h"
#include "delivery/Outbox.h"
#include "net/WalineClient.h"
#include "net/WalineProtocol.h"
#include "storage/CommentStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace std::chrono_literals;
using Outcome = DeliveryResult::Outcome;
using State = OwnComment::State;

namespace {

// Generous: a failing test waits this long, a passing one only as long as delivery takes.
constexpr int waitMs = 90000;

// Failure messages: Qt strings and comments as text (GoogleTest finds the PrintTo overloads).
template<typename T>
std::string show(const T& value)
{
    return ::testing::PrintToString(value);
}

// Quick retries, so a test sees several attempts against a stopped server in a second or two; the rules are the
// product's (RetryPolicy), only the pace differs.
RetryPolicy::Settings quickRetries()
{
    RetryPolicy::Settings settings;
    settings.base = 100ms;
    settings.cap = 1000ms;
    return settings;
}

CommentDraft draftSaying(const QString& text)
{
    return CommentDraft {QStringLiteral("E2E 读者"), QStringLiteral("e2e@example.com"), text, QStringLiteral("hefei")};
}

// Everything one client reported, per comment, in order.
class SendLog
{
public:
    void watch(CommentSender* sender)
    {
        QObject::connect(
            sender, &CommentSender::sendFinished, sender, [this](const QString& localId, const DeliveryResult& result) {
                results[localId].append(result);
            });
    }

    int totalSends() const
    {
        int total = 0;
        for (const QList<DeliveryResult>& list : results)
            total += int(list.size());
        return total;
    }

    QHash<QString, QList<DeliveryResult>> results;
};

class DeliveryIntegration : public CommentServerFixture
{
protected:
    DeliveryIntegration()
        : CommentServerFixture(QStringLiteral("/tests/e2e"))
    { }

    void SetUp() override
    {
        CommentServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
    }

    QString storePath() const { return m_dir.filePath(QStringLiteral("comments.sqlite")); }

    std::unique_ptr<WalineClient>
    makeClient(const QUrl& serverUrl, QNetworkAccessManager* network = nullptr, const QString& articlePath = {})
    {
        return std::make_unique<WalineClient>(network ? network : &m_network,
                                              serverUrl,
                                              articlePath.isNull() ? m_articlePath : articlePath,
                                              QStringLiteral("PilotZonesDeliveryTest/1"),
                                              WalineClient::Options {});
    }

    static std::unique_ptr<Outbox> makeOutbox(CommentStore* store, CommentSender* sender)
    {
        auto outbox = std::make_unique<Outbox>(store, sender);
        outbox->setRetrySettings(quickRetries());
        return outbox;
    }

    // Every comment of the article, all pages, as an anonymous reader sees them.
    std::optional<QList<ServerComment>> listAll(const QUrl& serverUrl)
    {
        auto client = makeClient(serverUrl);
        QList<ServerComment> all;
        for (int page = 1;; ++page) {
            QSignalSpy fetched(client.get(), &CommentSender::pageFetched);
            QSignalSpy failed(client.get(), &CommentSender::pageFailed);
            client->fetchPage(page, WalineProtocol::maxPageSize);
            if (!fetched.wait(waitMs)) {
                ADD_FAILURE() << "no page " << page << ": "
                              << show((failed.isEmpty() ? QStringLiteral("timeout") : failed.at(0).at(1).toString()));
                return std::nullopt;
            }
            const auto listed = fetched.at(0).at(0).value<CommentPage>();
            all += listed.comments;
            if (page >= listed.totalPages)
                return all;
        }
    }

    // How often each text is on the server's list.
    std::optional<QHash<QString, int>> listedTexts(const QUrl& serverUrl)
    {
        const std::optional<QList<ServerComment>> all = listAll(serverUrl);
        if (!all)
            return std::nullopt;
        QHash<QString, int> counts;
        for (const ServerComment& listed : *all)
            ++counts[listed.text];
        return counts;
    }

    static bool allIn(const CommentStore& store, State state, qsizetype expected)
    {
        const QList<OwnComment> all = store.comments();
        return all.size() == expected
               && std::all_of(all.begin(), all.end(), [state](const OwnComment& c) { return c.state == state; });
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DeliveryIntegration, SubmittedCommentIsDeliveredSentAndListedOnce)
{
    CommentStore store(storePath());
    auto client = makeClient(m_serverUrl);
    auto outbox = makeOutbox(&store, client.get());
    const CommentDraft draft = draftSaying(QStringLiteral("<b>kept as text</b> 深圳 😀 %1").arg(uniqueId()));
    ASSERT_TRUE(store.saveDraft(draft));

    const std::optional<OwnComment> submitted = outbox->submit(draft);
    ASSERT_TRUE(submitted.has_value()) << show(outbox->lastError());
    EXPECT_TRUE(store.draft().isEmpty()) << "the draft is cleared when the comment is stored";

    ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->comment(submitted->localId)->state == State::Sent; }, waitMs))
        << show(*outbox->comment(submitted->localId));
    const OwnComment sent = *outbox->comment(submitted->localId);
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_FALSE(sent.serverId.isEmpty());
    EXPECT_EQ(sent.content, draft);

    const std::optional<QList<ServerComment>> listed = listAll(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).text, draft.text);
    EXPECT_EQ(listed->at(0).nick, draft.nick);
    EXPECT_EQ(listed->at(0).objectId, sent.serverId);
}

TEST_F(DeliveryIntegration, QuotedCommentArrivesOnceAndListsBackWithItsQuote)
{
    CommentStore store(storePath());
    auto client = makeClient(m_serverUrl);
    auto outbox = makeOutbox(&store, client.get());
    CommentDraft draft = draftSaying(QStringLiteral("Why these four? <i>%1</i>\n\n# not a heading").arg(uniqueId()));
    // Markup in the quote stays literal on the way there and back.
    draft.quote = QStringLiteral("# The Ministry of <b>Science</b> & Technology has named Hefei, Hangzhou\u2026");
    ASSERT_TRUE(store.saveDraft(draft));
    {
        CommentStore reopened(storePath());
        EXPECT_EQ(reopened.draft(), draft);
    }

    const std::optional<OwnComment> submitted = outbox->submit(draft);
    ASSERT_TRUE(submitted.has_value()) << show(outbox->lastError());
    ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->comment(submitted->localId)->state == State::Sent; }, waitMs))
        << show(*outbox->comment(submitted->localId));
    const OwnComment sent = *outbox->comment(submitted->localId);
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_EQ(sent.content, draft);

    const std::optional<QList<ServerComment>> listed = listAll(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 1);
    const ServerComment& back = listed->at(0);
    EXPECT_EQ(back.objectId, sent.serverId);
    // The server keeps it as a web reader of the thread sees it: a blockquote line, then the comment.
    EXPECT_EQ(back.text, PassageQuote::toMarkdown(draft.quote, draft.text));
    EXPECT_TRUE(back.text.startsWith(QStringLiteral("> &#35; The Ministry of &#60;b&#62;Science"))) << show(back.text);
    EXPECT_EQ(PassageQuote::fromMarkdown(back.text), (PassageQuote::Parts {draft.quote, draft.text}));
}

TEST_F(DeliveryIntegration, CommentOnAModeratedServerAwaitsModerationAndIsNotListed)
{
    const std::optional<QUrl> url = startInstance(QStringLiteral("e2e-audit"), {QStringLiteral("--audit")});
    ASSERT_TRUE(url.has_value());
    CommentStore store(storePath());
    auto client = makeClient(*url);
    auto outbox = makeOutbox(&store, client.get());

    const std::optional<OwnComment> submitted
        = outbox->submit(draftSaying(QStringLiteral("for the moderator %1").arg(uniqueId())));
    ASSERT_TRUE(submitted.has_value()) << show(outbox->lastError());
    ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->comment(submitted->localId)->state == State::AwaitingModeration; },
                                waitMs))
        << show(*outbox->comment(submitted->localId));
    EXPECT_FALSE(outbox->comment(submitted->localId)->serverId.isEmpty());

    const std::optional<QList<ServerComment>> listed = listAll(*url);
    ASSERT_TRUE(listed.has_value());
    EXPECT_TRUE(listed->isEmpty());
}

TEST_F(DeliveryIntegration, CommentsQueuedWhileTheServerIsDownAreDeliveredOnceAfterItComesBack)
{
    const QString name = QStringLiteral("e2e-restart");
    const std::optional<QUrl> url = startInstance(name);
    ASSERT_TRUE(url.has_value());
    ASSERT_TRUE(runScript({QStringLiteral("stop"), QStringLiteral("--name"), name}).has_value());

    CommentStore store(storePath());
    auto client = makeClient(*url);
    SendLog log;
    log.watch(client.get());
    auto outbox = makeOutbox(&store, client.get());
    QStringList texts;
    for (int i = 0; i < 5; ++i) {
        texts.append(QStringLiteral("queued while down #%1 %2").arg(i).arg(uniqueId()));
        ASSERT_TRUE(outbox->submit(draftSaying(texts.constLast())).has_value()) << show(outbox->lastError());
    }

    // Every comment is tried, refused by the closed port, counted and kept: none is dropped or failed.
    const auto everyCommentTriedTwice = [&] {
        const QList<OwnComment> all = store.comments();
        return all.size() == 5
               && std::all_of(all.begin(), all.end(), [](const OwnComment& c) { return c.attempts >= 2; });
    };
    ASSERT_TRUE(QTest::qWaitFor(everyCommentTriedTwice, waitMs));
    for (const OwnComment& waiting : store.comments()) {
        EXPECT_TRUE(waiting.state == State::Queued || waiting.state == State::Sending) << show(waiting);
        EXPECT_TRUE(waiting.lastError.contains(QStringLiteral("refused the connection"))) << show(waiting);
        for (const DeliveryResult& result : log.results.value(waiting.localId))
            EXPECT_EQ(result.outcome, Outcome::Retry) << show(result.reason);
    }

    // Same name, same database; the same port, so the outbox's address still holds.
    const std::optional<QUrl> restarted = startInstance(name, {QStringLiteral("--port"), QString::number(url->port())});
    ASSERT_TRUE(restarted.has_value());
    ASSERT_EQ(*restarted, *url);

    ASSERT_TRUE(QTest::qWaitFor([&] { return allIn(store, State::Sent, 5); }, waitMs)) << show(store.comments());
    const std::optional<QHash<QString, int>> listed = listedTexts(*url);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->size(), 5);
    for (const QString& text : std::as_const(texts))
        EXPECT_EQ(listed->value(text), 1) << show(text);
}

TEST_F(DeliveryIntegration, AnswerLostAfterTheServerStoredTheCommentIsDeliveredOnceByTheRetry)
{
    AnswerDroppingProxy proxy(m_serverUrl);
    ASSERT_TRUE(proxy.start());
    proxy.setDroppingAnswers(true);
    CommentStore store(storePath());
    auto client = makeClient(proxy.url());
    SendLog log;
    log.watch(client.get());
    auto outbox = makeOutbox(&store, client.get());
    // The answers flow again once the outbox has recorded the lost one as worth retrying.
    QObject::connect(outbox.get(), &Outbox::commentChanged, outbox.get(), [&proxy](const OwnComment& changed) {
        if (changed.state == State::Queued && changed.attempts >= 1)
            proxy.setDroppingAnswers(false);
    });

    const CommentDraft draft = draftSaying(QStringLiteral("answer lost once %1").arg(uniqueId()));
    const std::optional<OwnComment> submitted = outbox->submit(draft);
    ASSERT_TRUE(submitted.has_value()) << show(outbox->lastError());
    ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->comment(submitted->localId)->state == State::Sent; }, waitMs))
        << show(*outbox->comment(submitted->localId));

    EXPECT_GE(proxy.droppedAnswers(), 1);
    const QList<DeliveryResult> results = log.results.value(submitted->localId);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).outcome, Outcome::Retry);
    EXPECT_TRUE(results.at(0).reason.contains(QStringLiteral("closed the connection"))) << show(results.at(0).reason);
    // The retry was answered "Duplicate Content": the first attempt had reached the server.
    EXPECT_EQ(results.at(1).outcome, Outcome::Delivered) << show(results.at(1).reason);
    EXPECT_FALSE(results.at(1).comment.has_value());
    EXPECT_EQ(outbox->comment(submitted->localId)->attempts, 2);

    const std::optional<QHash<QString, int>> listed = listedTexts(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(*listed, (QHash<QString, int> {{draft.text, 1}}));
}

TEST_F(DeliveryIntegration, TwoInstancesSharingOneStoreDeliverEveryCommentOnce)
{
    constexpr int commentCount = 20;
    CommentStore storeA(storePath());
    CommentStore storeB(storePath());
    ASSERT_EQ(storeA.openReport().status, CommentStore::OpenReport::Status::Ok);
    ASSERT_EQ(storeB.openReport().status, CommentStore::OpenReport::Status::Ok);
    QStringList texts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < commentCount; ++i) {
        texts.append(QStringLiteral("shared store #%1 %2").arg(i).arg(uniqueId()));
        OwnComment queued;
        queued.localId = uniqueId();
        queued.content = draftSaying(texts.constLast());
        queued.createdAt = now.addMSecs(i);
        queued.state = State::Queued;
        queued.nextAttemptAt = now;
        ASSERT_TRUE((i % 2 ? storeB : storeA).addComment(queued))
            << show(storeA.lastError()) << show(storeB.lastError());
    }

    // Two app instances: each its own network access, client, store connection and outbox.
    QNetworkAccessManager networkB;
    auto clientA = makeClient(m_serverUrl);
    auto clientB = makeClient(m_serverUrl, &networkB);
    SendLog log;
    log.watch(clientA.get());
    log.watch(clientB.get());
    QSignalSpy sentByA(clientA.get(), &CommentSender::sendFinished);
    QSignalSpy sentByB(clientB.get(), &CommentSender::sendFinished);
    auto outboxA = makeOutbox(&storeA, clientA.get());
    auto outboxB = makeOutbox(&storeB, clientB.get());
    outboxA->start();
    outboxB->start();

    ASSERT_TRUE(QTest::qWaitFor([&] { return allIn(storeA, State::Sent, commentCount); }, waitMs))
        << show(storeA.comments());
    EXPECT_TRUE(allIn(storeB, State::Sent, commentCount));
    EXPECT_GT(sentByA.count(), 0);
    EXPECT_GT(sentByB.count(), 0);
    // Each comment went out once, and each was stored by that one request (not answered as a duplicate).
    EXPECT_EQ(log.results.size(), commentCount);
    EXPECT_EQ(log.totalSends(), commentCount);
    for (auto it = log.results.cbegin(); it != log.results.cend(); ++it) {
        ASSERT_EQ(it.value().size(), 1) << show(it.key());
        EXPECT_EQ(it.value().at(0).outcome, Outcome::Delivered) << show(it.value().at(0).reason);
        EXPECT_TRUE(it.value().at(0).comment.has_value()) << show(it.key());
    }

    const std::optional<QHash<QString, int>> listed = listedTexts(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->size(), commentCount);
    for (const QString& text : std::as_const(texts))
        EXPECT_EQ(listed->value(text), 1) << show(text);
}

TEST_F(DeliveryIntegration, RefusedCommentFailsWithTheServerReasonAndReturnsToTheDraft)
{
    // Nothing our form accepts is refused by Waline 1.39.3, so the refusal comes from a misconfigured client: an
    // empty article key, which the server refuses ("url need an URL under your options"), for any text.
    CommentStore store(storePath());
    auto client = makeClient(m_serverUrl, nullptr, QStringLiteral(""));
    SendLog log;
    log.watch(client.get());
    auto outbox = makeOutbox(&store, client.get());
    QSignalSpy rejected(outbox.get(), &Outbox::commentRejected);
    const CommentDraft draft = draftSaying(QStringLiteral("refused, but not lost <i>%1</i>").arg(uniqueId()));

    const std::optional<OwnComment> submitted = outbox->submit(draft);
    ASSERT_TRUE(submitted.has_value()) << show(outbox->lastError());
    ASSERT_TRUE(rejected.wait(waitMs));
    const OwnComment failed = *outbox->comment(submitted->localId);
    EXPECT_EQ(failed.state, State::Failed);
    EXPECT_EQ(failed.attempts, 1) << "a refusal is not retried";
    EXPECT_EQ(log.totalSends(), 1);
    EXPECT_EQ(failed.lastError,
              QStringLiteral("The comment server did not accept the comment: url: url need an URL under your options"));
    EXPECT_EQ(rejected.at(0).at(0).value<OwnComment>().lastError, failed.lastError);

    const std::optional<CommentDraft> back = outbox->returnToDraft(submitted->localId);
    ASSERT_TRUE(back.has_value()) << show(outbox->lastError());
    EXPECT_EQ(*back, draft);
    EXPECT_EQ(store.draft(), draft);
    EXPECT_TRUE(store.comments().isEmpty());
}

TEST_F(DeliveryIntegration, EmptyCommentSentDirectlyIsRejectedWithTheServerReason)
{
    auto client = makeClient(m_serverUrl);
    OwnComment empty;
    empty.localId = uniqueId();
    empty.content = CommentDraft {QStringLiteral("E2E"), {}, QString(), {}};
    QSignalSpy finished(client.get(), &CommentSender::sendFinished);
    client->send(empty);
    ASSERT_TRUE(finished.wait(waitMs));
    const auto result = finished.at(0).at(1).value<DeliveryResult>();
    EXPECT_EQ(result.outcome, Outcome::Rejected);
    EXPECT_EQ(result.reason,
              QStringLiteral("The comment server did not accept the comment: comment: comment can not be blank"));
}

namespace {

OwnComment queuedComment(const QString& text)
{
    OwnComment comment;
    comment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.content = draftSaying(text);
    comment.createdAt = QDateTime::currentDateTimeUtc();
    comment.state = State::Queued;
    comment.nextAttemptAt = comment.createdAt;
    return comment;
}

} // namespace

// A data folder that became read-only: SQLite's read-only open stands in for the remount (root, which runs CI,
// ignores permission bits), and the store finds out by itself. The queued comment is still delivered; the
// file cannot record that, so the next start sends it again and Waline's "Duplicate Content" settles it: one
// comment on the server. A new comment is refused with a plain reason.
TEST_F(DeliveryIntegration, ReadOnlyStoreDeliversItsQueuedCommentOnceAcrossRestartsAndRefusesNewOnes)
{
    const OwnComment waiting = queuedComment(QStringLiteral("queued before the remount %1").arg(uniqueId()));
    {
        CommentStore store(storePath());
        ASSERT_TRUE(store.addComment(waiting)) << show(store.lastError());
    }
    CommentStore::Options readOnly;
    readOnly.readOnly = true;
    for (int session = 0; session < 2; ++session) {
        SCOPED_TRACE(session);
        CommentStore store(storePath(), readOnly);
        ASSERT_EQ(store.openReport().status, CommentStore::OpenReport::Status::ReadOnly)
            << show(store.openReport().detail);
        EXPECT_FALSE(store.openReport().message.isEmpty());
        ASSERT_EQ(store.comment(waiting.localId)->state, State::Queued);
        auto client = makeClient(m_serverUrl);
        SendLog log;
        log.watch(client.get());
        auto outbox = makeOutbox(&store, client.get());
        outbox->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return store.comment(waiting.localId)->state == State::Sent; }, waitMs))
            << show(*store.comment(waiting.localId));
        ASSERT_EQ(log.totalSends(), 1);
        const DeliveryResult& result = log.results.value(waiting.localId).constFirst();
        EXPECT_EQ(result.outcome, Outcome::Delivered);
        // The first session's POST stores the comment; the second's is answered "Duplicate Content".
        EXPECT_EQ(result.comment.has_value(), session == 0);

        EXPECT_FALSE(outbox->submit(draftSaying(QStringLiteral("new %1").arg(uniqueId()))).has_value());
        EXPECT_TRUE(outbox->lastError().contains(QStringLiteral("not stored"))) << show(outbox->lastError());
    }
    const std::optional<QHash<QString, int>> listed = listedTexts(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->value(waiting.content.text), 1);
}

// The app that claimed the comment was killed mid-send: a child process that is started and killed stands in
// for it. Its claim names a pid that is gone, so the next instance sends the comment at once, long before the
// claim (Outbox::claimDuration) would expire.
TEST_F(DeliveryIntegration, CommentClaimedByAKilledInstanceIsSentAtOnceByTheNextOne)
{
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    ASSERT_TRUE(child.waitForStarted());
    CommentStore::Options killed;
    killed.self = ProcessIdentity {child.processId(), QSysInfo::machineHostName()};
    child.kill();
    ASSERT_TRUE(child.waitForFinished());

    const OwnComment orphan = queuedComment(QStringLiteral("claimed by a killed window %1").arg(uniqueId()));
    {
        CommentStore killedStore(storePath(), killed);
        ASSERT_TRUE(killedStore.addComment(orphan));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(killedStore
                        .claimNextDue(QStringLiteral("killed"),
                                      now,
                                      now.addSecs(std::chrono::seconds(Outbox::claimDuration).count()))
                        .has_value());
    }
    QElapsedTimer elapsed;
    elapsed.start();
    CommentStore store(storePath());
    auto client = makeClient(m_serverUrl);
    auto outbox = makeOutbox(&store, client.get());
    outbox->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return store.comment(orphan.localId)->state == State::Sent; }, waitMs))
        << show(*store.comment(orphan.localId));
    EXPECT_LT(elapsed.elapsed(), std::chrono::milliseconds(Outbox::claimDuration).count() / 2);
    EXPECT_EQ(store.comment(orphan.localId)->attempts, 2);
    const std::optional<QHash<QString, int>> listed = listedTexts(m_serverUrl);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->value(orphan.content.text), 1);
}
