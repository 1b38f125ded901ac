#include "CityPanel.h"

#include "ArticleView.h"
#include "FigureChart.h"
#include "RelativeFont.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// A screen reader speaks a label's accessible name: it is the content itself, never a generic word.
void setContent(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

CityPanel::CityPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cityPanel"));
    // The details quote the English article: its Latin punctuation must not come out full-width.
    setFont(ArticleView::latinFirst(font()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);

    m_title = addLabel("cityTitle");
    RelativeFont::apply(m_title, 1.4, true);
    m_region = addLabel("cityRegion");
    m_mentions = addLabel("cityMentions");
    m_mandateHeading = addHeading("mandateHeading");
    m_mandate = addLabel("cityMandate");
    m_figuresHeading = addHeading("figuresHeading");
    m_chart = new FigureChart(this);
    layout->addWidget(m_chart);
    m_factsHeading = addHeading("factsHeading");
    m_facts = addLabel("cityFacts");
    m_quotesHeading = addHeading("quotesHeading");
    m_quotes = addLabel("cityQuotes");
    layout->addStretch(1);
    retranslateUi();
    clear();
}

void CityPanel::retranslateUi()
{
    setAccessibleName(tr("City details"));
    // A label's accessible description says what it holds ("Region"); its name is the content itself.
    m_title->setAccessibleDescription(tr("City"));
    m_region->setAccessibleDescription(tr("Region"));
    m_mentions->setAccessibleDescription(tr("Mentions in the article"));
    m_mandate->setAccessibleDescription(tr("Mandate"));
    m_facts->setAccessibleDescription(tr("Facts"));
    m_quotes->setAccessibleDescription(tr("Quotes"));
    setHeading(m_mandateHeading, tr("The ministry’s mandate"));
    setHeading(m_figuresHeading, tr("Figures"));
    setHeading(m_factsHeading, tr("What the article says"));
    setHeading(m_quotesHeading, tr("The ministry also said"));
}

void CityPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_city)
            setCity(*m_city, m_mentionCount);
        else
            clear();
    }
    QWidget::changeEvent(event);
}

void CityPanel::setHeading(QLabel* heading, const QString& text)
{
    heading->setText(text);
    heading->setAccessibleName(text);
}

QLabel* CityPanel::addLabel(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout()->addWidget(label);
    return label;
}

QLabel* CityPanel::addHeading(const char* objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    layout()->addWidget(label);
    return label;
}

void CityPanel::setTextSelectable(bool selectable)
{
    const Qt::TextInteractionFlags flags
        = selectable ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::NoTextInteraction;
    for (QLabel* label : {m_title, m_region, m_mentions, m_mandate, m_facts, m_quotes})
        label->setTextInteractionFlags(flags);
}

void CityPanel::setCity(const CityZone& city, int mentionCount)
{
    m_city = city;
    m_mentionCount = mentionCount;
    //: City panel title: English and Chinese names, e.g. "Shenzhen 深圳"
    setContent(m_title, tr("%1 %2").arg(city.name, city.nameZh));
    setContent(m_region,
               city.regionKind == CityZone::RegionKind::Municipality
                   //: Region line for a municipality directly under the central government
                   ? tr("Municipality of %1").arg(city.region)
                   : tr("%1 province").arg(city.region));
    setContent(m_mentions, tr("Mentioned %n time(s) in the article", nullptr, mentionCount));
    //: A quotation in curly quotes
    setContent(m_mandate, tr("“%1”").arg(city.mandate));
    m_mandateHeading->show();

    QStringList facts;
    for (const QString& fact : city.facts)
        //: One fact in a bulleted list
        facts.append(tr("• %1").arg(fact));
    setContent(m_facts, facts.join(QLatin1Char('\n')));
    m_factsHeading->setVisible(!facts.isEmpty());

    QStringList quotes;
    for (const QString& quote : city.quotes)
        quotes.append(tr("“%1”").arg(quote));
    setContent(m_quotes, quotes.join(QLatin1String("\n\n")));
    m_quotesHeading->setVisible(!quotes.isEmpty());

    m_chart->setFigures(city.figures);
    m_chart->setAccessibleName(tr("Figures for %1").arg(city.name));
    m_figuresHeading->setVisible(!city.figures.isEmpty());
    m_chart->setVisible(!city.figures.isEmpty());

    m_summary
        = tr("%1, %2. Mentioned %n time(s) in the article.", nullptr, mentionCount).arg(city.name, m_region->text());
}

void CityPanel::clear()
{
    m_city.reset();
    setContent(m_title, tr("Choose a city"));
    setContent(m_region, QString());
    setContent(m_mentions, QString());
    for (QWidget* widget : {static_cast<QWidget*>(m_mandateHeading),
                            static_cast<QWidget*>(m_mandate),
                            static_cast<QWidget*>(m_factsHeading),
                            static_cast<QWidget*>(m_facts),
                            static_cast<QWidget*>(m_quotesHeading),
                            static_cast<QWidget*>(m_quotes),
                            static_cast<QWidget*>(m_figuresHeading),
                            static_cast<QWidget*>(m_chart)})
        widget->hide();
    m_summary.clear();
}
