#include "Themes.h"

namespace {

// Moves a text colour just far enough to be legible on each background, the worse one first.
Rgb legibleOn(Rgb text, Rgb first, Rgb second, double minimum = Contrast::textMinimum)
{
    for (int round = 0; round < 3; ++round) {
        text = Contrast::ensure(text, first, minimum);
        text = Contrast::ensure(text, second, minimum);
        if (Contrast::ratio(text, first) >= minimum && Contrast::ratio(text, second) >= minimum)
            break;
    }
    return text;
}

} // namespace

namespace Themes {

ThemeColours light()
{
    ThemeColours c;
    c.palette.window = 0xf2f2f2;
    c.palette.windowText = 0x1a1a1a;
    c.palette.base = 0xffffff;
    c.palette.alternateBase = 0xf5f5f5;
    c.palette.text = 0x1a1a1a;
    c.palette.button = 0xe8e8e8;
    c.palette.buttonText = 0x1a1a1a;
    c.palette.highlight = 0x1f5fa8;
    c.palette.highlightedText = 0xffffff;
    c.palette.placeholderText = 0x5c5c5c;
    c.palette.link = 0x0b55a3;
    c.palette.toolTipBase = 0xffffe1;
    c.palette.toolTipText = 0x1a1a1a;
    c.palette.midlight = 0xcfcfcf;
    c.palette.disabledText = 0x8c8c8c;
    c.mentionBackground = 0xffe680;
    c.mentionText = 0x1a1a1a;
    c.findMatchBackground = 0xb8e0f5;
    c.findMatchText = 0x1a1a1a;
    c.errorText = 0xa8161b;
    c.waitingText = 0x7a4c00;
    c.okText = 0x2e6330;
    c.errorBannerBackground = 0xfbe4e4;
    c.errorBannerText = 0x5c0f12;
    c.warningBannerBackground = 0xfdf1d8;
    c.warningBannerText = 0x4a3300;
    c.infoBannerBackground = 0xe3eefa;
    c.infoBannerText = 0x0f2e50;
    c.focusRing = 0x1f5fa8;
    return c;
}

ThemeColours sepia()
{
    ThemeColours c;
    c.palette.window = 0xebe0c9;
    c.palette.windowText = 0x3a2e20;
    c.palette.base = 0xf7efdd;
    c.palette.alternateBase = 0xf1e7d1;
    c.palette.text = 0x3a2e20;
    c.palette.button = 0xe2d5ba;
    c.palette.buttonText = 0x3a2e20;
    c.palette.highlight = 0x7c4a1c;
    c.palette.highlightedText = 0xfff8ec;
    c.palette.placeholderText = 0x65543f;
    c.palette.link = 0x7a3a08;
    c.palette.toolTipBase = 0xfbf5e8;
    c.palette.toolTipText = 0x3a2e20;
    c.palette.midlight = 0xd3c3a3;
    c.palette.disabledText = 0x998a72;
    c.mentionBackground = 0xf0cd68;
    c.mentionText = 0x3a2e20;
    c.findMatchBackground = 0xcbded3;
    c.findMatchText = 0x3a2e20;
    c.errorText = 0x95190f;
    c.waitingText = 0x6a4500;
    c.okText = 0x35561f;
    c.errorBannerBackground = 0xf3d5c9;
    c.errorBannerText = 0x571208;
    c.warningBannerBackground = 0xf2e0b2;
    c.warningBannerText = 0x463000;
    c.infoBannerBackground = 0xdbe5dc;
    c.infoBannerText = 0x1e3a2c;
    c.focusRing = 0x85460c;
    return c;
}

ThemeColours dark()
{
    ThemeColours c;
    c.palette.window = 0x202225;
    c.palette.windowText = 0xe6e6e6;
    c.palette.base = 0x17181a;
    c.palette.alternateBase = 0x1d1f22;
    c.palette.text = 0xe6e6e6;
    c.palette.button = 0x2d3035;
    c.palette.buttonText = 0xe6e6e6;
    c.palette.highlight = 0x2f74c0;
    c.palette.highlightedText = 0xffffff;
    c.palette.placeholderText = 0xa3a3a3;
    c.palette.link = 0x8cbcff;
    c.palette.toolTipBase = 0x2d3035;
    c.palette.toolTipText = 0xe6e6e6;
    c.palette.midlight = 0x3b3e44;
    c.palette.disabledText = 0x767676;
    c.mentionBackground = 0x6b5200;
    c.mentionText = 0xffffff;
    c.findMatchBackground = 0x1d5a74;
    c.findMatchText = 0xffffff;
    c.errorText = 0xff8a80;
    c.waitingText = 0xf0b85c;
    c.okText = 0x8fd18f;
    c.errorBannerBackground = 0x4a1c1c;
    c.errorBannerText = 0xffd9d6;
    c.warningBannerBackground = 0x473812;
    c.warningBannerText = 0xffe7b3;
    c.infoBannerBackground = 0x1b3350;
    c.infoBannerText = 0xd6e8ff;
    c.focusRing = 0x6cb4ff;
    return c;
}

ThemeColours forChoice(ThemeChoice choice, const PaletteColours& system)
{
    switch (choice) {
    case ThemeChoice::Light:
        return light();
    case ThemeChoice::Sepia:
        return sepia();
    case ThemeChoice::Dark:
        return dark();
    case ThemeChoice::System:
        break;
    }
    const bool isDark = Contrast::luminance(system.base) < Contrast::luminance(system.text);
    ThemeColours c = isDark ? dark() : light();
    PaletteColours p = system;
    p.windowText = legibleOn(p.windowText, p.window, p.window);
    p.text = legibleOn(p.text, p.base, p.alternateBase);
    p.buttonText = legibleOn(p.buttonText, p.button, p.button);
    p.highlightedText = legibleOn(p.highlightedText, p.highlight, p.highlight);
    p.placeholderText = legibleOn(p.placeholderText, p.base, p.window);
    p.link = legibleOn(p.link, p.base, p.window);
    p.toolTipText = legibleOn(p.toolTipText, p.toolTipBase, p.toolTipBase);
    c.palette = p;
    c.errorText = legibleOn(c.errorText, p.base, p.window);
    c.waitingText = legibleOn(c.waitingText, p.base, p.window);
    c.okText = legibleOn(c.okText, p.base, p.window);
    c.focusRing = legibleOn(p.highlight, p.window, p.base, Contrast::nonTextMinimum);
    return c;
}

QList<ThemeChoice> appThemes()
{
    return {ThemeChoice::Light, ThemeChoice::Sepia, ThemeChoice::Dark};
}

const char* name(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        break;
    case ThemeChoice::Light:
        return "Light";
    case ThemeChoice::Sepia:
        return "Sepia";
    case ThemeChoice::Dark:
        return "Dark";
    }
    return "System";
}

ThemeColours forPalette(const PaletteColours& palette)
{
    for (const ThemeChoice choice : appThemes()) {
        const ThemeColours theme = forChoice(choice, palette);
        if (theme.palette == palette)
            return theme;
    }
    return forChoice(ThemeChoice::System, palette);
}

} // namespace Themes
