#include "CommentStore.h"

#include "comments/CommentRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace {

constexpr int busyTimeoutMs = 5000;

// One entry per schema version: migrations[i] takes a file from user_version i to i + 1. Never edit a
// released entry; append a new one.
const QList<QList<QLatin1String>>& migrations()
{
    static const QList<QList<QLatin1String>> list {
        {
            QLatin1String("CREATE TABLE draft (id INTEGER PRIMARY KEY CHECK (id = 1), nick TEXT NOT NULL, "
                          "mail TEXT NOT NULL, text TEXT NOT NULL, city_id TEXT NOT NULL)"),
            QLatin1String("CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), nick TEXT NOT NULL, "
                          "mail TEXT NOT NULL)"),
            // Times are milliseconds since the epoch (UTC). claim_owner and claim_until are set while state is
            // 'sending': who is sending, and until when the claim holds if that sender dies.
            QLatin1String("CREATE TABLE own_comments (local_id TEXT PRIMARY KEY NOT NULL, nick TEXT NOT NULL, "
                          "mail TEXT NOT NULL, text TEXT NOT NULL, city_id TEXT NOT NULL, "
                          "created_at INTEGER NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                          "next_attempt_at INTEGER, last_error TEXT NOT NULL DEFAULT '', "
                          "server_id TEXT NOT NULL DEFAULT '', claim_owner TEXT, claim_until INTEGER)"),
            QLatin1String("CREATE INDEX own_comments_due ON own_comments (state, next_attempt_at)"),
        },
    };
    return list;
}

const QLatin1String commentColumns {"local_id, nick, mail, text, city_id, created_at, state, attempts, "
                                    "next_attempt_at, last_error, server_id"};

struct StateName
{
    OwnComment::State state;
    QLatin1String name;
};

constexpr StateName stateNames[] = {
    {OwnComment::State::Queued, QLatin1String("queued")},
    {OwnComment::State::Sending, QLatin1String("sending")},
    {OwnComment::State::Failed, QLatin1String("failed")},
    {OwnComment::State::AwaitingModeration, QLatin1String("awaiting-moderation")},
    {OwnComment::State::Sent, QLatin1String("sent")},
    {OwnComment::State::SavedLocally, QLatin1String("saved-locally")},
};

QString stateName(OwnComment::State state)
{
    for (const auto& entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return QLatin1String("failed");
}

std::optional<OwnComment::State> stateFromName(const QString& name)
{
    for (const auto& entry : stateNames) {
        if (entry.name == name)
            return entry.state;
    }
    return std::nullopt;
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the text columns hold '' instead.
QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant field(const QSqlRecord& record, const char* name)
{
    return record.value(QLatin1String(name));
}

// Reads by column name, so rows of another schema version (when salvaging) map as far as they can.
OwnComment commentFrom(const QSqlRecord& record)
{
    OwnComment comment;
    comment.localId = field(record, "local_id").toString();
    comment.content = CommentDraft {field(record, "nick").toString(),
                                    field(record, "mail").toString(),
                                    field(record, "text").toString(),
                                    field(record, "city_id").toString()};
    comment.createdAt = timeFrom(field(record, "created_at"));
    // A state this version does not know is shown as Failed: the reader decides, nothing is sent unasked.
    comment.state = stateFromName(field(record, "state").toString()).value_or(OwnComment::State::Failed);
    comment.attempts = field(record, "attempts").toInt();
    comment.nextAttemptAt = timeFrom(field(record, "next_attempt_at"));
    comment.lastError = field(record, "last_error").toString();
    comment.serverId = field(record, "server_id").toString();
    return comment;
}

void prepareInsert(QSqlQuery& insert, const OwnComment& comment, QLatin1String verb)
{
    insert.prepare(QStringLiteral("%1 INTO own_comments (%2) VALUES (:local_id, :nick, :mail, :text, :city_id, "
                                  ":created_at, :state, :attempts, :next_attempt_at, :last_error, :server_id)")
                       .arg(verb, commentColumns));
    insert.bindValue(QStringLiteral(":local_id"), comment.localId);
    insert.bindValue(QStringLiteral(":nick"), textValue(comment.content.nick));
    insert.bindValue(QStringLiteral(":mail"), textValue(comment.content.mail));
    insert.bindValue(QStringLiteral(":text"), textValue(comment.content.text));
    insert.bindValue(QStringLiteral(":city_id"), textValue(comment.content.cityId));
    insert.bindValue(QStringLiteral(":created_at"), timeValue(comment.createdAt));
    insert.bindValue(QStringLiteral(":state"), stateName(comment.state));
    insert.bindValue(QStringLiteral(":attempts"), comment.attempts);
    insert.bindValue(QStringLiteral(":next_attempt_at"), timeValue(comment.nextAttemptAt));
    insert.bindValue(QStringLiteral(":last_error"), textValue(comment.lastError));
    insert.bindValue(QStringLiteral(":server_id"), textValue(comment.serverId));
}

QString sqlError(const QSqlError& error)
{
    return error.text().isEmpty() ? error.nativeErrorCode() : error.text();
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the bytes are wrong, not the access to them.
bool isDamage(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

// BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a read-then-write sequence
// cannot interleave with another connection's writes. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = sqlError(query.lastError());
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = sqlError(query.lastError());
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

QString uniqueConnectionName(const char* purpose)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString setAsideName(const QString& path)
{
    const QString base = QStringLiteral("%1.corrupt-%2")
                             .arg(path, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

} // namespace

CommentStore::CommentStore(const QString& path)
    : m_path(path)
    , m_connectionName(uniqueConnectionName("CommentStore"))
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        fallBackToMemory(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(info.absolutePath())),
                         m_path);
        return;
    }
    QString detail;
    const OpenProblem problem = openAt(m_path, &detail);
    if (problem == OpenProblem::None)
        return;
    closeConnection();
    if (problem == OpenProblem::Inaccessible)
        fallBackToMemory(detail, m_path);
    else
        recoverFrom(problem, detail);
}

CommentStore::~CommentStore()
{
    closeConnection();
}

void CommentStore::closeConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

CommentStore::OpenProblem CommentStore::openAt(const QString& databaseName, QString* detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(databaseName);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        *detail = sqlError(m_db.lastError());
        return isDamage(m_db.lastError()) ? OpenProblem::Damaged : OpenProblem::Inaccessible;
    }
    QSqlQuery query(m_db);
    const auto failed = [&query, detail] {
        *detail = sqlError(query.lastError());
        return isDamage(query.lastError()) ? OpenProblem::Damaged : OpenProblem::Inaccessible;
    };
    // Check before writing anything: a damaged file is set aside as it was found.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings != QStringList {QStringLiteral("ok")}) {
        *detail = findings.join(QLatin1Char('\n'));
        return OpenProblem::Damaged;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        *detail = QStringLiteral("user_version %1 > %2").arg(version).arg(schemaVersion);
        return OpenProblem::Newer;
    }
    // WAL lets one instance read while another writes; FULL syncs every commit, so a power cut loses nothing
    // that was reported saved.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failed();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)))
        return failed();
    query.finish();
    if (!migrate(detail))
        return OpenProblem::Inaccessible;
    return OpenProblem::None;
}

bool CommentStore::migrate(QString* detail)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *detail = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    // Read again under the write lock: another instance may have migrated the file meanwhile.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *detail = sqlError(query.lastError());
        return false;
    }
    const int version = query.value(0).toInt();
    for (int next = version; next < schemaVersion; ++next) {
        for (const QLatin1String& statement : migrations().at(next)) {
            if (!query.exec(statement)) {
                *detail = sqlError(query.lastError());
                return false;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next + 1))) {
            *detail = sqlError(query.lastError());
            return false;
        }
    }
    query.finish();
    if (!transaction.commit()) {
        *detail = transaction.error();
        return false;
    }
    return true;
}

void CommentStore::recoverFrom(OpenProblem problem, const QString& detail)
{
    const QString aside = setAsideName(m_path);
    if (!QFile::rename(m_path, aside)) {
        fallBackToMemory(tr("%1; it could not be set aside").arg(detail), m_path);
        return;
    }
    // The -wal file belongs to the damaged file: left behind, SQLite would replay it into the fresh one.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix))
            QFile::remove(m_path + suffix);
    }
    QString openDetail;
    if (openAt(m_path, &openDetail) != OpenProblem::None) {
        closeConnection();
        fallBackToMemory(openDetail, aside);
        m_report.detail = QStringLiteral("%1\n%2").arg(detail, openDetail);
        return;
    }
    const int recovered = salvage(aside);
    m_report.status = OpenReport::Status::Recovered;
    m_report.setAsidePath = aside;
    m_report.recoveredComments = recovered;
    m_report.detail = detail;
    const QString asideName = QDir::toNativeSeparators(aside);
    m_report.message
        = problem == OpenProblem::Newer
              ? tr("The comment store was written by a newer version of Pilot Zones. It was set aside as %1; "
                   "%n of your comment(s) were copied into a new store.",
                   nullptr,
                   recovered)
                    .arg(asideName)
              : tr("The comment store was damaged. It was set aside as %1; %n of your comment(s) were recovered.",
                   nullptr,
                   recovered)
                    .arg(asideName);
}

void CommentStore::fallBackToMemory(const QString& detail, const QString& salvageFrom)
{
    closeConnection();
    m_persistent = false;
    QString memoryDetail;
    if (openAt(QStringLiteral(":memory:"), &memoryDetail) != OpenProblem::None)
        m_lastError = memoryDetail;
    const int recovered = QFileInfo::exists(salvageFrom) ? salvage(salvageFrom) : 0;
    m_report.status = OpenReport::Status::InMemory;
    m_report.recoveredComments = recovered;
    m_report.detail = detail;
    m_report.message = tr("Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments "
                          "are kept only while the app is open; %n earlier comment(s) were loaded.",
                          nullptr,
                          recovered)
                           .arg(QDir::toNativeSeparators(m_path));
}

int CommentStore::salvage(const QString& sourcePath)
{
    QList<OwnComment> found;
    CommentDraft foundDraft;
    Profile foundProfile;
    const QString name = uniqueConnectionName("CommentStoreSalvage");
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Lets SQLite read a file shorter than its header says (a truncated copy); the connection is read-only,
        // so nothing is written. Returns whether the schema could be read.
        const auto readable = [&source] {
            QSqlQuery query(source);
            return query.exec(QStringLiteral("PRAGMA writable_schema = ON"))
                   && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        };
        source.setDatabaseName(sourcePath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool opened = source.open() && readable();
        if (!opened) {
            // A WAL file in a read-only folder cannot be opened normally; immutable skips the locking.
            source.close();
            source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            source.setDatabaseName(QStringLiteral("%1?immutable=1").arg(QUrl::fromLocalFile(sourcePath).toString()));
            opened = source.open() && readable();
        }
        if (opened) {
            // Forwards, then backwards: a damaged page stops a scan, and rows on both sides of it are kept.
            QSet<QString> seen;
            for (const QLatin1String order : {QLatin1String("ASC"), QLatin1String("DESC")}) {
                QSqlQuery query(source);
                query.setForwardOnly(true);
                if (!query.exec(QStringLiteral("SELECT * FROM own_comments ORDER BY rowid %1").arg(order)))
                    continue;
                while (query.next()) {
                    const QSqlRecord record = query.record();
                    OwnComment comment = commentFrom(record);
                    if (comment.localId.isEmpty() || seen.contains(comment.localId))
                        continue;
                    seen.insert(comment.localId);
                    // A row cut by the damage reads as zeros past the cut: no state, no time, NULs in the text.
                    // Its text is kept, but the reader checks it before it is sent again.
                    const bool intact = stateFromName(field(record, "state").toString()).has_value()
                                        && comment.createdAt.isValid() && comment.createdAt.toMSecsSinceEpoch() > 0
                                        && !comment.content.text.contains(QChar(0));
                    if (!intact) {
                        comment.content.text.remove(QChar(0));
                        comment.state = OwnComment::State::Failed;
                        comment.nextAttemptAt = QDateTime();
                        comment.lastError = tr("Recovered from a damaged store: check the text, then send it again "
                                               "or discard it.");
                    }
                    found.append(std::move(comment));
                }
            }
            QSqlQuery query(source);
            if (query.exec(QStringLiteral("SELECT * FROM draft")) && query.next()) {
                const QSqlRecord record = query.record();
                foundDraft = CommentDraft {field(record, "nick").toString(),
                                           field(record, "mail").toString(),
                                           field(record, "text").toString(),
                                           field(record, "city_id").toString()};
            }
            if (query.exec(QStringLiteral("SELECT * FROM profile")) && query.next())
                foundProfile
                    = Profile {field(query.record(), "nick").toString(), field(query.record(), "mail").toString()};
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);

    int copied = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OwnComment& comment : found) {
        // A claim does not survive the move: whoever held it is gone, so the comment waits for its next attempt.
        if (comment.state == OwnComment::State::Sending) {
            comment.state = OwnComment::State::Queued;
            comment.nextAttemptAt = now;
        }
        if (!comment.createdAt.isValid() || comment.createdAt.toMSecsSinceEpoch() <= 0)
            comment.createdAt = now;
        QSqlQuery insert(m_db);
        prepareInsert(insert, comment, QLatin1String("INSERT OR IGNORE"));
        if (insert.exec() && insert.numRowsAffected() == 1)
            ++copied;
    }
    if (!foundDraft.isEmpty() && draft().isEmpty())
        saveDraft(foundDraft);
    if (!foundProfile.isEmpty() && profile().isEmpty())
        saveProfile(foundProfile);
    return copied;
}

bool CommentStore::fail(const QString& message) const
{
    m_lastError = message;
    return false;
}

bool CommentStore::exec(QSqlQuery& query) const
{
    if (query.exec())
        return true;
    return fail(tr("The comment store could not be read or written: %1").arg(sqlError(query.lastError())));
}

CommentDraft CommentStore::draft() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT nick, mail, text, city_id FROM draft WHERE id = 1"));
    if (!exec(query) || !query.next())
        return {};
    return CommentDraft {
        query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
}

bool CommentStore::saveDraft(const CommentDraft& draft)
{
    if (draft.isEmpty())
        return clearDraft();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO draft (id, nick, mail, text, city_id) VALUES (1, :nick, :mail, :text, "
                                 ":city_id) ON CONFLICT (id) DO UPDATE SET nick = excluded.nick, mail = excluded.mail, "
                                 "text = excluded.text, city_id = excluded.city_id"));
    query.bindValue(QStringLiteral(":nick"), textValue(draft.nick));
    query.bindValue(QStringLiteral(":mail"), textValue(draft.mail));
    query.bindValue(QStringLiteral(":text"), textValue(draft.text));
    query.bindValue(QStringLiteral(":city_id"), textValue(draft.cityId));
    return exec(query);
}

bool CommentStore::clearDraft()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM draft"));
    return exec(query);
}

CommentStore::Profile CommentStore::profile() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT nick, mail FROM profile WHERE id = 1"));
    if (!exec(query) || !query.next())
        return {};
    return Profile {query.value(0).toString(), query.value(1).toString()};
}

bool CommentStore::saveProfile(const Profile& profile)
{
    if (profile.isEmpty())
        return forgetProfile();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO profile (id, nick, mail) VALUES (1, :nick, :mail) ON CONFLICT (id) DO "
                                 "UPDATE SET nick = excluded.nick, mail = excluded.mail"));
    query.bindValue(QStringLiteral(":nick"), textValue(profile.nick));
    query.bindValue(QStringLiteral(":mail"), textValue(profile.mail));
    return exec(query);
}

bool CommentStore::forgetProfile()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM profile"));
    return exec(query);
}

bool CommentStore::addComment(const OwnComment& comment)
{
    if (comment.localId.isEmpty())
        return fail(tr("A comment needs a local id to be stored."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()));
    QSqlQuery insert(m_db);
    prepareInsert(insert, comment, QLatin1String("INSERT"));
    if (!exec(insert))
        return false;
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM draft"));
    if (!exec(clear))
        return false;
    if (!transaction.commit())
        return fail(tr("The comment could not be saved: %1").arg(transaction.error()));
    return true;
}

std::optional<OwnComment> CommentStore::comment(const QString& localId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM own_comments WHERE local_id = :id").arg(commentColumns));
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("There is no such comment any more."));
        return std::nullopt;
    }
    return commentFrom(query.record());
}

QList<OwnComment> CommentStore::comments() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM own_comments ORDER BY created_at DESC, rowid DESC").arg(commentColumns));
    QList<OwnComment> list;
    if (!exec(query))
        return list;
    while (query.next())
        list.append(commentFrom(query.record()));
    return list;
}

std::optional<OwnComment> CommentStore::claimNextDue(const QString& owner, const QDateTime& now, const QDateTime& until)
{
    m_lastError.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()));
        return std::nullopt;
    }
    // The WHERE clause repeats the due condition, so the UPDATE itself decides: a row someone else claimed
    // in between is not claimed twice, whatever the locking did.
    const QLatin1String due {"((state = 'queued' AND next_attempt_at <= :now) OR "
                             "(state = 'sending' AND claim_until <= :now))"};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT local_id FROM own_comments WHERE %1 ORDER BY CASE state WHEN 'queued' THEN "
                                 "next_attempt_at ELSE claim_until END, created_at LIMIT 1")
                      .arg(due));
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (!exec(query))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    const QString localId = query.value(0).toString();
    query.finish();

    QSqlQuery claim(m_db);
    claim.prepare(QStringLiteral("UPDATE own_comments SET state = 'sending', claim_owner = :owner, claim_until = "
                                 ":until, attempts = attempts + 1 WHERE local_id = :id AND %1")
                      .arg(due));
    claim.bindValue(QStringLiteral(":owner"), owner);
    claim.bindValue(QStringLiteral(":until"), until.toMSecsSinceEpoch());
    claim.bindValue(QStringLiteral(":id"), localId);
    claim.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (!exec(claim) || claim.numRowsAffected() != 1)
        return std::nullopt;
    const std::optional<OwnComment> claimed = comment(localId);
    if (!claimed)
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()));
        return std::nullopt;
    }
    return claimed;
}

bool CommentStore::execClaimed(QSqlQuery& query, const QString& localId)
{
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(
            tr("The comment %1 is no longer being sent by this window; its result was not recorded.").arg(localId));
    return true;
}

bool CommentStore::markDelivered(const QString& localId,
                                 const QString& owner,
                                 OwnComment::State state,
                                 const QString& serverId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE own_comments SET state = :state, server_id = :server_id, last_error = '', "
                                 "next_attempt_at = NULL, claim_owner = NULL, claim_until = NULL WHERE local_id = :id "
                                 "AND state = 'sending' AND claim_owner = :owner"));
    query.bindValue(QStringLiteral(":state"), stateName(state));
    query.bindValue(QStringLiteral(":server_id"), textValue(serverId));
    query.bindValue(QStringLiteral(":id"), localId);
    query.bindValue(QStringLiteral(":owner"), owner);
    return execClaimed(query, localId);
}

bool CommentStore::markRetry(const QString& localId,
                             const QString& owner,
                             const QDateTime& nextAttemptAt,
                             const QString& error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE own_comments SET state = 'queued', next_attempt_at = :next, last_error = "
                                 ":error, claim_owner = NULL, claim_until = NULL WHERE local_id = :id AND state = "
                                 "'sending' AND claim_owner = :owner"));
    query.bindValue(QStringLiteral(":next"), nextAttemptAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":error"), textValue(error));
    query.bindValue(QStringLiteral(":id"), localId);
    query.bindValue(QStringLiteral(":owner"), owner);
    return execClaimed(query, localId);
}

bool CommentStore::markFailed(const QString& localId, const QString& owner, const QString& error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE own_comments SET state = 'failed', next_attempt_at = NULL, last_error = "
                                 ":error, claim_owner = NULL, claim_until = NULL WHERE local_id = :id AND state = "
                                 "'sending' AND claim_owner = :owner"));
    query.bindValue(QStringLiteral(":error"), textValue(error));
    query.bindValue(QStringLiteral(":id"), localId);
    query.bindValue(QStringLiteral(":owner"), owner);
    return execClaimed(query, localId);
}

bool CommentStore::releaseClaim(const QString& localId, const QString& owner, const QDateTime& dueAt)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE own_comments SET state = 'queued', next_attempt_at = :due, claim_owner = "
                                 "NULL, claim_until = NULL WHERE local_id = :id AND state = 'sending' AND "
                                 "claim_owner = :owner"));
    query.bindValue(QStringLiteral(":due"), dueAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), localId);
    query.bindValue(QStringLiteral(":owner"), owner);
    return execClaimed(query, localId);
}

bool CommentStore::requeue(const QString& localId, const QDateTime& dueAt)
{
    // The reader asked: a fresh start, so the backoff starts small again.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE own_comments SET state = 'queued', next_attempt_at = :due, attempts = 0 "
                                 "WHERE local_id = :id AND state IN ('failed', 'saved-locally')"));
    query.bindValue(QStringLiteral(":due"), dueAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("Only a comment that failed or was saved on this computer can be sent again."));
    return true;
}

bool CommentStore::discard(const QString& localId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM own_comments WHERE local_id = :id AND state IN ('queued', 'failed', 'saved-locally')"));
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("This comment is being sent or was already sent, so it cannot be discarded."));
    return true;
}

std::optional<CommentDraft> CommentStore::returnToDraft(const QString& localId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM own_comments WHERE local_id = :id AND state IN ('queued', "
                                 "'failed', 'saved-locally')")
                      .arg(commentColumns));
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("This comment is being sent or was already sent, so it cannot be edited."));
        return std::nullopt;
    }
    const CommentDraft content = commentFrom(query.record()).content;
    query.finish();
    const CommentDraft current = draft();
    if (!CommentRules::isBlank(current.text) && current.text != content.text) {
        fail(tr("You are writing another comment. Send or clear it first, then edit this one."));
        return std::nullopt;
    }
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM own_comments WHERE local_id = :id"));
    remove.bindValue(QStringLiteral(":id"), localId);
    if (!exec(remove) || !saveDraft(content))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()));
        return std::nullopt;
    }
    return content;
}

std::optional<QDateTime> CommentStore::earliestDue() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT min(CASE state WHEN 'queued' THEN next_attempt_at ELSE claim_until END) "
                                 "FROM own_comments WHERE state IN ('queued', 'sending')"));
    if (!exec(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return timeFrom(query.value(0));
}
