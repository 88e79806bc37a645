// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/sqlitedialect.h"

#include "storage/dialect/sqlitesearchindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool run(const QSqlDatabase &db, const QString &sql, QString *error, QVariant *result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (result)
        *result = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace

std::unique_ptr<SearchIndex> SqliteDialect::searchIndex(Database &db) const
{
    return std::make_unique<SqliteSearchIndex>(db);
}

QString SqliteDialect::insertOrIgnore(const QString &rest) const
{
    return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
}

QString SqliteDialect::indexedBy(const char *index) const
{
    return QStringLiteral("INDEXED BY ") + QLatin1String(index) + QLatin1Char(' ');
}

QString SqliteDialect::groupConcat(const QString &expression, const QString &separatorLiteral) const
{
    return QStringLiteral("group_concat(") + expression + QStringLiteral(", ") + separatorLiteral + QLatin1Char(')');
}

void SqliteDialect::prepareConnection(const QSqlDatabase &db, bool writes) const
{
    run(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    run(db, QStringLiteral("PRAGMA cache_size = -32768"), nullptr);
    if (writes) {
        run(db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
        run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
    }
}

QString SqliteDialect::quickCheck(const QSqlDatabase &db, QString *error) const
{
    QVariant result;
    if (!run(db, QStringLiteral("PRAGMA quick_check(1)"), error, &result))
        return QString();
    if (!result.isValid()) {
        *error = QStringLiteral("quick_check returned nothing");
        return QString();
    }
    return result.toString();
}

bool SqliteDialect::beginWrite(QSqlDatabase db) const
{
    return run(db, QStringLiteral("BEGIN IMMEDIATE"), nullptr);
}

void SqliteDialect::setSecureDelete(const QSqlDatabase &db, bool on) const
{
    run(db, on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"), nullptr);
}

QString SqliteDialect::compactAfterErasure(const QSqlDatabase &db) const
{
    QString failures;
    for (const QString &sql : { QStringLiteral("INSERT INTO contribution_fts (contribution_fts) VALUES ('optimize')"),
             QStringLiteral("INSERT INTO contribution_tag_fts (contribution_tag_fts) VALUES ('optimize')"),
             QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }) {
        QString why;
        if (!run(db, sql, &why))
            failures += why + QLatin1Char(' ');
    }
    return failures.trimmed();
}

bool SqliteDialect::integrityCheck(const QSqlDatabase &db, QString *result, QString *error)
{
    QVariant value;
    if (!run(db, QStringLiteral("PRAGMA integrity_check"), error, &value))
        return false;
    *result = value.toString();
    return true;
}

bool SqliteDialect::useRollbackJournal(const QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error);
}

bool SqliteDialect::checkpoint(const QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

void SqliteDialect::beginBulkWrite(const QSqlDatabase &db) const
{
    run(db, QStringLiteral("PRAGMA wal_autocheckpoint = 8192"), nullptr);
}

void SqliteDialect::endBulkWrite(const QSqlDatabase &db) const
{
    run(db, QStringLiteral("PRAGMA wal_autocheckpoint = 1000"), nullptr);
}
