#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// A place in the article anchored to its text, not to pixels: the block (0 the headline, as ReadingTime and the
// article view number them), the character offset in it, and the block's first words. So it lands on the same
// sentence whatever the window, zoom, font or column width, and the lead keeps a changed article from landing on
// the wrong paragraph: the block that now starts with those words is taken, or none.
struct ReadingPosition
{
    int block = -1;
    int offset = 0;
    QString lead;

    // How many words of a block make its lead.
    static constexpr int leadWords = 8;

    bool isValid() const { return block >= 0; }

    // The place at block and offset in these blocks, with that block's lead; invalid when block is out of range.
    static ReadingPosition at(const QStringList& blocks, int block, int offset);
    static QString leadOf(const QString& text);

    // This place in these blocks: the same block while its lead matches, else the first block with the lead
    // (the offset cut to its length), else an invalid position.
    ReadingPosition resolvedIn(const QStringList& blocks) const;

    // Kept under "reader/position" in the settings given; an absent or damaged entry loads as invalid.
    static ReadingPosition load(const QSettings& settings);
    void save(QSettings& settings) const;

    friend bool operator==(const ReadingPosition& a, const ReadingPosition& b)
    {
        return a.block == b.block && a.offset == b.offset && a.lead == b.lead;
    }
    friend bool operator!=(const ReadingPosition& a, const ReadingPosition& b) { return !(a == b); }
};
