#pragma once

#include "CityZone.h"
#include "LoadResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace CityZoneLoader {

inline constexpr QLatin1String bundledPath {":/content/cities.json"};

// Parses the JSON form of the city zones (see resources/cities.json). Ids must be unique, lower-case ASCII;
// every city needs a name, a Chinese name, a region and a mandate.
LoadResult<QList<CityZone>> parse(const QByteArray& json);

LoadResult<QList<CityZone>> load(const QString& path);

} // namespace CityZoneLoader
