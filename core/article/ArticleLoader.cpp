#include "ArticleLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

constexpr int supportedFormatVersion = 1;

// Gives lupdate a context for the messages of these free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArticleLoader)
};

std::optional<ArticleBlock::Kind> kindFromName(const QString& name)
{
    if (name == QLatin1String("paragraph"))
        return ArticleBlock::Kind::Paragraph;
    if (name == QLatin1String("heading"))
        return ArticleBlock::Kind::Heading;
    if (name == QLatin1String("closing"))
        return ArticleBlock::Kind::Closing;
    return std::nullopt;
}

} // namespace

namespace ArticleLoader {

LoadResult<Article> parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return LoadResult<Article>::failure(Text::tr("The article is not valid JSON: %1 at byte %2.")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset));
    if (!doc.isObject())
        return LoadResult<Article>::failure(Text::tr("The article must be a JSON object."));

    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version != supportedFormatVersion)
        return LoadResult<Article>::failure(
            Text::tr("The article has format version %1; this version of the app reads version %2.")
                .arg(version)
                .arg(supportedFormatVersion));

    Article article;
    article.id = root.value(QLatin1String("id")).toString();
    article.path = root.value(QLatin1String("path")).toString();
    article.headline = root.value(QLatin1String("headline")).toString();
    if (article.id.isEmpty())
        return LoadResult<Article>::failure(Text::tr("The article has no \"id\"."));
    if (!article.path.startsWith(QLatin1Char('/')))
        return LoadResult<Article>::failure(Text::tr("The article's \"path\" must start with \"/\"."));
    if (article.headline.trimmed().isEmpty())
        return LoadResult<Article>::failure(Text::tr("The article has no headline."));

    const QJsonValue blocksValue = root.value(QLatin1String("blocks"));
    if (!blocksValue.isArray() || blocksValue.toArray().isEmpty())
        return LoadResult<Article>::failure(Text::tr("The article has no \"blocks\" list."));

    const QJsonArray blocks = blocksValue.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject object = blocks.at(i).toObject();
        const auto kind = kindFromName(object.value(QLatin1String("kind")).toString());
        if (!kind)
            return LoadResult<Article>::failure(
                Text::tr("Block %1 has an unknown kind; expected paragraph, heading or closing.").arg(i + 1));
        const QString text = object.value(QLatin1String("text")).toString();
        if (text.trimmed().isEmpty())
            return LoadResult<Article>::failure(Text::tr("Block %1 has no text.").arg(i + 1));
        article.blocks.append(ArticleBlock {*kind, text});
    }
    return LoadResult<Article>::success(std::move(article));
}

LoadResult<Article> load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadResult<Article>::failure(
            Text::tr("Cannot read the article from %1: %2").arg(path, file.errorString()));
    const LoadResult<Article> result = parse(file.readAll());
    if (!result.ok())
        return LoadResult<Article>::failure(Text::tr("%1 (in %2)").arg(result.error(), path));
    return result;
}

} // namespace ArticleLoader
