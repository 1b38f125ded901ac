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
    // A root comment's replies (Waline's `children`): every reply of its thread, one level, oldest first. Replies
    // have none of their own.
    QList<ServerComment> replies;
    // For a reply: the comment it answers (Waline's `pid`, a root or another reply of the thread), the thread's
    // root (`rid`), and the nick of the comment it answers (`reply_user.nick`, empty when anonymous). All empty for
    // a root comment.
    QString parentId;
    QString rootId;
    QString replyToNick;

    bool isReply() const { return !rootId.isEmpty() || !parentId.isEmpty(); }

    friend bool operator==(const ServerComment& a, const ServerComment& b)
    {
        return a.objectId == b.objectId && a.nick == b.nick && a.link == b.link && a.text == b.text
               && a.status == b.status && a.time == b.time && a.replies == b.replies && a.parentId == b.parentId
               && a.rootId == b.rootId && a.replyToNick == b.replyToNick;
    }
    friend bool operator!=(const ServerComment& a, const ServerComment& b) { return !(a == b); }
};
