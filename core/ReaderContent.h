#pragma once

#include "LoadResult.h"
#include "article/Article.h"
#include "article/TextMention.h"
#include "cities/CityZone.h"

#include <QHash>
#include <QList>
#include <QString>

// Everything the reader shows from the bundled content: the article, the cities, and where each city
// is mentioned, computed from the article's text.
struct ReaderContent
{
    Article article;
    QList<CityZone> cities;
    QHash<QString, QList<TextMention>> mentionsByCityId;

    QHash<QString, int> mentionCounts() const;

    static ReaderContent fromParts(Article article, QList<CityZone> cities);
    // Loads both files; the first failure is reported.
    static LoadResult<ReaderContent> load(const QString& articlePath, const QString& citiesPath);
    static LoadResult<ReaderContent> loadBundled();
};
