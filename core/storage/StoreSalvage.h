#pragma once

#include "CommentStore.h"
#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

// The damaged-file half of CommentStore: telling a damaged store file from an inaccessible one, setting a
// damaged file aside, and reading back what can still be read from it. Works on paths and connections it is
// given; renames files but never writes into one. The messages for the reader stay with CommentStore.
namespace StoreSalvage {

enum class Problem {
    None,
    // The file is there but unusable as our store: set it aside.
    Damaged,
    // Written by a newer version: set it aside too, under the same rule, with another message.
    Newer,
    // The file cannot be opened or written (permissions, disk, locks): leave it alone.
    Inaccessible,
    // The file opened and reads, but SQLite refuses to write it (a read-only folder, file or mount): leave it
    // alone and read from it.
    ReadOnly,
};

// Damaged for SQLITE_CORRUPT and SQLITE_NOTADB (the bytes are wrong, not the access to them), ReadOnly for
// SQLITE_READONLY and its extended codes (except READONLY_DBMOVED: the file went away), else Inaccessible.
Problem classify(const QSqlError& error);

// Whether a write failed because the file no longer takes writes: SQLite's READONLY codes (a read-only remount,
// a file moved away), an I/O error (a write refused by the file system, EROFS among them, reaches SQLite as
// one) or a full disk. A busy lock, a constraint or a damaged file is not.
bool refusesWrites(const QSqlError& error);

// The smallest file that can be a store: SQLite's 100-byte header. An existing file shorter than this (say,
// truncated to 0 bytes) would be taken by SQLite as a new, empty database, so it is Damaged. (A store being
// created is 0 bytes only between SQLite's open and the first PRAGMA, in the process that creates it.)
inline constexpr qint64 headerSize = 100;

// Damaged when a file exists at path and is shorter than headerSize (with the reason in *detail), else None.
Problem inspectSize(const QString& path, QString* detail);

// Checks an open connection before anything is written to it: PRAGMA quick_check must say only "ok", and
// PRAGMA user_version must not exceed schemaVersion. None, or the problem with its reason in *detail.
Problem inspect(const QSqlDatabase& db, int schemaVersion, QString* detail);

// "<path>.corrupt-<now as yyyyMMdd-HHmmss>", with "-2", "-3", ... appended while a file of that name exists.
QString setAsideName(const QString& path, const QDateTime& now);

// Renames path to setAsideName(path, now), and its -wal and -shm files with it; one that cannot be moved is
// removed, since SQLite would replay it into a fresh file at path. Returns the new path, or nullopt when path
// itself could not be renamed (then nothing was moved).
std::optional<QString> setAside(const QString& path, const QDateTime& now);

struct Found
{
    // Ready to insert into a fresh store: a Sending comment is Queued and due at `now` (its claim died with
    // the file); a row cut by the damage (unknown state, no creation time, NULs in its text) is Failed with
    // the NULs removed and lastError set to the note given to read(); a missing creation time is `now`.
    QList<OwnComment> comments;
    CommentDraft draft;
    CommentStore::Profile profile;
};

// Reads own comments, the draft and the profile from the store file at path, read-only, by column name (any
// schema version), also from a file shorter than its header says and from a WAL file in a read-only folder.
// Rows on both sides of a damaged page are kept. An unreadable file yields an empty Found.
Found read(const QString& path, const QDateTime& now, const QString& damagedRowNote);

} // namespace StoreSalvage
