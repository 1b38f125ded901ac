#include "ServerAddress.h"

#include <QCoreApplication>

// The messages keep the context they were first translated in, WalineClient's.
ServerAddress ServerAddress::check(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {
            {},
            QCoreApplication::translate(
                "WalineClient", "Enter the address of the comment server, for example https://comments.example.com.")};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return {{}, QCoreApplication::translate("WalineClient", "\"%1\" is not a valid address.").arg(trimmed)};
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {{},
                QCoreApplication::translate("WalineClient",
                                            "The comment server address must start with http:// or https://.")};
    if (url.host().isEmpty())
        return {{}, QCoreApplication::translate("WalineClient", "The comment server address has no host name.")};
    if (!url.userInfo().isEmpty())
        return {{},
                QCoreApplication::translate("WalineClient",
                                            "The comment server address must not contain a user name or password.")};
    if (url.hasQuery() || url.hasFragment())
        return {
            {},
            QCoreApplication::translate("WalineClient", "The comment server address must not contain \"?\" or \"#\".")};
    return {url, {}};
}
