#include "PassageQuote.h"

#include "CommentRules.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace PassageQuote {

namespace {

bool isSpace(QChar c)
{
    // QChar::isSpace covers tabs, line breaks, U+2028/U+2029 and the no-break and ideographic spaces.
    return c.isSpace();
}

// Escaped wherever they are: each can start inline markup (code, emphasis, links, HTML, strikethrough, tables),
// and the backslash, which Waline's store reads as an escape of its own (it drops or reinterprets it).
bool isInlineSpecial(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'~':
    case u'|':
        return true;
    default:
        return false;
    }
}

// Escaped only as a line's first character: a heading, a list item or a setext underline.
bool isLineStartSpecial(QChar c)
{
    return c == u'#' || c == u'+' || c == u'-' || c == u'=';
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`') || (u >= u'{' && u <= u'~');
}

// A character reference, the escape that reaches a web reader intact: Waline's store drops backslashes, and
// Markdown reads "&#35;" as a literal "#", never as structure.
QString reference(QChar c)
{
    return QStringLiteral("&#%1;").arg(c.unicode());
}

// An "&" that would read as a character reference ("&#...", "&name;") is escaped; any other stays as it is.
bool startsReference(const QString& line, qsizetype at)
{
    if (at + 1 < line.size() && line.at(at + 1) == u'#')
        return true;
    qsizetype i = at + 1;
    while (i < line.size() && line.at(i).unicode() < 0x80 && line.at(i).isLetterOrNumber())
        ++i;
    return i > at + 1 && i < line.size() && line.at(i) == u';';
}

// The character a reference at `at` stands for and the reference's length, or a null QChar.
std::pair<QString, qsizetype> decodeReference(const QString& line, qsizetype at)
{
    const qsizetype end = line.indexOf(u';', at);
    if (end < 0 || end - at > 10)
        return {QString(), 0};
    const QString body = line.mid(at + 1, end - at - 1);
    bool ok = false;
    uint code = 0;
    if (body.startsWith(u'#') && body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X'))
        code = body.mid(2).toUInt(&ok, 16);
    else if (body.startsWith(u'#'))
        code = body.mid(1).toUInt(&ok, 10);
    if (ok && code > 0 && code <= 0x10FFFF && !QChar::isSurrogate(code)) {
        const char32_t point = code;
        return {QString::fromUcs4(&point, 1), end - at + 1};
    }
    static const std::pair<const char*, char16_t> named[]
        = {{"amp", u'&'}, {"lt", u'<'}, {"gt", u'>'}, {"quot", u'"'}, {"apos", u'\''}};
    for (const auto& [name, c] : named) {
        if (body == QLatin1String(name))
            return {QString(QChar(c)), end - at + 1};
    }
    return {QString(), 0};
}

QString escapeLine(const QString& rawLine)
{
    qsizetype from = 0;
    while (from < rawLine.size() && isSpace(rawLine.at(from)))
        ++from;
    const QString line = rawLine.mid(from);
    // "1." or "1)" at the start would make an ordered list: the mark after the digits is escaped.
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit() && line.at(digits).unicode() < 0x80)
        ++digits;
    const qsizetype listMark
        = digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')') ? digits : -1;
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (isInlineSpecial(c) || (i == 0 && isLineStartSpecial(c)) || i == listMark
            || (c == u'&' && startsReference(line, i)))
            out.append(reference(c));
        else
            out.append(c);
    }
    return out;
}

QString unescape(const QString& line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && isAsciiPunctuation(line.at(i + 1))) {
            out.append(line.at(i + 1));
            ++i;
            continue;
        }
        if (c == u'&') {
            const auto [decoded, length] = decodeReference(line, i);
            if (length > 0) {
                out.append(decoded);
                i += length - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString withoutCarriageReturn(const QString& line)
{
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

bool isBlankLine(const QString& line)
{
    for (const QChar c : line) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

} // namespace

QString normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString cut(const QString& text, int maxCharacters)
{
    if (maxCharacters <= 0)
        return {};
    if (CommentRules::characterCount(text) <= maxCharacters)
        return text;
    // The UTF-16 end of the first maxCharacters - 1 code points: room for the ellipsis.
    qsizetype end = 0;
    for (int points = 0; points < maxCharacters - 1 && end < text.size(); ++points)
        end += text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate() ? 2 : 1;
    qsizetype wordEnd = end;
    // Cut inside a word only when the word is that long.
    if (end < text.size() && !isSpace(text.at(end))) {
        qsizetype space = end;
        while (space > 0 && !isSpace(text.at(space - 1)))
            --space;
        if (space > end / 2)
            wordEnd = space;
    }
    while (wordEnd > 0 && isSpace(text.at(wordEnd - 1)))
        --wordEnd;
    return text.left(wordEnd) + QChar(ellipsis);
}

QString fromSelection(const QString& selection)
{
    return cut(normalise(selection), maxLength);
}

QString toMarkdown(const QString& quote, const QString& text)
{
    if (quote.isEmpty())
        return text;
    QString normalisedBreaks = quote;
    normalisedBreaks.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalisedBreaks.replace(u'\r', u'\n');
    QStringList lines;
    for (const QString& line : normalisedBreaks.split(u'\n')) {
        const QString escaped = escapeLine(line);
        lines.append(escaped.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + escaped);
    }
    return lines.join(u'\n') + QStringLiteral("\n\n") + text;
}

Parts fromMarkdown(const QString& orig)
{
    if (!orig.startsWith(u'>'))
        return {QString(), orig};
    const QStringList lines = orig.split(u'\n');
    QStringList quoteLines;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QString line = withoutCarriageReturn(lines.at(i));
        if (isBlankLine(line))
            break;
        if (line.startsWith(u'>')) {
            const qsizetype skip = line.size() > 1 && line.at(1) == u' ' ? 2 : 1;
            quoteLines.append(unescape(line.mid(skip)));
        } else {
            quoteLines.append(unescape(line)); // a lazy continuation of the blockquote
        }
    }
    const QString quote = quoteLines.join(u'\n');
    if (isBlankLine(quote))
        return {QString(), orig};
    // lines.at(i) is the blank line after the quote, dropped; the text is everything after it, exactly.
    QString text;
    if (i + 1 < lines.size())
        text = lines.mid(i + 1).join(u'\n');
    return {quote, text};
}

int measure(const QString& quote, const QString& text)
{
    return CommentRules::characterCount(quote) + CommentRules::characterCount(text);
}

std::optional<Span> locate(const QString& text, const QString& quote)
{
    QString needle = normalise(quote);
    while (needle.endsWith(QChar(ellipsis)) || needle.endsWith(u' '))
        needle.chop(1);
    if (needle.isEmpty())
        return std::nullopt;
    // The text normalised the same way, with where each of its characters came from.
    QString flat;
    QList<qsizetype> origin;
    flat.reserve(text.size());
    origin.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSpace(text.at(i))) {
            if (!flat.isEmpty() && !pendingSpace) {
                pendingSpace = true;
                flat.append(u' ');
                origin.append(i);
            }
            continue;
        }
        pendingSpace = false;
        flat.append(text.at(i));
        origin.append(i);
    }
    const qsizetype at = flat.indexOf(needle);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = origin.at(at);
    const qsizetype end = origin.at(at + needle.size() - 1) + 1;
    return Span {start, end - start};
}

} // namespace PassageQuote
