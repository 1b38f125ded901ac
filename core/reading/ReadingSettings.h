#pragma once

#include "theme/ThemeChoice.h"

#include <QStringList>

class QSettings;

// How the reader likes to read: typeface, text size, line spacing, column width and theme. A value with its
// defaults; load() takes whatever is stored and makes it valid (unknown names give the default, numbers are
// clamped to their range), so a hand-edited or old configuration never breaks the window.
struct ReadingSettings
{
    enum class Typeface {
        SansSerif,
        Serif,
        System, // the desktop's own font
    };
    enum class ColumnWidth {
        Narrow,
        Medium,
        Wide,
    };

    // Text size steps, each 10% larger than the one before; 0 is the desktop's size.
    static constexpr int minSizeStep = -4;
    static constexpr int maxSizeStep = 10;
    // Line spacing in percent of the font's own line height, in steps of lineSpacingStep.
    static constexpr int minLineSpacing = 120;
    static constexpr int maxLineSpacing = 200;
    static constexpr int lineSpacingStep = 10;

    Typeface typeface = Typeface::SansSerif;
    int sizeStep = 0;
    int lineSpacing = 150;
    ColumnWidth width = ColumnWidth::Medium;
    ThemeChoice theme = ThemeChoice::System;

    // The stored settings, made valid; the defaults for what is missing.
    static ReadingSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    // Sizes and spacing brought into their ranges.
    ReadingSettings clamped() const;

    // How much larger than the desktop's text a size step is.
    static double sizeFactor(int step);
    // How much larger the rest of the window's text (sidebar, panel, form, menus) is at a size step: it grows with
    // the article's up to maxWindowSizeStep, beyond which the window would no longer fit an 800×600 screen.
    static constexpr int maxWindowSizeStep = 4;
    static double windowSizeFactor(int step);
    // The measure of a column width, in average characters of the article's font.
    static int characters(ColumnWidth width);
    // The font families for a typeface, best first: a Latin face, so that English quotes and apostrophes stay
    // narrow under a Chinese locale, then the Noto CJK face of the same kind for Han characters. systemFamilies
    // are the desktop font's own families, used by Typeface::System.
    static QStringList families(Typeface typeface, const QStringList& systemFamilies);

    friend bool operator==(const ReadingSettings& a, const ReadingSettings& b)
    {
        return a.typeface == b.typeface && a.sizeStep == b.sizeStep && a.lineSpacing == b.lineSpacing
               && a.width == b.width && a.theme == b.theme;
    }
    friend bool operator!=(const ReadingSettings& a, const ReadingSettings& b) { return !(a == b); }
};
