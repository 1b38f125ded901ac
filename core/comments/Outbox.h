#pragma once

// API CONTRACT (written before the implementation; the implementer may extend it, and must keep these):
//
// The reader's comments from Send to delivered. Write first, then send: submit() stores the comment (and clears
// the draft in the same transaction) before any byte goes on the wire. Attempts are claimed in the store, so
// one comment is never sent twice at once, even by two app instances on the same store. Retries back off
// exponentially with jitter on Retry outcomes and honour Retry-After; Rejected outcomes become Failed with the
// server's reason. With no sender (no server configured), comments are stored as SavedLocally.

#include "CommentDraft.h"
#include "OwnComment.h"

#include <QObject>

#include <functional>
#include <optional>

class CommentSender;
class CommentStore;

class Outbox : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // store must outlive the outbox; sender may be null (local-only mode).
    Outbox(CommentStore* store, CommentSender* sender, QObject* parent = nullptr);

    // For tests: a clock to replace QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);

    // Stores the comment, then starts delivery. Returns the stored comment, or nullopt when the store could not
    // write it (then nothing was lost: the draft is untouched, and lastError() says why).
    std::optional<OwnComment> submit(const CommentDraft& draft);
    QString lastError() const;

    // All of the reader's comments, newest first.
    QList<OwnComment> comments() const;

    // Failed -> Queued, due now.
    bool retry(const QString& localId);
    // Removes a Queued or Failed comment for good.
    bool discard(const QString& localId);
    // Removes a Failed comment from the outbox and makes it the draft again, in one transaction.
    std::optional<CommentDraft> returnToDraft(const QString& localId);

    // Starts (or resumes after a restart) delivery of whatever is due.
    void start();

signals:
    void commentAdded(const OwnComment& comment);
    void commentChanged(const OwnComment& comment);
    void commentRemoved(const QString& localId);
    // A comment was refused for good; comment.lastError holds the server's reason as plain text.
    void commentRejected(const OwnComment& comment);
};
