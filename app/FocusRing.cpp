#include "FocusRing.h"

#include "FocusRingOverlay.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

FocusRing::FocusRing(QWidget* scope)
    : QObject(scope)
    , m_scope(scope)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (app)
        connect(app, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
}

QWidget* FocusRing::overlay() const
{
    return m_overlay;
}

QColor FocusRing::colour() const
{
    return FocusRingOverlay::colourFor(m_scope->palette());
}

bool FocusRing::inScope(const QWidget* widget) const
{
    // The scope's window, and windows opened from it (dialogs, a combo box's list).
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w == m_scope)
            return true;
    }
    return false;
}

void FocusRing::follow(QWidget* now)
{
    for (const QPointer<QWidget>& watched : std::as_const(m_watched)) {
        if (watched)
            watched->removeEventFilter(this);
    }
    m_watched.clear();
    m_target = (now && inScope(now) && now->focusPolicy() != Qt::NoFocus) ? now : nullptr;
    if (!m_target) {
        if (m_overlay)
            m_overlay->hide();
        return;
    }
    // It moves when the control or any of its parents moves or resizes (a scroll area scrolling it, a splitter).
    for (QWidget* w = m_target; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
    QWidget* window = m_target->window();
    if (!m_overlay || m_overlay->parentWidget() != window) {
        delete m_overlay;
        m_overlay = new FocusRingOverlay(window);
    }
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_overlay)
        return;
    QWidget* window = m_overlay->parentWidget();
    // The control's rectangle in its window, clipped by every parent, as the control itself is.
    QRect visible(m_target->mapTo(window, QPoint(0, 0)), m_target->size());
    for (QWidget* w = m_target->parentWidget(); w && w != window; w = w->parentWidget())
        visible &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!m_target->isVisible() || visible.width() <= 2 * width || visible.height() <= 2 * width) {
        m_overlay->hide();
        return;
    }
    m_overlay->setRing(visible, width);
    m_overlay->raise();
    m_overlay->show();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        if (watched != m_overlay)
            place();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
