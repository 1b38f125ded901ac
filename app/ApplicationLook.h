#pragma once

#include "theme/ThemeChoice.h"
#include "theme/ThemeColours.h"

#include <QFont>
#include <QPalette>
#include <QString>

// Puts a theme and a text size on the whole application (its style, palette and font), so that menus, dialogs
// and tooltips follow them, not only the window; and puts back what it found when it is destroyed. What it finds
// at construction is "the system": the palette and font the System theme and text size 0 stand for.
class ApplicationLook
{
public:
    ApplicationLook();
    ~ApplicationLook();
    ApplicationLook(const ApplicationLook&) = delete;
    ApplicationLook& operator=(const ApplicationLook&) = delete;

    // The theme's palette on the application, in Fusion for the app's own themes (a platform style may draw
    // from colours of its own and ignore the palette); the system's style for the System theme.
    void applyTheme(ThemeChoice theme);
    // The system's font, scaled by ReadingSettings::windowSizeFactor(step).
    void applyTextSize(int step);

    ThemeColours colours() const { return m_colours; }
    const QFont& systemFont() const { return m_systemFont; }

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    QFont m_systemFont;
    ThemeColours m_colours;
    bool m_themed = false;
    bool m_sized = false;
};
