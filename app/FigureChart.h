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

    // The figure as a reader would say it, e.g. "RMB 477.202 billion (up 10.9% year on year)".
    static QString valueText(const CityFigure& figure);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Where each figure's parts go at a given width: label and value wrap rather than being cut, and the value
    // sits inside its bar, beside it, or on a line below, whichever fits first.
    struct Row
    {
        QRect label;
        QRect bar;
        QRect value;
        bool valueInsideBar = false;
    };
    QList<Row> layoutRows(int width) const;

    QList<CityFigure> m_figures;
};
