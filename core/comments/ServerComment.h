#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A comment as the comment server lists it. Only the raw text (`orig`) is kept: the server's rendered HTML
// is never shown. The server never returns e-mail addresses.
struct ServerComment
{
    QString objectId;
    QString nick;
    QString link;
    // The raw text as posted; shown as plain text.
    QString text;
    // "approved", "waiting" (under moderation) or "spam".
    QString status;
    QDateTime time;
    QList<ServerComment> replies;

    friend bool operator==(const ServerComment& a, const ServerComment& b)
    {
        return a.objectId == b.objectId && a.nick == b.nick && a.link == b.link && a.text == b.text
               && a.status == b.status && a.time == b.time && a.replies == b.replies;
    }
    friend bool operator!=(const ServerComment& a, const ServerComment& b) { return !(a == b); }
};
