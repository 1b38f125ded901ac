#include "FigureChart.h"

#include "article/PrintableArticle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int padding = 6;
constexpr int barHeight = 18;
// The longest bar is never shorter than this when values sit beside the bars.
constexpr int minimumBarSpan = 48;

int widestValue(const QFontMetrics& metrics, const QList<CityFigure>& figures)
{
    int widest = 0;
    for (const CityFigure& figure : figures)
        widest = std::max(widest, metrics.horizontalAdvance(PrintableArticle::figureValue(figure)));
    return widest;
}

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
    return PrintableArticle::figureText(figure);
}

bool FigureChart::valuesBesideBars(int width) const
{
    const int inner = std::max(1, width - 2 * padding);
    return inner - widestValue(fontMetrics(), m_figures) - padding >= std::max(minimumBarSpan, inner / 4);
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
    const bool beside = valuesBesideBars(width);
    // The longest bar leaves room for the widest value on its right.
    const int barSpan = beside ? inner - widestValue(metrics, m_figures) - padding : inner;

    int y = padding;
    for (const CityFigure& figure : m_figures) {
        Row row;
        row.label = QRect(padding, y, inner, wrappedHeight(figure.label));
        y = row.label.bottom() + 3;
        const int barWidth = maxValue > 0 ? std::max(2, static_cast<int>(barSpan * figure.value / maxValue)) : 2;
        row.bar = QRect(padding, y, barWidth, barHeight);
        y = row.bar.bottom() + 1;
        const QString value = PrintableArticle::figureValue(figure);
        if (beside) {
            row.value = QRect(row.bar.right() + 1 + padding, row.bar.top(), inner - barWidth - padding, barHeight);
        } else {
            row.value = QRect(padding, y + 2, inner, wrappedHeight(value));
            y = row.value.bottom() + 1;
        }
        if (!figure.note.isEmpty()) {
            row.note = QRect(padding, y + 2, inner, wrappedHeight(figure.note));
            y = row.note.bottom() + 1;
        }
        row.bottom = y - 1;
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
    return rows.isEmpty() ? 0 : rows.last().bottom + 1 + padding;
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

        // Never on a bar, so always the window's text colour.
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(
            row.value, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, PrintableArticle::figureValue(figure));
        if (!row.note.isEmpty())
            painter.drawText(row.note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figure.note);
    }
}
