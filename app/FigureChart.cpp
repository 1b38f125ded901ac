#include "FigureChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int padding = 6;
constexpr int barHeight = 18;

} // namespace

FigureChart::FigureChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("figureChart"));
    setAccessibleName(tr("Figures chart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FigureChart::setFigures(const QList<CityFigure>& figures)
{
    m_figures = figures;
    QStringList lines;
    for (const CityFigure& figure : figures)
        //: Accessible description of one bar: label, then the value with its unit
        lines.append(tr("%1: %2").arg(figure.label, valueText(figure)));
    setAccessibleDescription(lines.join(QLatin1String("; ")));
    updateGeometry();
    update();
}

QString FigureChart::valueText(const CityFigure& figure)
{
    const QString number = QLocale().toString(figure.value, 'f', 3);
    //: A figure with its unit, e.g. "477.202 RMB billion"
    const QString value = tr("%1 %2").arg(number, figure.unit).trimmed();
    if (figure.note.isEmpty())
        return value;
    //: A figure with the context the article gives, e.g. "477.202 RMB billion (up 10.9% year on year)"
    return tr("%1 (%2)").arg(value, figure.note);
}

int FigureChart::rowHeight() const
{
    return fontMetrics().height() + barHeight + 2 * padding;
}

QSize FigureChart::sizeHint() const
{
    return {280, heightForWidth(280)};
}

QSize FigureChart::minimumSizeHint() const
{
    return {120, heightForWidth(120)};
}

int FigureChart::heightForWidth(int) const
{
    return static_cast<int>(m_figures.size()) * rowHeight() + padding;
}

void FigureChart::paintEvent(QPaintEvent*)
{
    if (m_figures.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const double maxValue
        = std::max_element(m_figures.cbegin(), m_figures.cend(), [](const CityFigure& a, const CityFigure& b) {
              return a.value < b.value;
          })->value;
    const int width = this->width() - 2 * padding;
    const QFontMetrics metrics = fontMetrics();

    int y = padding;
    for (const CityFigure& figure : std::as_const(m_figures)) {
        painter.setPen(pal.color(QPalette::WindowText));
        const QString label = metrics.elidedText(figure.label, Qt::ElideRight, width);
        painter.drawText(QRect(padding, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        y += metrics.height() + 2;

        const int barWidth = maxValue > 0 ? std::max(2, static_cast<int>(width * figure.value / maxValue)) : 2;
        const QRect bar(padding, y, barWidth, barHeight);
        QPainterPath path;
        path.addRoundedRect(bar, 3, 3);
        painter.fillPath(path, pal.color(QPalette::Highlight));

        // The value goes inside the bar when it fits, beside it otherwise, in a colour that contrasts with
        // whatever is behind it.
        const QString value = metrics.elidedText(valueText(figure), Qt::ElideRight, width);
        const int textWidth = metrics.horizontalAdvance(value) + 2 * padding;
        if (textWidth <= barWidth) {
            painter.setPen(pal.color(QPalette::HighlightedText));
            painter.drawText(bar.adjusted(padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, value);
        } else {
            painter.setPen(pal.color(QPalette::WindowText));
            const QRect beside(bar.right() + padding, y, width - barWidth - padding, barHeight);
            const QRect below(padding, y, width, barHeight);
            if (beside.width() >= textWidth)
                painter.drawText(beside, Qt::AlignLeft | Qt::AlignVCenter, value);
            else
                painter.drawText(below.translated(0, 0), Qt::AlignRight | Qt::AlignVCenter, value);
        }
        y += barHeight + 2 * padding - 2;
    }
}
