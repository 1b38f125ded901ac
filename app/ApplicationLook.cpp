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

QPalette ApplicationLook::platformPalette()
{
    // An empty palette is resolved against the platform's: the application then has the system's own.
    if (QCoreApplication::testAttribute(Qt::AA_SetPalette))
        QApplication::setPalette(QPalette());
    return QApplication::palette();
}

ApplicationLook::ApplicationLook(SystemPalette systemPalette)
    : m_systemPalette(std::move(systemPalette))
    , m_systemStyle(QApplication::style()->name())
    , m_startPalette(QApplication::palette())
    , m_startPaletteSet(QCoreApplication::testAttribute(Qt::AA_SetPalette))
    , m_systemFont(QApplication::font())
    , m_applied(m_startPalette)
{
    m_colours = Themes::forChoice(ThemeChoice::System, ThemePalette::fromPalette(m_systemPalette()));
    // Reading the system's palette may have cleared one an application had set: it is back until a theme applies.
    if (m_startPaletteSet && QApplication::palette() != m_startPalette)
        QApplication::setPalette(m_startPalette);
}

ApplicationLook::~ApplicationLook()
{
    m_applying = true;
    if (m_themed) {
        setStyleNamed(m_systemStyle);
        QApplication::setPalette(m_startPaletteSet ? m_startPalette : QPalette());
    }
    if (m_sized)
        QApplication::setFont(m_systemFont);
    deliverNow();
}

void ApplicationLook::applyTheme(ThemeChoice theme)
{
    m_applying = true;
    m_theme = theme;
    QPalette palette;
    if (theme == ThemeChoice::System) {
        // The system's style first: the system's palette is read in it, and setting a style may reset the palette.
        if (m_themed)
            setStyleNamed(m_systemStyle);
        const QPalette system = m_systemPalette();
        m_colours = Themes::forChoice(theme, ThemePalette::fromPalette(system));
        palette = legibleSystemPalette(system, m_colours.palette);
    } else {
        m_colours = Themes::forChoice(theme, PaletteColours());
        palette = ThemePalette::toPalette(m_colours.palette);
    }
    // An application palette set only where it differs: while it is not set, Qt itself follows the system.
    const bool same = palette == QApplication::palette();
    if (!(same && theme == ThemeChoice::System && !m_themed)) {
        m_themed = true;
        if (theme != ThemeChoice::System)
            setStyleNamed(fusion);
        if (!same || theme != ThemeChoice::System)
            QApplication::setPalette(palette);
        deliverNow();
    }
    m_applied = QApplication::palette();
    m_applying = false;
}

void ApplicationLook::followSystem()
{
    if (!m_applying && m_theme == ThemeChoice::System)
        applyTheme(m_theme);
}

void ApplicationLook::keepApplied()
{
    if (!m_applying && QApplication::palette() != m_applied)
        applyTheme(m_theme);
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
