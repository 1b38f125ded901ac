#pragma once

#include <QWidget>

// The ring FocusRing draws: a transparent widget over the focused control that takes no input and paints only
// its outline (its mask is the ring, so nothing under it is covered or repainted).
class FocusRingOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit FocusRingOverlay(QWidget* parent);

    void setColour(const QColor& colour);
    void setRing(const QRect& rect, int width);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_colour;
    int m_width = 2;
};
