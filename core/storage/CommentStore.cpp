#include "CommentStore.h"

#include "StoreRows.h"
#include "StoreSalvage.h"
#include "StoreSchema.h"
#include "StoreTransaction.h"
#include "comments/CommentRules.h"
#include "comments/OwnCommentActions.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

#include <utility>

using StoreRows::commentColumns;
using StoreRows::commentFrom;
using StoreRows::prepareInsert;
using StoreRows::sqlError;
using StoreRows::stateName;
using StoreRows::textValue;
using StoreRows::timeFrom;
using Problem = StoreSalvage::Problem;
using StoreSchema::expectedColumns;
using StoreSchema::migrations;
using StoreSchema::missingColumns;

namespace {

constexpr int busyTimeoutMs = 5000;
// The rows a reader may still edit or delete: not sent, not being sent.
const QLatin1String changeableRow {"local_id = :id AND state IN ('queued', 'failed', 'saved-locally')"};

// An unknown start time is stored as NULL.
QVariant startTimeValue(const ProcessIdentity& process)
{
    return process.startTime > 0 ? QVariant(process.startTime) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

CommentStore::CommentStore(const QString& path)
    : CommentStore(path, Options {})
{ }

CommentStore::CommentStore(const QString& path, const Options& options)
    : m_path(path)
    , m_connectionName(StoreRows::uniqueConnectionName("CommentStore"))
    , m_options(options)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_options.self.pid == 0)
        m_options.self = ProcessIdentity::current();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        fallBackToMemory(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(info.absolutePath())),
                         m_path);
        return;
    }
    QString detail;
    // SQLite would take a file this short for a new database and the comments it held would vanish unsaid.
    Problem problem = StoreSalvage::inspectSize(m_path, &detail);
    if (problem == Problem::None)
        problem = openAt(m_path, &detail);
    if (problem == Problem::None)
        return;
    closeConnection();
    if (problem == Problem::Inaccessible)
        fallBackToMemory(detail, m_path);
    else if (problem == Problem::ReadOnly)
        fallBackToReadOnly(detail);
    else
        recoverFrom(problem, detail);
}

CommentStore::~CommentStore()
{
    unregisterInstance();
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

Problem CommentStore::openAt(const QString& databaseName, QString* detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(databaseName);
    const bool onFile = databaseName != QLatin1String(":memory:");
    m_db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
            .arg(QString::number(busyTimeoutMs),
                 onFile && m_options.readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!m_db.open()) {
        *detail = sqlError(m_db.lastError());
        return StoreSalvage::classify(m_db.lastError());
    }
    // Check before writing anything: a damaged file is set aside as it was found.
    const Problem problem = StoreSalvage::inspect(m_db, schemaVersion, detail);
    if (problem != Problem::None)
        return problem;
    // WAL lets one instance read while another writes; FULL syncs every commit, so a power cut loses nothing
    // that was reported saved.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs))) {
        *detail = sqlError(query.lastError());
        return StoreSalvage::classify(query.lastError());
    }
    query.finish();
    const Problem migrated = migrate(detail);
    if (migrated != Problem::None)
        return migrated;
    // The first write of every open on a file: on a read-only file it is where SQLite says so (BEGIN
    // IMMEDIATE and the PRAGMAs above succeed there).
    return onFile && m_persistent ? registerInstance(detail) : Problem::None;
}

Problem CommentStore::migrate(QString* detail)
{
    const auto failed = [detail](const QSqlError& error) {
        *detail = sqlError(error);
        // Only a refused write is told apart; any other failure leaves the file alone, as before.
        return StoreSalvage::classify(error) == Problem::ReadOnly ? Problem::ReadOnly : Problem::Inaccessible;
    };
    StoreTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *detail = transaction.error();
        return Problem::Inaccessible;
    }
    QSqlQuery query(m_db);
    // Read again under the write lock: another instance may have migrated the file meanwhile.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(query.lastError());
    const int version = query.value(0).toInt();
    for (int next = version; next < schemaVersion; ++next) {
        for (const QLatin1String& statement : migrations().at(next)) {
            if (!query.exec(statement))
                return failed(query.lastError());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next + 1)))
            return failed(query.lastError());
    }
    // quick_check passes a file whose schema text was damaged (a column name with a flipped byte, found by
    // fuzz_commentStore), and every write to it would fail: such a file is damaged too. Returning rolls the
    // migration back, so the file is set aside as it was found.
    if (const QStringList missing = missingColumns(query); !missing.isEmpty()) {
        *detail = QStringLiteral("the schema lacks %1").arg(missing.join(QStringLiteral(", ")));
        return Problem::Damaged;
    }
    query.finish();
    if (!transaction.commit()) {
        *detail = transaction.error();
        return Problem::Inaccessible;
    }
    return Problem::None;
}

Problem CommentStore::registerInstance(QString* detail)
{
    const auto failed = [detail](const QSqlError& error) {
        *detail = sqlError(error);
        return StoreSalvage::classify(error) == Problem::ReadOnly ? Problem::ReadOnly : Problem::Inaccessible;
    };
    StoreTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *detail = transaction.error();
        return Problem::Inaccessible;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT instance_id, pid, host, start_time FROM instances")))
        return failed(query.lastError());
    QStringList gone;
    int others = 0;
    while (query.next()) {
        const ProcessIdentity process {
            query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toLongLong()};
        if (process.isGoneSeenFrom(m_options.self))
            gone.append(query.value(0).toString());
        // One on another host cannot be checked, and a crash there would leave it forever: not counted.
        else if (process.host == m_options.self.host)
            ++others;
    }
    query.finish();
    for (const QString& id : std::as_const(gone)) {
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM instances WHERE instance_id = :id"));
        remove.bindValue(QStringLiteral(":id"), id);
        if (!remove.exec())
            return failed(remove.lastError());
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO instances (instance_id, pid, host, opened_at, start_time) VALUES (:id, :pid, :host, :opened_at, "
        ":start_time)"));
    insert.bindValue(QStringLiteral(":id"), m_instanceId);
    insert.bindValue(QStringLiteral(":pid"), m_options.self.pid);
    insert.bindValue(QStringLiteral(":start_time"), startTimeValue(m_options.self));
    insert.bindValue(QStringLiteral(":host"), textValue(m_options.self.host));
    insert.bindValue(QStringLiteral(":opened_at"), QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return failed(insert.lastError());
    if (!transaction.commit()) {
        *detail = transaction.error();
        return Problem::Inaccessible;
    }
    m_report.otherInstances = others;
    m_report.notice = openNotice();
    return Problem::None;
}

void CommentStore::unregisterInstance()
{
    if (!m_persistent || !m_db.isOpen())
        return;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM instances WHERE instance_id = :id"));
    remove.bindValue(QStringLiteral(":id"), m_instanceId);
    remove.exec(); // a row left behind is removed by the next store that opens, once this process is gone
}

void CommentStore::recoverFrom(Problem problem, const QString& detail)
{
    const std::optional<QString> setAside = StoreSalvage::setAside(m_path, QDateTime::currentDateTimeUtc());
    if (!setAside) {
        fallBackToMemory(tr("%1; it could not be set aside").arg(detail), m_path);
        return;
    }
    const QString aside = *setAside;
    QString openDetail;
    if (openAt(m_path, &openDetail) != Problem::None) {
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
    m_report.writtenByNewerVersion = problem == Problem::Newer;
    m_report.message = openMessage();
}

void CommentStore::fallBackToReadOnly(const QString& detail)
{
    closeConnection();
    m_persistent = false;
    m_readOnly = true;
    QString memoryDetail;
    if (openAt(QStringLiteral(":memory:"), &memoryDetail) != Problem::None)
        m_lastError = memoryDetail;
    const int loaded = salvage(m_path);
    m_report = OpenReport {};
    m_report.status = OpenReport::Status::ReadOnly;
    m_report.recoveredComments = loaded;
    m_report.detail = detail;
    m_report.message = openMessage();
}

void CommentStore::fallBackToMemory(const QString& detail, const QString& salvageFrom)
{
    closeConnection();
    m_persistent = false;
    QString memoryDetail;
    if (openAt(QStringLiteral(":memory:"), &memoryDetail) != Problem::None)
        m_lastError = memoryDetail;
    const int recovered = QFileInfo::exists(salvageFrom) ? salvage(salvageFrom) : 0;
    m_report.status = OpenReport::Status::InMemory;
    m_report.recoveredComments = recovered;
    m_report.detail = detail;
    m_report.message = openMessage();
}

QString CommentStore::openMessage() const
{
    const int count = m_report.recoveredComments;
    switch (m_report.status) {
    case OpenReport::Status::Ok:
        return {};
    case OpenReport::Status::Recovered: {
        const QString asideName = QDir::toNativeSeparators(m_report.setAsidePath);
        return m_report.writtenByNewerVersion
                   ? tr("The comment store was written by a newer version of Pilot Zones. It was set aside as %1; "
                        "%n of your comment(s) were copied into a new store.",
                        nullptr,
                        count)
                         .arg(asideName)
                   : tr("The comment store was damaged. It was set aside as %1; %n of your comment(s) were recovered.",
                        nullptr,
                        count)
                         .arg(asideName);
    }
    case OpenReport::Status::ReadOnly:
        return tr("Pilot Zones cannot write to its comment store %1 (the folder may be read-only), so new "
                  "comments cannot be stored until this is fixed. %n comment(s) were loaded from it; those "
                  "waiting to be sent are still sent while the app is open.",
                  nullptr,
                  count)
            .arg(QDir::toNativeSeparators(m_path));
    case OpenReport::Status::InMemory:
        return tr("Pilot Zones cannot save comments in %1. Until this is fixed, your draft and new comments "
                  "are kept only while the app is open; %n earlier comment(s) were loaded.",
                  nullptr,
                  count)
            .arg(QDir::toNativeSeparators(m_path));
    }
    return {};
}

QString CommentStore::openNotice() const
{
    if (m_report.otherInstances <= 0)
        return {};
    return tr("Another Pilot Zones window is open and shares your comments and draft with this one. Each comment is "
              "sent once, whichever window sends it.");
}

QString CommentStore::sessionProblem() const
{
    if (!m_sessionWritesStopped)
        return {};
    return tr("Pilot Zones can no longer write to its comment store %1 (the folder may have become read-only, or the "
              "disk is full). Your comments waiting to be sent are still sent, each once, while the app is open; new "
              "comments cannot be stored until this is fixed.")
        .arg(QDir::toNativeSeparators(m_path));
}

int CommentStore::salvage(const QString& sourcePath)
{
    const StoreSalvage::Found found
        = StoreSalvage::read(sourcePath,
                             QDateTime::currentDateTimeUtc(),
                             tr("Recovered from a damaged store: check the text, then send it again or discard it."));
    int copied = 0;
    for (const OwnComment& comment : found.comments) {
        QSqlQuery insert(m_db);
        prepareInsert(insert, comment, QLatin1String("INSERT OR IGNORE"));
        if (insert.exec() && insert.numRowsAffected() == 1)
            ++copied;
    }
    if (!found.draft.isEmpty() && draft().isEmpty())
        saveDraft(found.draft);
    if (!found.profile.isEmpty() && profile().isEmpty())
        saveProfile(found.profile);
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
    return failWrite(tr("The comment store could not be read or written: %1").arg(sqlError(query.lastError())),
                     query.lastError());
}

bool CommentStore::failWrite(const QString& message, const QSqlError& error) const
{
    if (StoreSalvage::refusesWrites(error)) {
        m_writeRefused = true;
        m_refusal = sqlError(error);
    }
    return fail(message);
}

bool CommentStore::write(const std::function<bool()>& attempt)
{
    if (m_writeDepth > 0)
        return attempt();
    const auto outermost = [this, &attempt] {
        ++m_writeDepth;
        const auto leave = qScopeGuard([this] { --m_writeDepth; });
        m_writeRefused = false;
        return attempt();
    };
    if (outermost())
        return true;
    if (!m_writeRefused || !m_persistent)
        return false;
    // The attempt's transaction, if any, was rolled back as it returned; nothing of it is in the file.
    continueInMemory(m_refusal);
    m_lastError.clear();
    return outermost();
}

bool CommentStore::continueInMemory(const QString& detail)
{
    const QString fileConnection = std::exchange(m_connectionName, StoreRows::uniqueConnectionName("CommentStore"));
    m_persistent = false;
    m_readOnly = true;
    QString copyDetail;
    bool copied = false;
    {
        QSqlDatabase file = m_db;
        if (openAt(QStringLiteral(":memory:"), &copyDetail) == Problem::None) {
            copied = true;
            for (const auto& [table, columns] : expectedColumns()) {
                // The instances open on the file stay the file's business.
                if (copied && table != QLatin1String("instances"))
                    copied = StoreRows::copyTable(file, m_db, table, columns, &copyDetail);
            }
        }
        if (!copied)
            salvage(m_path);
        file.close();
    }
    QSqlDatabase::removeDatabase(fileConnection);
    m_sessionDetail = copied ? detail : QStringLiteral("%1\n%2").arg(detail, copyDetail);
    m_sessionWritesStopped = true;
    return copied;
}

CommentDraft CommentStore::draft() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT nick, mail, text, city_id, quote, reply_pid, reply_rid, reply_at FROM draft "
                                 "WHERE id = 1"));
    if (!exec(query) || !query.next())
        return {};
    return StoreRows::draftFrom(query.record());
}

bool CommentStore::saveDraft(const CommentDraft& draft)
{
    return write([&] {
        if (draft.isEmpty())
            return clearDraft();
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO draft (id, nick, mail, text, city_id, quote, reply_pid, reply_rid, "
                           "reply_at) VALUES (1, :nick, :mail, :text, :city_id, :quote, :reply_pid, :reply_rid, "
                           ":reply_at) ON CONFLICT (id) DO UPDATE SET nick = excluded.nick, mail = excluded.mail, "
                           "text = excluded.text, city_id = excluded.city_id, quote = excluded.quote, "
                           "reply_pid = excluded.reply_pid, reply_rid = excluded.reply_rid, "
                           "reply_at = excluded.reply_at"));
        query.bindValue(QStringLiteral(":nick"), textValue(draft.nick));
        query.bindValue(QStringLiteral(":mail"), textValue(draft.mail));
        query.bindValue(QStringLiteral(":text"), textValue(draft.text));
        query.bindValue(QStringLiteral(":city_id"), textValue(draft.cityId));
        query.bindValue(QStringLiteral(":quote"), textValue(draft.quote));
        query.bindValue(QStringLiteral(":reply_pid"), textValue(draft.replyTo.parentId));
        query.bindValue(QStringLiteral(":reply_rid"), textValue(draft.replyTo.rootId));
        query.bindValue(QStringLiteral(":reply_at"), textValue(draft.replyTo.nick));
        return exec(query);
    });
}

bool CommentStore::clearDraft()
{
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM draft"));
        return exec(query);
    });
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
    return write([&] {
        if (profile.isEmpty())
            return forgetProfile();
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO profile (id, nick, mail) VALUES (1, :nick, :mail) ON CONFLICT (id) DO "
                           "UPDATE SET nick = excluded.nick, mail = excluded.mail"));
        query.bindValue(QStringLiteral(":nick"), textValue(profile.nick));
        query.bindValue(QStringLiteral(":mail"), textValue(profile.mail));
        return exec(query);
    });
}

bool CommentStore::forgetProfile()
{
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM profile"));
        return exec(query);
    });
}

bool CommentStore::addComment(const OwnComment& comment)
{
    return write([&] {
        if (comment.localId.isEmpty())
            return fail(tr("A comment needs a local id to be stored."));
        if (m_readOnly)
            return fail(tr("The comment store %1 cannot be written (the folder may be read-only), so nothing new can "
                           "be stored in it.")
                            .arg(QDir::toNativeSeparators(m_path)));
        StoreTransaction transaction(m_db);
        if (!transaction.isActive())
            return failTransaction(transaction);
        QSqlQuery insert(m_db);
        prepareInsert(insert, comment, QLatin1String("INSERT"));
        if (!exec(insert))
            return false;
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM draft"));
        if (!exec(clear))
            return false;
        if (!transaction.commit())
            return failWrite(tr("The comment could not be saved: %1").arg(transaction.error()), transaction.sqlError());
        return true;
    });
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
    std::optional<OwnComment> result;
    write([&] {
        result = claimNextDueOnce(owner, now, until);
        return result.has_value();
    });
    return result;
}

std::optional<OwnComment>
CommentStore::claimNextDueOnce(const QString& owner, const QDateTime& now, const QDateTime& until)
{
    m_lastError.clear();
    StoreTransaction transaction(m_db);
    if (!transaction.isActive()) {
        failTransaction(transaction);
        return std::nullopt;
    }
    if (!expireClaimsOfGoneProcesses(now))
        return std::nullopt;
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
    claim.prepare(
        QStringLiteral(
            "UPDATE own_comments SET state = 'sending', claim_owner = :owner, claim_until = "
            ":until, claim_pid = :pid, claim_host = :host, claim_start = :start, attempts = attempts + 1 WHERE "
            "local_id = :id AND %1")
            .arg(due));
    claim.bindValue(QStringLiteral(":owner"), owner);
    claim.bindValue(QStringLiteral(":pid"), m_options.self.pid);
    claim.bindValue(QStringLiteral(":start"), startTimeValue(m_options.self));
    claim.bindValue(QStringLiteral(":host"), textValue(m_options.self.host));
    claim.bindValue(QStringLiteral(":until"), until.toMSecsSinceEpoch());
    claim.bindValue(QStringLiteral(":id"), localId);
    claim.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (!exec(claim) || claim.numRowsAffected() != 1)
        return std::nullopt;
    const std::optional<OwnComment> claimed = comment(localId);
    if (!claimed)
        return std::nullopt;
    if (!transaction.commit()) {
        failTransaction(transaction);
        return std::nullopt;
    }
    return claimed;
}

bool CommentStore::expireClaimsOfGoneProcesses(const QDateTime& now)
{
    // Only claims still in force on this host can be checked; the caller holds the write lock.
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT local_id, claim_pid, claim_start FROM own_comments WHERE state = 'sending' AND "
                       "claim_until > :now AND claim_host = :host AND claim_pid IS NOT NULL"));
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":host"), textValue(m_options.self.host));
    if (!exec(query))
        return false;
    QList<std::pair<QString, qint64>> orphans;
    while (query.next()) {
        const ProcessIdentity claimant {query.value(1).toLongLong(), m_options.self.host, query.value(2).toLongLong()};
        if (claimant.isGoneSeenFrom(m_options.self))
            orphans.append({query.value(0).toString(), claimant.pid});
    }
    query.finish();
    for (const auto& [localId, pid] : std::as_const(orphans)) {
        QSqlQuery expire(m_db);
        expire.prepare(QStringLiteral("UPDATE own_comments SET claim_until = :now WHERE local_id = :id AND state = "
                                      "'sending' AND claim_pid = :pid AND claim_host = :host"));
        expire.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        expire.bindValue(QStringLiteral(":id"), localId);
        expire.bindValue(QStringLiteral(":pid"), pid);
        expire.bindValue(QStringLiteral(":host"), textValue(m_options.self.host));
        if (!exec(expire))
            return false;
    }
    return true;
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
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE own_comments SET state = :state, server_id = :server_id, last_error = '', "
                           "next_attempt_at = NULL, claim_owner = NULL, claim_until = NULL WHERE local_id = :id "
                           "AND state = 'sending' AND claim_owner = :owner"));
        query.bindValue(QStringLiteral(":state"), stateName(state));
        query.bindValue(QStringLiteral(":server_id"), textValue(serverId));
        query.bindValue(QStringLiteral(":id"), localId);
        query.bindValue(QStringLiteral(":owner"), owner);
        return execClaimed(query, localId);
    });
}

bool CommentStore::markRetry(const QString& localId,
                             const QString& owner,
                             const QDateTime& nextAttemptAt,
                             const QString& error)
{
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE own_comments SET state = 'queued', next_attempt_at = :next, last_error = "
                                     ":error, claim_owner = NULL, claim_until = NULL WHERE local_id = :id AND state = "
                                     "'sending' AND claim_owner = :owner"));
        query.bindValue(QStringLiteral(":next"), nextAttemptAt.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":error"), textValue(error));
        query.bindValue(QStringLiteral(":id"), localId);
        query.bindValue(QStringLiteral(":owner"), owner);
        return execClaimed(query, localId);
    });
}

bool CommentStore::markFailed(const QString& localId, const QString& owner, const QString& error)
{
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE own_comments SET state = 'failed', next_attempt_at = NULL, last_error = "
                                     ":error, claim_owner = NULL, claim_until = NULL WHERE local_id = :id AND state = "
                                     "'sending' AND claim_owner = :owner"));
        query.bindValue(QStringLiteral(":error"), textValue(error));
        query.bindValue(QStringLiteral(":id"), localId);
        query.bindValue(QStringLiteral(":owner"), owner);
        return execClaimed(query, localId);
    });
}

bool CommentStore::releaseClaim(const QString& localId, const QString& owner, const QDateTime& dueAt)
{
    return write([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE own_comments SET state = 'queued', next_attempt_at = :due, claim_owner = "
                                     "NULL, claim_until = NULL WHERE local_id = :id AND state = 'sending' AND "
                                     "claim_owner = :owner"));
        query.bindValue(QStringLiteral(":due"), dueAt.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":id"), localId);
        query.bindValue(QStringLiteral(":owner"), owner);
        return execClaimed(query, localId);
    });
}

bool CommentStore::requeue(const QString& localId, const QDateTime& dueAt)
{
    return write([&] {
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
    });
}

bool CommentStore::discard(const QString& localId)
{
    return write([&] { return takeComment(localId).has_value(); });
}

void CommentStore::refuseChange(const QString& localId, bool editing) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT state FROM own_comments WHERE local_id = :id"));
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return;
    if (!query.next()) {
        fail(tr("This comment is no longer stored here; another Pilot Zones window may have sent, edited or deleted "
                "it."));
        return;
    }
    if (query.value(0).toString() == stateName(OwnComment::State::Sending)) {
        fail(editing ? tr("This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot "
                          "be edited; it is kept as it is.")
                     : tr("This comment is being sent right now (perhaps by another Pilot Zones window), so it cannot "
                          "be deleted; it is kept as it is."));
        return;
    }
    fail(editing ? tr("This comment was already sent, so it cannot be edited.")
                 : tr("This comment was already sent, so it cannot be deleted."));
}

bool CommentStore::checkWritable(bool editing) const
{
    if (!m_readOnly)
        return true;
    return fail(editing ? tr("The comment store %1 cannot be written (the folder may be read-only), so the comment "
                             "cannot be edited; it is kept as it is.")
                              .arg(QDir::toNativeSeparators(m_path))
                        : tr("The comment store %1 cannot be written (the folder may be read-only), so the comment "
                             "cannot be deleted; it is kept as it is.")
                              .arg(QDir::toNativeSeparators(m_path)));
}

std::optional<OwnComment> CommentStore::takeComment(const QString& localId)
{
    std::optional<OwnComment> result;
    write([&] {
        result = takeCommentOnce(localId);
        return result.has_value();
    });
    return result;
}

std::optional<OwnComment> CommentStore::changeableComment(const QString& localId, bool editing)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM own_comments WHERE %2").arg(commentColumns, changeableRow));
    query.bindValue(QStringLiteral(":id"), localId);
    if (!exec(query))
        return std::nullopt;
    if (!query.next()) {
        query.finish();
        refuseChange(localId, editing);
        return std::nullopt;
    }
    const OwnComment changeable = commentFrom(query.record());
    query.finish();
    return changeable;
}

bool CommentStore::failTransaction(const StoreTransaction& transaction) const
{
    return failWrite(tr("The comment store is busy or cannot be written: %1").arg(transaction.error()),
                     transaction.sqlError());
}

std::optional<OwnComment> CommentStore::takeCommentOnce(const QString& localId)
{
    if (!checkWritable(false))
        return std::nullopt;
    StoreTransaction transaction(m_db);
    if (!transaction.isActive()) {
        failTransaction(transaction);
        return std::nullopt;
    }
    const std::optional<OwnComment> taken = changeableComment(localId, false);
    if (!taken)
        return std::nullopt;
    // The same condition again: within the write transaction no other instance can claim it in between.
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM own_comments WHERE %1").arg(changeableRow));
    remove.bindValue(QStringLiteral(":id"), localId);
    if (!exec(remove))
        return std::nullopt;
    if (remove.numRowsAffected() != 1) {
        refuseChange(localId, false);
        return std::nullopt;
    }
    if (!transaction.commit()) {
        failTransaction(transaction);
        return std::nullopt;
    }
    return taken;
}

bool CommentStore::restoreComment(const OwnComment& comment)
{
    return write([&] {
        if (comment.localId.isEmpty())
            return fail(tr("A comment needs a local id to be stored."));
        if (!OwnCommentActions::forState(comment.state).remove)
            return fail(tr("Only a comment that was not sent can be brought back."));
        if (m_readOnly)
            return fail(
                tr("The comment store %1 cannot be written (the folder may be read-only), so the comment cannot "
                   "be brought back.")
                    .arg(QDir::toNativeSeparators(m_path)));
        if (this->comment(comment.localId))
            return fail(tr("This comment is already back."));
        QSqlQuery insert(m_db);
        prepareInsert(insert, comment, QLatin1String("INSERT"));
        return exec(insert);
    });
}

std::optional<CommentDraft> CommentStore::returnToDraft(const QString& localId)
{
    std::optional<CommentDraft> result;
    write([&] {
        result = returnToDraftOnce(localId);
        return result.has_value();
    });
    return result;
}

std::optional<CommentDraft> CommentStore::returnToDraftOnce(const QString& localId)
{
    if (!checkWritable(true))
        return std::nullopt;
    StoreTransaction transaction(m_db);
    if (!transaction.isActive()) {
        failTransaction(transaction);
        return std::nullopt;
    }
    const std::optional<OwnComment> changeable = changeableComment(localId, true);
    if (!changeable)
        return std::nullopt;
    const CommentDraft content = changeable->content;
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
        failTransaction(transaction);
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
