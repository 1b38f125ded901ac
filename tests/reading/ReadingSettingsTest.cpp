#include "reading/ReadingSettings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

namespace {

class ReadingSettingsTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("reading.ini")), QSettings::IniFormat};
};

} // namespace

TEST_F(ReadingSettingsTest, NothingStoredGivesTheDefaults)
{
    const ReadingSettings loaded = ReadingSettings::load(settings);
    EXPECT_EQ(loaded, ReadingSettings());
    EXPECT_EQ(loaded.typeface, ReadingSettings::Typeface::SansSerif);
    EXPECT_EQ(loaded.sizeStep, 0);
    EXPECT_EQ(loaded.lineSpacing, 150);
    EXPECT_EQ(loaded.width, ReadingSettings::ColumnWidth::Medium);
    EXPECT_EQ(loaded.theme, ThemeChoice::System);
}

TEST_F(ReadingSettingsTest, SavedSettingsComeBack)
{
    ReadingSettings chosen;
    chosen.typeface = ReadingSettings::Typeface::Serif;
    chosen.sizeStep = 3;
    chosen.lineSpacing = 180;
    chosen.width = ReadingSettings::ColumnWidth::Narrow;
    chosen.theme = ThemeChoice::Sepia;
    chosen.save(settings);
    settings.sync();

    QSettings reopened(settings.fileName(), QSettings::IniFormat);
    EXPECT_EQ(ReadingSettings::load(reopened), chosen);
    EXPECT_EQ(reopened.value(QStringLiteral("reading/theme")).toString(), QStringLiteral("sepia"));
    // The text size keeps the key the zoom always had, so an old configuration keeps its size.
    EXPECT_EQ(reopened.value(QStringLiteral("reader/zoom")).toInt(), 3);
}

TEST_F(ReadingSettingsTest, EveryChoiceSurvivesARoundTrip)
{
    for (auto typeface :
         {ReadingSettings::Typeface::SansSerif, ReadingSettings::Typeface::Serif, ReadingSettings::Typeface::System}) {
        for (auto width : {ReadingSettings::ColumnWidth::Narrow,
                           ReadingSettings::ColumnWidth::Medium,
                           ReadingSettings::ColumnWidth::Wide}) {
            for (auto theme : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Sepia, ThemeChoice::Dark}) {
                ReadingSettings chosen;
                chosen.typeface = typeface;
                chosen.width = width;
                chosen.theme = theme;
                chosen.save(settings);
                EXPECT_EQ(ReadingSettings::load(settings), chosen);
            }
        }
    }
}

struct BadValue
{
    const char* name;
    const char* key;
    QVariant stored;
    ReadingSettings expected;
};

void PrintTo(const BadValue& value, std::ostream* os)
{
    *os << value.name;
}

class ReadingSettingsBadValueTest : public ::testing::TestWithParam<BadValue>
{
};

TEST_P(ReadingSettingsBadValueTest, BadStoredValuesBecomeValid)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(GetParam().key), GetParam().stored);
    EXPECT_EQ(ReadingSettings::load(settings), GetParam().expected)
        << GetParam().key << " = " << GetParam().stored.toString().toStdString();
}

namespace {

ReadingSettings with(int sizeStep, int lineSpacing)
{
    ReadingSettings s;
    s.sizeStep = sizeStep;
    s.lineSpacing = lineSpacing;
    return s;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(
    Table,
    ReadingSettingsBadValueTest,
    ::testing::Values(BadValue {"SizeAboveTheRange", "reader/zoom", 99, with(ReadingSettings::maxSizeStep, 150)},
                      BadValue {"SizeBelowTheRange", "reader/zoom", -99, with(ReadingSettings::minSizeStep, 150)},
                      BadValue {"SizeNotANumber", "reader/zoom", QStringLiteral("huge"), with(0, 150)},
                      BadValue {"SpacingAboveTheRange", "reading/lineSpacing", 1000, with(0, 200)},
                      BadValue {"SpacingZero", "reading/lineSpacing", 0, with(0, 120)},
                      BadValue {"SpacingNegative", "reading/lineSpacing", -5, with(0, 120)},
                      BadValue {"SpacingRoundsUp", "reading/lineSpacing", 156, with(0, 160)},
                      BadValue {"SpacingRoundsDown", "reading/lineSpacing", 154, with(0, 150)},
                      BadValue {"SpacingAsAFraction", "reading/lineSpacing", QStringLiteral("1.5"), with(0, 150)},
                      BadValue {"UnknownTypeface", "reading/typeface", QStringLiteral("Comic Sans"), ReadingSettings()},
                      BadValue {"UnknownWidth", "reading/width", QStringLiteral("enormous"), ReadingSettings()},
                      BadValue {"ThemeNotExactlyAName", "reading/theme", QStringLiteral("DARK "), ReadingSettings()},
                      BadValue {"ThemeAsANumber", "reading/theme", 3, ReadingSettings()}),
    [](const ::testing::TestParamInfo<BadValue>& p) { return std::string(p.param.name); });

TEST(ReadingSettingsValues, SizesGrowTenPercentAStepWithinTheRange)
{
    EXPECT_DOUBLE_EQ(ReadingSettings::sizeFactor(0), 1.0);
    EXPECT_NEAR(ReadingSettings::sizeFactor(1), 1.1, 1e-9);
    EXPECT_NEAR(ReadingSettings::sizeFactor(-1), 1 / 1.1, 1e-9);
    EXPECT_DOUBLE_EQ(ReadingSettings::sizeFactor(50), ReadingSettings::sizeFactor(ReadingSettings::maxSizeStep));
}

TEST(ReadingSettingsValues, TheWindowsTextGrowsWithTheArticlesUpToALimit)
{
    EXPECT_DOUBLE_EQ(ReadingSettings::windowSizeFactor(2), ReadingSettings::sizeFactor(2));
    EXPECT_DOUBLE_EQ(ReadingSettings::windowSizeFactor(-3), ReadingSettings::sizeFactor(-3));
    EXPECT_DOUBLE_EQ(ReadingSettings::windowSizeFactor(ReadingSettings::maxSizeStep),
                     ReadingSettings::sizeFactor(ReadingSettings::maxWindowSizeStep));
    EXPECT_LT(ReadingSettings::maxWindowSizeStep, ReadingSettings::maxSizeStep);
}

TEST(ReadingSettingsValues, WidthsAreOrderedMeasures)
{
    const int narrow = ReadingSettings::characters(ReadingSettings::ColumnWidth::Narrow);
    const int medium = ReadingSettings::characters(ReadingSettings::ColumnWidth::Medium);
    const int wide = ReadingSettings::characters(ReadingSettings::ColumnWidth::Wide);
    EXPECT_LT(narrow, medium);
    EXPECT_LT(medium, wide);
    EXPECT_EQ(medium, 72) << "the measure the article always had";
}

TEST(ReadingSettingsValues, TypefacesPutALatinFaceFirstAndTheMatchingCjkFaceLast)
{
    const QStringList system {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Cantarell")};
    const QStringList serif = ReadingSettings::families(ReadingSettings::Typeface::Serif, system);
    EXPECT_EQ(serif.first(), QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(serif.last(), QStringLiteral("Noto Serif CJK SC"));
    EXPECT_FALSE(serif.contains(QStringLiteral("Noto Sans CJK SC")));

    const QStringList sans = ReadingSettings::families(ReadingSettings::Typeface::SansSerif, system);
    EXPECT_EQ(sans.first(), QStringLiteral("DejaVu Sans"));
    EXPECT_EQ(sans.last(), QStringLiteral("Noto Sans CJK SC"));

    const QStringList own = ReadingSettings::families(ReadingSettings::Typeface::System, system);
    EXPECT_EQ(own.first(), QStringLiteral("Cantarell")) << "the desktop's font, its CJK face moved last";
    EXPECT_EQ(own.last(), QStringLiteral("Noto Sans CJK SC"));
    EXPECT_EQ(own.count(QStringLiteral("Noto Sans CJK SC")), 1);
}
