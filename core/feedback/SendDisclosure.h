#pragma once

#include "comments/OwnComment.h"
#include "net/SentField.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

// What the reader is told before their first comment goes to a comment server: one line naming what is sent and
// where (summary()), and the exact fields of the request (fields(), endpoint()). It is needed until a comment has
// reached this server (noteChange() sees it delivered); that is remembered in the settings, per server, so a
// reader who points the app at another server is told again.
class SendDisclosure
{
    Q_DECLARE_TR_FUNCTIONS(SendDisclosure)

public:
    // settings must outlive the disclosure; server is a URL that passed WalineClient::validateServerUrl.
    SendDisclosure(QSettings* settings, const QUrl& server, const QString& articlePath, const QString& userAgent);

    // The settings key holding the servers that have received a comment.
    static QString settingKey();

    bool isNeeded() const;
    // The server's host (and port when it is not the scheme's), as plain text.
    QString host() const;
    // Where the POST goes.
    QUrl endpoint() const;
    QList<SentField> fields() const;
    // "Sending gives <host> your name and email (if given), ..."
    QString summary() const;

    // Call with each change of the reader's comments; true when isNeeded() changed (a comment was delivered).
    bool noteChange(const OwnComment& comment);

private:
    QString serverKey() const;

    QSettings* m_settings;
    QUrl m_server;
    QString m_articlePath;
    QString m_userAgent;
};
