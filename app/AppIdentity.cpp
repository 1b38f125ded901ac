#include "AppIdentity.h"

#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

namespace AppIdentity {

QString applicationId()
{
    return QStringLiteral(PILOTZONES_APP_ID);
}

QIcon bundledIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(applicationId()), QSize(size, size));
    return icon;
}

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PilotZones"));
    QCoreApplication::setApplicationName(QStringLiteral("pilotzones"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILOTZONES_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pilot Zones"));
    QGuiApplication::setDesktopFileName(applicationId());
}

QString userAgent()
{
    return QStringLiteral("PilotZones/%1").arg(QStringLiteral(PILOTZONES_VERSION));
}

QString commentStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("comments.sqlite"));
}

} // namespace AppIdentity
