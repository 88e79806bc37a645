// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include <QSqlError>

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = m_query.lastError().text();
}

bool SqlQuery::exec(std::initializer_list<QVariant> values)
{
    return exec(QVariantList(values));
}

bool SqlQuery::exec(const QVariantList &values)
{
    if (!m_prepared)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString means "empty" here; SQL NULL is asked for with an invalid QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(i, QString(QLatin1String("")));
        else
            m_query.bindValue(i, v);
    }
    if (!m_query.exec()) {
        m_error = m_query.lastError().text();
        return false;
    }
    m_error.clear();
    return true;
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
