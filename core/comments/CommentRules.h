#pragma once

#include "CommentDraft.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the feedback form accepts, as pure functions: the form validates as the reader types, and the outbox
// checks again before it stores. Lengths count code points (what a reader counts), not UTF-16 units. Markup
// such as <b>x</b> is allowed and stays literal text: the views show it as text.
namespace CommentRules {

inline constexpr int maxTextLength = 2000;
inline constexpr int maxNickLength = 64;
inline constexpr int maxMailLength = 254;

enum class Field {
    Nick,
    Mail,
    Text,
    City,
};

// One thing the reader must fix; message is plain text that says what to do.
struct Problem
{
    Field field = Field::Text;
    QString message;

    friend bool operator==(const Problem& a, const Problem& b) { return a.field == b.field && a.message == b.message; }
    friend bool operator!=(const Problem& a, const Problem& b) { return !(a == b); }
};

// Characters as the reader sees them for the live counter: code points (an emoji is one, not two).
int characterCount(const QString& text);

// True when the text has nothing visible: empty, or only spaces of any kind (QChar::isSpace, no-break spaces
// U+00A0 and U+202F, ideographic space U+3000) and invisible characters (U+200B-U+200D, U+2060, U+FEFF).
bool isBlank(const QString& text);

// The shape of an address, not whether it exists: one @, something before it, a dot inside the domain, no
// spaces or control characters.
bool isPlausibleMail(const QString& mail);

// The comment's problems and its character count, from one pass over the text (for the form, which needs both
// on every keystroke, whatever the comment's length).
struct TextCheck
{
    int characterCount = 0;
    QList<Problem> problems;
};
TextCheck checkText(const QString& text);
// The same for a comment on a passage: the quote counts towards maxTextLength together with the text
// (PassageQuote::measure), and characterCount is of both.
TextCheck checkText(const QString& text, const QString& quote);

// Per field, so the form can mark the field at fault. An empty nick or mail is fine (both are optional); the
// text is required; cityId must be empty (the whole article) or one of knownCityIds.
QList<Problem> textProblems(const QString& text);
QList<Problem> nickProblems(const QString& nick);
QList<Problem> mailProblems(const QString& mail);
QList<Problem> cityProblems(const QString& cityId, const QStringList& knownCityIds);

// Every problem of the draft, in form order: nick, mail, text (with its quote), city. Empty when the draft may be
// sent.
QList<Problem> validate(const CommentDraft& draft, const QStringList& knownCityIds);

// Like validate() without the city check, for code that does not know the cities (the outbox).
QList<Problem> validateContent(const CommentDraft& draft);

} // namespace CommentRules
