#include "ServerChoice.h"

#include "net/ServerAddress.h"

ServerChoice ServerChoice::choose(const QUrl& commandLine, const QString& setting)
{
    if (!commandLine.isEmpty())
        return {commandLine, {}};
    if (setting.trimmed().isEmpty())
        return {};
    const ServerAddress checked = ServerAddress::check(setting);
    if (checked.ok())
        return {checked.url, {}};
    // One arg() call with both values: a %1 in the reason is kept as typed.
    return {{},
            tr("The comment server in the setting %1 cannot be used: %2 Comments are kept on this computer.")
                .arg(settingKey(), checked.error)};
}
