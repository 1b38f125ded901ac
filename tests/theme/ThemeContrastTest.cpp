#include "theme/Themes.h"
#include "theme/TypicalSystemPalettes.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
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

using TypicalSystemPalettes::systemDark;
using TypicalSystemPalettes::systemLight;

struct ThemeCase
{
    std::string name;
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

// Every app theme as Themes has it, and System on a light and a dark system.
std::vector<ThemeCase> everyTheme()
{
    std::vector<ThemeCase> cases;
    for (const ThemeChoice choice : Themes::appThemes())
        cases.push_back({Themes::name(choice), Themes::forChoice(choice, systemDark())});
    cases.push_back({"SystemLight", Themes::forChoice(ThemeChoice::System, systemLight())});
    cases.push_back({"SystemDark", Themes::forChoice(ThemeChoice::System, systemDark())});
    return cases;
}

INSTANTIATE_TEST_SUITE_P(EveryTheme,
                         ThemeContrastTest,
                         ::testing::ValuesIn(everyTheme()),
                         [](const ::testing::TestParamInfo<ThemeCase>& p) { return p.param.name; });

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
    for (const ThemeChoice choice : Themes::appThemes()) {
        const ThemeColours theme = Themes::forChoice(choice, systemDark());
        EXPECT_EQ(Themes::forPalette(theme.palette), theme) << Themes::name(choice);
    }
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
