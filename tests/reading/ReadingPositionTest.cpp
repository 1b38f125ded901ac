#include "reading/ReadingPosition.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QStringList blocks {
    QStringLiteral("Shenzhen one of four AI zones"),
    QStringLiteral("The Ministry of Science and Technology has named Hefei, Hangzhou, Shenzhen and Tianjin"),
    QStringLiteral("Local media, ever inquisitive, looked into why Shenzhen was selected. Here goes:"),
    QStringLiteral("Tell us what you think"),
};

} // namespace

TEST(ReadingPosition, TakesTheFirstWordsOfItsBlockAsItsLead)
{
    const ReadingPosition position = ReadingPosition::at(blocks, 1, 20);
    EXPECT_EQ(position.block, 1);
    EXPECT_EQ(position.offset, 20);
    EXPECT_EQ(position.lead, QStringLiteral("The Ministry of Science and Technology has named"));
    EXPECT_EQ(ReadingPosition::at(blocks, 3, 999).offset, 22);
    EXPECT_FALSE(ReadingPosition::at(blocks, 4, 0).isValid());
    EXPECT_FALSE(ReadingPosition::at(blocks, -1, 0).isValid());
    EXPECT_EQ(ReadingPosition::leadOf(QStringLiteral("  a\n b  ")), QStringLiteral("a b"));
}

TEST(ReadingPosition, StaysInItsBlockWhileTheArticleIsUnchanged)
{
    const ReadingPosition position = ReadingPosition::at(blocks, 2, 40);
    EXPECT_EQ(position.resolvedIn(blocks), position);
}

TEST(ReadingPosition, FollowsItsParagraphWhenBlocksMove)
{
    const ReadingPosition position = ReadingPosition::at(blocks, 2, 40);
    QStringList changed = blocks;
    changed.insert(1, QStringLiteral("A new paragraph at the top."));
    const ReadingPosition resolved = position.resolvedIn(changed);
    EXPECT_EQ(resolved.block, 3);
    EXPECT_EQ(resolved.offset, 40);
}

TEST(ReadingPosition, LandsNowhereWhenItsParagraphIsGone)
{
    const ReadingPosition position = ReadingPosition::at(blocks, 2, 40);
    QStringList changed = blocks;
    changed[2] = QStringLiteral("Something else entirely, which no lead matches.");
    EXPECT_FALSE(position.resolvedIn(changed).isValid());
    EXPECT_FALSE(ReadingPosition().resolvedIn(blocks).isValid());
}

TEST(ReadingPosition, IsKeptInTheSettingsItIsGiven)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    const ReadingPosition position = ReadingPosition::at(blocks, 2, 40);
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_FALSE(ReadingPosition::load(settings).isValid());
        position.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_EQ(ReadingPosition::load(settings), position);
    ReadingPosition().save(settings);
    EXPECT_FALSE(ReadingPosition::load(settings).isValid());
}

TEST(ReadingPosition, ADamagedEntryLoadsAsNoPosition)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("reader/position/block"), QStringLiteral("two"));
    settings.setValue(QStringLiteral("reader/position/offset"), 4);
    settings.setValue(QStringLiteral("reader/position/lead"), QStringLiteral("Local media"));
    EXPECT_FALSE(ReadingPosition::load(settings).isValid());
    settings.setValue(QStringLiteral("reader/position/block"), -3);
    EXPECT_FALSE(ReadingPosition::load(settings).isValid());
    settings.setValue(QStringLiteral("reader/position/block"), 2);
    settings.setValue(QStringLiteral("reader/position/lead"), QString());
    EXPECT_FALSE(ReadingPosition::load(settings).isValid());
}
