#include "RelativeFont.h"

#include <QEvent>
#include <QWidget>

void RelativeFont::apply(QWidget* widget, qreal factor, bool bold)
{
    auto* relative = new RelativeFont(widget, factor, bold);
    relative->update();
}

RelativeFont::RelativeFont(QWidget* widget, qreal factor, bool bold)
    : QObject(widget)
    , m_widget(widget)
    , m_factor(factor)
    , m_bold(bold)
{
    if (QWidget* parent = widget->parentWidget())
        parent->installEventFilter(this);
}

bool RelativeFont::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FontChange && watched == m_widget->parentWidget())
        update();
    return QObject::eventFilter(watched, event);
}

void RelativeFont::update()
{
    QWidget* parent = m_widget->parentWidget();
    QFont font = parent ? parent->font() : m_widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * m_factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * m_factor));
    font.setBold(m_bold);
    m_widget->setFont(font);
}
