#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct Article;

// How long a text takes to read, and how much of it is left from a place in it. Latin-script text is counted in
// words at 230 words a minute, CJK text (Han, kana, Hangul) in characters at 500 a minute: the usual silent
// reading speeds of adult readers of English and of Chinese. A text is a list of blocks in the order they are
// shown; a place is a block number and a character offset in that block.
class ReadingTime
{
    Q_DECLARE_TR_FUNCTIONS(ReadingTime)

public:
    static constexpr int wordsPerMinute = 230;
    static constexpr int cjkCharactersPerMinute = 500;

    explicit ReadingTime(const QStringList& blocks);
    // The article as the article view shows it: the headline is block 0, the article's blocks follow.
    static ReadingTime forArticle(const Article& article);

    // Latin words (runs of letters or digits, with inner apostrophes and hyphens) and CJK characters.
    static int wordCount(QStringView text);
    static int cjkCharacterCount(QStringView text);
    static double secondsFor(QStringView text);

    double totalSeconds() const { return m_total; }
    // The time the text before this place takes; a place past the end counts as the end.
    double secondsBefore(int block, int offset) const;
    double secondsLeft(int block, int offset) const { return m_total - secondsBefore(block, offset); }
    // How much has been read, 0 to 100, rounded down so that 100 means the end itself.
    int percentAt(int block, int offset) const;

    // What the status bar says at this place, e.g. "42 % · about 1 min left", "… less than a minute left" or,
    // at the end, "Finished".
    QString progressText(int block, int offset) const;

private:
    QStringList m_blocks;
    QList<double> m_before; // the time of the blocks before each block
    double m_total = 0;
};
