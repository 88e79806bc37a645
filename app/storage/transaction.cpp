// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/dialect/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
{
    m_active = lock == Lock::Write ? SqlDialect::of(m_db).beginWrite(m_db) : m_db.transaction();
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    // A COMMIT that fails (a full disk, a busy file) can leave the transaction open: end it,
    // keeping the reason (the rollback would replace it).
    m_commitError = m_db.lastError().text();
    m_db.rollback();
    return false;
}
