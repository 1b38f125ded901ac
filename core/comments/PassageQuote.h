#pragma once

#include <QString>

#include <optional>

// A passage of the article quoted by a comment, as pure functions. A quote is plain text: one line of the
// article's words, its whitespace normalised, at most maxLength characters and cut at a word with "…". It
// travels to Waline inside the comment as a Markdown blockquote, the form a web reader of the same thread sees
// as a quote, and is taken back out of the server's `orig` when the comment is listed.
namespace PassageQuote {

// Characters (code points) a quote keeps, the ellipsis included.
inline constexpr int maxLength = 300;

// What ends a quote that was cut.
inline constexpr char16_t ellipsis = u'\u2026';

// Every run of whitespace (spaces of any kind, tabs, line and paragraph separators) as one space, trimmed.
QString normalise(const QString& text);

// text when it has at most maxCharacters code points; otherwise its start, cut after the last whole word that
// fits (or inside a word longer than half the room) and ended with the ellipsis, maxCharacters in all.
QString cut(const QString& text, int maxCharacters = maxLength);

// The quote for a selection of the article: normalised and cut to maxLength.
QString fromSelection(const QString& selection);

// The comment as sent: "> quote\n\ntext". Every line of the quote is prefixed with "> " (its leading whitespace
// dropped), and what Markdown would read as markup stays literal: backslash, `, *, _, [, ], <, >, ~ and | are
// written as character references ("&#42;") wherever they are, and so are #, +, -, = and the mark of an "1." or
// "1)" list number at the start of a line, and an "&" that would start a reference, so the quote cannot become
// a heading, a list, a link, emphasis or HTML. References, not backslashes: Waline's store drops backslashes.
// An empty quote gives text as it is.
QString toMarkdown(const QString& quote, const QString& text);

struct Parts
{
    QString quote;
    QString text;

    friend bool operator==(const Parts& a, const Parts& b) { return a.quote == b.quote && a.text == b.text; }
    friend bool operator!=(const Parts& a, const Parts& b) { return !(a == b); }
};

// A comment's raw text (Waline's `orig`) split into its leading blockquote and the rest, the inverse of
// toMarkdown: fromMarkdown(toMarkdown(q, t)) == {q, t} for every normalised q. The blockquote is the lines that
// start with ">" and the lines that follow them up to a blank line (Markdown's lazy continuation), unescaped
// (character references, numeric or &amp; &lt; &gt; &quot; &apos;, and backslash escapes) and joined with "\n"; one
// blank line after it is dropped and the text is the rest, exactly. Without a blockquote at the start (or with an empty
// one) the quote is empty and text is orig.
Parts fromMarkdown(const QString& orig);

// What the length limit counts for a comment with this quote: the characters of both (code points), not the
// Markdown around the quote.
int measure(const QString& quote, const QString& text);

// Where a quote is in a text, ignoring differences of whitespace (a run of any whitespace matches any other,
// including a paragraph break) and a trailing ellipsis (a cut quote matches the passage it starts). Indexes are
// UTF-16 positions in text; nullopt when the quote is empty or not there.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const Span& a, const Span& b) { return a.start == b.start && a.length == b.length; }
    friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
};
std::optional<Span> locate(const QString& text, const QString& quote);

} // namespace PassageQuote
