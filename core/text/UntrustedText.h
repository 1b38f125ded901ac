#pragma once

#include <QString>

// Text from a reader or a comment server made safe to show. Such text is plain text in every role; these
// functions also keep it from disguising itself or spilling out of the place it is shown in:
// - bidi controls (U+202A-202E embeddings and overrides, U+2066-2069 isolates, U+200E/U+200F marks, U+061C) and
//   other invisible control characters become a visible U+FFFD, so "evil\u202Egnp.exe" cannot pass for
//   "evilexe.png";
// - at most maxCombiningMarks combining marks stay on one base character, so a letter with 10,000 accents cannot
//   stack them over the text around it;
// - isolated() wraps each line in FSI ... PDI (U+2068, U+2069), so a right-to-left name cannot reorder the text
//   it is shown next to ("%1, %2: %3").
namespace UntrustedText {

// Enough for every real script (Vietnamese stacks two, Hebrew pointing and Indic clusters up to four), few enough
// that a stack stays within a line's height or two.
inline constexpr int maxCombiningMarks = 4;

// What replaces a control character: visible, and not itself a control.
inline constexpr char16_t replacement = u'\uFFFD';

// True for the characters visible() replaces.
bool isHiddenControl(char32_t codePoint);

// The text with hidden controls replaced and stacks of combining marks cut to maxCombiningMarks. Line breaks
// (\n; \r\n and \r become \n) and tabs stay. Counting is by code point, so marks outside the BMP count too.
QString visible(const QString& text);

// visible(text) with each line isolated in FSI ... PDI. An empty text stays empty.
QString isolated(const QString& text);

// isolated(text) as HTML that any Qt rich-text renderer (QToolTip, a QLabel in AutoText) shows as exactly that
// text: escaped, line breaks as <br>, spaces kept. For roles that Qt may treat as rich text, e.g. Qt::ToolTipRole.
QString toHtml(const QString& text);

} // namespace UntrustedText
