#include "ReaderContent.h"

#include "article/ArticleLoader.h"
#include "article/MentionFinder.h"
#include "cities/CityZoneLoader.h"

QHash<QString, int> ReaderContent::mentionCounts() const
{
    QHash<QString, int> counts;
    for (auto it = mentionsByCityId.cbegin(); it != mentionsByCityId.cend(); ++it)
        counts.insert(it.key(), static_cast<int>(it.value().size()));
    return counts;
}

ReaderContent ReaderContent::fromParts(Article article, QList<CityZone> cities)
{
    ReaderContent content {std::move(article), std::move(cities), {}};
    for (const CityZone& city : std::as_const(content.cities))
        content.mentionsByCityId.insert(city.id, MentionFinder::find(content.article, city.name));
    return content;
}

LoadResult<ReaderContent> ReaderContent::load(const QString& articlePath, const QString& citiesPath)
{
    const LoadResult<Article> article = ArticleLoader::load(articlePath);
    if (!article.ok())
        return LoadResult<ReaderContent>::failure(article.error());
    const LoadResult<QList<CityZone>> cities = CityZoneLoader::load(citiesPath);
    if (!cities.ok())
        return LoadResult<ReaderContent>::failure(cities.error());
    return LoadResult<ReaderContent>::success(fromParts(article.value(), cities.value()));
}

LoadResult<ReaderContent> ReaderContent::loadBundled()
{
    return load(ArticleLoader::bundledPath, CityZoneLoader::bundledPath);
}
