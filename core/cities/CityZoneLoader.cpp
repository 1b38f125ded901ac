#include "CityZoneLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int supportedFormatVersion = 1;
using Result = LoadResult<QList<CityZone>>;

// Gives lupdate a context for the messages of these free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CityZoneLoader)
};

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

// Returns an error message, or an empty string when the city is complete.
QString parseCity(const QJsonObject& object, int index, CityZone& city)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    city.id = object.value(QLatin1String("id")).toString();
    if (!idPattern.match(city.id).hasMatch())
        return Text::tr("City %1 needs an \"id\" of lower-case letters, digits and hyphens.").arg(index + 1);

    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString().trimmed();
    };
    city.name = text("name");
    city.nameZh = text("nameZh");
    city.region = text("region");
    city.mandate = text("mandate");
    for (const auto& [key, value] : {std::pair {"name", city.name},
                                     std::pair {"nameZh", city.nameZh},
                                     std::pair {"region", city.region},
                                     std::pair {"mandate", city.mandate}}) {
        if (value.isEmpty())
            return Text::tr("City \"%1\" has no \"%2\".").arg(city.id, QLatin1String(key));
    }

    const QString regionKind = text("regionKind");
    if (regionKind == QLatin1String("province"))
        city.regionKind = CityZone::RegionKind::Province;
    else if (regionKind == QLatin1String("municipality"))
        city.regionKind = CityZone::RegionKind::Municipality;
    else
        return Text::tr("City \"%1\" has regionKind \"%2\"; expected province or municipality.")
            .arg(city.id, regionKind);

    city.facts = stringList(object.value(QLatin1String("facts")));
    city.quotes = stringList(object.value(QLatin1String("quotes")));
    const QJsonArray figures = object.value(QLatin1String("figures")).toArray();
    for (const QJsonValue& item : figures) {
        const QJsonObject figure = item.toObject();
        const QJsonValue value = figure.value(QLatin1String("value"));
        if (!value.isDouble() || value.toDouble() < 0)
            return Text::tr("City \"%1\" has a figure without a non-negative number \"value\".").arg(city.id);
        city.figures.append(CityFigure {figure.value(QLatin1String("label")).toString(),
                                        value.toDouble(),
                                        figure.value(QLatin1String("unit")).toString(),
                                        figure.value(QLatin1String("note")).toString()});
    }
    return {};
}

} // namespace

namespace CityZoneLoader {

LoadResult<QList<CityZone>> parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(Text::tr("The city list is not valid JSON: %1 at byte %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version != supportedFormatVersion)
        return Result::failure(
            Text::tr("The city list has format version %1; this version of the app reads version %2.")
                .arg(version)
                .arg(supportedFormatVersion));
    const QJsonValue citiesValue = root.value(QLatin1String("cities"));
    if (!citiesValue.isArray() || citiesValue.toArray().isEmpty())
        return Result::failure(Text::tr("The city list has no \"cities\"."));

    QList<CityZone> cities;
    QSet<QString> ids;
    const QJsonArray array = citiesValue.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Result::failure(Text::tr("City %1 is not a JSON object.").arg(i + 1));
        CityZone city;
        const QString error = parseCity(array.at(i).toObject(), i, city);
        if (!error.isEmpty())
            return Result::failure(error);
        if (ids.contains(city.id))
            return Result::failure(Text::tr("The city id \"%1\" appears twice.").arg(city.id));
        ids.insert(city.id);
        cities.append(std::move(city));
    }
    return Result::success(std::move(cities));
}

LoadResult<QList<CityZone>> load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Text::tr("Cannot read the city list from %1: %2").arg(path, file.errorString()));
    const Result result = parse(file.readAll());
    if (!result.ok())
        return Result::failure(Text::tr("%1 (in %2)").arg(result.error(), path));
    return result;
}

} // namespace CityZoneLoader
