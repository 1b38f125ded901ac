#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which comment server the app uses, as a pure function of what the reader gave: the --server option wins over
// the setting comments/server; a setting that is not a usable address gives local-only mode (an empty url) and a
// plain-text problem saying why, never a failure to start. Nothing given at all is local-only mode, silently.
struct ServerChoice
{
    Q_DECLARE_TR_FUNCTIONS(ServerChoice)

public:
    // The setting's key in QSettings, as the reader writes it in the configuration file.
    static QString settingKey() { return QStringLiteral("comments/server"); }

    // commandLine: the already validated --server address, or empty. setting: the raw value of settingKey(),
    // or empty when it is not set.
    static ServerChoice choose(const QUrl& commandLine, const QString& setting);

    // Empty for local-only mode.
    QUrl url;
    // Plain text for the reader when the setting could not be used; empty otherwise.
    QString problem;

    bool hasServer() const { return !url.isEmpty(); }
    friend bool operator==(const ServerChoice& a, const ServerChoice& b)
    {
        return a.url == b.url && a.problem == b.problem;
    }
    friend bool operator!=(const ServerChoice& a, const ServerChoice& b) { return !(a == b); }
};
