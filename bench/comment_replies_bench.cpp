// The comment list model with 100,000 top-level comments and their replies (0 to 3 each, 150,000 in all):
// loading every page, reading what the delegate paints for the visible rows, and merging one new reply as the live
// check brings it in. The baseline, measured alternately in the same loop, is a QStringListModel with as many rows
// doing the same amount of work: "ratio" is model / baseline.

#include "listing/CommentListModel.h"

#include <QElapsedTimer>
#include <QStringListModel>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr int rootCount = 100000;
constexpr int pageSize = 100;
constexpr int visibleRows = 40;
const QDateTime newest(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

ServerComment makeComment(int n, const QDateTime& time)
{
    ServerComment comment;
    comment.objectId = QString::number(n);
    comment.nick = QStringLiteral("Reader %1").arg(n % 977);
    comment.text = QStringLiteral("Shenzhen, Hefei, Hangzhou and Tianjin <b>pilot</b> zones for AI, comment %1").arg(n);
    comment.status = ServerComment::Status::Approved;
    comment.time = time;
    return comment;
}

int rowTotal = 0;

const QList<CommentPage>& pages()
{
    static const QList<CommentPage> result = [] {
        QList<CommentPage> list;
        int nextReplyId = rootCount;
        for (int p = 0; p < rootCount / pageSize; ++p) {
            CommentPage page;
            page.page = p + 1;
            page.totalPages = rootCount / pageSize;
            page.totalCount = rootCount;
            for (int i = 0; i < pageSize; ++i) {
                const int n = p * pageSize + i;
                ServerComment root = makeComment(n, newest.addSecs(-600LL * n));
                for (int r = 0; r < n % 4; ++r) {
                    ServerComment reply = makeComment(nextReplyId++, root.time.addSecs(60 * (r + 1)));
                    reply.parentId = root.objectId;
                    reply.rootId = root.objectId;
                    reply.replyToNick = root.nick;
                    root.replies.append(reply);
                }
                rowTotal += 1 + int(root.replies.size());
                page.comments.append(root);
            }
            list.append(page);
        }
        return list;
    }();
    return result;
}

QStringList baselineRows()
{
    QStringList rows;
    rows.reserve(rowTotal);
    for (int i = 0; i < rowTotal; ++i)
        rows.append(
            QStringLiteral("Reader %1: a comment of about the same length as the others, %2").arg(i % 977).arg(i));
    return rows;
}

void report(benchmark::State& state, qint64 modelNs, qint64 baseNs)
{
    const double n = double(state.iterations()) * 1e6;
    state.counters["model_ms"] = double(modelNs) / n;
    state.counters["baseline_ms"] = double(baseNs) / n;
    state.counters["ratio"] = baseNs > 0 ? double(modelNs) / double(baseNs) : 0.0;
    state.counters["rows"] = rowTotal;
}

void BM_LoadEveryPage(benchmark::State& state)
{
    pages();
    const QStringList rows = baselineRows();
    qint64 modelNs = 0;
    qint64 baseNs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        auto model = std::make_unique<CommentListModel>(nullptr, pageSize);
        timer.start();
        for (const CommentPage& page : pages())
            model->addPage(page);
        const qint64 modelTime = timer.nsecsElapsed();

        auto baseline = std::make_unique<QStringListModel>();
        timer.restart();
        baseline->setStringList(rows);
        const qint64 baseTime = timer.nsecsElapsed();

        state.SetIterationTime(double(modelTime) / 1e9);
        modelNs += modelTime;
        baseNs += baseTime;
        if (model->rowCount() != rowTotal)
            state.SkipWithError("not every comment and reply was listed");
    }
    report(state, modelNs, baseNs);
}

void BM_VisibleRowsData(benchmark::State& state)
{
    CommentListModel model(nullptr, pageSize);
    for (const CommentPage& page : pages())
        model.addPage(page);
    QStringListModel baseline(baselineRows());
    // What CommentDelegate reads to paint a row, and what a screen reader asks.
    const int roles[] = {CommentListModel::DisplayNickRole,
                         CommentListModel::TimeTextRole,
                         CommentListModel::TextRole,
                         CommentListModel::StateRole,
                         CommentListModel::StateLabelRole,
                         CommentListModel::ReplyCountRole,
                         CommentListModel::DepthRole,
                         CommentListModel::IsReplyRole,
                         CommentListModel::ReplyToNickRole,
                         Qt::AccessibleTextRole};
    qint64 modelNs = 0;
    qint64 baseNs = 0;
    int first = 0;
    for (auto _ : state) {
        first = (first + 7919) % (rowTotal - visibleRows);
        QElapsedTimer timer;
        timer.start();
        for (int row = first; row < first + visibleRows; ++row) {
            for (int role : roles)
                benchmark::DoNotOptimize(model.index(row).data(role));
        }
        const qint64 modelTime = timer.nsecsElapsed();
        timer.restart();
        for (int row = first; row < first + visibleRows; ++row) {
            for (std::size_t i = 0; i < std::size(roles); ++i)
                benchmark::DoNotOptimize(baseline.index(row).data(Qt::DisplayRole));
        }
        const qint64 baseTime = timer.nsecsElapsed();
        state.SetIterationTime(double(modelTime) / 1e9);
        modelNs += modelTime;
        baseNs += baseTime;
    }
    report(state, modelNs, baseNs);
}

void BM_MergeANewReply(benchmark::State& state)
{
    CommentListModel model(nullptr, pageSize);
    for (const CommentPage& page : pages())
        model.addPage(page);
    QStringListModel baseline(baselineRows());
    CommentPage first = pages().constFirst();
    ServerComment& root = first.comments[3];
    qint64 modelNs = 0;
    qint64 baseNs = 0;
    int id = 10 * rootCount;
    for (auto _ : state) {
        ++id;
        ServerComment reply = makeComment(id, root.time.addSecs(3600 + id - 10 * rootCount));
        reply.parentId = root.objectId;
        reply.rootId = root.objectId;
        root.replies.append(reply);
        QElapsedTimer timer;
        timer.start();
        model.addPage(first);
        const qint64 modelTime = timer.nsecsElapsed();
        timer.restart();
        baseline.insertRows(5, 1);
        baseline.setData(baseline.index(5), reply.text);
        const qint64 baseTime = timer.nsecsElapsed();
        state.SetIterationTime(double(modelTime) / 1e9);
        modelNs += modelTime;
        baseNs += baseTime;
    }
    if (!model.isListed(QString::number(id)))
        state.SkipWithError("the reply was not listed");
    report(state, modelNs, baseNs);
}

} // namespace

BENCHMARK(BM_LoadEveryPage)->Unit(benchmark::kMillisecond)->UseManualTime()->MinTime(2.0);
BENCHMARK(BM_VisibleRowsData)->Unit(benchmark::kMicrosecond)->UseManualTime();
BENCHMARK(BM_MergeANewReply)->Unit(benchmark::kMicrosecond)->UseManualTime()->Iterations(200);

BENCHMARK_MAIN();
