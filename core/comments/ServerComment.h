#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A comment as the comment server lists it. Only the raw text (`orig`) is kept: the server's rendered HTML
// is never shown. The server never returns e-mail addresses.
struct ServerComment
{
    // What the server did with the comment (Waline's `status`), read once by WalineProtocol::parseStatus.
    enum class Status {
        // Published: anyone can see it.
        Approved,
        // Held for a moderator; listed only to its author.
        Waiting,
        // Marked as spam (by a moderator or a spam filter): not published.
        Spam,
        // A status this version does not know, or none: not known to be published.
        Unknown,
    };

    QString objectId;
    QString nick;
    QString link;
    // The raw text as posted; shown as plain text.
    QString text;
    Status status = Status::Unknown;
    QDateTime time;
    QList<ServerComment> replies;

    friend bool operator==(const ServerComment& a, const ServerComment& b)
    {
        return a.objectId == b.objectId && a.nick == b.nick && a.link == b.link && a.text == b.text
               && a.status == b.status && a.time == b.time && a.replies == b.replies;
    }
    friend bool operator!=(const ServerComment& a, const ServerComment& b) { return !(a == b); }
};
