#include "reading/SentenceSplitter.h"
#include "article/ArticleLoader.h"

#include <gtest/gtest.h>

#include <ostream>

namespace {

QStringList sentencesOf(const QString& text)
{
    QStringList sentences;
    for (const SentenceSpan& span : SentenceSplitter::split(text))
        sentences.append(text.mid(span.start, span.length));
    return sentences;
}

struct SplitCase
{
    const char* name;
    QString text;
    QStringList sentences;
};

void PrintTo(const SplitCase& c, std::ostream* os)
{
    *os << c.name;
}

class SentenceSplitterTable : public ::testing::TestWithParam<SplitCase>
{
};

TEST_P(SentenceSplitterTable, SplitsIntoTheExpectedSentences)
{
    EXPECT_EQ(sentencesOf(GetParam().text), GetParam().sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Cases,
    SentenceSplitterTable,
    ::testing::Values(
        SplitCase {"DecimalAndPercentDoNotEnd",
                   QStringLiteral("Sales were RMB 477.202 billion, up 10.9% YoY. Of that, more."),
                   {QStringLiteral("Sales were RMB 477.202 billion, up 10.9% YoY."), QStringLiteral("Of that, more.")}},
        SplitCase {"AbbreviationsDoNotEnd",
                   QStringLiteral("Mr. Li met Dr. Wang, e.g. at noon. They spoke."),
                   {QStringLiteral("Mr. Li met Dr. Wang, e.g. at noon."), QStringLiteral("They spoke.")}},
        SplitCase {"InitialDoesNotEnd",
                   QStringLiteral("J. Smith wrote it. Then he left."),
                   {QStringLiteral("J. Smith wrote it."), QStringLiteral("Then he left.")}},
        SplitCase {"StopAfterCurlyQuoteEnds",
                   QStringLiteral("He said to \u201cbuild a highland\u201d. This would help."),
                   {QStringLiteral("He said to \u201cbuild a highland\u201d."), QStringLiteral("This would help.")}},
        SplitCase {"CurlyQuoteAfterStopStaysWithTheSentence",
                   QStringLiteral("\u201cIt is done.\u201d She smiled."),
                   {QStringLiteral("\u201cIt is done.\u201d"), QStringLiteral("She smiled.")}},
        SplitCase {"StraightQuotesStayWithTheSentence",
                   QStringLiteral("\"Go!\" he said. \"Now?\" Yes."),
                   {QStringLiteral("\"Go!\" he said."), QStringLiteral("\"Now?\""), QStringLiteral("Yes.")}},
        SplitCase {"AmpersandIsPartOfAWord",
                   QStringLiteral("Its R&D teams are big. Huawei leads."),
                   {QStringLiteral("Its R&D teams are big."), QStringLiteral("Huawei leads.")}},
        SplitCase {"LowercaseAfterStopDoesNotEnd",
                   QStringLiteral("It costs approx. ten yuan."),
                   {QStringLiteral("It costs approx. ten yuan.")}},
        SplitCase {"NoFinalStopIsOneSentence",
                   QStringLiteral("Tell us what you think"),
                   {QStringLiteral("Tell us what you think")}},
        SplitCase {"ColonDoesNotEnd",
                   QStringLiteral("Local media looked into it. Here goes:"),
                   {QStringLiteral("Local media looked into it."), QStringLiteral("Here goes:")}},
        SplitCase {"SpacesAroundAreLeftOut",
                   QStringLiteral("  One.\u00a0 Two.  "),
                   {QStringLiteral("One."), QStringLiteral("Two.")}},
        SplitCase {"EllipsisAndQuestionEnd",
                   QStringLiteral("Wait\u2026 Why? Because."),
                   {QStringLiteral("Wait\u2026"), QStringLiteral("Why?"), QStringLiteral("Because.")}},
        SplitCase {"BlankHasNone", QStringLiteral(" \t "), {}}),
    [](const ::testing::TestParamInfo<SplitCase>& param) { return std::string(param.param.name); });

class ArticleSentences : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LoadResult<Article> loaded = ArticleLoader::load(QString(ArticleLoader::bundledPath));
        ASSERT_TRUE(loaded.ok());
        article = loaded.value();
        ASSERT_EQ(article.blocks.size(), 8);
    }
    Article article;
};

TEST_F(ArticleSentences, FirstParagraphIsOneSentenceEndingInsideTheQuote)
{
    const QStringList sentences = sentencesOf(article.blocks.at(0).text);
    ASSERT_EQ(sentences.size(), 1);
    EXPECT_TRUE(sentences.at(0).endsWith(QStringLiteral("intelligence\u201d.")));
}

TEST_F(ArticleSentences, SemicolonsAndNoBreakSpaceKeepTheSecondParagraphWhole)
{
    EXPECT_EQ(sentencesOf(article.blocks.at(1).text), QStringList {article.blocks.at(1).text});
}

TEST_F(ArticleSentences, FiguresParagraphSplitsAfterYoYOnly)
{
    EXPECT_EQ(
        sentencesOf(article.blocks.at(4).text),
        (QStringList {
            QStringLiteral("The development of high-tech industry in Shenzhen is at the forefront of the whole "
                           "country."),
            QStringLiteral("Last year, the city\u2019s next-generation information technology industry generated RMB "
                           "477.202 billion in sales, up 10.9% YoY."),
            QStringLiteral("Of that, digital economy was worth RMB 124.073 billion.")}));
}

TEST_F(ArticleSentences, QuotedMandateSplitsAfterTheClosingQuote)
{
    const QStringList sentences = sentencesOf(article.blocks.at(6).text);
    ASSERT_EQ(sentences.size(), 2);
    EXPECT_TRUE(sentences.at(0).endsWith(QStringLiteral("innovation\u201d.")));
    EXPECT_TRUE(sentences.at(1).startsWith(QStringLiteral("This would require Shenzhen")));
}

TEST_F(ArticleSentences, ClosingLineWithoutStopIsOneSentence)
{
    EXPECT_EQ(sentencesOf(article.blocks.at(7).text), QStringList {QStringLiteral("Tell us what you think")});
}

TEST_F(ArticleSentences, SentencesCoverEveryWordOfEveryBlockInOrder)
{
    for (const ArticleBlock& block : std::as_const(article.blocks)) {
        const QList<SentenceSpan> spans = SentenceSplitter::split(block.text);
        ASSERT_FALSE(spans.isEmpty()) << qPrintable(block.text);
        qsizetype end = 0;
        for (const SentenceSpan& span : spans) {
            EXPECT_TRUE(block.text.mid(end, span.start - end).trimmed().isEmpty()) << qPrintable(block.text);
            end = span.start + span.length;
        }
        EXPECT_TRUE(block.text.mid(end).trimmed().isEmpty()) << qPrintable(block.text);
    }
}

} // namespace
