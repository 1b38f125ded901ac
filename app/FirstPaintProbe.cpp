#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

FirstPaintProbe::FirstPaintProbe(QWidget* window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariableIsSet("PILOTZONES_FIRST_PAINT_PROBE");
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once this paint has been handled and flushed: the event loop runs the timer after it.
        QTimer::singleShot(0, this, [] {
            timespec now {};
            clock_gettime(CLOCK_MONOTONIC, &now);
            std::printf("first-paint-ns %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
