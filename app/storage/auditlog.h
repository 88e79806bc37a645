// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One line of the append-only history: who changed what, when, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    qint64 contributionId = 0;
    QString action; // create, update, delete, status, override, import…
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

class Database;

// Writes and reads the audit log. It only ever inserts: the schema refuses updates and deletes.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    bool append(const AuditEntry &entry, QString *error);
    // The one way the application records a change, under the database's actor (on a server,
    // its login); contributionId 0 for a change that is not about one contribution.
    static bool record(Database &db, qint64 contributionId, const QString &action, const QString &field,
        const QString &oldValue, const QString &newValue, const QString &reason, QString *error);
    // Newest first; without the server's own row records (db_insert, db_update, db_delete, step 11).
    QList<AuditEntry> history(qint64 contributionId) const;

private:
    QSqlDatabase m_db;
};
