// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite and PostgreSQL need different SQL text, in one place.
// Everything else in the repositories is written once, in SQL both understand.
namespace SqlDialect {

enum class Backend { SQLite, PostgreSQL };

Backend of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return of(db) == Backend::PostgreSQL;
}

// "INSERT OR IGNORE INTO rest" (SQLite) / "INSERT INTO rest ON CONFLICT DO NOTHING".
QString insertOrIgnore(const QSqlDatabase &db, const QString &rest);
// Appended to an INSERT whose new id is read with SqlQuery::insertedId().
QString returningId(const QSqlDatabase &db);
// A FROM item with one column, value, holding the ids of a bound JSON array ("[1,2,3]").
QString idsFrom(const QSqlDatabase &db);
// SQLite's INDEXED BY hint (followed by a space), nothing on PostgreSQL.
QString indexedBy(const QSqlDatabase &db, const char *index);
// group_concat(expr, sep) / string_agg(expr, sep).
QString groupConcat(const QSqlDatabase &db, const QString &expression, const QString &separatorLiteral);

// A SQLite connection as Recueil uses it: foreign keys on, a 32 MB page cache (the full-text
// index stays in memory between searches), and, when it writes, the write-ahead log with
// synchronous = NORMAL. Nothing to do on a server.
void prepareConnection(const QSqlDatabase &db, bool writes);
// SQLite's quick integrity check of an open file ("ok", or what is wrong); an empty string with
// *error set when it cannot run.
QString quickCheck(const QSqlDatabase &db, QString *error);

// Begins a transaction that will write: on SQLite it takes the write lock at once (BEGIN
// IMMEDIATE), so that two writers wait for each other instead of failing half-way.
bool beginWrite(QSqlDatabase db);
// After rows were copied with their ids into table: the next id handed out follows them (a
// server's sequence; SQLite follows max(id) by itself). Returns the error text, or empty.
QString followCopiedIds(const QSqlDatabase &db, const QString &table);
// Whether the campaign's roles come from the server's logins (members of recueil_admin,
// recueil_reviewer, recueil_coordinator) rather than from its table of people alone.
bool rolesComeFromLogins(const QSqlDatabase &db);

// Whether what is deleted or rewritten from now on is overwritten in the file (SQLite's
// secure_delete). A server's own storage is its administrator's (docs/rgpd.md): no effect there.
void setSecureDelete(const QSqlDatabase &db, bool on);
// After an erasure, leaves nothing of the old values in a SQLite file: merges the search index
// (drops its deleted entries), rewrites the file without its free pages and empties the
// write-ahead log. Nothing to do on a server. Returns the error text, or an empty string.
QString compactAfterErasure(const QSqlDatabase &db);

// While it lives, many small transactions follow one another (an import): SQLite copies its
// write-ahead log back into the file every 8,192 pages (32 MB) instead of every 1,000, so that
// the pages consecutive messages rewrite are copied once. Nothing to do on a server.
class BulkWriteScope
{
public:
    explicit BulkWriteScope(const QSqlDatabase &db);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope &) = delete;
    BulkWriteScope &operator=(const BulkWriteScope &) = delete;

private:
    QSqlDatabase m_db;
};

// Inside a write transaction: waits until no other transaction holds the same key (domain, key),
// so that a check-then-insert on it is not raced by another client. On SQLite the write
// transaction already excludes every other writer.
void serializeOn(const QSqlDatabase &db, int domain, const QString &key);

// Whether the server session's login is a superuser (never on SQLite).
bool loginIsSuperuser(const QSqlDatabase &db);

// While it lives, a server session acts as the schema's owner, the role recueil_schema that nobody
// logs in as (resources/sql/postgresql/012_schema_owner.sql): the setup login, which holds
// CREATEROLE, is granted the role, acts as it, and gives it back when the scope ends. A superuser
// acts as it directly. Before step 12 has handed the schema over, on SQLite, or for a login that
// cannot take the role, the session stays as it is (active() is false).
class SchemaOwnerScope
{
public:
    explicit SchemaOwnerScope(const QSqlDatabase &db);
    ~SchemaOwnerScope();
    SchemaOwnerScope(const SchemaOwnerScope &) = delete;
    SchemaOwnerScope &operator=(const SchemaOwnerScope &) = delete;

    bool active() const { return m_active; }
    // Ends it now: back to the login, the role given back. Also run by the destructor, and when
    // step 12 itself switched to the owner during this scope.
    void leave();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_superuser = false;
};

} // namespace SqlDialect
