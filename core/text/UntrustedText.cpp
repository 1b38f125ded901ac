#include "UntrustedText.h"

#include <QStringList>

namespace UntrustedText {

namespace {

constexpr char16_t firstStrongIsolate = u'\u2068';
constexpr char16_t popDirectionalIsolate = u'\u2069';

bool isCombiningMark(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isHiddenControl(char32_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0 and C1 controls
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

QString visible(const QString& text)
{
    QString result;
    result.reserve(text.size());
    int marks = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        bool pair = false;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            pair = true;
        }
        if (c == u'\r') {
            // \r\n and a lone \r are one line break.
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            result.append(QLatin1Char('\n'));
            marks = 0;
            continue;
        }
        if (isCombiningMark(c)) {
            if (++marks > maxCombiningMarks) {
                i += pair ? 1 : 0;
                continue;
            }
        } else {
            marks = 0;
        }
        if (isHiddenControl(c)) {
            result.append(QChar(replacement));
        } else if (pair) {
            result.append(text.at(i));
            result.append(text.at(i + 1));
        } else {
            result.append(text.at(i));
        }
        i += pair ? 1 : 0;
    }
    return result;
}

QString isolated(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = visible(text).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = QChar(firstStrongIsolate) + line + QChar(popDirectionalIsolate);
    return lines.join(QLatin1Char('\n'));
}

QString toHtml(const QString& text)
{
    QString html = isolated(text).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    // pre-wrap keeps runs of spaces as typed and still wraps long lines.
    return QLatin1String("<p style='white-space:pre-wrap'>") + html + QLatin1String("</p>");
}

} // namespace UntrustedText
