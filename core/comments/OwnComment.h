#pragma once

#include "CommentDraft.h"

#include <QDateTime>
#include <QString>

// A comment the reader wrote, as kept in the local store from the moment Send is pressed.
struct OwnComment
{
    enum class State {
        // Stored; waiting for its first or next attempt (nextAttemptAt).
        Queued,
        // An attempt is under way (claimed by one app instance).
        Sending,
        // Refused for good, or given up on: lastError says why. The reader may Retry or Discard.
        Failed,
        // Delivered; the server holds it for moderation.
        AwaitingModeration,
        // Delivered and published.
        Sent,
        // No server is configured: kept on this computer only.
        SavedLocally,
        // Delivered, and the server marked it as spam: not published unless a moderator approves it.
        MarkedAsSpam,
    };

    // A UUID made when the comment is stored; stable across restarts and attempts.
    QString localId;
    CommentDraft content;
    QDateTime createdAt;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    // The server's objectId once delivered, when the server said it.
    QString serverId;

    friend bool operator==(const OwnComment& a, const OwnComment& b)
    {
        return a.localId == b.localId && a.content == b.content && a.createdAt == b.createdAt && a.state == b.state
               && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt && a.lastError == b.lastError
               && a.serverId == b.serverId;
    }
    friend bool operator!=(const OwnComment& a, const OwnComment& b) { return !(a == b); }
};
