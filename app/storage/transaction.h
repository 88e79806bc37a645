// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

// Rolls back unless commit() was called: every write that belongs together is all or nothing.
class Transaction
{
public:
    // Write: on SQLite, take the write lock at BEGIN (BEGIN IMMEDIATE), so that what is read
    // inside cannot be changed by another connection before this one writes.
    enum class Lock { Deferred, Write };
    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    // Why commit() failed, as the database said it.
    QString commitError() const { return m_commitError; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_commitError;
};
