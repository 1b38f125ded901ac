// Re-layout of the article when the reader changes the font (typeface and size) or the theme: the real ArticleView
// holding the bundled article gets the new font or palette, then the posted events are handled, the document is
// laid out to its end (documentLayout()->documentSize()) and the view is painted (view_ms, the reported time).
// The baseline, measured alternately in the same loop, is a bare QTextEdit holding the article's text as plain
// paragraphs and getting the same change; "ratio" is view / bare. The fonts and palettes come from the core's
// ReadingSettings and Themes, as the reader's choices do. Goal: under 16 ms (one frame at 60 Hz). view_cpu_ms and
// bare_cpu_ms are the main thread's CPU time for the same work: on a machine busy with other work the wall-clock
// time also holds the waits for a core, which the CPU time does not.

#include "ArticleView.h"
#include "ReaderContent.h"
#include "reading/ReadingSettings.h"
#include "theme/Themes.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextEdit>

#include <benchmark/benchmark.h>

#include <ctime>
#include <functional>

namespace {

QFont fontFor(ReadingSettings::Typeface typeface, int sizeStep)
{
    QFont font = QApplication::font();
    font.setFamilies(ReadingSettings::families(typeface, QApplication::font().families()));
    font.setPointSizeF(QApplication::font().pointSizeF() * ReadingSettings::sizeFactor(sizeStep));
    return font;
}

QPalette paletteFor(const ThemeColours& theme)
{
    const PaletteColours& c = theme.palette;
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, Rgb rgb) {
        palette.setColor(role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::PlaceholderText, c.placeholderText);
    set(QPalette::Link, c.link);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::Midlight, c.midlight);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor::fromRgb(c.disabledText));
    return palette;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

struct Cost
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;

    Cost& operator+=(const Cost& other)
    {
        wallNs += other.wallNs;
        cpuNs += other.cpuNs;
        return *this;
    }
};

// From the change to the view laid out and painted with it.
Cost relayout(QTextEdit* view, const std::function<void()>& change)
{
    const qint64 cpu = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    benchmark::DoNotOptimize(view->document()->documentLayout()->documentSize());
    view->viewport()->repaint();
    return {timer.nsecsElapsed(), threadCpuNs() - cpu};
}

struct Views
{
    ArticleView article;
    QTextEdit bare;

    bool show()
    {
        const auto content = ReaderContent::loadBundled();
        if (!content.ok())
            return false;
        article.setArticle(content.value().article);
        article.setMentions(content.value().mentionsByCityId.value(QStringLiteral("shenzhen")));
        bare.setReadOnly(true);
        bare.setPlainText(article.document()->toPlainText());
        for (QTextEdit* view : {static_cast<QTextEdit*>(&article), &bare}) {
            view->resize(720, 900);
            view->show();
        }
        return QTest::qWaitForWindowExposed(&article) && QTest::qWaitForWindowExposed(&bare);
    }
};

void report(benchmark::State& state, const Cost& view, const Cost& bare)
{
    const double n = double(state.iterations()) * 1e6;
    state.counters["view_ms"] = double(view.wallNs) / n;
    state.counters["bare_ms"] = double(bare.wallNs) / n;
    state.counters["ratio"] = bare.wallNs > 0 ? double(view.wallNs) / double(bare.wallNs) : 0.0;
    state.counters["view_cpu_ms"] = double(view.cpuNs) / n;
    state.counters["bare_cpu_ms"] = double(bare.cpuNs) / n;
    state.counters["cpu_ratio"] = bare.cpuNs > 0 ? double(view.cpuNs) / double(bare.cpuNs) : 0.0;
}

// Alternates between two fonts: sans serif at the desktop's size and serif three steps larger.
void BM_FontChange(benchmark::State& state)
{
    Views views;
    if (!views.show()) {
        state.SkipWithError("the article did not load or the views did not show");
        return;
    }
    const QFont fonts[]
        = {fontFor(ReadingSettings::Typeface::SansSerif, 0), fontFor(ReadingSettings::Typeface::Serif, 3)};
    Cost viewTotal;
    Cost bareTotal;
    for (auto _ : state) {
        const QFont& font = fonts[state.iterations() % 2];
        const Cost view = relayout(&views.article, [&] { views.article.setFont(font); });
        bareTotal += relayout(&views.bare, [&] { views.bare.setFont(font); });
        viewTotal += view;
        state.SetIterationTime(double(view.wallNs) / 1e9);
    }
    report(state, viewTotal, bareTotal);
}

// Alternates between the light and the dark theme, and then between sepia and the system's (made legible).
void BM_ThemeChange(benchmark::State& state)
{
    Views views;
    if (!views.show()) {
        state.SkipWithError("the article did not load or the views did not show");
        return;
    }
    const QPalette system = QApplication::palette();
    PaletteColours systemColours;
    systemColours.window = system.color(QPalette::Window).rgb() & 0xffffff;
    systemColours.windowText = system.color(QPalette::WindowText).rgb() & 0xffffff;
    systemColours.base = system.color(QPalette::Base).rgb() & 0xffffff;
    systemColours.text = system.color(QPalette::Text).rgb() & 0xffffff;
    systemColours.highlight = system.color(QPalette::Highlight).rgb() & 0xffffff;
    systemColours.highlightedText = system.color(QPalette::HighlightedText).rgb() & 0xffffff;
    const QPalette palettes[] = {paletteFor(Themes::forChoice(ThemeChoice::Light, systemColours)),
                                 paletteFor(Themes::forChoice(ThemeChoice::Dark, systemColours)),
                                 paletteFor(Themes::forChoice(ThemeChoice::Sepia, systemColours)),
                                 paletteFor(Themes::forChoice(ThemeChoice::System, systemColours))};
    Cost viewTotal;
    Cost bareTotal;
    for (auto _ : state) {
        const QPalette& palette = palettes[state.iterations() % 4];
        const Cost view = relayout(&views.article, [&] { views.article.setPalette(palette); });
        bareTotal += relayout(&views.bare, [&] { views.bare.setPalette(palette); });
        viewTotal += view;
        state.SetIterationTime(double(view.wallNs) / 1e9);
    }
    report(state, viewTotal, bareTotal);
}

} // namespace

BENCHMARK(BM_FontChange)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_ThemeChange)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);

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
