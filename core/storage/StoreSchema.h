#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringList>

#include <utility>

class QSqlQuery;

// The comment store's SQLite schema, as CommentStore builds and checks it.
namespace StoreSchema {

// One entry per schema version: migrations()[i] takes a file from user_version i to i + 1. Never edit a
// released entry; append a new one. The file's user_version is migrations().size() once migrated.
const QList<QList<QLatin1String>>& migrations();

// Every column this version reads or writes, per table: what migrations() builds. Keep the two in step.
const QList<std::pair<QLatin1String, QList<QLatin1String>>>& expectedColumns();

// The expected columns the open database lacks, as "table.column"; a table that is missing lacks them all.
// Runs PRAGMA table_info on query's connection.
QStringList missingColumns(QSqlQuery& query);

} // namespace StoreSchema
