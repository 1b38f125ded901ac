#pragma once

#include "Article.h"
#include "LoadResult.h"

#include <QByteArray>
#include <QString>

namespace ArticleLoader {

// The article bundled with the application.
inline constexpr QLatin1String bundledPath {":/content/article.json"};

// Parses the JSON form of an article (see resources/article.json). Every structural problem is reported with
// where it is, so a broken content file is fixed in minutes rather than debugged.
LoadResult<Article> parse(const QByteArray& json);

// Reads and parses a file; a missing or unreadable file is reported with its path.
LoadResult<Article> load(const QString& path);

} // namespace ArticleLoader
