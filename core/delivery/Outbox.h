#pragma once

// The reader's comments from Send to delivered. Write first, then send: submit() stores the comment (and clears
// the draft in the same transaction) before any byte goes on the wire. Attempts are claimed in the store, so
// one comment is never sent twice at once, even by two app instances on the same store. Retries back off
// exponentially with jitter on Retry outcomes and honour Retry-After; Rejected outcomes become Failed with the
// server's reason. With no sender (no server configured), comments are stored as SavedLocally.
//
// "Duplicate Content" counts as delivered only when an earlier attempt of the same comment may have reached the
// server; to a first attempt it means the server holds another comment with the same name, e-mail and text (such
// as a reply it kept although the comment answered was gone), and the comment fails with that reason.
//
// Nothing is given up silently: a comment that keeps failing stays Queued with its lastError and is tried
// again at the slowest pace (RetryPolicy), for as long as the app runs and after restarts (attempts are in
// the store). A claim lasts claimDuration, longer than the sender's overall deadline (30 s); a claim whose
// owner died (the app was killed mid-send) is taken over at once when its process is known to be gone (same
// host), else when it expires, and the comment is sent again. A slow poll picks up comments queued by
// another instance, and claims of instances that died meanwhile.
//
// On a ReadOnly store (CommentStore::OpenReport) the queued comments are delivered from memory, and a
// delivered one is never sent again in the session; after a restart the file still holds it as Queued, it
// is sent once more and the server answers "Duplicate Content", which counts as delivered. A store whose file
// stops taking writes during the session (CommentStore::sessionProblem) goes on the same way from then on: an
// outcome that the file refused is recorded in memory, so that comment is not sent again in the session, and
// storeProblem says so once.

#include "RetryPolicy.h"
#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class CommentSender;
class CommentStore;
struct DeliveryResult;

class Outbox : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // Returns a number in [0, 1), for the jitter.
    using RandomSource = std::function<double()>;

    // How long one attempt may hold a comment; the sender's overall deadline is 30 s.
    static constexpr std::chrono::seconds claimDuration {60};
    // How often the outbox looks for comments that fell due without its own timer knowing (queued by another
    // instance, or an expired claim).
    static constexpr std::chrono::seconds pollInterval {15};

    // store must outlive the outbox; sender may be null (local-only mode).
    Outbox(CommentStore* store, CommentSender* sender, QObject* parent = nullptr);
    // A comment still in flight is released in the store (Queued, due now), so the next start sends it again
    // at once; the server treats a second copy of a delivered comment as a duplicate.
    ~Outbox() override;

    // For tests: a clock to replace QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);
    // For tests: a random source to replace QRandomGenerator::global().
    void setRandomSource(RandomSource random);
    void setRetrySettings(const RetryPolicy::Settings& settings);

    // Identifies this outbox's claims in the store (a UUID made per instance).
    QString ownerId() const { return m_owner; }
    // True when there is no sender: comments are SavedLocally.
    bool isLocalOnly() const { return m_sender.isNull(); }

    // Stores the comment, then starts delivery. Returns the stored comment, or nullopt when the store could not
    // write it (then nothing was lost: the draft is untouched, and lastError() says plainly that the comment
    // was not stored, and why; a ReadOnly store refuses every new comment). The content is
    // checked with CommentRules::validateContent first; a draft that breaks the rules is refused the same way.
    std::optional<OwnComment> submit(const CommentDraft& draft);
    QString lastError() const;

    // All of the reader's comments, newest first.
    QList<OwnComment> comments() const;
    std::optional<OwnComment> comment(const QString& localId) const;

    // Failed (or SavedLocally, once a server is configured) -> Queued, due now, attempts counted from zero.
    bool retry(const QString& localId);
    // Removes a Queued, Failed or SavedLocally comment for good.
    bool discard(const QString& localId);
    // Removes a Queued, Failed or SavedLocally comment from the store and returns it as it was, in one
    // transaction (CommentStore::takeComment): a comment being sent, by this or another instance, is never
    // removed under its sender. When refused, lastError() says why, and commentChanged (or commentRemoved, when
    // the comment is gone) tells the list what the comment is now.
    std::optional<OwnComment> take(const QString& localId);
    // Puts back a comment take() returned, exactly as it was (CommentStore::restoreComment); a queued one is sent
    // when it falls due, at once if that time has passed.
    bool restore(const OwnComment& comment);
    // Removes a Failed (or Queued, or SavedLocally) comment from the outbox and makes it the draft again, in one
    // transaction. Refuses when the stored draft holds other text (the UI saves the form's draft first).
    std::optional<CommentDraft> returnToDraft(const QString& localId);

    // Starts (or resumes after a restart) delivery of whatever is due. submit() starts delivery too.
    void start();

public slots:
    // Claims and sends the comment due first, if nothing is in flight; then schedules the next look. The
    // timers call this; tests call it after moving their clock.
    void sendDue();

signals:
    void commentAdded(const OwnComment& comment);
    void commentChanged(const OwnComment& comment);
    void commentRemoved(const QString& localId);
    // A comment was refused for good; comment.lastError holds the server's reason as plain text.
    void commentRejected(const OwnComment& comment);
    // The store stopped being able to write its file during the session; message is plain text for the
    // reader (CommentStore::sessionProblem). Emitted once.
    void storeProblem(const QString& message);

private:
    void onSendFinished(const QString& localId, const DeliveryResult& result);
    // True when an earlier attempt of the comment in flight may have reached the server (so "Duplicate Content"
    // means that one arrived): it had attempts before this one, or the store cannot count them.
    bool mayHaveReachedTheServerBefore() const;
    static QString duplicateReason();
    void abandonInFlight(const QDateTime& now);
    void scheduleNext(const QDateTime& now);
    void emitChanged(const QString& localId);
    // After a refused change: the list shows the comment as it is now, or drops it when it is gone.
    void emitCurrent(const QString& localId);
    void noticeStoreProblem();

    CommentStore* m_store;
    QPointer<CommentSender> m_sender;
    Clock m_clock;
    RandomSource m_random;
    RetryPolicy::Settings m_retrySettings;
    QString m_owner;
    QString m_lastError;
    QTimer m_timer;
    bool m_started = false;
    bool m_storeProblemSaid = false;
    // The one comment this outbox is sending, its attempt number and when its claim runs out.
    QString m_inFlight;
    int m_inFlightAttempts = 0;
    QDateTime m_inFlightUntil;
};
