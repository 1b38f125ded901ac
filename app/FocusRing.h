#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class FocusRingOverlay;
class QWidget;

// Draws a ring in the theme's focus colour around whichever control has the keyboard focus, in the window it
// serves and in that window's dialogs. Styles draw focus on few controls (Fusion on none of a frameless text view
// or a list), so without it a reader moving with Tab cannot see where they are. The ring lies just inside the
// control's edge, so that a control flush with the window's edge shows it too.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    static constexpr int width = 2;

    explicit FocusRing(QWidget* scope);

    // The theme's focus colour, as the ring is drawn in the scope's window: taken from its palette each time, so
    // that it follows every change of theme.
    QColor colour() const;
    // The control the ring is drawn around, or nullptr when it is hidden.
    QWidget* target() const { return m_target; }
    // The ring's widget, for tests; may be nullptr before the first focus.
    QWidget* overlay() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(QWidget* now);
    void place();
    bool inScope(const QWidget* widget) const;

    QWidget* m_scope;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched;
    QPointer<FocusRingOverlay> m_overlay;
};
