#include "article/ArticleLoader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray validArticle()
{
    return R"({"formatVersion": 1, "id": "a", "path": "/articles/a", "headline": "Head",
               "blocks": [{"kind": "paragraph", "text": "One."}, {"kind": "heading", "text": "Two"},
                          {"kind": "closing", "text": "Three"}]})";
}

} // namespace

TEST(ArticleLoader, LoadsTheBundledArticleWordForWord)
{
    const LoadResult<Article> result = ArticleLoader::load(ArticleLoader::bundledPath);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const Article& article = result.value();
    EXPECT_EQ(article.headline, QStringLiteral("Shenzhen one of four AI zones"));
    ASSERT_EQ(article.blocks.size(), 8);
    EXPECT_EQ(article.blocks.at(3).kind, ArticleBlock::Kind::Heading);
    EXPECT_EQ(article.blocks.at(3).text,
              QStringLiteral("Shenzhen: to create a highland of artificial intelligence innovation"));
    EXPECT_EQ(article.blocks.last().kind, ArticleBlock::Kind::Closing);
    EXPECT_EQ(article.blocks.last().text, QStringLiteral("Tell us what you think"));
    // Typography and the original spelling are kept as published.
    EXPECT_TRUE(article.blocks.at(0).text.contains(QStringLiteral("“next-generation artificial intelligence”")));
    EXPECT_TRUE(article.blocks.at(1).text.contains(QStringLiteral("strengthen it’s intelligent")));
    EXPECT_TRUE(article.blocks.at(4).text.contains(QStringLiteral("RMB 477.202 billion in sales, up 10.9% YoY")));
}

TEST(ArticleLoader, ParsesEveryBlockKind)
{
    const LoadResult<Article> result = ArticleLoader::parse(validArticle());
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QList<ArticleBlock> expected {{ArticleBlock::Kind::Paragraph, QStringLiteral("One.")},
                                        {ArticleBlock::Kind::Heading, QStringLiteral("Two")},
                                        {ArticleBlock::Kind::Closing, QStringLiteral("Three")}};
    EXPECT_EQ(result.value().blocks, expected);
    EXPECT_EQ(result.value().path, QStringLiteral("/articles/a"));
}

struct BrokenArticle
{
    const char* name;
    QByteArray json;
    const char* expectedMessagePart;
};

class ArticleLoaderRejects : public ::testing::TestWithParam<BrokenArticle>
{
};

TEST_P(ArticleLoaderRejects, WithAClearMessage)
{
    const LoadResult<Article> result = ArticleLoader::parse(GetParam().json);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QLatin1String(GetParam().expectedMessagePart))) << result.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BrokenInputs,
    ArticleLoaderRejects,
    ::testing::Values(
        BrokenArticle {"Empty", "", "not valid JSON"},
        BrokenArticle {"Truncated", R"({"formatVersion": 1, "headline": )", "not valid JSON"},
        BrokenArticle {"Array", "[]", "must be a JSON object"},
        BrokenArticle {"NoVersion", R"({"id": "a"})", "format version -1"},
        BrokenArticle {"FutureVersion", R"({"formatVersion": 2})", "format version 2"},
        BrokenArticle {"NoId", R"({"formatVersion": 1, "path": "/a", "headline": "H", "blocks": []})", "no \"id\""},
        BrokenArticle {"RelativePath", R"({"formatVersion": 1, "id": "a", "path": "a", "headline": "H"})", "\"path\""},
        BrokenArticle {
            "BlankHeadline", R"({"formatVersion": 1, "id": "a", "path": "/a", "headline": "  "})", "no headline"},
        BrokenArticle {
            "NoBlocks", R"({"formatVersion": 1, "id": "a", "path": "/a", "headline": "H"})", "no \"blocks\""},
        BrokenArticle {"UnknownKind",
                       R"({"formatVersion": 1, "id": "a", "path": "/a", "headline": "H",
                          "blocks": [{"kind": "paragraph", "text": "x"}, {"kind": "image", "text": "y"}]})",
                       "Block 2 has an unknown kind"},
        BrokenArticle {"EmptyBlock",
                       R"({"formatVersion": 1, "id": "a", "path": "/a", "headline": "H",
                          "blocks": [{"kind": "paragraph", "text": ""}]})",
                       "Block 1 has no text"}),
    [](const ::testing::TestParamInfo<BrokenArticle>& p) { return std::string(p.param.name); });

TEST(ArticleLoader, ReportsAMissingFileWithItsPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    const LoadResult<Article> result = ArticleLoader::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(path)) << result.error().toStdString();
}

TEST(ArticleLoader, ReportsAMalformedFileWithItsPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"formatVersion\": 1,");
    file.close();
    const LoadResult<Article> result = ArticleLoader::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(path));
    EXPECT_TRUE(result.error().contains(QLatin1String("not valid JSON")));
}
