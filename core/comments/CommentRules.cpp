#include "CommentRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

// Gives lupdate a context for the messages of these free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommentRules)
};

using CommentRules::Field;
using CommentRules::Problem;

bool isInvisible(char32_t c)
{
    return c == 0x00A0 || c == 0x202F || c == 0x3000 || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper(), 4, QLatin1Char('0'));
}

QString tooLongMessage(Field field, int count, int limit, bool withQuote)
{
    if (withQuote)
        return Text::tr("The comment and the quoted passage have %1 characters together; shorten them to %2 or "
                        "fewer.")
            .arg(count)
            .arg(limit);
    switch (field) {
    case Field::Nick:
        return Text::tr("The name has %1 characters; shorten it to %2 or fewer.").arg(count).arg(limit);
    case Field::Mail:
        return Text::tr("The e-mail address has %1 characters; it can have at most %2.").arg(count).arg(limit);
    case Field::Text:
    case Field::City:
        break;
    }
    return Text::tr("The comment has %1 characters; shorten it to %2 or fewer.").arg(count).arg(limit);
}

QString controlMessage(Field field, char32_t c)
{
    switch (field) {
    case Field::Nick:
        return Text::tr("The name contains an invisible control character (%1). Remove it.").arg(codePointName(c));
    case Field::Mail:
        return Text::tr("The e-mail address contains an invisible control character (%1). Remove it.")
            .arg(codePointName(c));
    case Field::Text:
    case Field::City:
        break;
    }
    return Text::tr("The comment contains an invisible control character (%1). Remove it, for example by retyping "
                    "the text around it.")
        .arg(codePointName(c));
}

QString bidiMessage(Field field, char32_t c)
{
    switch (field) {
    case Field::Nick:
        return Text::tr("The name contains a hidden text-direction control (%1), which can make text appear in a "
                        "misleading order. Remove it.")
            .arg(codePointName(c));
    case Field::Mail:
        return Text::tr("The e-mail address contains a hidden text-direction control (%1), which can make text "
                        "appear in a misleading order. Remove it.")
            .arg(codePointName(c));
    case Field::Text:
    case Field::City:
        break;
    }
    return Text::tr("The comment contains a hidden text-direction control (%1), which can make text appear in a "
                    "misleading order. Remove it.")
        .arg(codePointName(c));
}

QString brokenMessage(Field field)
{
    switch (field) {
    case Field::Nick:
        return Text::tr("The name contains a broken character. Retype it.");
    case Field::Mail:
        return Text::tr("The e-mail address contains a broken character. Retype it.");
    case Field::Text:
    case Field::City:
        break;
    }
    return Text::tr("The comment contains a broken character. Retype the text around it.");
}

// Length, control characters, direction controls and broken UTF-16: one problem of each kind at most. One pass
// over the UTF-16 units, with no copy: the form calls this on every keystroke, and a pasted comment may be a
// megabyte long.
// quoteCount: characters of a quoted passage counted with the value (see PassageQuote::measure).
CommentRules::TextCheck
checkCharacters(Field field, const QString& value, int limit, bool allowLineBreaksAndTabs, qsizetype quoteCount = 0)
{
    qsizetype pairs = 0;
    std::optional<char32_t> control;
    std::optional<char32_t> bidi;
    bool broken = false;
    const QChar* const begin = value.constData();
    const qsizetype size = value.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = begin[i].unicode();
        // Printable ASCII, most of any text, has nothing to report.
        if (unit >= 0x20 && unit < 0x7F)
            continue;
        if (QChar::isSurrogate(unit)) {
            if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(begin[i + 1].unicode())) {
                ++pairs; // one code point, never a control
                ++i;
            } else {
                broken = true;
            }
            continue;
        }
        if (!control && isControl(unit) && !(allowLineBreaksAndTabs && (unit == u'\n' || unit == u'\t')))
            control = unit;
        if (!bidi && isBidiControl(unit))
            bidi = unit;
    }
    const qsizetype count = size - pairs + quoteCount;
    CommentRules::TextCheck check;
    check.characterCount = int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
    if (count > limit)
        check.problems.append({field, tooLongMessage(field, check.characterCount, limit, quoteCount > 0)});
    if (control)
        check.problems.append({field, controlMessage(field, *control)});
    if (bidi)
        check.problems.append({field, bidiMessage(field, *bidi)});
    if (broken)
        check.problems.append({field, brokenMessage(field)});
    return check;
}

QList<Problem> characterProblems(Field field, const QString& value, int limit, bool allowLineBreaksAndTabs)
{
    return checkCharacters(field, value, limit, allowLineBreaksAndTabs).problems;
}

} // namespace

namespace CommentRules {

int characterCount(const QString& text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return int(count);
}

bool isBlank(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && !isInvisible(c.unicode()))
            return false;
    }
    return true;
}

bool isPlausibleMail(const QString& mail)
{
    const qsizetype at = mail.indexOf(QLatin1Char('@'));
    if (at <= 0 || mail.indexOf(QLatin1Char('@'), at + 1) != -1)
        return false;
    for (const char32_t c : mail.toUcs4()) {
        if (QChar::isSpace(c) || isInvisible(c) || isControl(c) || isBidiControl(c))
            return false;
    }
    // The domain: labels separated by single dots, at least two of them.
    const QStringList labels = mail.mid(at + 1).split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty())
            return false;
    }
    return true;
}

TextCheck checkText(const QString& text)
{
    if (isBlank(text))
        return {characterCount(text), {{Field::Text, Text::tr("Write a comment before sending.")}}};
    return checkCharacters(Field::Text, text, maxTextLength, true);
}

TextCheck checkText(const QString& text, const QString& quote)
{
    if (quote.isEmpty())
        return checkText(text);
    const int quoteCount = characterCount(quote);
    if (isBlank(text))
        return {characterCount(text) + quoteCount,
                {{Field::Text, Text::tr("Write a comment on the quoted passage before sending.")}}};
    return checkCharacters(Field::Text, text, maxTextLength, true, quoteCount);
}

QList<Problem> textProblems(const QString& text)
{
    return checkText(text).problems;
}

QList<Problem> nickProblems(const QString& nick)
{
    return characterProblems(Field::Nick, nick, maxNickLength, false);
}

QList<Problem> mailProblems(const QString& mail)
{
    if (mail.isEmpty())
        return {};
    QList<Problem> problems = characterProblems(Field::Mail, mail, maxMailLength, false);
    if (!problems.isEmpty() || isPlausibleMail(mail))
        return problems;
    const auto isSpace = [](QChar c) {
        return c.isSpace() || isInvisible(c.unicode());
    };
    if (std::any_of(mail.cbegin(), mail.cend(), isSpace))
        problems.append({Field::Mail, Text::tr("Remove the spaces from the e-mail address.")});
    else
        problems.append(
            {Field::Mail, Text::tr("Enter an e-mail address like name@example.com, or leave the field empty.")});
    return problems;
}

QList<Problem> cityProblems(const QString& cityId, const QStringList& knownCityIds)
{
    if (cityId.isEmpty() || knownCityIds.contains(cityId))
        return {};
    return {{Field::City, Text::tr("Choose one of the listed cities, or none for the article as a whole.")}};
}

QList<Problem> validateContent(const CommentDraft& draft)
{
    return nickProblems(draft.nick) + mailProblems(draft.mail) + checkText(draft.text, draft.quote).problems;
}

QList<Problem> validate(const CommentDraft& draft, const QStringList& knownCityIds)
{
    return validateContent(draft) + cityProblems(draft.cityId, knownCityIds);
}

} // namespace CommentRules
