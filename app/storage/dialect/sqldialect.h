// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

class Database;
class SearchIndex;

// Everything that differs between SQLite and PostgreSQL, in one class per backend
// (SqliteDialect, PostgresDialect): the few SQL texts written twice, the connection's settings,
// the write lock, secure deletion, the search index and the schema's owner during an upgrade.
// Everything else in the repositories is written once, in SQL both understand, and no other
// file asks which backend it is on.
//
// A dialect holds no state: Database owns a reference to the one of its backend (dialect()),
// and code that holds only a connection (a repository, a thread's own connection) asks of().
class SqlDialect
{
public:
    enum class Backend { SQLite, PostgreSQL };

    virtual ~SqlDialect() = default;

    static const SqlDialect &of(Backend backend);
    static const SqlDialect &of(const QSqlDatabase &db);

    virtual Backend backend() const = 0;
    // The folder of resources/sql that holds this backend's schema steps.
    virtual QString schemaFolder() const = 0;

    // What the rest of the application asks instead of which backend this is.
    // The store is a file of the user's own (backups beside it, secure deletion, compaction).
    virtual bool storesInLocalFile() const = 0;
    // The campaign's roles come from the server's logins (members of recueil_admin,
    // recueil_reviewer, recueil_coordinator) rather than from its table of people alone, and
    // whoever acts is the connection's login.
    virtual bool rolesComeFromLogins() const = 0;
    // Others' changes are announced as they happen (NOTIFY); a file is only read again.
    virtual bool announcesChanges() const = 0;
    // The full-text index of the database's testimonies.
    virtual std::unique_ptr<SearchIndex> searchIndex(Database &db) const = 0;

    // SQL text. "INSERT OR IGNORE INTO rest" / "INSERT INTO rest ON CONFLICT DO NOTHING".
    virtual QString insertOrIgnore(const QString &rest) const = 0;
    // Appended to an INSERT whose new id is read with SqlQuery::insertedId().
    virtual QString returningId() const = 0;
    // A FROM item with one column, value, holding the ids of a bound JSON array ("[1,2,3]").
    virtual QString idsFrom() const = 0;
    // SQLite's INDEXED BY hint (followed by a space), nothing on PostgreSQL.
    virtual QString indexedBy(const char *index) const = 0;
    // group_concat(expr, sep) / string_agg(expr, sep).
    virtual QString groupConcat(const QString &expression, const QString &separatorLiteral) const = 0;

    // A connection as Recueil uses it, set up right after it opened.
    virtual void prepareConnection(const QSqlDatabase &db, bool writes) const = 0;
    // A quick integrity check of an open store ("ok", or what is wrong); an empty string with
    // *error set when it cannot run.
    virtual QString quickCheck(const QSqlDatabase &db, QString *error) const = 0;
    // Begins a transaction that will write, so that two writers wait for each other instead
    // of failing half-way.
    virtual bool beginWrite(QSqlDatabase db) const = 0;
    // After rows were copied with their ids into table: the next id handed out follows them.
    // Returns the error text, or empty.
    virtual QString followCopiedIds(const QSqlDatabase &db, const QString &table) const = 0;
    // Inside a write transaction: waits until no other transaction holds the same key (domain,
    // key), so that a check-then-insert on it is not raced by another client.
    virtual void serializeOn(const QSqlDatabase &db, int domain, const QString &key) const = 0;
    // While a client upgrades the schema, another one that opens the same store waits
    // (SQLite's write transactions already make it wait).
    virtual void lockForUpgrade(const QSqlDatabase &) const { }
    virtual void unlockAfterUpgrade(const QSqlDatabase &) const { }
    // Whether the session's login is a superuser (never on SQLite).
    virtual bool loginIsSuperuser(const QSqlDatabase &db) const = 0;

    // Whether what is deleted or rewritten from now on is overwritten in the file. A server's own
    // storage is its administrator's (docs/rgpd.md): no effect there.
    virtual void setSecureDelete(const QSqlDatabase &db, bool on) const = 0;
    // After an erasure, leaves nothing of the old values in the store's file. Returns the error
    // text, or an empty string.
    virtual QString compactAfterErasure(const QSqlDatabase &db) const = 0;

    // While it lives, many small transactions follow one another (an import).
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

    // While it lives, a server session acts as the schema's owner, the role recueil_schema that
    // nobody logs in as (resources/sql/postgresql/012_schema_owner.sql): the setup login, which
    // holds CREATEROLE, is granted the role, acts as it, and gives it back when the scope ends.
    // A superuser acts as it directly. Before step 12 has handed the schema over, on SQLite, or
    // for a login that cannot take the role, the session stays as it is (active() is false).
    class SchemaOwnerScope
    {
    public:
        explicit SchemaOwnerScope(const QSqlDatabase &db);
        ~SchemaOwnerScope();
        SchemaOwnerScope(const SchemaOwnerScope &) = delete;
        SchemaOwnerScope &operator=(const SchemaOwnerScope &) = delete;

        bool active() const { return m_active; }
        // Ends it now: back to the login, the role given back. Also run by the destructor, and
        // when step 12 itself switched to the owner during this scope.
        void leave();

    private:
        QSqlDatabase m_db;
        bool m_active = false;
        bool m_superuser = false;
    };

protected:
    // The scopes' hooks; nothing by default.
    virtual void beginBulkWrite(const QSqlDatabase &) const { }
    virtual void endBulkWrite(const QSqlDatabase &) const { }
    // Takes the owner's role; false when the session stays as it is.
    virtual bool actAsSchemaOwner(const QSqlDatabase &, bool *superuser) const
    {
        *superuser = false;
        return false;
    }
    virtual void stopActingAsSchemaOwner(const QSqlDatabase &, bool) const { }
};
