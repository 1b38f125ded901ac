#include "FocusRingOverlay.h"

#include "ThemePalette.h"

#include <QPainter>

FocusRingOverlay::FocusRingOverlay(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    // Not a control: assistive technology has nothing to say about it.
    setAccessibleName(QString());
}

QColor FocusRingOverlay::colourFor(const QPalette& palette)
{
    return ThemePalette::colour(ThemePalette::coloursOf(palette).focusRing);
}

void FocusRingOverlay::setRing(const QRect& rect, int width)
{
    m_width = width;
    setGeometry(rect);
    const QRect inner = QRect(QPoint(0, 0), rect.size()).adjusted(width, width, -width, -width);
    setMask(QRegion(QRect(QPoint(0, 0), rect.size())).subtracted(QRegion(inner)));
}

void FocusRingOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), colourFor(palette()));
}
