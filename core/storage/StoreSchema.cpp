#include "StoreSchema.h"

#include <QSqlQuery>
#include <QVariant>

namespace StoreSchema {

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
        {
            // Who holds a claim, as a process: a claimant that is gone is taken over at once. Set with
            // claim_owner; meaningful only while state is 'sending'.
            QLatin1String("ALTER TABLE own_comments ADD COLUMN claim_pid INTEGER"),
            QLatin1String("ALTER TABLE own_comments ADD COLUMN claim_host TEXT"),
            // The stores open on this file: one row per open CommentStore, removed as it closes; a row whose
            // process is gone is removed by the next store that opens.
            QLatin1String("CREATE TABLE instances (instance_id TEXT PRIMARY KEY NOT NULL, pid INTEGER NOT NULL, "
                          "host TEXT NOT NULL, opened_at INTEGER NOT NULL)"),
        },
        {
            // A comment on a passage (quote: the passage as plain text) and a reply (Waline's pid, rid and at:
            // the comment answered, the root of its thread, the nick shown as "@nick"); '' when not used, so
            // rows from before keep their meaning.
            QLatin1String("ALTER TABLE draft ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE draft ADD COLUMN reply_pid TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE draft ADD COLUMN reply_rid TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE draft ADD COLUMN reply_at TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE own_comments ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE own_comments ADD COLUMN reply_pid TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE own_comments ADD COLUMN reply_rid TEXT NOT NULL DEFAULT ''"),
            QLatin1String("ALTER TABLE own_comments ADD COLUMN reply_at TEXT NOT NULL DEFAULT ''"),
        },
        {
            // When the claimant and each open instance started (ProcessIdentity::startTime): a pid alive again
            // with another start time is another process, so its claim is taken over at once. NULL when unknown.
            QLatin1String("ALTER TABLE own_comments ADD COLUMN claim_start INTEGER"),
            QLatin1String("ALTER TABLE instances ADD COLUMN start_time INTEGER"),
        },
    };
    return list;
}

const QList<std::pair<QLatin1String, QList<QLatin1String>>>& expectedColumns()
{
    static const QList<std::pair<QLatin1String, QList<QLatin1String>>> tables {
        {QLatin1String("draft"),
         {QLatin1String("id"),
          QLatin1String("nick"),
          QLatin1String("mail"),
          QLatin1String("text"),
          QLatin1String("city_id"),
          QLatin1String("quote"),
          QLatin1String("reply_pid"),
          QLatin1String("reply_rid"),
          QLatin1String("reply_at")}},
        {QLatin1String("profile"), {QLatin1String("id"), QLatin1String("nick"), QLatin1String("mail")}},
        {QLatin1String("own_comments"),
         {QLatin1String("local_id"),    QLatin1String("nick"),      QLatin1String("mail"),
          QLatin1String("text"),        QLatin1String("city_id"),   QLatin1String("created_at"),
          QLatin1String("state"),       QLatin1String("attempts"),  QLatin1String("next_attempt_at"),
          QLatin1String("last_error"),  QLatin1String("server_id"), QLatin1String("claim_owner"),
          QLatin1String("claim_until"), QLatin1String("claim_pid"), QLatin1String("claim_host"),
          QLatin1String("claim_start"), QLatin1String("quote"),     QLatin1String("reply_pid"),
          QLatin1String("reply_rid"),   QLatin1String("reply_at")}},
        {QLatin1String("instances"),
         {QLatin1String("instance_id"),
          QLatin1String("pid"),
          QLatin1String("host"),
          QLatin1String("opened_at"),
          QLatin1String("start_time")}},
    };
    return tables;
}

QStringList missingColumns(QSqlQuery& query)
{
    QStringList missing;
    for (const auto& [table, columns] : expectedColumns()) {
        QStringList found;
        if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (query.next())
                found.append(query.value(1).toString());
        }
        for (const QLatin1String& column : columns) {
            if (!found.contains(column))
                missing.append(QStringLiteral("%1.%2").arg(table, column));
        }
    }
    return missing;
}

} // namespace StoreSchema
