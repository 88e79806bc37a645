// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dialect/sqldialect.h"

// A database on a PostgreSQL server (team mode): roles from the server's logins, NOTIFY for
// others' changes, advisory locks for check-then-insert, sequences after a copy, tsvector
// search, and the schema's owner role during an upgrade.
class PostgresDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::PostgreSQL; }
    QString schemaFolder() const override { return QStringLiteral("postgresql"); }
    bool storesInLocalFile() const override { return false; }
    bool rolesComeFromLogins() const override { return true; }
    bool announcesChanges() const override { return true; }
    std::unique_ptr<SearchIndex> searchIndex(Database &db) const override;

    QString insertOrIgnore(const QString &rest) const override;
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    QString idsFrom() const override;
    QString indexedBy(const char *) const override { return QString(); }
    QString groupConcat(const QString &expression, const QString &separatorLiteral) const override;

    void prepareConnection(const QSqlDatabase &, bool) const override { }
    QString quickCheck(const QSqlDatabase &, QString *) const override { return QStringLiteral("ok"); }
    bool beginWrite(QSqlDatabase db) const override { return db.transaction(); }
    QString followCopiedIds(const QSqlDatabase &db, const QString &table) const override;
    void serializeOn(const QSqlDatabase &db, int domain, const QString &key) const override;
    void lockForUpgrade(const QSqlDatabase &db) const override;
    void unlockAfterUpgrade(const QSqlDatabase &db) const override;
    bool loginIsSuperuser(const QSqlDatabase &db) const override;
    // A server's own storage is its administrator's (docs/rgpd.md).
    void setSecureDelete(const QSqlDatabase &, bool) const override { }
    QString compactAfterErasure(const QSqlDatabase &) const override { return QString(); }

protected:
    bool actAsSchemaOwner(const QSqlDatabase &db, bool *superuser) const override;
    void stopActingAsSchemaOwner(const QSqlDatabase &db, bool superuser) const override;
};
