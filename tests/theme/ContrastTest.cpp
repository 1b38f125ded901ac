#include "theme/Contrast.h"

#include <gtest/gtest.h>

TEST(Contrast, MatchesTheRatiosWcagGives)
{
    EXPECT_NEAR(Contrast::ratio(0x000000, 0xffffff), 21.0, 1e-9);
    EXPECT_NEAR(Contrast::ratio(0xffffff, 0x000000), 21.0, 1e-9);
    EXPECT_NEAR(Contrast::ratio(0x123456, 0x123456), 1.0, 1e-9);
    // Known values (WebAIM's contrast checker): #777 on white just fails AA, #767676 just passes.
    EXPECT_NEAR(Contrast::ratio(0x777777, 0xffffff), 4.48, 0.01);
    EXPECT_NEAR(Contrast::ratio(0x767676, 0xffffff), 4.54, 0.01);
    // The amber the comment list used to draw on a dark base: the issue measured about 2.6:1.
    EXPECT_NEAR(Contrast::ratio(0x8a5a00, 0x202225), 2.6, 0.2);
    EXPECT_NEAR(Contrast::luminance(0xff0000), 0.2126, 1e-4);
}

TEST(Contrast, EnsureKeepsALegibleColourAndMovesAnIllegibleOneJustEnough)
{
    EXPECT_EQ(Contrast::ensure(0x1a1a1a, 0xffffff), 0x1a1a1a);
    const Rgb moved = Contrast::ensure(0x8a5a00, 0x202225);
    EXPECT_GE(Contrast::ratio(moved, 0x202225), Contrast::textMinimum);
    EXPECT_NE(moved, 0xffffff) << "moved all the way to white, losing the hue";
    // Dark text on a dark background gets lighter, on a light one darker.
    EXPECT_GT(Contrast::luminance(Contrast::ensure(0x333333, 0x000000)), Contrast::luminance(0x333333));
    EXPECT_LT(Contrast::luminance(Contrast::ensure(0xcccccc, 0xffffff)), Contrast::luminance(0xcccccc));
    // The hardest background still gets a legible text.
    for (Rgb background : {0x767676u, 0x808080u, 0x959595u, 0x3d8fd6u}) {
        EXPECT_GE(Contrast::ratio(Contrast::ensure(background, background), background), Contrast::textMinimum)
            << std::hex << background;
    }
}

TEST(Contrast, MixGoesFromOneColourToTheOther)
{
    EXPECT_EQ(Contrast::mix(0x000000, 0xffffff, 0.0), 0x000000u);
    EXPECT_EQ(Contrast::mix(0x000000, 0xffffff, 1.0), 0xffffffu);
    EXPECT_EQ(Contrast::mix(0x000000, 0xfefefe, 0.5), 0x7f7f7fu);
    EXPECT_EQ(Contrast::mix(0x102030, 0x102030, 0.3), 0x102030u);
}
