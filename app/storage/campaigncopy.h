// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Copies a whole campaign from one store to another, empty one (a SQLite file to a PostgreSQL
// database and back): every row of every table, ids kept, original emails and attachments byte
// for byte, the audit log as it was; then rebuilds the target's search index and checks that
// both sides hold the same rows, table by table (count and checksum).
class CampaignCopy
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCopy)

public:
    struct TableCheck
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QString sourceChecksum; // SHA-256 of the table's rows, whatever their order
        QString targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };

    CampaignCopy(Database &source, Database &target);

    // The copy, in one transaction on the target; false with a sentence when the target is
    // not empty, a row is refused or the verification finds a difference.
    bool run(QString *error);
    QList<TableCheck> checks() const { return m_checks; }

    // The tables copied, parents before children.
    static QStringList tables();
    // Count and order-independent SHA-256 of a table's rows (of these columns; all when empty).
    static bool checksum(Database &db, const QString &table, qint64 *rows, QString *sum, QString *error,
        QStringList columns = {});

private:
    bool copyTable(const QString &table, QString *error);

    Database &m_source;
    Database &m_target;
    QList<TableCheck> m_checks;
};
