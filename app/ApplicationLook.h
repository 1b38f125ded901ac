#pragma once

#include "theme/ThemeChoice.h"
#include "theme/ThemeColours.h"

#include <QFont>
#include <QPalette>
#include <QString>

#include <functional>

// Puts a theme and a text size on the whole application (its style, palette and font), so that menus, dialogs
// and tooltips follow them, not only the window; and puts back what it found when it is destroyed. The System
// theme is the system's palette, read again whenever the system's colours change (followSystem), made legible.
class ApplicationLook
{
public:
    // Reads the system's palette as it is now.
    using SystemPalette = std::function<QPalette()>;

    // The palette Qt gives an application that has set none: the platform theme's, over the style's. Qt has no
    // public way to read it once an application palette is set (QPlatformTheme is private API), so this clears the
    // application's palette first; call it only where a palette is set next.
    static QPalette platformPalette();

    // systemPalette stands for the platform in a test.
    explicit ApplicationLook(SystemPalette systemPalette = &ApplicationLook::platformPalette);
    ~ApplicationLook();
    ApplicationLook(const ApplicationLook&) = delete;
    ApplicationLook& operator=(const ApplicationLook&) = delete;

    // The theme's palette on the application, in Fusion for the app's own themes (a platform style may draw
    // from colours of its own and ignore the palette); the system's style and palette for the System theme.
    void applyTheme(ThemeChoice theme);
    // The platform says the system's look changed (QEvent::ThemeChange; from Qt 6.5 also a new colour scheme):
    // under the System theme the system's palette is read again and applied. An app theme stays as it is.
    void followSystem();
    // The application's palette changed (QEvent::ApplicationPaletteChange). When it is no longer the one this
    // look set (a platform theme may set its own, as KDE's does when the colour scheme changes), the chosen theme
    // is applied again: the system's new palette for System, the app theme's own otherwise.
    void keepApplied();
    // The system's font, scaled by ReadingSettings::windowSizeFactor(step).
    void applyTextSize(int step);

    ThemeChoice theme() const { return m_theme; }
    ThemeColours colours() const { return m_colours; }
    const QFont& systemFont() const { return m_systemFont; }

private:
    SystemPalette m_systemPalette;
    QString m_systemStyle;
    // What the application had when this look was made, put back when it goes.
    QPalette m_startPalette;
    bool m_startPaletteSet = false;
    QFont m_systemFont;
    ThemeChoice m_theme = ThemeChoice::System;
    ThemeColours m_colours;
    // The application palette as this look last left it.
    QPalette m_applied;
    bool m_themed = false;
    bool m_sized = false;
    // While a theme is applied: the palette changes it sends itself are not news of the system.
    bool m_applying = false;
};
