// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

// A prepared statement with bound parameters only, that remembers its error as text.
// Statements are prepared once per connection and reused: importing thousands of emails
// runs the same few statements over and over.
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Binds values in order and executes; false on error (see error()).
    bool exec(std::initializer_list<QVariant> values = {});
    bool exec(const QVariantList &values);
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    // The id of the row an INSERT made: its RETURNING id row (SqlDialect::returningId) on
    // PostgreSQL, the last rowid on SQLite.
    qint64 insertedId();
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QString error() const { return m_error; }
    QSqlQuery &query() { return *m_query; }

    // One value from a one-row query, or an invalid QVariant.
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
    // LIKE pattern that matches text literally (with ESCAPE '\').
    static QString likeEscaped(QString text);
    // A server's refusal as a sentence (privileges, its own rules, a lost connection); on
    // SQLite the driver's text as before.
    static QString describe(const QSqlError &error);
    static QString connectionLostMessage();
    // Whether an error (as text) says the disk is full: SQLite's SQLITE_FULL, or a disk I/O error
    // when a write is cut short (a file size limit); PostgreSQL's « could not extend file » (53100).
    static bool isDiskFull(const QString &error);
    // Drops the prepared statements of a connection before it is closed.
    static void releaseStatements(const QString &connectionName);

    struct Cached; // a statement prepared once per connection

private:
    std::shared_ptr<Cached> m_cached; // null when not from the cache
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_error;
    bool m_prepared = false;
};
