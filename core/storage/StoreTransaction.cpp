#include "StoreTransaction.h"

#include "StoreRows.h"

#include <QSqlQuery>

StoreTransaction::StoreTransaction(const QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_sqlError = query.lastError();
        m_error = StoreRows::sqlError(m_sqlError);
    }
}

StoreTransaction::~StoreTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool StoreTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_sqlError = query.lastError();
        m_error = StoreRows::sqlError(m_sqlError);
        return false;
    }
    m_active = false;
    return true;
}
