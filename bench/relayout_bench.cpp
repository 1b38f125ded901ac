// Re-layout after the reader changes the font (typeface and size) or the theme, as the app does it: the real
// MainWindow holding the bundled article gets the new ReadingSettings through applyReadingSettings (what the
// reading settings dialog's preview and OK call), then the posted events are handled, the article is laid out to
// its end (documentLayout()->documentSize()) and the window is painted (app_ms, the reported time). So the cost
// includes what the app adds to the article's own re-layout: the text size and the theme go on the whole
// application, so every widget of the window takes the new font or palette.
// The baseline, measured alternately in the same loop, is a bare QTextEdit holding the article's text as plain
// paragraphs and getting the same font or palette (bare_ms); "ratio" is app / bare. Its font and palette are its
// own, so the window's changes to the application do not reach it. Goal: app_ms under 16 ms (one frame at 60 Hz).
// app_cpu_ms and bare_cpu_ms are the main thread's CPU time for the same work: on a machine busy with other work
// the wall-clock time also holds the waits for a core, which the CPU time does not.

#include "ArticleView.h"
#include "MainWindow.h"
#include "ReaderContent.h"
#include "ThemePalette.h"
#include "reading/ReadingSettings.h"
#include "theme/Themes.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <benchmark/benchmark.h>

#include <ctime>
#include <functional>
#include <memory>

namespace {

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

// From the change to the text laid out and the window painted with it.
Cost relayout(QWidget* window, QTextEdit* text, const std::function<void()>& change)
{
    const qint64 cpu = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    benchmark::DoNotOptimize(text->document()->documentLayout()->documentSize());
    window->repaint();
    return {timer.nsecsElapsed(), threadCpuNs() - cpu};
}

// The window as a reader has it, and the bare view beside it.
struct Views
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;
    QTextEdit bare;

    bool show()
    {
        const auto content = ReaderContent::loadBundled();
        if (!content.ok())
            return false;
        // No print or speech module: neither takes part in a re-layout.
        window = std::make_unique<MainWindow>(content.value(), &settings, ModuleLoader(QStringList()));
        window->resize(1180, 780);
        bare.setReadOnly(true);
        bare.setPlainText(window->articleView()->document()->toPlainText());
        bare.setFont(QApplication::font());
        bare.setPalette(ThemePalette::toPalette(Themes::light().palette));
        bare.resize(720, 780);
        window->show();
        bare.show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowExposed(&bare))
            return false;
        // What the window does after its first paint (the reading progress, the speech check) is done.
        QTest::qWait(50);
        return true;
    }
};

void report(benchmark::State& state, const Cost& app, const Cost& bare)
{
    const double n = double(state.iterations()) * 1e6;
    state.counters["app_ms"] = double(app.wallNs) / n;
    state.counters["bare_ms"] = double(bare.wallNs) / n;
    state.counters["ratio"] = bare.wallNs > 0 ? double(app.wallNs) / double(bare.wallNs) : 0.0;
    state.counters["app_cpu_ms"] = double(app.cpuNs) / n;
    state.counters["bare_cpu_ms"] = double(bare.cpuNs) / n;
    state.counters["cpu_ratio"] = bare.cpuNs > 0 ? double(app.cpuNs) / double(bare.cpuNs) : 0.0;
}

// Alternates between two ReadingSettings, the bare view between the same two fonts.
void fontChange(benchmark::State& state, const ReadingSettings (&settings)[2])
{
    Views views;
    if (!views.show()) {
        state.SkipWithError("the article did not load or the views did not show");
        return;
    }
    QFont fonts[2];
    for (int i = 0; i < 2; ++i) {
        fonts[i] = QApplication::font();
        fonts[i].setFamilies(ReadingSettings::families(settings[i].typeface, QApplication::font().families()));
        fonts[i].setPointSizeF(QApplication::font().pointSizeF() * ReadingSettings::sizeFactor(settings[i].sizeStep));
    }
    Cost appTotal;
    Cost bareTotal;
    // Counted here: state.iterations() stays 0 inside the loop (the loop's iterator counts for itself).
    int round = 0;
    for (auto _ : state) {
        const int i = round++ % 2;
        const Cost app = relayout(
            views.window.get(), views.window->articleView(), [&] { views.window->applyReadingSettings(settings[i]); });
        bareTotal += relayout(&views.bare, &views.bare, [&] { views.bare.setFont(fonts[i]); });
        appTotal += app;
        state.SetIterationTime(double(app.wallNs) / 1e9);
    }
    report(state, appTotal, bareTotal);
}

// Sans serif at the desktop's size and serif three steps larger: the text size is the whole window's, so every
// widget takes the new font.
void BM_FontChange(benchmark::State& state)
{
    ReadingSettings settings[2];
    settings[0].typeface = ReadingSettings::Typeface::SansSerif;
    settings[1].typeface = ReadingSettings::Typeface::Serif;
    settings[1].sizeStep = 3;
    fontChange(state, settings);
}

// Sans serif and serif at the same size: only the article's font changes.
void BM_TypefaceChange(benchmark::State& state)
{
    ReadingSettings settings[2];
    settings[0].typeface = ReadingSettings::Typeface::SansSerif;
    settings[1].typeface = ReadingSettings::Typeface::Serif;
    fontChange(state, settings);
}

// Goes through the light, dark, sepia and system themes in turn.
void BM_ThemeChange(benchmark::State& state)
{
    Views views;
    if (!views.show()) {
        state.SkipWithError("the article did not load or the views did not show");
        return;
    }
    const ThemeChoice choices[] = {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::Sepia, ThemeChoice::System};
    const PaletteColours system = ThemePalette::fromPalette(QApplication::palette());
    Cost appTotal;
    Cost bareTotal;
    int round = 0;
    for (auto _ : state) {
        ReadingSettings settings;
        settings.theme = choices[round++ % 4];
        const QPalette palette = ThemePalette::toPalette(Themes::forChoice(settings.theme, system).palette);
        const Cost app = relayout(
            views.window.get(), views.window->articleView(), [&] { views.window->applyReadingSettings(settings); });
        bareTotal += relayout(&views.bare, &views.bare, [&] { views.bare.setPalette(palette); });
        appTotal += app;
        state.SetIterationTime(double(app.wallNs) / 1e9);
    }
    report(state, appTotal, bareTotal);
}

} // namespace

BENCHMARK(BM_FontChange)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_TypefaceChange)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(1.0);
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
