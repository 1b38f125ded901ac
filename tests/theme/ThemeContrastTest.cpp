#include "theme/Themes.h"

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace {

struct Pair
{
    const char* what;
    Rgb foreground;
    Rgb background;
    double minimum;
};

// Every text the app draws, on the background it is drawn on, as the widgets use the roles.
std::vector<Pair> pairsOf(const ThemeColours& c)
{
    const PaletteColours& p = c.palette;
    const double text = Contrast::textMinimum;
    return {
        {"window text on window (labels, sidebar, chart labels)", p.windowText, p.window, text},
        {"text on base (article, lists, fields)", p.text, p.base, text},
        {"text on alternate base", p.text, p.alternateBase, text},
        {"button text on button", p.buttonText, p.button, text},
        {"highlighted text on highlight (selection, current match, chart value in its bar)",
         p.highlightedText,
         p.highlight,
         text},
        {"placeholder and dim text on base (comment time, field hints)", p.placeholderText, p.base, text},
        {"placeholder and dim text on window", p.placeholderText, p.window, text},
        {"link on base", p.link, p.base, text},
        {"tooltip text on tooltip", p.toolTipText, p.toolTipBase, text},
        {"mention highlight", c.mentionText, c.mentionBackground, text},
        {"find match", c.findMatchText, c.findMatchBackground, text},
        {"error state on base (failed, spam)", c.errorText, p.base, text},
        {"error state on window (counter over the limit)", c.errorText, p.window, text},
        {"waiting state on base (queued, saved on this computer)", c.waitingText, p.base, text},
        {"waiting state on window", c.waitingText, p.window, text},
        {"ok state on base (sent, published)", c.okText, p.base, text},
        {"error banner", c.errorBannerText, c.errorBannerBackground, text},
        {"warning banner", c.warningBannerText, c.warningBannerBackground, text},
        {"notice banner", c.infoBannerText, c.infoBannerBackground, text},
        {"focus ring on window", c.focusRing, p.window, Contrast::nonTextMinimum},
        {"focus ring on base", c.focusRing, p.base, Contrast::nonTextMinimum},
        {"chart bar on window", p.highlight, p.window, Contrast::nonTextMinimum},
    };
}

// What Qt's Fusion style gives as its light palette, and a typical dark desktop palette (Breeze Dark-like, with
// the light highlight and dark highlighted text that made the old amber unreadable), as a system may hand them.
PaletteColours systemLight()
{
    PaletteColours p;
    p.window = 0xefefef;
    p.windowText = 0x000000;
    p.base = 0xffffff;
    p.alternateBase = 0xf7f7f7;
    p.text = 0x000000;
    p.button = 0xefefef;
    p.buttonText = 0x000000;
    p.highlight = 0x308cc6;
    p.highlightedText = 0xffffff;
    p.placeholderText = 0x7f7f7f; // text at half alpha, as Qt derives it, blended on base
    p.link = 0x0000ff;
    p.toolTipBase = 0xffffdc;
    p.toolTipText = 0x000000;
    p.midlight = 0xcacaca;
    p.disabledText = 0xbebebe;
    return p;
}

PaletteColours systemDark()
{
    PaletteColours p;
    p.window = 0x202225;
    p.windowText = 0xe8e8e8;
    p.base = 0x18191b;
    p.alternateBase = 0x202225;
    p.text = 0xe8e8e8;
    p.button = 0x31363b;
    p.buttonText = 0xe8e8e8;
    p.highlight = 0x3daee9;
    p.highlightedText = 0x101010;
    p.placeholderText = 0x5a5a5a;
    p.link = 0x2980b9;
    p.toolTipBase = 0x31363b;
    p.toolTipText = 0xe8e8e8;
    p.midlight = 0x40464c;
    p.disabledText = 0x6e6e6e;
    return p;
}

struct ThemeCase
{
    const char* name;
    ThemeColours colours;
};

void PrintTo(const ThemeCase& c, std::ostream* os)
{
    *os << c.name;
}

class ThemeContrastTest : public ::testing::TestWithParam<ThemeCase>
{
};

} // namespace

TEST_P(ThemeContrastTest, EveryTextReachesWcagAA)
{
    for (const Pair& pair : pairsOf(GetParam().colours)) {
        const double ratio = Contrast::ratio(pair.foreground, pair.background);
        EXPECT_GE(ratio, pair.minimum) << GetParam().name << ": " << pair.what << " is " << ratio << ":1 (#" << std::hex
                                       << pair.foreground << " on #" << pair.background << ")";
    }
}

INSTANTIATE_TEST_SUITE_P(
    EveryTheme,
    ThemeContrastTest,
    ::testing::Values(ThemeCase {"Light", Themes::light()},
                      ThemeCase {"Sepia", Themes::sepia()},
                      ThemeCase {"Dark", Themes::dark()},
                      ThemeCase {"SystemLight", Themes::forChoice(ThemeChoice::System, systemLight())},
                      ThemeCase {"SystemDark", Themes::forChoice(ThemeChoice::System, systemDark())}),
    [](const ::testing::TestParamInfo<ThemeCase>& p) { return std::string(p.param.name); });

TEST(Themes, SystemKeepsTheSystemsLegibleColoursAndFixesTheOthers)
{
    const PaletteColours system = systemDark();
    const ThemeColours resolved = Themes::forChoice(ThemeChoice::System, system);
    EXPECT_EQ(resolved.palette.window, system.window);
    EXPECT_EQ(resolved.palette.base, system.base);
    EXPECT_EQ(resolved.palette.text, system.text);
    EXPECT_EQ(resolved.palette.highlight, system.highlight);
    EXPECT_NE(resolved.palette.placeholderText, system.placeholderText) << "#5a5a5a on #18191b is 2.6:1";
    // The dark theme's state colours go with a dark system, the light theme's with a light one.
    EXPECT_EQ(resolved.errorBannerBackground, Themes::dark().errorBannerBackground);
    EXPECT_EQ(Themes::forChoice(ThemeChoice::System, systemLight()).errorBannerBackground,
              Themes::light().errorBannerBackground);
}

TEST(Themes, APaletteGivesBackItsTheme)
{
    for (const ThemeColours& theme : {Themes::light(), Themes::sepia(), Themes::dark()})
        EXPECT_EQ(Themes::forPalette(theme.palette), theme);
    const ThemeColours system = Themes::forChoice(ThemeChoice::System, systemDark());
    EXPECT_EQ(Themes::forPalette(system.palette), system) << "resolving twice changes nothing";
    EXPECT_EQ(Themes::forChoice(ThemeChoice::Sepia, systemDark()), Themes::sepia());
}

TEST(Themes, ThemesDifferWhereTheyShould)
{
    EXPECT_NE(Themes::light().palette.base, Themes::dark().palette.base);
    EXPECT_NE(Themes::light().palette.base, Themes::sepia().palette.base);
    EXPECT_LT(Contrast::luminance(Themes::dark().palette.base), 0.05);
    EXPECT_GT(Contrast::luminance(Themes::light().palette.base), 0.9);
}
