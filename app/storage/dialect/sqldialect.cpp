// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/sqldialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

void prepareConnection(const QSqlDatabase &db, bool writes)
{
    if (isPostgres(db))
        return;
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    if (writes) {
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

QString quickCheck(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        *error = q.lastError().text();
        return QString();
    }
    return q.value(0).toString();
}

bool beginWrite(QSqlDatabase db)
{
    if (isPostgres(db))
        return db.transaction();
    return QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
}

QString followCopiedIds(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgres(db) || !db.record(table).contains(QStringLiteral("id")))
        return QString();
    QSqlQuery seq(db);
    if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                 "FROM %1")
                      .arg(table)))
        return seq.lastError().text();
    return QString();
}

bool rolesComeFromLogins(const QSqlDatabase &db)
{
    return isPostgres(db);
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

BulkWriteScope::BulkWriteScope(const QSqlDatabase &db)
    : m_db(db)
{
    if (!isPostgres(db))
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 8192"));
}

BulkWriteScope::~BulkWriteScope()
{
    if (!isPostgres(m_db) && m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
}

void serializeOn(const QSqlDatabase &db, int domain, const QString &key)
{
    if (!isPostgres(db))
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"));
    q.addBindValue(domain);
    q.addBindValue(key);
    q.exec();
}

namespace {

QVariant serverValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

bool loginIsSuperuser(const QSqlDatabase &db)
{
    return isPostgres(db)
        && serverValue(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).toBool();
}

SchemaOwnerScope::SchemaOwnerScope(const QSqlDatabase &db)
    : m_db(db)
{
    if (!isPostgres(db))
        return;
    // Handed over already (step 12)? Then the schema's own table belongs to recueil_schema.
    const bool handedOver = serverValue(db,
        QStringLiteral("SELECT tableowner = 'recueil_schema' FROM pg_tables "
                       "WHERE schemaname = 'public' AND tablename = 'schema_version'"))
                                .toBool();
    m_superuser = loginIsSuperuser(db);
    if (!handedOver)
        return;
    if (!m_superuser
        && !serverValue(db, QStringLiteral("SELECT pg_has_role(session_user, 'recueil_schema', 'MEMBER')")).toBool()) {
        const QString grant =
            serverValue(db, QStringLiteral("SELECT format('GRANT recueil_schema TO %I', session_user)")).toString();
        QSqlQuery g(db);
        if (!g.exec(grant))
            return; // not the setup login (no CREATEROLE): it stays itself
    }
    QSqlQuery set(db);
    m_active = set.exec(QStringLiteral("SET ROLE recueil_schema"));
    if (!m_active)
        leave();
}

SchemaOwnerScope::~SchemaOwnerScope()
{
    leave();
}

void SchemaOwnerScope::leave()
{
    m_active = false;
    if (!isPostgres(m_db) || !m_db.isOpen())
        return;
    // Step 12 may have switched to the owner itself (a first setup): give it back in both cases.
    if (serverValue(m_db, QStringLiteral("SELECT current_user <> session_user")).toBool())
        QSqlQuery(m_db).exec(QStringLiteral("RESET ROLE"));
    if (m_superuser)
        return;
    const QString revoke = serverValue(m_db,
        QStringLiteral("SELECT format('REVOKE recueil_schema FROM %I', session_user) FROM pg_auth_members m "
                       "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                       "WHERE r.rolname = 'recueil_schema' AND u.rolname = session_user"))
                               .toString();
    if (!revoke.isEmpty())
        QSqlQuery(m_db).exec(revoke);
}

} // namespace SqlDialect
