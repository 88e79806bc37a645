// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlquery.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

struct SqlQuery::Cached
{
    explicit Cached(const QSqlDatabase &db) : query(db) {}
    QSqlQuery query;
    bool prepared = false;
    bool inUse = false;
};

namespace {
// connection name → SQL text → prepared statement. Connections are used from one thread
// each, but several threads may hold connections: the map itself is guarded.
QMutex cacheMutex;
QHash<QString, QHash<QString, std::shared_ptr<SqlQuery::Cached>>> &statementCache()
{
    static QHash<QString, QHash<QString, std::shared_ptr<SqlQuery::Cached>>> cache;
    return cache;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
{
    {
        QMutexLocker lock(&cacheMutex);
        auto &perConnection = statementCache()[db.connectionName()];
        auto &entry = perConnection[sql];
        // A connection closed and opened again under the same name has a new driver.
        if (!entry || (!entry->inUse && entry->query.driver() != db.driver()))
            entry = std::make_shared<Cached>(db);
        // A statement still being read by an outer loop is not reused.
        if (!entry->inUse) {
            entry->inUse = true;
            m_cached = entry;
        }
    }
    if (m_cached) {
        m_query = &m_cached->query;
        if (!m_cached->prepared) {
            m_query->setForwardOnly(true);
            m_cached->prepared = m_query->prepare(sql);
        }
        m_prepared = m_cached->prepared;
    } else {
        m_own = std::make_unique<QSqlQuery>(db);
        m_query = m_own.get();
        m_query->setForwardOnly(true);
        m_prepared = m_query->prepare(sql);
    }
    if (!m_prepared)
        m_error = m_query->lastError().text();
}

SqlQuery::~SqlQuery()
{
    if (m_cached) {
        m_query->finish();
        QMutexLocker lock(&cacheMutex);
        m_cached->inUse = false;
        if (!m_cached->prepared)
            m_cached->query = QSqlQuery(); // try again next time
    }
}

void SqlQuery::releaseStatements(const QString &connectionName)
{
    QMutexLocker lock(&cacheMutex);
    statementCache().remove(connectionName);
}

bool SqlQuery::exec(std::initializer_list<QVariant> values)
{
    return exec(QVariantList(values));
}

bool SqlQuery::exec(const QVariantList &values)
{
    if (!m_prepared)
        return false;
    const bool server = m_query->driver() && m_query->driver()->dbmsType() == QSqlDriver::PostgreSQL;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString means "empty" here; SQL NULL is asked for with an invalid QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query->bindValue(i, QString(QLatin1String("")));
        // PostgreSQL's text cannot hold a NUL character: it becomes U+FFFD (the original
        // email, kept as bytes, still has it).
        else if (server && v.typeId() == QMetaType::QString && v.toString().contains(QChar(0)))
            m_query->bindValue(i, QString(v.toString()).replace(QChar(0), QChar::ReplacementCharacter));
        else
            m_query->bindValue(i, v);
    }
    if (!m_query->exec()) {
        m_error = server ? describe(m_query->lastError()) : m_query->lastError().text();
        return false;
    }
    m_error.clear();
    return true;
}

qint64 SqlQuery::insertedId()
{
    if (m_query->isSelect())
        return m_query->next() ? m_query->value(0).toLongLong() : 0;
    return m_query->lastInsertId().toLongLong();
}

QString SqlQuery::describe(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // One line: the driver puts the code on a line of its own ("…\n(42501)").
    QString detail = error.databaseText().simplified();
    if (detail.startsWith(QLatin1String("ERROR:")))
        detail = detail.mid(6).trimmed();
    if (!code.isEmpty() && detail.endsWith(QStringLiteral("(%1)").arg(code)))
        detail = detail.chopped(code.size() + 2).trimmed();
    if (code == QLatin1String("42501"))
        return tr("The server does not allow your login to do this (%1).").arg(detail);
    if (code == QLatin1String("23514"))
        return tr("The server refused it: %1.").arg(detail);
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || detail.isEmpty()
        || error.type() == QSqlError::ConnectionError || detail.contains(QLatin1String("connection")))
        return connectionLostMessage();
    return error.text();
}

bool SqlQuery::isDiskFull(const QString &error)
{
    return error.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("could not extend file"), Qt::CaseInsensitive);
}

QString SqlQuery::connectionLostMessage()
{
    return tr("The connection to the server was lost: nothing was saved. Recueil reconnects by itself; "
              "try again in a moment.");
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    SqlQuery q(db, sql);
    if (!q.exec(values) || !q.next())
        return {};
    return q.value(0);
}

QString SqlQuery::likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}
