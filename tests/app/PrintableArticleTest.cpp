#include "article/PrintableArticle.h"
#include "ReaderContent.h"

#include <gtest/gtest.h>

namespace {

ReaderContent bundledContent()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.value();
}

QStringList textsOf(const PrintableArticle& printable, PrintableBlock::Role role)
{
    QStringList texts;
    for (const PrintableBlock& block : printable.blocks)
        if (block.role == role)
            texts.append(block.text);
    return texts;
}

} // namespace

TEST(PrintableArticleTest, HoldsTheHeadlineAndEveryBlockWordForWordInOrder)
{
    const ReaderContent content = bundledContent();
    const PrintableArticle printable = PrintableArticle::build(content, false);

    EXPECT_EQ(printable.title, content.article.headline);
    ASSERT_EQ(printable.blocks.size(), content.article.blocks.size() + 1);
    EXPECT_EQ(printable.blocks.first(), (PrintableBlock {PrintableBlock::Role::Headline, content.article.headline}));
    for (int i = 0; i < content.article.blocks.size(); ++i) {
        const ArticleBlock& block = content.article.blocks.at(i);
        EXPECT_EQ(printable.blocks.at(i + 1).text, block.text) << "block " << i;
        const bool heading = block.kind == ArticleBlock::Kind::Heading;
        EXPECT_EQ(printable.blocks.at(i + 1).role == PrintableBlock::Role::Heading, heading) << "block " << i;
    }
}

TEST(PrintableArticleTest, LeavesTheCitiesOutUnlessAsked)
{
    const PrintableArticle printable = PrintableArticle::build(bundledContent(), false);
    EXPECT_TRUE(textsOf(printable, PrintableBlock::Role::AppendixTitle).isEmpty());
    EXPECT_TRUE(textsOf(printable, PrintableBlock::Role::CityName).isEmpty());
}

TEST(PrintableArticleTest, AppendsEveryCityWithBothNamesRegionMandateFiguresAndMentions)
{
    const ReaderContent content = bundledContent();
    const PrintableArticle printable = PrintableArticle::build(content, true);

    EXPECT_EQ(textsOf(printable, PrintableBlock::Role::AppendixTitle),
              QStringList {QStringLiteral("The pilot cities")});
    EXPECT_EQ(textsOf(printable, PrintableBlock::Role::CityName),
              (QStringList {QStringLiteral("Hefei 合肥"),
                            QStringLiteral("Hangzhou 杭州"),
                            QStringLiteral("Shenzhen 深圳"),
                            QStringLiteral("Tianjin 天津")}));
    const QStringList details = textsOf(printable, PrintableBlock::Role::CityDetail);
    EXPECT_TRUE(details.contains(QStringLiteral("Guangdong province"))) << details.join(u'\n').toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Municipality of Tianjin"))) << details.join(u'\n').toStdString();
    for (const CityZone& city : content.cities)
        EXPECT_TRUE(details.contains(QStringLiteral("Mandate: “%1”").arg(city.mandate))) << city.id.toStdString();
    EXPECT_TRUE(details.contains(
        QStringLiteral("Next-generation IT industry sales, last year: RMB 477.202 billion (up 10.9% year on year)")))
        << details.join(u'\n').toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Mentions in the article: %1")
                                     .arg(content.mentionsByCityId.value(QStringLiteral("shenzhen")).size())))
        << details.join(u'\n').toStdString();
}

struct FigureCase
{
    const char* name;
    CityFigure figure;
    QString expected;
};

void PrintTo(const FigureCase& c, std::ostream* os)
{
    *os << c.name;
}

class FigureTextTest : public ::testing::TestWithParam<FigureCase>
{
};

TEST_P(FigureTextTest, WritesTheFigureAsTheArticleDoes)
{
    EXPECT_EQ(PrintableArticle::figureText(GetParam().figure), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Figures,
    FigureTextTest,
    ::testing::Values(
        FigureCase {"CurrencyBeforeTheNumber",
                    {QStringLiteral("Sales"), 124.073, QStringLiteral("RMB billion"), QString()},
                    QStringLiteral("RMB 124.073 billion")},
        FigureCase {
            "WithItsNote",
            {QStringLiteral("Sales"), 477.202, QStringLiteral("RMB billion"), QStringLiteral("up 10.9% year on year")},
            QStringLiteral("RMB 477.202 billion (up 10.9% year on year)")},
        FigureCase {"OtherUnitAfterTheNumber",
                    {QStringLiteral("Area"), 2.5, QStringLiteral("square km"), QString()},
                    QStringLiteral("2.500 square km")},
        FigureCase {"NoUnit", {QStringLiteral("Teams"), 3, QString(), QString()}, QStringLiteral("3.000")}),
    [](const ::testing::TestParamInfo<FigureCase>& p) { return std::string(p.param.name); });
