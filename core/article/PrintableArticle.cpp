#include "PrintableArticle.h"

#include "ReaderContent.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

PrintableBlock::Role roleOf(ArticleBlock::Kind kind)
{
    switch (kind) {
    case ArticleBlock::Kind::Heading:
        return PrintableBlock::Role::Heading;
    case ArticleBlock::Kind::Closing:
        return PrintableBlock::Role::Closing;
    case ArticleBlock::Kind::Paragraph:
        break;
    }
    return PrintableBlock::Role::Paragraph;
}

} // namespace

QString PrintableArticle::figureValue(const CityFigure& figure)
{
    const QString number = QLocale().toString(figure.value, 'f', 3);
    // The article puts a currency code before the number and the scale after it ("RMB 477.202 billion").
    static const QRegularExpression currencyAndScale(QStringLiteral("^([A-Z]{3}) (\\S.*)$"));
    const QRegularExpressionMatch match = currencyAndScale.match(figure.unit);
    QString value;
    if (match.hasMatch())
        //: A sum of money as the article writes it: currency, number, scale, e.g. "RMB 477.202 billion"
        value = tr("%1 %2 %3").arg(match.captured(1), number, match.captured(2));
    else
        //: A figure with its unit, e.g. "12.5 km"
        value = tr("%1 %2").arg(number, figure.unit).trimmed();
    return value;
}

QString PrintableArticle::figureText(const CityFigure& figure)
{
    const QString value = figureValue(figure);
    if (figure.note.isEmpty())
        return value;
    //: A figure with the context the article gives, e.g. "RMB 477.202 billion (up 10.9% year on year)"
    return tr("%1 (%2)").arg(value, figure.note);
}

PrintableArticle PrintableArticle::build(const ReaderContent& content, bool includeCities)
{
    PrintableArticle printable;
    printable.title = content.article.headline;
    printable.blocks.append({PrintableBlock::Role::Headline, content.article.headline});
    for (const ArticleBlock& block : content.article.blocks)
        printable.blocks.append({roleOf(block.kind), block.text});
    if (!includeCities || content.cities.isEmpty())
        return printable;

    const auto add = [&printable](PrintableBlock::Role role, const QString& text) {
        printable.blocks.append({role, text});
    };
    add(PrintableBlock::Role::AppendixTitle, tr("The pilot cities"));
    const QHash<QString, int> counts = content.mentionCounts();
    for (const CityZone& city : content.cities) {
        //: City name in English and Chinese, e.g. "Shenzhen 深圳"
        add(PrintableBlock::Role::CityName, tr("%1 %2").arg(city.name, city.nameZh).trimmed());
        add(PrintableBlock::Role::CityDetail,
            city.regionKind == CityZone::RegionKind::Municipality
                //: Region line for a municipality directly under the central government
                ? tr("Municipality of %1").arg(city.region)
                : tr("%1 province").arg(city.region));
        //: The ministry's requirement for the city, quoted
        add(PrintableBlock::Role::CityDetail, tr("Mandate: “%1”").arg(city.mandate));
        for (const CityFigure& figure : city.figures)
            //: One figure of a city: its label, then the value, e.g. "Sales: RMB 477.202 billion"
            add(PrintableBlock::Role::CityDetail, tr("%1: %2").arg(figure.label, figureText(figure)));
        const int mentions = counts.value(city.id);
        // A count after a colon needs no plural forms, so it reads right before any translation has them.
        //: How often the article names the city; %1 is a number
        add(PrintableBlock::Role::CityDetail, tr("Mentions in the article: %1").arg(mentions));
    }
    return printable;
}
