// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QSqlDriver>

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

} // namespace SqlDialect
