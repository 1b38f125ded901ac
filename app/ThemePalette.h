#pragma once

#include "theme/ThemeColours.h"

#include <QColor>
#include <QPalette>

// Between the core's theme colours and Qt's palettes. Widgets that draw more than the palette's roles (a
// mention, a state, a banner) take those colours from coloursOf(their palette), so they always match the theme
// the palette comes from and no widget keeps a colour of its own.
namespace ThemePalette {

QColor colour(Rgb rgb);
// A palette with every role and colour group set: disabled text dimmed, inactive the same as active (so a
// selection stays legible when the window is not focused).
QPalette toPalette(const PaletteColours& colours);
// The active colours of a palette; a colour with transparency counts as drawn on its role's background.
PaletteColours fromPalette(const QPalette& palette);
// The theme colours that go with palette (see Themes::forPalette).
ThemeColours coloursOf(const QPalette& palette);

} // namespace ThemePalette
