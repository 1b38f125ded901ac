#pragma once

#include <QWidget>

// The ring FocusRing draws: a transparent widget over the focused control that takes no input and paints only
// its outline (its mask is the ring, so nothing under it is covered or repainted), in the focus colour of the theme
// its palette comes from, taken at each paint.
class FocusRingOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit FocusRingOverlay(QWidget* parent);

    static QColor colourFor(const QPalette& palette);
    void setRing(const QRect& rect, int width);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_width = 2;
};
