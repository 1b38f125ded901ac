#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// One write transaction on a store connection. BEGIN IMMEDIATE takes the write lock up front (waiting up to
// busy_timeout), so a read-then-write sequence cannot interleave with another connection's writes. Rolls back
// unless committed.
class StoreTransaction
{
public:
    explicit StoreTransaction(const QSqlDatabase& db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

    // False when BEGIN failed (error() says why).
    bool isActive() const { return m_active; }
    // SQLite's words for the last failure of BEGIN or COMMIT.
    QString error() const { return m_error; }
    // The same failure as SQLite reported it (its code tells a refused write from a busy lock).
    QSqlError sqlError() const { return m_sqlError; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QSqlError m_sqlError;
};
