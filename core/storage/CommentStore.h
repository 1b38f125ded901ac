#pragma once

#include "ProcessIdentity.h"
#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

class StoreTransaction;

namespace StoreSalvage {
enum class Problem;
}

// The reader's local, crash-safe store: the draft being typed, the remembered profile, and every comment from
// Send on (the outbox). One SQLite file (WAL, synchronous=FULL) that two app instances may share; each
// instance uses its own connection. Every write is one transaction and reports failure (false or nullopt, and
// lastError()); nothing fails silently.
//
// Opening never fails. A damaged file (empty or shorter than a database header, not a database, failing
// quick_check, or written by a newer version) is moved aside as "<path>.corrupt-<yyyyMMdd-HHmmss>" (with its
// -wal and -shm), whatever rows can still be read are copied into a fresh store, and openReport() says so.
//
// A file that can be read but not written (a read-only folder, file or mount) is status ReadOnly: its rows are
// loaded into memory, its queued comments are delivered from there, and a new comment is refused (addComment
// fails with the reason: it could not be kept). Exactly-once then rests on the server: within the session the
// delivered state is kept in memory and never retried; the file still says Queued, so the next start sends
// such a comment again, and Waline answers "Duplicate Content", which counts as delivered.
//
// The file may stop taking writes while the store is open (a read-only remount, a full disk). The write that
// finds out, and every one after it, then goes to memory: the store copies what the file holds (claims
// included) into memory, does that write there, and becomes ReadOnly for the rest of the session, and
// sessionProblem() says so. A delivery already made is recorded there, so it is not sent again in the session;
// the file still holds the comment as Queued or Sending, so a later start sends it once more and the server's
// "Duplicate Content" settles it, as above.
//
// When the file cannot be opened or created at all (a folder that cannot be created, a path that is a folder,
// a full disk, a lock held too long), the store runs in memory for this session: everything works until the
// app closes, rows readable from the file are loaded, and openReport() says that new comments will not be kept.
//
// Each open store records itself (pid and host) in the file while it is open; openReport().notice says when
// another live instance on this host shares the file. A claim records the claimant's pid, start time and host
// too, so a comment claimed by a process that is gone (same host, and no such pid, or the pid now belongs to
// a process that started at another time) is taken over at once, not after the claim expires.
class CommentStore
{
    Q_DECLARE_TR_FUNCTIONS(CommentStore)

public:
    struct OpenReport
    {
        enum class Status {
            Ok,
            // The file was damaged; it was set aside and what could be read was copied into a fresh file.
            Recovered,
            // The file could not be used; the store lives in memory until the app closes.
            InMemory,
            // The file can be read but not written: its comments live in memory and are still delivered, but
            // new comments are refused (they could not be kept).
            ReadOnly,
        };
        Status status = Status::Ok;
        // Plain text for the reader, in the language installed at open; empty when Ok. CommentStore::openMessage()
        // says it again in the language installed when it is called.
        QString message;
        // The technical reason (SQLite's words), for logs and bug reports.
        QString detail;
        // Where the damaged file was moved (Recovered only).
        QString setAsidePath;
        // Own comments copied from the damaged or unusable file.
        int recoveredComments = 0;
        // Recovered because a newer version of the app wrote the file, not because it was damaged.
        bool writtenByNewerVersion = false;
        // Plain text to show once at open whatever the status (another window shares this store); usually empty.
        QString notice;
        // Other open instances of the app on this store and host when it was opened.
        int otherInstances = 0;
    };

    struct Options
    {
        // Opens the file read-only, as a read-only folder or mount lets it be opened. Tests use it since root
        // ignores permission bits; the store then finds out as it would on a read-only mount.
        bool readOnly = false;
        // This process, as claims and the list of open instances record it.
        ProcessIdentity self;
    };

    struct Profile
    {
        QString nick;
        QString mail;

        bool isEmpty() const { return nick.isEmpty() && mail.isEmpty(); }
        friend bool operator==(const Profile& a, const Profile& b) { return a.nick == b.nick && a.mail == b.mail; }
        friend bool operator!=(const Profile& a, const Profile& b) { return !(a == b); }
    };

    // The schema version this code writes; files with a higher PRAGMA user_version are set aside.
    static constexpr int schemaVersion = 4;

    // Opens (creating the file and its directory when missing) or falls back as described above.
    explicit CommentStore(const QString& path);
    // options.self, when its pid is 0, is ProcessIdentity::current().
    CommentStore(const QString& path, const Options& options);
    ~CommentStore();
    CommentStore(const CommentStore&) = delete;
    CommentStore& operator=(const CommentStore&) = delete;

    const OpenReport& openReport() const { return m_report; }
    // openReport().message and .notice made again with tr() now, so that a message on screen can follow a change of
    // language: the same words in the language installed at the time of the call.
    QString openMessage() const;
    QString openNotice() const;
    QString path() const { return m_path; }
    // False when running in memory (OpenReport::Status::InMemory).
    bool isPersistent() const { return m_persistent; }
    // Plain text for the reader once the file stopped taking writes during this session (see above); empty
    // while it takes them. The store then runs in memory, as a ReadOnly one. Made with tr() at each call, so it is
    // in the language installed at the time.
    QString sessionProblem() const;
    // SQLite's words for why, for logs.
    QString sessionProblemDetail() const { return m_sessionDetail; }
    // Why the last failed operation failed, in plain text.
    QString lastError() const { return m_lastError; }

    // The draft; an empty draft when none is stored (or it cannot be read: see lastError()).
    CommentDraft draft() const;
    // Replaces the draft (cheap: one upsert). Saving an empty draft removes it.
    bool saveDraft(const CommentDraft& draft);
    bool clearDraft();

    Profile profile() const;
    bool saveProfile(const Profile& profile);
    bool forgetProfile();

    // Stores a new comment and clears the draft, in one transaction. Refused with a plain lastError() when the
    // store is ReadOnly.
    bool addComment(const OwnComment& comment);
    std::optional<OwnComment> comment(const QString& localId) const;
    // Newest first (by createdAt).
    QList<OwnComment> comments() const;

    // Claims the comment due first for owner until `until`, in one conditional UPDATE: a Queued comment whose
    // nextAttemptAt <= now, or a Sending one whose claim expired (claimUntil <= now) or whose claimant process
    // is gone (ProcessIdentity::isGoneSeenFrom). The claim records owner and this store's process. The
    // claimed comment becomes Sending and its attempts grow by one. nullopt when nothing is due (lastError()
    // empty) or on failure (lastError() set). Two stores on one file never claim the same comment.
    std::optional<OwnComment> claimNextDue(const QString& owner, const QDateTime& now, const QDateTime& until);
    // The outcome of owner's attempt. They succeed only while owner still holds the claim (state Sending):
    // an expired claim taken over by someone else makes them fail with a message in lastError().
    bool markDelivered(const QString& localId, const QString& owner, OwnComment::State state, const QString& serverId);
    bool markRetry(const QString& localId, const QString& owner, const QDateTime& nextAttemptAt, const QString& error);
    bool markFailed(const QString& localId, const QString& owner, const QString& error);
    // Drops owner's claim without an outcome (the outbox shuts down mid-send): back to Queued, due at dueAt.
    bool releaseClaim(const QString& localId, const QString& owner, const QDateTime& dueAt);

    // Failed or SavedLocally -> Queued, due at dueAt, lastError kept.
    bool requeue(const QString& localId, const QDateTime& dueAt);
    // Removes a Queued, Failed or SavedLocally comment for good.
    bool discard(const QString& localId);
    // Removes a Queued, Failed or SavedLocally comment (OwnCommentActions) and returns it as it was, in one
    // statement's transaction, so restoreComment can put it back exactly. Refused (nullopt, lastError() says why)
    // when it is being sent (claimed by this or another instance), was delivered, is gone, or the store is
    // ReadOnly (the file would keep it, and it would come back at the next start).
    std::optional<OwnComment> takeComment(const QString& localId);
    // Puts back a comment that takeComment removed, exactly as it was: localId, createdAt, state, attempts, due
    // time and reason. The draft is not touched. Refused when a comment with that localId exists, when the
    // comment is not one takeComment could have removed, or when the store is ReadOnly.
    bool restoreComment(const OwnComment& comment);
    // Removes a Queued, Failed or SavedLocally comment and makes its content the draft, in one transaction.
    // Refuses (nullopt) when the stored draft holds other non-blank text, so nothing typed is overwritten, and
    // when the store is ReadOnly.
    std::optional<CommentDraft> returnToDraft(const QString& localId);

    // When the next comment falls due: the earliest nextAttemptAt of Queued comments and claim expiry of
    // Sending ones. nullopt when nothing is waiting.
    std::optional<QDateTime> earliestDue() const;

private:
    StoreSalvage::Problem openAt(const QString& databaseName, QString* detail);
    StoreSalvage::Problem migrate(QString* detail);
    // Records this instance in the file and counts the other live ones; drops those whose process is gone.
    StoreSalvage::Problem registerInstance(QString* detail);
    void unregisterInstance();
    void fallBackToReadOnly(const QString& detail);
    // claimNextDue, returnToDraft and takeComment on the current connection, once.
    std::optional<OwnComment> claimNextDueOnce(const QString& owner, const QDateTime& now, const QDateTime& until);
    std::optional<CommentDraft> returnToDraftOnce(const QString& localId);
    std::optional<OwnComment> takeCommentOnce(const QString& localId);
    // Within a write transaction: the comment if the reader may still edit or delete it (changeableRow);
    // otherwise refuseChange says why and there is nothing.
    std::optional<OwnComment> changeableComment(const QString& localId, bool editing);
    // Lets claimNextDue take over at once the claims of processes that are gone.
    bool expireClaimsOfGoneProcesses(const QDateTime& now);
    void closeConnection();
    void recoverFrom(StoreSalvage::Problem problem, const QString& detail);
    void fallBackToMemory(const QString& detail, const QString& salvageFrom);
    // Copies what StoreSalvage can read from sourcePath into this store, keeping what it already holds.
    // Returns the number of comments copied.
    int salvage(const QString& sourcePath);
    // Runs attempt; when it failed because the file no longer takes writes (StoreSalvage::refusesWrites), moves
    // the store into memory (continueInMemory) and runs it once more there. Nested calls only run attempt: the
    // outermost one decides, outside any transaction.
    bool write(const std::function<bool()>& attempt);
    // Copies the file's rows into a fresh in-memory store and carries on there, ReadOnly. False when they could
    // not all be copied (then what StoreSalvage could read is there).
    bool continueInMemory(const QString& detail);
    bool fail(const QString& message) const;
    // fail(message), remembering whether error says that the file no longer takes writes.
    bool failWrite(const QString& message, const QSqlError& error) const;
    // failWrite for a write transaction that could not begin or commit.
    bool failTransaction(const StoreTransaction& transaction) const;
    bool exec(QSqlQuery& query) const;
    bool execClaimed(QSqlQuery& query, const QString& localId);
    // Why a comment the reader wants to delete (or edit) is not Queued, Failed or SavedLocally; sets lastError().
    void refuseChange(const QString& localId, bool editing) const;
    // Refuses a change to a ReadOnly store; true when the store can be written.
    bool checkWritable(bool editing) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    OpenReport m_report;
    bool m_persistent = true;
    bool m_readOnly = false;
    Options m_options;
    QString m_instanceId;
    mutable QString m_lastError;
    bool m_sessionWritesStopped = false;
    QString m_sessionDetail;
    int m_writeDepth = 0;
    // Set by a failure that StoreSalvage::refusesWrites, until the next write() begins.
    mutable bool m_writeRefused = false;
    mutable QString m_refusal;
};
