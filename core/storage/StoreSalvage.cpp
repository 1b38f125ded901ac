#include "StoreSalvage.h"

#include "StoreRows.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace StoreSalvage {

namespace {

// A row cut by the damage reads as zeros past the cut: no state, no time, NULs in the text.
bool isIntact(const QSqlRecord& record, const OwnComment& comment)
{
    return StoreRows::stateFromName(StoreRows::field(record, "state").toString()).has_value()
           && comment.createdAt.isValid() && comment.createdAt.toMSecsSinceEpoch() > 0
           && !comment.content.text.contains(QChar(0));
}

// Forwards, then backwards: a damaged page stops a scan, and rows on both sides of it are kept.
QList<OwnComment> readComments(const QSqlDatabase& source, const QDateTime& now, const QString& damagedRowNote)
{
    QList<OwnComment> found;
    QSet<QString> seen;
    for (const QLatin1String order : {QLatin1String("ASC"), QLatin1String("DESC")}) {
        QSqlQuery query(source);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM own_comments ORDER BY rowid %1").arg(order)))
            continue;
        while (query.next()) {
            const QSqlRecord record = query.record();
            OwnComment comment = StoreRows::commentFrom(record);
            if (comment.localId.isEmpty() || seen.contains(comment.localId))
                continue;
            seen.insert(comment.localId);
            // Its text is kept, but the reader checks it before it is sent again.
            if (!isIntact(record, comment)) {
                comment.content.text.remove(QChar(0));
                comment.state = OwnComment::State::Failed;
                comment.nextAttemptAt = QDateTime();
                comment.lastError = damagedRowNote;
            }
            if (comment.state == OwnComment::State::Sending) {
                comment.state = OwnComment::State::Queued;
                comment.nextAttemptAt = now;
            }
            if (!comment.createdAt.isValid() || comment.createdAt.toMSecsSinceEpoch() <= 0)
                comment.createdAt = now;
            found.append(std::move(comment));
        }
    }
    return found;
}

// Lets SQLite read a file shorter than its header says (a truncated copy); the connection is read-only, so
// nothing is written. Returns whether the schema could be read.
bool schemaReadable(const QSqlDatabase& source)
{
    QSqlQuery query(source);
    return query.exec(QStringLiteral("PRAGMA writable_schema = ON"))
           && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
}

} // namespace

Problem classify(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return Problem::Damaged;
    bool isNumber = false;
    const int value = code.toInt(&isNumber);
    constexpr int sqliteReadOnly = 8;
    constexpr int sqliteReadOnlyDbMoved = 1032;
    if (isNumber && (value & 0xff) == sqliteReadOnly && value != sqliteReadOnlyDbMoved)
        return Problem::ReadOnly;
    return Problem::Inaccessible;
}

bool refusesWrites(const QSqlError& error)
{
    bool isNumber = false;
    const int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    constexpr int sqliteReadOnly = 8;
    constexpr int sqliteIoError = 10;
    constexpr int sqliteFull = 13;
    return isNumber && (primary == sqliteReadOnly || primary == sqliteIoError || primary == sqliteFull);
}

Problem inspectSize(const QString& path, QString* detail)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || info.size() >= headerSize)
        return Problem::None;
    *detail = QStringLiteral("the file holds %1 bytes, fewer than a database header (%2)")
                  .arg(QString::number(info.size()), QString::number(headerSize));
    return Problem::Damaged;
}

Problem inspect(const QSqlDatabase& db, int schemaVersion, QString* detail)
{
    QSqlQuery query(db);
    const auto failed = [&query, detail] {
        *detail = StoreRows::sqlError(query.lastError());
        return classify(query.lastError());
    };
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings != QStringList {QStringLiteral("ok")}) {
        *detail = findings.join(QLatin1Char('\n'));
        return Problem::Damaged;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        *detail = QStringLiteral("user_version %1 > %2").arg(version).arg(schemaVersion);
        return Problem::Newer;
    }
    return Problem::None;
}

QString setAsideName(const QString& path, const QDateTime& now)
{
    const QString base
        = QStringLiteral("%1.corrupt-%2").arg(path, now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base, QString::number(n)); // one pass: base may hold "%2"
    return candidate;
}

std::optional<QString> setAside(const QString& path, const QDateTime& now)
{
    const QString aside = setAsideName(path, now);
    if (!QFile::rename(path, aside))
        return std::nullopt;
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            QFile::remove(path + suffix);
    }
    return aside;
}

Found read(const QString& path, const QDateTime& now, const QString& damagedRowNote)
{
    Found found;
    const QString name = StoreRows::uniqueConnectionName("CommentStoreSalvage");
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(path);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool opened = source.open() && schemaReadable(source);
        if (!opened) {
            // A WAL file in a read-only folder cannot be opened normally; immutable skips the locking.
            source.close();
            source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            source.setDatabaseName(QStringLiteral("%1?immutable=1").arg(QUrl::fromLocalFile(path).toString()));
            opened = source.open() && schemaReadable(source);
        }
        if (opened) {
            found.comments = readComments(source, now, damagedRowNote);
            QSqlQuery query(source);
            if (query.exec(QStringLiteral("SELECT * FROM draft")) && query.next())
                found.draft = StoreRows::draftFrom(query.record());
            if (query.exec(QStringLiteral("SELECT * FROM profile")) && query.next())
                found.profile = CommentStore::Profile {StoreRows::field(query.record(), "nick").toString(),
                                                       StoreRows::field(query.record(), "mail").toString()};
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace StoreSalvage
