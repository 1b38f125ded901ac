#pragma once

#include "theme/ThemeColours.h"

// Palettes a system may hand the app, for the tests of the System theme. Each has a dim text that is not legible
// on its base, which the System theme must correct, and neither is the palette of an app theme.
namespace TypicalSystemPalettes {

// What Qt's Fusion style gives as its light palette, and a typical dark desktop palette (Breeze Dark-like, with
// the light highlight and dark highlighted text that made the old amber unreadable), as a system may hand them.
inline PaletteColours systemLight()
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

inline PaletteColours systemDark()
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

} // namespace TypicalSystemPalettes
