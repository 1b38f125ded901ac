// Delivery of 1,000 queued comments to a real local Waline (scripts/comment-server.sh, with its default IPQPS=0)
// through the outbox, its SQLite store and the Waline client, against a baseline measured in the same repetition:
// the same number of direct WalineClient posts, one after another, without the store (the outbox too sends one
// comment at a time). The two batches alternate which goes first, so a server that slows as its table grows favours
// neither. The time reported is the outbox batch's; counters: outbox_per_s and direct_per_s (comments/s),
// share_of_direct (outbox throughput / direct throughput), and lost and duplicated for each batch, counted by
// unique text in the server's list, plus attempts the server answered as a repeat (goal: 0 and 0).
//
//   PILOTZONES_BENCH_SERVER_URL=http://127.0.0.1:PORT build/bench/bench/delivery_bench
//
// (PILOTZONES_TEST_SERVER_URL is used when the first is unset.) Without a server it reports an error and skips.

#include "delivery/Outbox.h"
#include "net/WalineClient.h"
#include "net/WalineProtocol.h"
#include "storage/CommentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <chrono>
#include <functional>
#include <optional>

namespace {

constexpr int commentCount = 1000;
// Bounds each run: a server that stops answering ends the benchmark with an error, not a hang.
constexpr std::chrono::minutes runLimit {10};
const QString userAgent = QStringLiteral("PilotZonesDeliveryBench/1");

QString uniqueId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QUrl> serverUrl()
{
    QString text = qEnvironmentVariable("PILOTZONES_BENCH_SERVER_URL");
    if (text.isEmpty())
        text = qEnvironmentVariable("PILOTZONES_TEST_SERVER_URL");
    const WalineClient::ServerUrl checked = WalineClient::validateServerUrl(text);
    if (!checked.ok())
        return std::nullopt;
    return checked.url;
}

CommentDraft draft(int index, const QString& run)
{
    return CommentDraft {QStringLiteral("Bench"),
                         {},
                         QStringLiteral("bench comment #%1 of run %2").arg(index).arg(run),
                         QStringLiteral("hangzhou")};
}

// One batch of commentCount comments to a fresh article path.
struct Batch
{
    double seconds = 0;
    int lost = 0;
    int duplicated = 0;
    // Comments not recorded as delivered at the end (the outbox's store; the direct posts' answers).
    int notDelivered = 0;
    QString error;
};

// Runs the event loop until done() or the run limit; false on the limit or when stop() was asked.
bool runUntil(const std::function<bool()>& done, const std::function<void(QEventLoop&)>& wire)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    limit.start(runLimit);
    wire(loop);
    if (done())
        return true;
    return loop.exec() == 0 && done();
}

// How many times each text is on the server's list for the article, or nullopt when a page could not be read.
std::optional<QHash<QString, int>> listedTexts(QNetworkAccessManager* network, const QUrl& url, const QString& path)
{
    WalineClient client(network, url, path, userAgent, WalineClient::Options {});
    QHash<QString, int> counts;
    for (int page = 1;; ++page) {
        std::optional<CommentPage> fetched;
        QEventLoop loop;
        QObject::connect(&client, &CommentSender::pageFetched, &loop, [&](const CommentPage& got) {
            fetched = got;
            loop.quit();
        });
        QObject::connect(&client, &CommentSender::pageFailed, &loop, [&loop](int, const QString&) { loop.quit(); });
        client.fetchPage(page, WalineProtocol::maxPageSize);
        loop.exec();
        if (!fetched)
            return std::nullopt;
        for (const ServerComment& comment : std::as_const(fetched->comments))
            ++counts[comment.text];
        if (page >= fetched->totalPages)
            return counts;
    }
}

// Lost: sent texts the server does not list. Duplicated: extra copies listed, plus attempts the server answered
// as a repeat of a comment it already had.
void count(Batch& batch,
           QNetworkAccessManager* network,
           const QUrl& url,
           const QString& path,
           const QStringList& texts,
           int repeatedSends)
{
    const std::optional<QHash<QString, int>> listed = listedTexts(network, url, path);
    if (!listed) {
        batch.error = QStringLiteral("could not list the comments back");
        return;
    }
    batch.duplicated = repeatedSends;
    for (const QString& text : texts) {
        const int copies = listed->value(text);
        if (copies == 0)
            ++batch.lost;
        else
            batch.duplicated += copies - 1;
    }
}

Batch runDirect(QNetworkAccessManager* network, const QUrl& url)
{
    const QString run = uniqueId();
    const QString path = QStringLiteral("/bench/direct/%1").arg(run);
    WalineClient client(network, url, path, userAgent, WalineClient::Options {});
    QStringList texts;
    for (int i = 0; i < commentCount; ++i)
        texts.append(draft(i, run).text);
    int next = 0;
    int delivered = 0;
    int repeats = 0;
    Batch batch;
    const auto sendNext = [&] {
        OwnComment comment;
        comment.localId = QString::number(next);
        comment.content = draft(next, run);
        ++next;
        client.send(comment);
    };

    QElapsedTimer timer;
    timer.start();
    const bool finished = runUntil(
        [&] { return delivered == commentCount; },
        [&](QEventLoop& loop) {
            QObject::connect(
                &client, &CommentSender::sendFinished, &loop, [&](const QString&, const DeliveryResult& result) {
                    if (result.outcome != DeliveryResult::Outcome::Delivered) {
                        batch.error = QStringLiteral("a direct post was not delivered: %1").arg(result.reason);
                        loop.exit(1);
                        return;
                    }
                    ++delivered;
                    repeats += result.comment ? 0 : 1;
                    if (next < commentCount)
                        sendNext();
                    else
                        loop.quit();
                });
            sendNext();
        });
    batch.seconds = double(timer.nsecsElapsed()) / 1e9;
    batch.notDelivered = commentCount - delivered;
    if (!finished) {
        if (batch.error.isEmpty())
            batch.error = QStringLiteral("the direct posts did not finish within the run limit");
        return batch;
    }
    count(batch, network, url, path, texts, repeats);
    return batch;
}

Batch runOutbox(QNetworkAccessManager* network, const QUrl& url)
{
    const QString run = uniqueId();
    const QString path = QStringLiteral("/bench/outbox/%1").arg(run);
    Batch batch;
    QTemporaryDir dir;
    CommentStore store(dir.filePath(QStringLiteral("comments.sqlite")));
    if (!store.isPersistent()) {
        batch.error = QStringLiteral("the store is not on disk: %1").arg(store.openReport().detail);
        return batch;
    }
    // The comments a reader sent while offline, queued in the store as submit() leaves them.
    QStringList texts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < commentCount; ++i) {
        OwnComment queued;
        queued.localId = uniqueId();
        queued.content = draft(i, run);
        queued.createdAt = now.addMSecs(i);
        queued.nextAttemptAt = now;
        texts.append(queued.content.text);
        if (!store.addComment(queued)) {
            batch.error = QStringLiteral("could not queue the comments: %1").arg(store.lastError());
            return batch;
        }
    }
    WalineClient client(network, url, path, userAgent, WalineClient::Options {});
    int sends = 0;
    int repeats = 0;
    QObject::connect(&client, &CommentSender::sendFinished, &client, [&](const QString&, const DeliveryResult& result) {
        ++sends;
        if (result.outcome == DeliveryResult::Outcome::Delivered && !result.comment)
            ++repeats;
    });
    Outbox outbox(&store, &client);
    int sent = 0;

    QElapsedTimer timer;
    timer.start();
    const bool finished
        = runUntil([&] { return sent == commentCount; },
                   [&](QEventLoop& loop) {
                       QObject::connect(&outbox, &Outbox::commentChanged, &loop, [&](const OwnComment& changed) {
                           if (changed.state == OwnComment::State::Sent && ++sent == commentCount)
                               loop.quit();
                       });
                       outbox.start();
                   });
    batch.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const OwnComment& comment : store.comments())
        batch.notDelivered += comment.state == OwnComment::State::Sent ? 0 : 1;
    if (!finished) {
        batch.error = QStringLiteral("the outbox did not deliver every comment within the run limit");
        return batch;
    }
    // More attempts than comments means some comment went out twice, whatever the server made of it.
    count(batch, network, url, path, texts, repeats + (sends - commentCount));
    return batch;
}

void BM_OutboxAgainstDirectPosts(benchmark::State& state)
{
    const std::optional<QUrl> url = serverUrl();
    if (!url) {
        state.SkipWithError("set PILOTZONES_BENCH_SERVER_URL to a local Waline (scripts/comment-server.sh start)");
        return;
    }
    QNetworkAccessManager network;
    static int repetition = 0;
    for (auto _ : state) {
        const bool directFirst = repetition++ % 2 == 0;
        Batch direct;
        Batch outbox;
        if (directFirst)
            direct = runDirect(&network, *url);
        outbox = runOutbox(&network, *url);
        if (!directFirst)
            direct = runDirect(&network, *url);
        for (const Batch* batch : {&direct, &outbox}) {
            if (!batch->error.isEmpty()) {
                state.SkipWithError(batch->error.toStdString().c_str());
                return;
            }
        }
        state.SetIterationTime(outbox.seconds);
        state.counters["outbox_per_s"] = commentCount / outbox.seconds;
        state.counters["direct_per_s"] = commentCount / direct.seconds;
        state.counters["share_of_direct"] = direct.seconds / outbox.seconds;
        state.counters["lost"] = outbox.lost;
        state.counters["duplicated"] = outbox.duplicated;
        state.counters["not_delivered"] = outbox.notDelivered;
        state.counters["direct_lost"] = direct.lost;
        state.counters["direct_duplicated"] = direct.duplicated;
    }
}

} // namespace

// Each repetition is one batch of each kind; a few minutes in all on this machine.
BENCHMARK(BM_OutboxAgainstDirectPosts)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1)->Repetitions(3);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
