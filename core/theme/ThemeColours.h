#pragma once

#include "theme/Contrast.h"

// The colours of the roles a Qt palette has, as the app uses them (the active colour group).
struct PaletteColours
{
    Rgb window = 0;
    Rgb windowText = 0;
    Rgb base = 0;
    Rgb alternateBase = 0;
    Rgb text = 0;
    Rgb button = 0;
    Rgb buttonText = 0;
    Rgb highlight = 0;
    Rgb highlightedText = 0;
    Rgb placeholderText = 0; // also the dim text of lists: a comment's time, a sent comment's state
    Rgb link = 0;
    Rgb toolTipBase = 0;
    Rgb toolTipText = 0;
    Rgb midlight = 0; // separators
    Rgb disabledText = 0;

    friend bool operator==(const PaletteColours& a, const PaletteColours& b)
    {
        return a.window == b.window && a.windowText == b.windowText && a.base == b.base
               && a.alternateBase == b.alternateBase && a.text == b.text && a.button == b.button
               && a.buttonText == b.buttonText && a.highlight == b.highlight && a.highlightedText == b.highlightedText
               && a.placeholderText == b.placeholderText && a.link == b.link && a.toolTipBase == b.toolTipBase
               && a.toolTipText == b.toolTipText && a.midlight == b.midlight && a.disabledText == b.disabledText;
    }
    friend bool operator!=(const PaletteColours& a, const PaletteColours& b) { return !(a == b); }
};

// Every colour the app draws with, for one theme. Widgets take them from here (through their palette), never
// from a colour of their own, so that every theme stays legible: the contrast test checks each text against the
// background it is drawn on.
struct ThemeColours
{
    PaletteColours palette;
    // The marks in the article (text on its background).
    Rgb mentionBackground = 0;
    Rgb mentionText = 0;
    Rgb findMatchBackground = 0;
    Rgb findMatchText = 0;
    // Text that says a state, on base (the comment list) and on window (the form's counter) alike.
    Rgb errorText = 0; // failed, marked as spam, too long
    Rgb waitingText = 0; // queued, sending, awaiting moderation, saved on this computer
    Rgb okText = 0; // sent, published
    // The inline banners above the form.
    Rgb errorBannerBackground = 0;
    Rgb errorBannerText = 0;
    Rgb warningBannerBackground = 0;
    Rgb warningBannerText = 0;
    Rgb infoBannerBackground = 0;
    Rgb infoBannerText = 0;
    // Drawn around the control that has the keyboard focus, on window and on base.
    Rgb focusRing = 0;

    friend bool operator==(const ThemeColours& a, const ThemeColours& b)
    {
        return a.palette == b.palette && a.mentionBackground == b.mentionBackground && a.mentionText == b.mentionText
               && a.findMatchBackground == b.findMatchBackground && a.findMatchText == b.findMatchText
               && a.errorText == b.errorText && a.waitingText == b.waitingText && a.okText == b.okText
               && a.errorBannerBackground == b.errorBannerBackground && a.errorBannerText == b.errorBannerText
               && a.warningBannerBackground == b.warningBannerBackground && a.warningBannerText == b.warningBannerText
               && a.infoBannerBackground == b.infoBannerBackground && a.infoBannerText == b.infoBannerText
               && a.focusRing == b.focusRing;
    }
    friend bool operator!=(const ThemeColours& a, const ThemeColours& b) { return !(a == b); }
};
