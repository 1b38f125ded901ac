// The comment list with 100,000 comments: loading them page by page into the model with the view attached, up to
// the first paint of the list (the real delegate painting into an image), and one scroll step of a page, painted.
// Goals: load + first paint under 300 ms, a scroll step under 16 ms (one frame at 60 Hz).

#include "feedback/CommentListView.h"
#include "listing/CommentListModel.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr int commentCount = 100000;
constexpr int pageSize = 100;

// Every length a reader may write, from a line to the 2,000-character limit, with markup that must stay text.
const QList<CommentPage>& pages()
{
    static const QList<CommentPage> result = [] {
        const QString words = QStringLiteral("Shenzhen, Hefei, Hangzhou and Tianjin <b>pilot</b> zones for AI. ");
        const int lengths[] = {40, 200, 800, 2000};
        const QDateTime newest(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QList<CommentPage> list;
        const int pageCount = commentCount / pageSize;
        for (int p = 0; p < pageCount; ++p) {
            CommentPage page;
            page.page = p + 1;
            page.totalPages = pageCount;
            page.totalCount = commentCount;
            for (int i = 0; i < pageSize; ++i) {
                const int n = p * pageSize + i;
                ServerComment comment;
                comment.objectId = QString::number(n);
                comment.nick = QStringLiteral("Reader %1").arg(n % 977);
                comment.text = words.repeated(lengths[n % 4] / words.size() + 1).left(lengths[n % 4]);
                comment.status = ServerComment::Status::Approved;
                comment.time = newest.addSecs(-60LL * n);
                page.comments.append(comment);
            }
            list.append(page);
        }
        return list;
    }();
    return result;
}

void paint(CommentListView& view, QImage& image)
{
    view.render(&image);
}

void BM_LoadAndFirstPaint(benchmark::State& state)
{
    pages();
    for (auto _ : state) {
        auto model = std::make_unique<CommentListModel>(nullptr, pageSize);
        auto view = std::make_unique<CommentListView>();
        view->resize(420, 800);
        view->setModel(model.get());
        for (const CommentPage& page : pages())
            model->addPage(page);
        view->doItemsLayout();
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        paint(*view, image);
        benchmark::DoNotOptimize(image.constBits());
        // Tearing the list down is not part of showing it.
        state.PauseTiming();
        if (model->rowCount() != commentCount)
            state.SkipWithError("not every comment was listed");
        view.reset();
        model.reset();
        state.ResumeTiming();
    }
    state.counters["comments"] = commentCount;
}

void BM_ScrollStep(benchmark::State& state)
{
    CommentListModel model(nullptr, pageSize);
    CommentListView view;
    view.resize(420, 800);
    view.setModel(&model);
    for (const CommentPage& page : pages())
        model.addPage(page);
    view.doItemsLayout();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    paint(view, image);
    QScrollBar* bar = view.verticalScrollBar();
    if (bar->maximum() <= 0)
        state.SkipWithError("the list does not scroll");
    bar->setValue(bar->maximum() / 2);
    for (auto _ : state) {
        const int next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        paint(view, image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["rows"] = model.rowCount();
}

} // namespace

BENCHMARK(BM_LoadAndFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ScrollStep)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
