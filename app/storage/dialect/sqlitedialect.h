// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dialect/sqldialect.h"

#include <QVariant>

// A SQLite file of the user's own: foreign keys on, a 32 MB page cache (the full-text index
// stays in memory between searches), the write-ahead log with synchronous = NORMAL when it
// writes, BEGIN IMMEDIATE for writers, secure_delete during an erasure, FTS5 for search.
class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::SQLite; }
    QString schemaFolder() const override { return QStringLiteral("sqlite"); }
    bool storesInLocalFile() const override { return true; }
    bool rolesComeFromLogins() const override { return false; }
    bool announcesChanges() const override { return false; }
    std::unique_ptr<SearchIndex> searchIndex(Database &db) const override;

    QString insertOrIgnore(const QString &rest) const override;
    QString returningId() const override { return QString(); }
    QString idsFrom() const override { return QStringLiteral("json_each(?)"); }
    QString indexedBy(const char *index) const override;
    QString groupConcat(const QString &expression, const QString &separatorLiteral) const override;

    void prepareConnection(const QSqlDatabase &db, bool writes) const override;
    QString quickCheck(const QSqlDatabase &db, QString *error) const override;
    bool beginWrite(QSqlDatabase db) const override;
    QString followCopiedIds(const QSqlDatabase &, const QString &) const override { return QString(); }
    void serializeOn(const QSqlDatabase &, int, const QString &) const override { }
    bool loginIsSuperuser(const QSqlDatabase &) const override { return false; }
    void setSecureDelete(const QSqlDatabase &db, bool on) const override;
    // Merges the search index (drops its deleted entries), rewrites the file without its free
    // pages and empties the write-ahead log.
    QString compactAfterErasure(const QSqlDatabase &db) const override;

    // For the copies of a file (DatabaseBackup), which only SQLite has.
    // The full integrity check: "ok", or what is wrong.
    static bool integrityCheck(const QSqlDatabase &db, QString *result, QString *error);
    // Sets the file to the rollback journal: one self-contained file, with no -wal beside it.
    static bool useRollbackJournal(const QSqlDatabase &db, QString *error);
    // Copies the write-ahead log back into the file and empties it.
    static bool checkpoint(const QSqlDatabase &db, QString *error);

protected:
    // The write-ahead log is copied back into the file every 8,192 pages (32 MB) instead of
    // every 1,000, so that the pages consecutive messages rewrite are copied once.
    void beginBulkWrite(const QSqlDatabase &db) const override;
    void endBulkWrite(const QSqlDatabase &db) const override;
};
