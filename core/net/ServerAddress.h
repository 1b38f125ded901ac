#pragma once

#include <QString>
#include <QUrl>

// A comment server's address as the reader typed it (the --server option, the setting), checked: http or https, a
// host, no user name or password, no query or fragment; surrounding spaces are ignored. Kept apart from WalineClient
// so that the command line and the settings can check an address without linking Qt Network.
struct ServerAddress
{
    QUrl url;
    // Plain text for the reader; empty when url is usable.
    QString error;

    bool ok() const { return error.isEmpty(); }

    static ServerAddress check(const QString& text);
};
