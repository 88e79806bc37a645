// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/postgresdialect.h"

#include "storage/dialect/postgressearchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QVariant serverValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

std::unique_ptr<SearchIndex> PostgresDialect::searchIndex(Database &db) const
{
    return std::make_unique<PostgresSearchIndex>(db);
}

QString PostgresDialect::insertOrIgnore(const QString &rest) const
{
    return QStringLiteral("INSERT INTO ") + rest + QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString PostgresDialect::idsFrom() const
{
    return QStringLiteral("(SELECT CAST(j AS bigint) AS value FROM jsonb_array_elements_text(CAST(? AS jsonb)) "
                          "AS j) AS ids");
}

QString PostgresDialect::groupConcat(const QString &expression, const QString &separatorLiteral) const
{
    return QStringLiteral("string_agg(") + expression + QStringLiteral(", ") + separatorLiteral + QLatin1Char(')');
}

QString PostgresDialect::followCopiedIds(const QSqlDatabase &db, const QString &table) const
{
    if (!db.record(table).contains(QStringLiteral("id")))
        return QString();
    QSqlQuery seq(db);
    if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                 "FROM %1")
                      .arg(table)))
        return seq.lastError().text();
    return QString();
}

void PostgresDialect::serializeOn(const QSqlDatabase &db, int domain, const QString &key) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, hashtext(?))"));
    q.addBindValue(domain);
    q.addBindValue(key);
    q.exec();
}

void PostgresDialect::lockForUpgrade(const QSqlDatabase &db) const
{
    QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_lock(7262001)"));
}

void PostgresDialect::unlockAfterUpgrade(const QSqlDatabase &db) const
{
    QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(7262001)"));
}

bool PostgresDialect::loginIsSuperuser(const QSqlDatabase &db) const
{
    return serverValue(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).toBool();
}

bool PostgresDialect::actAsSchemaOwner(const QSqlDatabase &db, bool *superuser) const
{
    // Handed over already (step 12)? Then the schema's own table belongs to recueil_schema.
    const bool handedOver = serverValue(db,
        QStringLiteral("SELECT tableowner = 'recueil_schema' FROM pg_tables "
                       "WHERE schemaname = 'public' AND tablename = 'schema_version'"))
                                .toBool();
    *superuser = loginIsSuperuser(db);
    if (!handedOver)
        return false;
    if (!*superuser
        && !serverValue(db, QStringLiteral("SELECT pg_has_role(session_user, 'recueil_schema', 'MEMBER')")).toBool()) {
        const QString grant =
            serverValue(db, QStringLiteral("SELECT format('GRANT recueil_schema TO %I', session_user)")).toString();
        QSqlQuery g(db);
        if (!g.exec(grant))
            return false; // not the setup login (no CREATEROLE): it stays itself
    }
    QSqlQuery set(db);
    if (set.exec(QStringLiteral("SET ROLE recueil_schema")))
        return true;
    stopActingAsSchemaOwner(db, *superuser);
    return false;
}

void PostgresDialect::stopActingAsSchemaOwner(const QSqlDatabase &db, bool superuser) const
{
    // Step 12 may have switched to the owner itself (a first setup): give it back in both cases.
    if (serverValue(db, QStringLiteral("SELECT current_user <> session_user")).toBool())
        QSqlQuery(db).exec(QStringLiteral("RESET ROLE"));
    if (superuser)
        return;
    const QString revoke = serverValue(db,
        QStringLiteral("SELECT format('REVOKE recueil_schema FROM %I', session_user) FROM pg_auth_members m "
                       "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                       "WHERE r.rolname = 'recueil_schema' AND u.rolname = session_user"))
                               .toString();
    if (!revoke.isEmpty())
        QSqlQuery(db).exec(revoke);
}
