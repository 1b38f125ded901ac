#include "ReaderContent.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(ReaderContent, ComputesEveryCitysMentionsFromTheText)
{
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok()) << content.error().toStdString();
    const QHash<QString, int> counts = content.value().mentionCounts();
    EXPECT_EQ(counts.value(QStringLiteral("hefei")), 2);
    EXPECT_EQ(counts.value(QStringLiteral("hangzhou")), 2);
    EXPECT_EQ(counts.value(QStringLiteral("shenzhen")), 9);
    EXPECT_EQ(counts.value(QStringLiteral("tianjin")), 2);
}

TEST(ReaderContent, MentionsFollowTheTextNotAList)
{
    Article article {QStringLiteral("a"),
                     QStringLiteral("/a"),
                     QStringLiteral("Hefei and Hefei"),
                     {{ArticleBlock::Kind::Paragraph, QStringLiteral("Hefei again.")}}};
    CityZone hefei;
    hefei.id = QStringLiteral("hefei");
    hefei.name = QStringLiteral("Hefei");
    const ReaderContent content = ReaderContent::fromParts(article, {hefei});
    EXPECT_EQ(content.mentionCounts().value(QStringLiteral("hefei")), 3);
}

TEST(ReaderContent, ReportsTheFirstBrokenFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("article.json"));
    const auto content = ReaderContent::load(missing, QStringLiteral(":/content/cities.json"));
    ASSERT_FALSE(content.ok());
    EXPECT_TRUE(content.error().contains(missing));
}
