#include "ThemePalette.h"

#include "theme/Themes.h"

namespace {

Rgb rgbOf(const QColor& colour, const QColor& background)
{
    if (colour.alpha() == 255)
        return colour.rgb() & 0xffffff;
    const double alpha = colour.alphaF();
    const auto blend = [alpha](int fore, int back) {
        return qRound(fore * alpha + back * (1 - alpha));
    };
    return (Rgb(blend(colour.red(), background.red())) << 16) | (Rgb(blend(colour.green(), background.green())) << 8)
           | Rgb(blend(colour.blue(), background.blue()));
}

} // namespace

namespace ThemePalette {

QColor colour(Rgb rgb)
{
    return QColor::fromRgb(static_cast<QRgb>(rgb | 0xff000000u));
}

QPalette toPalette(const PaletteColours& c)
{
    QPalette palette(colour(c.buttonText),
                     colour(c.button),
                     colour(Contrast::mix(c.button, 0xffffff, 0.5)),
                     colour(Contrast::mix(c.button, 0x000000, 0.4)),
                     colour(Contrast::mix(c.button, 0x000000, 0.2)),
                     colour(c.text),
                     colour(Contrast::ensure(c.base, c.base)),
                     colour(c.base),
                     colour(c.window));
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const auto text = [&](Rgb rgb) {
            return colour(disabled ? c.disabledText : rgb);
        };
        palette.setColor(group, QPalette::Window, colour(c.window));
        palette.setColor(group, QPalette::WindowText, text(c.windowText));
        palette.setColor(group, QPalette::Base, colour(c.base));
        palette.setColor(group, QPalette::AlternateBase, colour(c.alternateBase));
        palette.setColor(group, QPalette::Text, text(c.text));
        palette.setColor(group, QPalette::Button, colour(c.button));
        palette.setColor(group, QPalette::ButtonText, text(c.buttonText));
        palette.setColor(group, QPalette::Highlight, colour(disabled ? c.midlight : c.highlight));
        palette.setColor(group, QPalette::HighlightedText, text(c.highlightedText));
        palette.setColor(group, QPalette::PlaceholderText, text(c.placeholderText));
        palette.setColor(group, QPalette::Link, colour(c.link));
        palette.setColor(group, QPalette::LinkVisited, colour(c.link));
        palette.setColor(group, QPalette::ToolTipBase, colour(c.toolTipBase));
        palette.setColor(group, QPalette::ToolTipText, colour(c.toolTipText));
        palette.setColor(group, QPalette::Midlight, colour(c.midlight));
        palette.setColor(group, QPalette::BrightText, colour(Contrast::ensure(c.base, c.base)));
    }
    return palette;
}

PaletteColours fromPalette(const QPalette& palette)
{
    const auto role = [&palette](QPalette::ColorRole r, QPalette::ColorRole background) {
        return rgbOf(palette.color(QPalette::Active, r), palette.color(QPalette::Active, background));
    };
    PaletteColours c;
    c.window = role(QPalette::Window, QPalette::Window);
    c.windowText = role(QPalette::WindowText, QPalette::Window);
    c.base = role(QPalette::Base, QPalette::Window);
    c.alternateBase = role(QPalette::AlternateBase, QPalette::Base);
    c.text = role(QPalette::Text, QPalette::Base);
    c.button = role(QPalette::Button, QPalette::Window);
    c.buttonText = role(QPalette::ButtonText, QPalette::Button);
    c.highlight = role(QPalette::Highlight, QPalette::Base);
    c.highlightedText = role(QPalette::HighlightedText, QPalette::Highlight);
    c.placeholderText = role(QPalette::PlaceholderText, QPalette::Base);
    c.link = role(QPalette::Link, QPalette::Base);
    c.toolTipBase = role(QPalette::ToolTipBase, QPalette::Window);
    c.toolTipText = role(QPalette::ToolTipText, QPalette::ToolTipBase);
    c.midlight = role(QPalette::Midlight, QPalette::Window);
    c.disabledText = rgbOf(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base));
    return c;
}

ThemeColours coloursOf(const QPalette& palette)
{
    return Themes::forPalette(fromPalette(palette));
}

} // namespace ThemePalette
