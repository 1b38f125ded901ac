#include "cities/CityZoneLoader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray cityJson(const QByteArray& cityFields)
{
    return R"({"formatVersion": 1, "cities": [{)" + cityFields + "}]}";
}

const QByteArray completeCity = R"("id": "x", "name": "X", "nameZh": "叉", "region": "R", "regionKind": "province",
                                   "mandate": "do things")";

} // namespace

TEST(CityZoneLoader, LoadsTheFourBundledPilotCities)
{
    const auto result = CityZoneLoader::load(CityZoneLoader::bundledPath);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QList<CityZone>& cities = result.value();
    ASSERT_EQ(cities.size(), 4);
    QStringList names;
    QStringList chineseNames;
    for (const CityZone& city : cities) {
        names.append(city.name);
        chineseNames.append(city.nameZh);
    }
    EXPECT_EQ(names,
              (QStringList {QStringLiteral("Hefei"),
                            QStringLiteral("Hangzhou"),
                            QStringLiteral("Shenzhen"),
                            QStringLiteral("Tianjin")}));
    EXPECT_EQ(
        chineseNames,
        (QStringList {QStringLiteral("合肥"), QStringLiteral("杭州"), QStringLiteral("深圳"), QStringLiteral("天津")}));
    EXPECT_EQ(cities.at(3).regionKind, CityZone::RegionKind::Municipality);
    EXPECT_EQ(cities.at(0).region, QStringLiteral("Anhui"));
    EXPECT_EQ(cities.at(1).region, QStringLiteral("Zhejiang"));
    EXPECT_EQ(cities.at(2).region, QStringLiteral("Guangdong"));
}

TEST(CityZoneLoader, GivesShenzhenItsFiguresAndQuotes)
{
    const auto result = CityZoneLoader::load(CityZoneLoader::bundledPath);
    ASSERT_TRUE(result.ok());
    const CityZone& shenzhen = result.value().at(2);
    EXPECT_EQ(shenzhen.id, QStringLiteral("shenzhen"));
    EXPECT_EQ(
        shenzhen.mandate,
        QStringLiteral("build an artificial intelligence innovation highland with international competitiveness"));
    ASSERT_EQ(shenzhen.figures.size(), 2);
    EXPECT_DOUBLE_EQ(shenzhen.figures.at(0).value, 477.202);
    EXPECT_EQ(shenzhen.figures.at(0).unit, QStringLiteral("RMB billion"));
    EXPECT_EQ(shenzhen.figures.at(0).note, QStringLiteral("up 10.9% year on year"));
    EXPECT_DOUBLE_EQ(shenzhen.figures.at(1).value, 124.073);
    EXPECT_EQ(shenzhen.quotes.size(), 2);
    EXPECT_TRUE(shenzhen.facts.join(QLatin1Char(' ')).contains(QStringLiteral("Huawei and Tencent")));
}

TEST(CityZoneLoader, ParsesACompleteCity)
{
    const auto result = CityZoneLoader::parse(cityJson(completeCity + R"(, "facts": ["f"], "quotes": ["q"],
        "figures": [{"label": "L", "value": 1.5, "unit": "U", "note": "N"}])"));
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const CityZone expected {QStringLiteral("x"),
                             QStringLiteral("X"),
                             QStringLiteral("叉"),
                             QStringLiteral("R"),
                             CityZone::RegionKind::Province,
                             QStringLiteral("do things"),
                             {QStringLiteral("f")},
                             {QStringLiteral("q")},
                             {CityFigure {QStringLiteral("L"), 1.5, QStringLiteral("U"), QStringLiteral("N")}}};
    EXPECT_EQ(result.value().constFirst(), expected);
}

struct BrokenCities
{
    const char* name;
    QByteArray json;
    const char* expectedMessagePart;
};

class CityZoneLoaderRejects : public ::testing::TestWithParam<BrokenCities>
{
};

TEST_P(CityZoneLoaderRejects, WithAClearMessage)
{
    const auto result = CityZoneLoader::parse(GetParam().json);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QString::fromUtf8(GetParam().expectedMessagePart)))
        << result.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BrokenInputs,
    CityZoneLoaderRejects,
    ::testing::Values(
        BrokenCities {"NotJson", "cities", "not valid JSON"},
        BrokenCities {"WrongVersion", R"({"formatVersion": 7, "cities": []})", "format version 7"},
        BrokenCities {"NoCities", R"({"formatVersion": 1})", "no \"cities\""},
        BrokenCities {"CityNotObject", R"({"formatVersion": 1, "cities": [3]})", "City 1 is not a JSON object"},
        BrokenCities {"BadId", cityJson(R"("id": "Shen Zhen")"), "City 1 needs an \"id\""},
        BrokenCities {
            "NoChineseName", cityJson(R"("id": "x", "name": "X", "region": "R", "mandate": "m")"), "has no \"nameZh\""},
        BrokenCities {
            "NoMandate", cityJson(R"("id": "x", "name": "X", "nameZh": "叉", "region": "R")"), "has no \"mandate\""},
        BrokenCities {"BadRegionKind",
                      cityJson(R"("id": "x", "name": "X", "nameZh": "叉", "region": "R", "mandate": "m",
                                 "regionKind": "county")"),
                      "regionKind \"county\""},
        BrokenCities {"NegativeFigure",
                      cityJson(completeCity + R"(, "figures": [{"label": "L", "value": -1}])"),
                      "non-negative number"},
        BrokenCities {"TextFigure",
                      cityJson(completeCity + R"(, "figures": [{"label": "L", "value": "12"}])"),
                      "non-negative number"},
        BrokenCities {"DuplicateId",
                      R"({"formatVersion": 1, "cities": [{)" + completeCity + "}, {" + completeCity + "}]}",
                      "appears twice"}),
    [](const ::testing::TestParamInfo<BrokenCities>& p) { return std::string(p.param.name); });

TEST(CityZoneLoader, ReportsAMissingFileWithItsPath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cities.json"));
    const auto result = CityZoneLoader::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(path));
}
