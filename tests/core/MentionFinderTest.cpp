#include "article/MentionFinder.h"
#include "article/ArticleLoader.h"

#include <gtest/gtest.h>

struct MentionCase
{
    const char* name;
    const char* text;
    const char* term;
    QList<qsizetype> starts;
};

class MentionFinderInText : public ::testing::TestWithParam<MentionCase>
{
};

TEST_P(MentionFinderInText, FindsWholeWordsOnly)
{
    const MentionCase& c = GetParam();
    const QList<TextMention> mentions
        = MentionFinder::findInText(QString::fromUtf8(c.text), QString::fromUtf8(c.term), 4);
    QList<qsizetype> starts;
    for (const TextMention& mention : mentions) {
        EXPECT_EQ(mention.block, 4);
        EXPECT_EQ(mention.length, QString::fromUtf8(c.term).size());
        starts.append(mention.start);
    }
    EXPECT_EQ(starts, c.starts);
}

INSTANTIATE_TEST_SUITE_P(Table,
                         MentionFinderInText,
                         ::testing::Values(MentionCase {"Alone", "Shenzhen", "Shenzhen", {0}},
                                           MentionCase {"Punctuation", "Shenzhen, is; (Shenzhen)", "Shenzhen", {0, 15}},
                                           MentionCase {"CurlyPossessive", "Shenzhen’s teams", "Shenzhen", {0}},
                                           MentionCase {"LongerWord", "Shenzhenese ShenzhenCity", "Shenzhen", {}},
                                           MentionCase {"InsideWord", "XShenzhen", "Shenzhen", {}},
                                           MentionCase {"CaseSensitive", "shenzhen SHENZHEN", "Shenzhen", {}},
                                           MentionCase {"EmptyTerm", "anything", "", {}},
                                           MentionCase {"EmptyText", "", "Hefei", {}},
                                           MentionCase {"Chinese", "深圳和深圳", "深圳", {}},
                                           MentionCase {"ChineseSpaced", "深圳 和 深圳", "深圳", {0, 5}}),
                         [](const ::testing::TestParamInfo<MentionCase>& p) { return std::string(p.param.name); });

TEST(MentionFinder, CountsEachCityInTheRealArticle)
{
    const auto article = ArticleLoader::load(ArticleLoader::bundledPath);
    ASSERT_TRUE(article.ok());
    EXPECT_EQ(MentionFinder::find(article.value(), QStringLiteral("Hefei")).size(), 2);
    EXPECT_EQ(MentionFinder::find(article.value(), QStringLiteral("Hangzhou")).size(), 2);
    EXPECT_EQ(MentionFinder::find(article.value(), QStringLiteral("Tianjin")).size(), 2);
    EXPECT_EQ(MentionFinder::find(article.value(), QStringLiteral("Shenzhen")).size(), 9);
}

TEST(MentionFinder, ReportsTheHeadlineAsBlockMinusOneInReadingOrder)
{
    const auto article = ArticleLoader::load(ArticleLoader::bundledPath);
    ASSERT_TRUE(article.ok());
    const QList<TextMention> mentions = MentionFinder::find(article.value(), QStringLiteral("Shenzhen"));
    ASSERT_FALSE(mentions.isEmpty());
    EXPECT_EQ(mentions.first(), (TextMention {MentionFinder::headlineBlock, 0, 8}));
    for (int i = 1; i < mentions.size(); ++i) {
        const bool ordered
            = mentions.at(i - 1).block < mentions.at(i).block
              || (mentions.at(i - 1).block == mentions.at(i).block && mentions.at(i - 1).start < mentions.at(i).start);
        EXPECT_TRUE(ordered) << "mention " << i;
    }
    const Article& a = article.value();
    for (const TextMention& m : mentions) {
        const QString& text = m.block == MentionFinder::headlineBlock ? a.headline : a.blocks.at(m.block).text;
        EXPECT_EQ(text.mid(m.start, m.length), QStringLiteral("Shenzhen"));
    }
}
