#include "comments/PassageQuote.h"
#include "comments/CommentRules.h"

#include <gtest/gtest.h>

#include <ostream>

using PassageQuote::Parts;
using PassageQuote::Span;

// A failing expectation shows the parts as text.
void PrintTo(const Parts& parts, std::ostream* os)
{
    *os << "{quote \"" << parts.quote.toStdString() << "\", text \"" << parts.text.toStdString() << "\"}";
}

void PrintTo(const Span& span, std::ostream* os)
{
    *os << "{" << span.start << ", " << span.length << "}";
}

namespace {

const QString ellipsis = QString(QChar(PassageQuote::ellipsis));

QString repeated(const QString& piece, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

TEST(PassageQuoteNormalise, MakesEveryRunOfWhitespaceOneSpaceAndTrims)
{
    EXPECT_EQ(PassageQuote::normalise(QStringLiteral("  Shenzhen\u2029one\tof \u00a0\u3000four\n\nAI zones \r\n")),
              QStringLiteral("Shenzhen one of four AI zones"));
    EXPECT_EQ(PassageQuote::normalise(QStringLiteral(" \n\t ")), QString());
    EXPECT_EQ(PassageQuote::normalise(QStringLiteral("深圳 😀")), QStringLiteral("深圳 😀"));
}

TEST(PassageQuoteCut, KeepsAShortTextWhole)
{
    EXPECT_EQ(PassageQuote::cut(QStringLiteral("one two three"), 13), QStringLiteral("one two three"));
    EXPECT_EQ(PassageQuote::cut(repeated(QStringLiteral("😀"), 10), 10), repeated(QStringLiteral("😀"), 10));
}

TEST(PassageQuoteCut, CutsAfterTheLastWholeWordThatFitsWithAnEllipsis)
{
    EXPECT_EQ(PassageQuote::cut(QStringLiteral("one two three four"), 12), QStringLiteral("one two") + ellipsis);
    // A word that ends exactly where the room ends is kept whole.
    EXPECT_EQ(PassageQuote::cut(QStringLiteral("one two three four"), 14), QStringLiteral("one two three") + ellipsis);
}

TEST(PassageQuoteCut, CutsInsideAWordOnlyWhenTheWordIsThatLong)
{
    const QString word = repeated(QStringLiteral("x"), 50);
    EXPECT_EQ(PassageQuote::cut(QStringLiteral("a ") + word, 10), QStringLiteral("a xxxxxxx") + ellipsis);
}

TEST(PassageQuoteCut, CountsCodePointsAndNeverSplitsASurrogatePair)
{
    const QString cutText = PassageQuote::cut(repeated(QStringLiteral("😀"), 20), 5);
    EXPECT_EQ(cutText, repeated(QStringLiteral("😀"), 4) + ellipsis);
    EXPECT_EQ(CommentRules::characterCount(cutText), 5);
}

TEST(PassageQuoteCut, ASelectionBecomesAtMostMaxLengthCharacters)
{
    const QString selection = repeated(QStringLiteral("word\u2029 "), 200);
    const QString quote = PassageQuote::fromSelection(selection);
    EXPECT_LE(CommentRules::characterCount(quote), PassageQuote::maxLength);
    EXPECT_TRUE(quote.endsWith(QStringLiteral("word") + ellipsis)) << quote.toStdString();
    EXPECT_FALSE(quote.contains(QChar::ParagraphSeparator));
    EXPECT_FALSE(quote.contains(QStringLiteral("  ")));
}

TEST(PassageQuoteMarkdown, PutsTheQuoteAsABlockquoteLineBeforeTheComment)
{
    EXPECT_EQ(PassageQuote::toMarkdown(QStringLiteral("Shenzhen one of four AI zones"), QStringLiteral("Agreed.")),
              QStringLiteral("> Shenzhen one of four AI zones\n\nAgreed."));
    EXPECT_EQ(PassageQuote::toMarkdown(QString(), QStringLiteral("no quote\n> kept")),
              QStringLiteral("no quote\n> kept"));
}

TEST(PassageQuoteMarkdown, PrefixesEveryLineOfTheQuote)
{
    EXPECT_EQ(PassageQuote::toMarkdown(QStringLiteral("first\n  second\r\n\nfourth"), QStringLiteral("t")),
              QStringLiteral("> first\n> second\n>\n> fourth\n\nt"));
}

struct EscapeCase
{
    friend void PrintTo(const EscapeCase& c, std::ostream* os) { *os << c.quote; }

    const char* quote;
    const char* markdownLine;
};

class PassageQuoteEscape : public ::testing::TestWithParam<EscapeCase>
{
};

TEST_P(PassageQuoteEscape, KeepsMarkupLiteralAndReadsBackExactly)
{
    const QString quote = QString::fromUtf8(GetParam().quote);
    const QString markdown = PassageQuote::toMarkdown(quote, QStringLiteral("text"));
    EXPECT_EQ(markdown, QString::fromUtf8(GetParam().markdownLine) + QStringLiteral("\n\ntext"));
    EXPECT_EQ(PassageQuote::fromMarkdown(markdown), (Parts {quote, QStringLiteral("text")}));
}

INSTANTIATE_TEST_SUITE_P(
    LineStarts,
    PassageQuoteEscape,
    ::testing::Values(
        EscapeCase {"# Heading", "> &#35; Heading"},
        EscapeCase {"## Sub", "> &#35;# Sub"},
        EscapeCase {"- item", "> &#45; item"},
        EscapeCase {"+ item", "> &#43; item"},
        EscapeCase {"* item", "> &#42; item"},
        EscapeCase {"= underline", "> &#61; underline"},
        EscapeCase {"2024. The year", "> 2024&#46; The year"},
        EscapeCase {"3) three", "> 3&#41; three"},
        EscapeCase {"> nested", "> &#62; nested"},
        EscapeCase {"<script>alert(1)</script>", "> &#60;script&#62;alert(1)&#60;/script&#62;"},
        EscapeCase {"R&D, a <b>b</b> & &amp; &#35; c", "> R&D, a &#60;b&#62;b&#60;/b&#62; & &#38;amp; &#38;#35; c"},
        EscapeCase {"*em* _em_ `code` ~~s~~", "> &#42;em&#42; &#95;em&#95; &#96;code&#96; &#126;&#126;s&#126;&#126;"},
        EscapeCase {"[link](http://x)", "> &#91;link&#93;(http://x)"},
        EscapeCase {"a | b", "> a &#124; b"},
        EscapeCase {R"(back\slash \# \\)", "> back&#92;slash &#92;# &#92;&#92;"},
        EscapeCase {"in - the - middle 1. 2) # +", "> in - the - middle 1. 2) # +"},
        EscapeCase {"深圳 😀 “quoted”", "> 深圳 😀 “quoted”"}));

TEST(PassageQuoteFromMarkdown, ReadsTheReferencesAndEscapesAWebReaderWrites)
{
    EXPECT_EQ(PassageQuote::fromMarkdown(
                  QStringLiteral("> &lt;b&gt; &amp; &quot;&apos; &#x2A; &#42; \\* &unknown; &#0;\n\nt")),
              (Parts {QStringLiteral("<b> & \"' * * * &unknown; &#0;"), QStringLiteral("t")}));
    EXPECT_EQ(PassageQuote::fromMarkdown(QStringLiteral("> &#128512; &#x1F600;\n\nt")),
              (Parts {QStringLiteral("😀 😀"), QStringLiteral("t")}));
}

TEST(PassageQuoteFromMarkdown, TakesBackWhatWasSentExactly)
{
    const QString quote = QStringLiteral("Shenzhen, one of four AI zones… <b>");
    for (const QString& text : {QStringLiteral("plain"),
                                QStringLiteral("\nstarts with a line break"),
                                QStringLiteral("> looks like a quote\n\nbut is the text"),
                                QStringLiteral("two\n\nparagraphs\n"),
                                QString()}) {
        EXPECT_EQ(PassageQuote::fromMarkdown(PassageQuote::toMarkdown(quote, text)), (Parts {quote, text}))
            << text.toStdString();
    }
}

TEST(PassageQuoteFromMarkdown, ACommentWithoutAQuoteIsAllText)
{
    for (const QString& orig : {QStringLiteral("hello"),
                                QStringLiteral(" > indented is not at the start"),
                                QStringLiteral("text\n> quote later"),
                                QStringLiteral(">\n\nempty quote"),
                                QString()}) {
        EXPECT_EQ(PassageQuote::fromMarkdown(orig), (Parts {QString(), orig})) << orig.toStdString();
    }
}

TEST(PassageQuoteFromMarkdown, ReadsAQuoteAWebReaderWrote)
{
    // Waline's web client: ">" with or without a space, several lines, lazy continuation, CRLF.
    EXPECT_EQ(PassageQuote::fromMarkdown(QStringLiteral(">first\n> second\nlazy\n\nreply")),
              (Parts {QStringLiteral("first\nsecond\nlazy"), QStringLiteral("reply")}));
    EXPECT_EQ(PassageQuote::fromMarkdown(QStringLiteral("> q\r\n\r\nreply")),
              (Parts {QStringLiteral("q"), QStringLiteral("reply")}));
    EXPECT_EQ(PassageQuote::fromMarkdown(QStringLiteral("> only a quote")),
              (Parts {QStringLiteral("only a quote"), QString()}));
}

TEST(PassageQuoteMeasure, CountsTheQuoteWithTheCommentInCodePoints)
{
    EXPECT_EQ(PassageQuote::measure(QString(), QStringLiteral("abc")), 3);
    EXPECT_EQ(PassageQuote::measure(QStringLiteral("😀 <b>"), QStringLiteral("abc")), 8);
}

TEST(PassageQuoteMeasure, TheLimitCountsTheQuoteAndSaysSo)
{
    const QString quote = repeated(QStringLiteral("q"), 100);
    EXPECT_TRUE(CommentRules::checkText(repeated(QStringLiteral("t"), 1900), quote).problems.isEmpty());
    const CommentRules::TextCheck over = CommentRules::checkText(repeated(QStringLiteral("t"), 1901), quote);
    EXPECT_EQ(over.characterCount, 2001);
    ASSERT_EQ(over.problems.size(), 1);
    EXPECT_TRUE(over.problems.constFirst().message.contains(QStringLiteral("quoted passage")))
        << over.problems.constFirst().message.toStdString();
    // Without the quote the same text is fine; the outbox's check counts the quote too.
    EXPECT_TRUE(CommentRules::checkText(repeated(QStringLiteral("t"), 1901)).problems.isEmpty());
    CommentDraft draft;
    draft.text = repeated(QStringLiteral("t"), 1901);
    draft.quote = quote;
    EXPECT_EQ(CommentRules::validateContent(draft).size(), 1);
    EXPECT_FALSE(CommentRules::checkText(QStringLiteral(" "), quote).problems.isEmpty());
}

TEST(PassageQuoteLocate, FindsAPassageWhateverItsWhitespace)
{
    const QString article = QStringLiteral("Headline\nFirst  paragraph ends here.\nSecond\tone, with more.");
    EXPECT_EQ(PassageQuote::locate(article, QStringLiteral("ends here. Second one,")),
              (Span {article.indexOf(QStringLiteral("ends")), QStringLiteral("ends here.\nSecond\tone,").size()}));
    EXPECT_EQ(PassageQuote::locate(article, QStringLiteral("First paragraph")), (Span {9, 16}));
}

TEST(PassageQuoteLocate, ACutQuoteFindsThePassageItStarts)
{
    const QString article = QStringLiteral("Shenzhen is one of four AI pilot zones.");
    EXPECT_EQ(PassageQuote::locate(article, QStringLiteral("Shenzhen is one") + ellipsis), (Span {0, 15}));
}

TEST(PassageQuoteLocate, FindsNothingForAMissingOrEmptyQuote)
{
    const QString article = QStringLiteral("Shenzhen is one of four AI pilot zones.");
    EXPECT_FALSE(PassageQuote::locate(article, QStringLiteral("Hefei is")).has_value());
    EXPECT_FALSE(PassageQuote::locate(article, QStringLiteral(" ") + ellipsis).has_value());
    EXPECT_FALSE(PassageQuote::locate(article, QString()).has_value());
    EXPECT_FALSE(PassageQuote::locate(article, QStringLiteral("shenzhen is")).has_value());
}
