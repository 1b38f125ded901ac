#include "reading/ReadingTime.h"
#include "ReaderContent.h"

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct CountCase
{
    const char* name;
    QString text;
    int words;
    int cjk;
};

void PrintTo(const CountCase& c, std::ostream* os)
{
    *os << c.name;
}

class ReadingTimeCounts : public ::testing::TestWithParam<CountCase>
{
};

Article realArticle()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok());
    return content.value().article;
}

QStringList blocksOf(const Article& article)
{
    QStringList blocks {article.headline};
    for (const ArticleBlock& block : article.blocks)
        blocks.append(block.text);
    return blocks;
}

} // namespace

TEST_P(ReadingTimeCounts, CountsLatinWordsAndCjkCharacters)
{
    EXPECT_EQ(ReadingTime::wordCount(GetParam().text), GetParam().words);
    EXPECT_EQ(ReadingTime::cjkCharacterCount(GetParam().text), GetParam().cjk);
}

INSTANTIATE_TEST_SUITE_P(
    Texts,
    ReadingTimeCounts,
    ::testing::Values(CountCase {"Empty", QString(), 0, 0},
                      CountCase {"Headline", QStringLiteral("Shenzhen one of four AI zones"), 6, 0},
                      CountCase {"PunctuationIsNoWord", QStringLiteral("“Tell us — what you think!”"), 5, 0},
                      CountCase {"ApostropheAndHyphenJoin", QStringLiteral("the country’s next-generation AI"), 4, 0},
                      CountCase {"DecimalsAreOneWord", QStringLiteral("RMB 477.202 billion, up 10.9%"), 5, 0},
                      CountCase {"HanCharactersOneByOne", QStringLiteral("深圳是人工智能试验区"), 0, 10},
                      CountCase {"ChinesePunctuationIsNoCharacter", QStringLiteral("深圳，杭州。"), 0, 4},
                      CountCase {"Mixed", QStringLiteral("AI 创新发展试验区 in Shenzhen 深圳"), 3, 9},
                      CountCase {"KanaAndHangul", QStringLiteral("ひらがな 한국어"), 0, 7}),
    [](const ::testing::TestParamInfo<CountCase>& p) { return p.param.name; });

TEST(ReadingTime, ReadsAtTheDocumentedSpeeds)
{
    EXPECT_EQ(ReadingTime::wordsPerMinute, 230);
    EXPECT_EQ(ReadingTime::cjkCharactersPerMinute, 500);
    EXPECT_DOUBLE_EQ(ReadingTime::secondsFor(QStringLiteral("word ").repeated(230)), 60.0);
    EXPECT_DOUBLE_EQ(ReadingTime::secondsFor(QStringLiteral("字").repeated(500)), 60.0);
    EXPECT_DOUBLE_EQ(
        ReadingTime::secondsFor(QStringLiteral("word ").repeated(115) + QStringLiteral("字").repeated(250)), 60.0);
}

TEST(ReadingTime, CountsWhatIsLeftFromAPlace)
{
    // 230 words in each of two blocks: a minute each.
    const QString minute = QStringLiteral("word ").repeated(230).trimmed();
    const ReadingTime time({minute, minute});
    EXPECT_DOUBLE_EQ(time.totalSeconds(), 120.0);
    EXPECT_DOUBLE_EQ(time.secondsLeft(0, 0), 120.0);
    EXPECT_DOUBLE_EQ(time.secondsLeft(1, 0), 60.0);
    EXPECT_DOUBLE_EQ(time.secondsLeft(1, static_cast<int>(minute.size())), 0.0);
    EXPECT_DOUBLE_EQ(time.secondsLeft(5, 0), 0.0);
    EXPECT_DOUBLE_EQ(time.secondsLeft(-1, 0), 120.0);
    EXPECT_NEAR(time.secondsLeft(0, 5 * 115), 90.0, 0.3);
    EXPECT_EQ(time.percentAt(1, 0), 50);
    EXPECT_EQ(time.percentAt(1, static_cast<int>(minute.size())), 100);
}

struct ProgressCase
{
    const char* name;
    int block;
    int offset;
    QString expected;
};

void PrintTo(const ProgressCase& c, std::ostream* os)
{
    *os << c.name;
}

class ReadingTimeProgress : public ::testing::TestWithParam<ProgressCase>
{
};

TEST_P(ReadingTimeProgress, SaysHowMuchIsReadAndHowLongIsLeft)
{
    // Ten blocks of 69 words: three minutes in all, 18 seconds each.
    const QString block = QStringLiteral("word ").repeated(69).trimmed();
    const ReadingTime time(QStringList(10, block));
    EXPECT_EQ(time.progressText(GetParam().block, GetParam().offset), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Places,
    ReadingTimeProgress,
    ::testing::Values(ProgressCase {"Start", 0, 0, QStringLiteral("0 % · about 3 min left")},
                      ProgressCase {"AFifthIn", 2, 0, QStringLiteral("20 % · about 2 min left")},
                      ProgressCase {"TwoMinutesLeftRoundsToTwo", 4, 0, QStringLiteral("40 % · about 2 min left")},
                      ProgressCase {"OneMinuteAndAHalfLeft", 5, 0, QStringLiteral("50 % · about 2 min left")},
                      ProgressCase {"AMinuteLeft", 7, 0, QStringLiteral("70 % · less than a minute left")},
                      ProgressCase {"Nearly", 9, 340, QStringLiteral("99 % · less than a minute left")},
                      ProgressCase {"End", 9, 344, QStringLiteral("Finished")},
                      ProgressCase {"PastTheEnd", 12, 0, QStringLiteral("Finished")}),
    [](const ::testing::TestParamInfo<ProgressCase>& p) { return p.param.name; });

TEST(ReadingTime, TheRealArticleTakesAboutAMinute)
{
    const Article article = realArticle();
    const QStringList blocks = blocksOf(article);
    const ReadingTime time = ReadingTime::forArticle(article);
    int words = 0;
    for (const QString& block : blocks)
        words += ReadingTime::wordCount(block);
    // resources/article.json holds 288 words between spaces; "R&D", twice, counts as two words each.
    EXPECT_EQ(words, 290);
    EXPECT_DOUBLE_EQ(time.totalSeconds(), 60.0 * words / 230);
    EXPECT_EQ(time.progressText(0, 0), QStringLiteral("0 % · about 1 min left"));
    const int last = static_cast<int>(blocks.size()) - 1;
    EXPECT_EQ(time.progressText(last, static_cast<int>(blocks.constLast().size())), QStringLiteral("Finished"));
    // Half-way through the blocks is neither the start nor the end, and less than half the time is left the
    // further one gets.
    const int middle = last / 2;
    EXPECT_GT(time.percentAt(middle, 0), 0);
    EXPECT_LT(time.percentAt(middle, 0), 100);
    EXPECT_LT(time.secondsLeft(middle + 1, 0), time.secondsLeft(middle, 0));
    EXPECT_NEAR(time.secondsLeft(middle, 0) + time.secondsBefore(middle, 0), time.totalSeconds(), 1e-9);
}
