#pragma once

#include <QIcon>
#include <QString>

// Who Pilot Zones is to the desktop, and where it keeps a reader's files.
//
// The application id names the .desktop file, the AppStream component, the icon in the hicolor theme and the
// Wayland app id (QGuiApplication::desktopFileName). The organisation and application names stay "PilotZones" and
// "pilotzones", as in every earlier version, because QSettings and QStandardPaths derive the reader's paths from
// them: the settings stay in ~/.config/PilotZones/pilotzones.conf and the comment store (comments, outbox, draft)
// in ~/.local/share/PilotZones/pilotzones/comments.sqlite. The X11 window class is the application name too, so
// the .desktop file's StartupWMClass is "pilotzones".
namespace AppIdentity {

QString applicationId();
// The app's icon from the resources (the PNGs rendered from resources/icons/<id>.svg), for when the icon theme
// has none under applicationId(): a build run from its source tree.
QIcon bundledIcon();
// Names the application, its version and its desktop file. Callable before any QCoreApplication exists.
void apply();
// "PilotZones/<version>": how the app names itself to the comment server (User-Agent, and Waline's `ua`).
QString userAgent();
// The comment store's file under AppDataLocation; call after apply().
QString commentStorePath();

} // namespace AppIdentity
