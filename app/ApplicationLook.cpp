#include "ApplicationLook.h"

#include "ThemePalette.h"
#include "reading/ReadingSettings.h"
#include "theme/Themes.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace {

const QString fusion = QStringLiteral("fusion");

void setStyleNamed(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

// The system's palette with only the text colours the System theme had to make legible changed.
QPalette legibleSystemPalette(const QPalette& system, const PaletteColours& wanted)
{
    QPalette palette = system;
    const PaletteColours had = ThemePalette::fromPalette(system);
    const struct
    {
        QPalette::ColorRole role;
        Rgb had;
        Rgb wanted;
    } roles[] = {
        {QPalette::WindowText, had.windowText, wanted.windowText},
        {QPalette::Text, had.text, wanted.text},
        {QPalette::ButtonText, had.buttonText, wanted.buttonText},
        {QPalette::HighlightedText, had.highlightedText, wanted.highlightedText},
        {QPalette::PlaceholderText, had.placeholderText, wanted.placeholderText},
        {QPalette::Link, had.link, wanted.link},
        {QPalette::ToolTipText, had.toolTipText, wanted.toolTipText},
    };
    for (const auto& role : roles) {
        if (role.had == role.wanted)
            continue;
        palette.setColor(QPalette::Active, role.role, ThemePalette::colour(role.wanted));
        palette.setColor(QPalette::Inactive, role.role, ThemePalette::colour(role.wanted));
    }
    return palette;
}

// QApplication posts the change to every widget; delivered now, the window is in the new look when apply returns,
// which is what a preview, a benchmark and a test all expect.
void deliverNow()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
}

} // namespace

ApplicationLook::ApplicationLook()
    : m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
    , m_systemFont(QApplication::font())
    , m_colours(Themes::forChoice(ThemeChoice::System, ThemePalette::fromPalette(m_systemPalette)))
{ }

ApplicationLook::~ApplicationLook()
{
    if (m_themed) {
        setStyleNamed(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
    }
    if (m_sized)
        QApplication::setFont(m_systemFont);
    deliverNow();
}

void ApplicationLook::applyTheme(ThemeChoice theme)
{
    m_colours = Themes::forChoice(theme, ThemePalette::fromPalette(m_systemPalette));
    const QPalette palette = theme == ThemeChoice::System ? legibleSystemPalette(m_systemPalette, m_colours.palette)
                                                          : ThemePalette::toPalette(m_colours.palette);
    if (!m_themed && palette == m_systemPalette && theme == ThemeChoice::System)
        return; // nothing to change, and nothing to put back
    m_themed = true;
    // The style first: setting one may reset the palette.
    setStyleNamed(theme == ThemeChoice::System ? m_systemStyle : fusion);
    QApplication::setPalette(palette);
    deliverNow();
}

void ApplicationLook::applyTextSize(int step)
{
    QFont font = m_systemFont;
    const double factor = ReadingSettings::windowSizeFactor(step);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    if (!m_sized && font == m_systemFont)
        return;
    m_sized = true;
    if (font != QApplication::font()) {
        QApplication::setFont(font);
        deliverNow();
    }
}
