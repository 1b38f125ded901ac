#include "FigureChart.h"

#include <QEvent>
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
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FigureChart::changeEvent(QEvent* event)
{
    // Numbers follow the default locale, which changes with the language: say and draw them again.
    if (event->type() == QEvent::LanguageChange)
        setFigures(m_figures);
    QWidget::changeEvent(event);
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

QList<FigureChart::Row> FigureChart::layoutRows(int width) const
{
    QList<Row> rows;
    if (m_figures.isEmpty())
        return rows;
    const double maxValue
        = std::max_element(m_figures.cbegin(), m_figures.cend(), [](const CityFigure& a, const CityFigure& b) {
              return a.value < b.value;
          })->value;
    const int inner = std::max(1, width - 2 * padding);
    const QFontMetrics metrics = fontMetrics();
    const auto wrappedHeight = [&metrics, inner](const QString& text) {
        return metrics.boundingRect(QRect(0, 0, inner, 10000), Qt::TextWordWrap, text).height();
    };

    int y = padding;
    for (const CityFigure& figure : m_figures) {
        Row row;
        row.label = QRect(padding, y, inner, wrappedHeight(figure.label));
        y = row.label.bottom() + 3;
        const int barWidth = maxValue > 0 ? std::max(2, static_cast<int>(inner * figure.value / maxValue)) : 2;
        row.bar = QRect(padding, y, barWidth, barHeight);
        const QString value = valueText(figure);
        const int valueWidth = metrics.horizontalAdvance(value) + 2 * padding;
        if (valueWidth <= barWidth) {
            row.value = row.bar.adjusted(padding, 0, 0, 0);
            row.valueInsideBar = true;
            y = row.bar.bottom() + 1;
        } else if (barWidth + valueWidth <= inner) {
            row.value = QRect(row.bar.right() + padding, y, inner - barWidth - padding, barHeight);
            y = row.bar.bottom() + 1;
        } else {
            row.value = QRect(padding, row.bar.bottom() + 3, inner, wrappedHeight(value));
            y = row.value.bottom() + 1;
        }
        y += 2 * padding;
        rows.append(row);
    }
    return rows;
}

QSize FigureChart::sizeHint() const
{
    return {280, heightForWidth(280)};
}

QSize FigureChart::minimumSizeHint() const
{
    return {120, heightForWidth(120)};
}

int FigureChart::heightForWidth(int width) const
{
    const QList<Row> rows = layoutRows(width);
    return rows.isEmpty() ? 0 : std::max(rows.last().bar.bottom(), rows.last().value.bottom()) + 1 + padding;
}

void FigureChart::paintEvent(QPaintEvent*)
{
    if (m_figures.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<Row> rows = layoutRows(width());
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const CityFigure& figure = m_figures.at(i);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(row.label, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figure.label);

        QPainterPath path;
        path.addRoundedRect(row.bar, 3, 3);
        painter.fillPath(path, pal.color(QPalette::Highlight));

        // Text on the bar takes the colour made to contrast with Highlight; elsewhere the window's text colour.
        painter.setPen(pal.color(row.valueInsideBar ? QPalette::HighlightedText : QPalette::WindowText));
        painter.drawText(row.value, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, valueText(figure));
    }
}
