#pragma once

#include <QtGlobal>

// Colours as 0xRRGGBB, opaque: core has no QColor (it links no Qt GUI module).
using Rgb = quint32;

// WCAG 2.1 contrast: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio and #dfn-relative-luminance.
namespace Contrast {

// Success criterion 1.4.3 (AA) for text, and 1.4.11 for what is not text (a focus ring, a bar).
constexpr double textMinimum = 4.5;
constexpr double nonTextMinimum = 3.0;

// The relative luminance of an sRGB colour, from 0 (black) to 1 (white).
double luminance(Rgb colour);
// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white. Symmetric.
double ratio(Rgb a, Rgb b);
// a and b mixed channel by channel: t = 0 gives a, t = 1 gives b.
Rgb mix(Rgb a, Rgb b, double t);
// foreground itself when it reaches minimum against background; otherwise foreground moved towards black or
// white (whichever contrasts more with background) just far enough to reach it. Every minimum up to 4.58 is
// reachable, since black or white reaches it against any background.
Rgb ensure(Rgb foreground, Rgb background, double minimum = textMinimum);

} // namespace Contrast
