#pragma once

#include <QObject>

// For the startup benchmark: when the watched window has painted for the first time, prints the monotonic
// clock (CLOCK_MONOTONIC, nanoseconds) on stdout and quits the application. Installed by main() only when the
// environment variable PILOTZONES_FIRST_PAINT_PROBE is set; the reader never meets it.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QWidget* window);

    static bool requested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_reported = false;
};
