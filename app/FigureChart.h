#pragma once

#include "cities/CityFigure.h"

#include <QList>
#include <QWidget>

// A horizontal bar chart of a city's figures, drawn with the widget's palette so it reads in light and dark
// themes alike. Each bar carries its label, value and unit as text: the chart never relies on colour alone,
// and its accessible description states every figure for screen readers.
class FigureChart : public QWidget
{
    Q_OBJECT

public:
    explicit FigureChart(QWidget* parent = nullptr);

    void setFigures(const QList<CityFigure>& figures);
    const QList<CityFigure>& figures() const { return m_figures; }

    // The figure as the article writes it, e.g. "RMB 477.202 billion (up 10.9% year on year)".
    static QString valueText(const CityFigure& figure);

    // Where each figure's parts go at a given width. Every value is placed the same way: right of its own bar
    // when the widest value fits there beside the longest bar (bars are scaled to leave it room), otherwise
    // on a line of its own below its bar, for every figure alike. A note goes on the line below. Nothing is
    // clipped or drawn over another bar; labels, values and notes wrap rather than being cut.
    struct Row
    {
        QRect label;
        QRect bar;
        QRect value;
        QRect note; // empty when the figure has no note
        int bottom = 0;
    };
    QList<Row> layoutRows(int width) const;
    // True when values sit right of their bars at this width.
    bool valuesBesideBars(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<CityFigure> m_figures;
};
