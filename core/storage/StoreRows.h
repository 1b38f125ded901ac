#pragma once

#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <optional>

// How the comment store's rows map to values and back, shared by CommentStore (its own file) and StoreSalvage
// (a damaged file, possibly of another schema version). Times are milliseconds since the epoch (UTC); a state
// is stored by name; text columns hold '' rather than NULL.
namespace StoreRows {

// The own_comments columns an OwnComment is read from and written to.
inline constexpr QLatin1String commentColumns {"local_id, nick, mail, text, city_id, quote, reply_pid, reply_rid, "
                                               "reply_at, created_at, state, attempts, next_attempt_at, last_error, "
                                               "server_id"};

QString stateName(OwnComment::State state);
// nullopt for a name this version does not know.
std::optional<OwnComment::State> stateFromName(const QString& name);

// An invalid time binds as SQL NULL.
QVariant timeValue(const QDateTime& time);
// A null QString would bind as SQL NULL; this binds '' instead.
QVariant textValue(const QString& text);
// NULL reads as an invalid time.
QDateTime timeFrom(const QVariant& value);

// The value of a column by name; a column the record lacks reads as an invalid QVariant.
QVariant field(const QSqlRecord& record, const char* name);
// Reads by column name, so rows of another schema version map as far as they can. A state this version does
// not know reads as Failed: the reader decides, nothing is sent unasked.
OwnComment commentFrom(const QSqlRecord& record);
// The draft's fields of a draft or own_comments row; a column an older file lacks reads as ''.
CommentDraft draftFrom(const QSqlRecord& record);
// Prepares "<verb> INTO own_comments" of every column of comment; verb is INSERT or INSERT OR IGNORE.
void prepareInsert(QSqlQuery& insert, const OwnComment& comment, QLatin1String verb);

// Copies every row of table, in the given columns, from one connection into the same table of another (which
// must be empty of those rows). False on the first failure, with SQLite's words in *detail.
bool copyTable(const QSqlDatabase& from,
               const QSqlDatabase& to,
               QLatin1String table,
               const QList<QLatin1String>& columns,
               QString* detail);

// SQLite's words for an error, or its code when it has none.
QString sqlError(const QSqlError& error);
// A QSqlDatabase connection name no other connection has: purpose followed by a fresh UUID.
QString uniqueConnectionName(const char* purpose);

} // namespace StoreRows
