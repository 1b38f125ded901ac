#pragma once

#include "theme/ThemeChoice.h"
#include "theme/ThemeColours.h"

#include <QList>

// The app's themes, as data. Every text colour of every theme reaches WCAG AA (4.5:1) against the background it
// is drawn on, and the focus ring 3:1 against window and base (tests/theme checks each pair).
namespace Themes {

ThemeColours light();
ThemeColours sepia();
ThemeColours dark();

// The app's own themes, every choice but System: forPalette knows their palettes, the contrast test checks each.
QList<ThemeChoice> appThemes();
// A choice's name in English ("Sepia"), for tests and logs; the reader sees the dialog's translated names.
const char* name(ThemeChoice choice);

// The colours of a theme. System keeps the system's palette (given as system), with each text colour that is
// not legible on its background moved just far enough to be, and adds the light or the dark theme's other
// colours, whichever matches the system's base, made legible the same way.
ThemeColours forChoice(ThemeChoice choice, const PaletteColours& system);

// The colours that go with a palette a widget has: the app theme whose palette it is, else the System colours
// derived from it. A pure function, so a widget can ask at paint time and always matches its palette.
ThemeColours forPalette(const PaletteColours& palette);

} // namespace Themes
