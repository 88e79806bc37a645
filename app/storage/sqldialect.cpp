// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace SqlDialect {

Backend of(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? Backend::PostgreSQL : Backend::SQLite;
}

QString insertOrIgnore(const QSqlDatabase &db, const QString &rest)
{
    if (isPostgres(db))
        return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
    return QStringLiteral("INSERT OR IGNORE INTO ") + rest;
}

QString returningId(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" RETURNING id") : QString();
}

QString idsFrom(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(
               "(SELECT CAST(j AS bigint) AS value FROM jsonb_array_elements_text(CAST(? AS jsonb)) "
               "AS j) AS ids")
                          : QStringLiteral("json_each(?)");
}

QString indexedBy(const QSqlDatabase &db, const char *index)
{
    if (isPostgres(db))
        return QString();
    return QStringLiteral("INDEXED BY ") + QLatin1String(index) + QLatin1Char(' ');
}

QString groupConcat(const QSqlDatabase &db, const QString &expression, const QString &separatorLiteral)
{
    return (isPostgres(db) ? QStringLiteral("string_agg(") : QStringLiteral("group_concat(")) + expression
        + QStringLiteral(", ") + separatorLiteral + QLatin1Char(')');
}

void setSecureDelete(const QSqlDatabase &db, bool on)
{
    if (isPostgres(db))
        return;
    QSqlQuery pragma(db);
    pragma.exec(on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"));
    pragma.finish();
}

QString compactAfterErasure(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return QString();
    QString failures;
    for (const QString &sql : { QStringLiteral("INSERT INTO contribution_fts (contribution_fts) VALUES ('optimize')"),
             QStringLiteral("INSERT INTO contribution_tag_fts (contribution_tag_fts) VALUES ('optimize')"),
             QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            failures += q.lastError().text() + QLatin1Char(' ');
        q.finish();
    }
    return failures.trimmed();
}

} // namespace SqlDialect
