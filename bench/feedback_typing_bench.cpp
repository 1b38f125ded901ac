// Keystroke to paint in the feedback form's comment field holding 1 KB, 100 KB and 1 MB of pasted text: the real
// FeedbackForm on a real store, a key typed with QTest::keyClick, then the events it posted processed and the
// form repainted. The baseline, measured alternately in the same loop, is a bare QPlainTextEdit holding the same
// text and getting the same key; "ratio" is form / bare. Goal: under 16 ms (one frame at 60 Hz) at 1 MB.

#include "cities/CityZone.h"
#include "delivery/Outbox.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackSession.h"
#include "storage/CommentStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <benchmark/benchmark.h>

namespace {

// Pasted prose: lines of 80 characters, as a document brings them.
QString pastedText(qsizetype bytes)
{
    const QString line
        = QStringLiteral("Shenzhen, Hefei, Hangzhou and Tianjin are the four national AI pilot zones.  \n");
    QString text;
    text.reserve(bytes + line.size());
    while (text.size() < bytes)
        text += line;
    text.truncate(bytes);
    return text;
}

void moveToEnd(QPlainTextEdit* field)
{
    QTextCursor cursor = field->textCursor();
    cursor.movePosition(QTextCursor::End);
    field->setTextCursor(cursor);
}

// One keystroke, until the widget has painted what it changed.
qint64 keystrokeNs(QWidget* window, QPlainTextEdit* field, char key)
{
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(field, key);
    QCoreApplication::processEvents();
    window->repaint();
    return timer.nsecsElapsed();
}

void BM_KeystrokeToPaint(benchmark::State& state)
{
    const QString text = pastedText(state.range(0));
    QTemporaryDir dir;
    CommentStore store(dir.filePath(QStringLiteral("comments.sqlite")));
    Outbox outbox(&store, nullptr);
    FeedbackSession session(&store, &outbox);
    FeedbackForm form(QList<CityZone> {});
    form.resize(420, 400);
    form.attach(&session);
    form.setDraft({QStringLiteral("Lin"), {}, text, {}});
    form.show();
    auto* field = form.findChild<QPlainTextEdit*>(QStringLiteral("commentField"));

    QPlainTextEdit bare;
    bare.resize(420, 400);
    bare.setPlainText(text);
    bare.show();
    if (!field || !QTest::qWaitForWindowExposed(&form) || !QTest::qWaitForWindowExposed(&bare)) {
        state.SkipWithError("the windows did not show");
        return;
    }
    moveToEnd(field);
    moveToEnd(&bare);
    QCoreApplication::processEvents();

    qint64 formNs = 0;
    qint64 bareNs = 0;
    for (auto _ : state) {
        const char key = char('a' + state.iterations() % 26);
        const qint64 ns = keystrokeNs(&form, field, key);
        formNs += ns;
        bareNs += keystrokeNs(&bare, &bare, key);
        state.SetIterationTime(double(ns) / 1e9);
    }
    const double n = double(state.iterations());
    state.counters["form_ms"] = double(formNs) / n / 1e6;
    state.counters["bare_ms"] = double(bareNs) / n / 1e6;
    state.counters["ratio"] = bareNs > 0 ? double(formNs) / double(bareNs) : 0.0;
    state.counters["chars"] = double(field->document()->characterCount());
}

} // namespace

BENCHMARK(BM_KeystrokeToPaint)
    ->Arg(1024)
    ->Arg(100 * 1024)
    ->Arg(1024 * 1024)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);

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
