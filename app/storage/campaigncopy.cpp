// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/campaigncopy.h"

#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

CampaignCopy::CampaignCopy(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{ }

QStringList CampaignCopy::tables()
{
    return { QStringLiteral("campaign"), QStringLiteral("review_state"), QStringLiteral("theme"),
        QStringLiteral("subtopic"), QStringLiteral("authority"), QStringLiteral("contact"),
        QStringLiteral("person"), QStringLiteral("contribution"), QStringLiteral("contribution_theme"),
        QStringLiteral("contribution_subtopic"), QStringLiteral("tag"), QStringLiteral("contribution_tag"),
        QStringLiteral("source_message"), QStringLiteral("attachment"), QStringLiteral("comment"),
        QStringLiteral("saved_search"), QStringLiteral("audit_log") };
}

namespace {

// The columns both stores have, in the source's order.
QStringList commonColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    const QSqlRecord from = source.record(table);
    const QSqlRecord to = target.record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i)
        if (to.contains(from.fieldName(i)))
            columns.append(from.fieldName(i));
    return columns;
}

// One value as the same bytes on either store.
QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\\N");
    if (v.typeId() == QMetaType::QByteArray)
        return QByteArrayLiteral("x") + v.toByteArray().toHex();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? "1" : "0";
    return v.toString().toUtf8().toPercentEncoding();
}

} // namespace

bool CampaignCopy::checksum(
    Database &db, const QString &table, qint64 *rows, QString *sum, QString *error, QStringList columns)
{
    const QSqlDatabase connection = db.connection();
    if (columns.isEmpty()) {
        const QSqlRecord record = connection.record(table);
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
    }
    columns.sort(); // the same order whichever store added a column last
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    // A server writes its own record of the rows copied into it (db_* audit rows, step 11): the
    // campaign's history is the rest.
    const QString own = table == QLatin1String("audit_log") ? QStringLiteral(" WHERE substr(action, 1, 3) <> 'db_'")
                                                            : QString();
    if (!q.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table
            + own)) {
        *error = tr("Cannot read %1: %2").arg(table, q.lastError().text());
        return false;
    }
    // Row digests sorted: the two stores need not return rows in the same order.
    QList<QByteArray> digests;
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            row.addData(canonical(q.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        digests.append(row.result());
    }
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &d : std::as_const(digests))
        all.addData(d);
    *rows = digests.size();
    *sum = QString::fromLatin1(all.result().toHex());
    return true;
}

bool CampaignCopy::copyTable(const QString &table, QString *error)
{
    const QSqlDatabase source = m_source.connection();
    const QSqlDatabase target = m_target.connection();
    const QStringList columns = commonColumns(source, target, table);
    if (columns.isEmpty())
        return true;
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
            + table)) {
        *error = tr("Cannot read %1: %2").arg(table, read.lastError().text());
        return false;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    SqlQuery write(target,
        QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    while (read.next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = read.value(i);
            // A NULL stays NULL (SqlQuery reads a null string as empty).
            values.append(v.isNull() ? QVariant() : v);
        }
        if (!write.exec(values)) {
            *error = tr("Cannot copy a row of %1: %2").arg(table, write.error());
            return false;
        }
    }
    // The next id handed out follows the copied ones (the seeded tables have their own codes).
    if (table != QLatin1String("review_state") && table != QLatin1String("theme")
        && table != QLatin1String("subtopic")) {
        if (const QString failed = SqlDialect::of(target).followCopiedIds(target, table); !failed.isEmpty()) {
            *error = tr("Cannot copy %1: %2").arg(table, failed);
            return false;
        }
    }
    return true;
}

bool CampaignCopy::run(QString *error)
{
    m_checks.clear();
    QSqlDatabase target = m_target.connection();
    for (const char *table : { "contribution", "source_message", "audit_log", "person", "comment" })
        if (SqlQuery::scalar(target,
                QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)
                    + (qstrcmp(table, "audit_log") == 0 ? QStringLiteral(" WHERE substr(action, 1, 3) <> 'db_'")
                                                        : QString()))
                .toLongLong()
            > 0) {
            *error = tr("%1 is not empty: a campaign is copied only into a new database.")
                         .arg(m_target.location());
            return false;
        }
    {
        Transaction tx(target);
        if (!tx.isActive()) {
            *error = tr("Cannot write to %1: %2").arg(m_target.location(), target.lastError().text());
            return false;
        }
        // The new store's own seeds give way to the campaign's.
        for (const char *table : { "subtopic", "theme", "review_state", "campaign" }) {
            QSqlQuery clear(target);
            if (!clear.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
                *error = tr("Cannot prepare %1: %2").arg(m_target.location(), clear.lastError().text());
                return false;
            }
        }
        // The history first: a server records each row copied after it (db_* rows, step 11), and
        // those take the ids that follow the copied history instead of colliding with them.
        QStringList order = tables();
        order.move(order.indexOf(QStringLiteral("audit_log")), 0);
        for (const QString &table : std::as_const(order))
            if (!copyTable(table, error))
                return false;
        if (!SearchIndex::of(m_target)->rebuild(error))
            return false;
        if (!tx.commit()) {
            *error = tr("Cannot write to %1: %2").arg(m_target.location(), target.lastError().text());
            return false;
        }
    }
    m_target.forgetCampaign();
    bool same = true;
    for (const QString &table : tables()) {
        TableCheck check;
        check.table = table;
        const QStringList columns = commonColumns(m_source.connection(), m_target.connection(), table);
        if (!checksum(m_source, table, &check.sourceRows, &check.sourceChecksum, error, columns)
            || !checksum(m_target, table, &check.targetRows, &check.targetChecksum, error, columns))
            return false;
        same = same && check.matches();
        m_checks.append(check);
    }
    if (!same) {
        *error = tr("The copy in %1 differs from the original: do not use it.").arg(m_target.location());
        return false;
    }
    return true;
}
