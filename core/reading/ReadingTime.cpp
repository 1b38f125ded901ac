#include "ReadingTime.h"

#include "article/Article.h"

#include <algorithm>
#include <cmath>

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) // CJK radicals
           || (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
           || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
           || (c >= 0x20000 && c <= 0x3134F); // CJK extensions B to G
}

bool isWordCharacter(char32_t c)
{
    return !isCjk(c) && (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing);
}

} // namespace

ReadingTime::ReadingTime(const QStringList& blocks)
    : m_blocks(blocks)
{
    for (const QString& block : blocks) {
        m_before.append(m_total);
        m_total += secondsFor(block);
    }
}

ReadingTime ReadingTime::forArticle(const Article& article)
{
    QStringList blocks {article.headline};
    for (const ArticleBlock& block : article.blocks)
        blocks.append(block.text);
    return ReadingTime(blocks);
}

int ReadingTime::wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (isWordCharacter(c)) {
            words += inWord ? 0 : 1;
            inWord = true;
            continue;
        }
        // "country's", "next-generation" and "477.202" are one word each: a joiner between two word characters,
        // or a decimal point or thousands separator between two digits.
        const bool hasNext = i + 1 < codePoints.size();
        const bool joiner = (c == u'\'' || c == u'’' || c == u'-') && hasNext && isWordCharacter(codePoints.at(i + 1));
        const bool separator = (c == u'.' || c == u',') && i > 0 && QChar::isDigit(codePoints.at(i - 1)) && hasNext
                               && QChar::isDigit(codePoints.at(i + 1));
        inWord = inWord && (joiner || separator);
    }
    return words;
}

int ReadingTime::cjkCharacterCount(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return static_cast<int>(std::count_if(codePoints.cbegin(), codePoints.cend(), [](uint c) { return isCjk(c); }));
}

double ReadingTime::secondsFor(QStringView text)
{
    return 60.0 * wordCount(text) / wordsPerMinute + 60.0 * cjkCharacterCount(text) / cjkCharactersPerMinute;
}

double ReadingTime::secondsBefore(int block, int offset) const
{
    if (block < 0 || m_blocks.isEmpty())
        return 0;
    if (block >= m_blocks.size())
        return m_total;
    const QString& text = m_blocks.at(block);
    const qsizetype cut = std::clamp<qsizetype>(offset, 0, text.size());
    // A word the place falls inside counts as read.
    return m_before.at(block) + secondsFor(QStringView(text).left(cut));
}

int ReadingTime::percentAt(int block, int offset) const
{
    if (m_total <= 0)
        return 100;
    return std::clamp(static_cast<int>(std::floor(100 * secondsBefore(block, offset) / m_total)), 0, 100);
}

QString ReadingTime::progressText(int block, int offset) const
{
    const double left = secondsLeft(block, offset);
    if (left <= 0)
        //: Reading progress at the end of the article
        return tr("Finished");
    const int percent = percentAt(block, offset);
    if (left < 60)
        //: Reading progress: %1 is the percentage read, then the time left
        return tr("%1 % · less than a minute left").arg(percent);
    const int minutes = static_cast<int>(std::lround(left / 60));
    //: Reading progress: %1 is the percentage read, %n the minutes left to read
    return tr("%1 % · about %n min left", nullptr, minutes).arg(percent);
}
