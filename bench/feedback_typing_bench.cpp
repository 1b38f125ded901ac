// Keystroke to paint in the feedback form's comment field holding 1 KB, 100 KB and 1 MB of pasted text: the real
// FeedbackForm on a real store, a key typed with QTest::keyClick, then the events it posted processed and the
// form repainted (form_ms, the reported time), then what the keystroke left for the event loop handled and painted
// (form_after_ms). The baseline, measured alternately in the same loop, is a bare QPlainTextEdit holding the same
// text and getting the same key; "ratio" is form / bare to the paint, "ratio_all" with what follows included.
// Goal: under 16 ms (one frame at 60 Hz) at 1 MB.

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

struct Keystroke
{
    // From the key to the widget painted with the key's character.
    qint64 paintNs = 0;
    // Then handling what the keystroke left for the event loop (a big comment's check, the counter's repaint),
    // which the next keystroke would wait for.
    qint64 afterNs = 0;
};

Keystroke keystroke(QWidget* window, QPlainTextEdit* field, char key)
{
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(field, key);
    window->repaint();
    Keystroke result;
    result.paintNs = timer.nsecsElapsed();
    QCoreApplication::processEvents();
    window->repaint();
    result.afterNs = timer.nsecsElapsed() - result.paintNs;
    return result;
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

    Keystroke formTotal;
    Keystroke bareTotal;
    for (auto _ : state) {
        const char key = char('a' + state.iterations() % 26);
        const Keystroke formKey = keystroke(&form, field, key);
        const Keystroke bareKey = keystroke(&bare, &bare, key);
        formTotal.paintNs += formKey.paintNs;
        formTotal.afterNs += formKey.afterNs;
        bareTotal.paintNs += bareKey.paintNs;
        bareTotal.afterNs += bareKey.afterNs;
        state.SetIterationTime(double(formKey.paintNs) / 1e9);
    }
    const double n = double(state.iterations()) * 1e6;
    state.counters["form_ms"] = double(formTotal.paintNs) / n;
    state.counters["bare_ms"] = double(bareTotal.paintNs) / n;
    state.counters["ratio"] = bareTotal.paintNs > 0 ? double(formTotal.paintNs) / double(bareTotal.paintNs) : 0.0;
    state.counters["form_after_ms"] = double(formTotal.afterNs) / n;
    state.counters["bare_after_ms"] = double(bareTotal.afterNs) / n;
    const qint64 formAll = formTotal.paintNs + formTotal.afterNs;
    const qint64 bareAll = bareTotal.paintNs + bareTotal.afterNs;
    state.counters["ratio_all"] = bareAll > 0 ? double(formAll) / double(bareAll) : 0.0;
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
