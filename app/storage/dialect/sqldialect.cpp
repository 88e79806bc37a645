// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/sqldialect.h"

#include "storage/dialect/postgresdialect.h"
#include "storage/dialect/sqlitedialect.h"

#include <QSqlDriver>

const SqlDialect &SqlDialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (backend == Backend::PostgreSQL)
        return postgres;
    return sqlite;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return of(driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? Backend::PostgreSQL : Backend::SQLite);
}

SqlDialect::BulkWriteScope::BulkWriteScope(const QSqlDatabase &db)
    : m_db(db)
{
    of(db).beginBulkWrite(db);
}

SqlDialect::BulkWriteScope::~BulkWriteScope()
{
    if (m_db.isOpen())
        of(m_db).endBulkWrite(m_db);
}

SqlDialect::SchemaOwnerScope::SchemaOwnerScope(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = of(db).actAsSchemaOwner(db, &m_superuser);
}

SqlDialect::SchemaOwnerScope::~SchemaOwnerScope()
{
    leave();
}

void SqlDialect::SchemaOwnerScope::leave()
{
    m_active = false;
    if (m_db.isOpen())
        of(m_db).stopActingAsSchemaOwner(m_db, m_superuser);
}
