// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/savedsearchrepository.h"

#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Codes, not enum numbers: a saved search outlives a reordering of the enum.
QString sortCode(ContributionFilter::SortColumn c)
{
    switch (c) {
    case ContributionFilter::SortColumn::ReceivedAt:
        return QStringLiteral("received");
    case ContributionFilter::SortColumn::Title:
        return QStringLiteral("title");
    case ContributionFilter::SortColumn::Authority:
        return QStringLiteral("authority");
    case ContributionFilter::SortColumn::Status:
        return QStringLiteral("status");
    case ContributionFilter::SortColumn::Id:
        return QStringLiteral("id");
    }
    return QStringLiteral("received");
}

ContributionFilter::SortColumn sortColumn(const QString &code)
{
    using S = ContributionFilter::SortColumn;
    for (S c : {S::ReceivedAt, S::Title, S::Authority, S::Status, S::Id})
        if (sortCode(c) == code)
            return c;
    return S::ReceivedAt;
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

SavedSearchRepository::SavedSearchRepository(Database &db)
    : m_db(db)
{
}

QString SavedSearchRepository::toJson(const ContributionFilter &f)
{
    QJsonObject o;
    putText(o, "text", f.text);
    putText(o, "status", f.status);
    if (!f.statuses.isEmpty())
        o.insert(QLatin1String("statuses"), QJsonArray::fromStringList(f.statuses));
    putText(o, "theme", f.theme);
    putText(o, "authority", f.authorityCode);
    putText(o, "subtopic", f.subtopic);
    putText(o, "departement", f.departement);
    putText(o, "region", f.region);
    putText(o, "assignedTo", f.assignedTo);
    if (f.populationMin > 0)
        o.insert(QLatin1String("populationMin"), f.populationMin);
    if (f.populationMax > 0)
        o.insert(QLatin1String("populationMax"), f.populationMax);
    if (f.receivedFrom.isValid())
        o.insert(QLatin1String("receivedFrom"), f.receivedFrom.toUTC().toString(Qt::ISODate));
    if (f.receivedTo.isValid())
        o.insert(QLatin1String("receivedTo"), f.receivedTo.toUTC().toString(Qt::ISODate));
    if (!f.ids.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : f.ids)
            ids.append(id);
        o.insert(QLatin1String("ids"), ids);
    }
    o.insert(QLatin1String("sort"), sortCode(f.sortColumn));
    o.insert(QLatin1String("descending"), f.descending);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ContributionFilter SavedSearchRepository::fromJson(const QString &json)
{
    ContributionFilter f;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    f.text = text("text");
    f.status = text("status");
    for (const QJsonValue &v : o.value(QLatin1String("statuses")).toArray())
        f.statuses.append(v.toString());
    f.theme = text("theme");
    f.authorityCode = text("authority");
    f.subtopic = text("subtopic");
    f.departement = text("departement");
    f.region = text("region");
    f.assignedTo = text("assignedTo");
    f.populationMin = o.value(QLatin1String("populationMin")).toInt();
    f.populationMax = o.value(QLatin1String("populationMax")).toInt();
    auto instant = [&](const char *key) {
        const QString s = text(key);
        return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate).toUTC();
    };
    f.receivedFrom = instant("receivedFrom");
    f.receivedTo = instant("receivedTo");
    for (const QJsonValue &v : o.value(QLatin1String("ids")).toArray())
        f.ids.append(qint64(v.toDouble()));
    f.sortColumn = sortColumn(text("sort"));
    f.descending = o.value(QLatin1String("descending")).toBool(true);
    return f;
}

bool SavedSearchRepository::isMine(const SavedSearch &search) const
{
    return search.owner == m_db.actor();
}

QList<SavedSearch> SavedSearchRepository::all() const
{
    QList<SavedSearch> result;
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT id, owner, name, query FROM saved_search "
                       "ORDER BY CASE WHEN owner = ? THEN 0 ELSE 1 END, owner, name COLLATE NOCASE, id"));
    if (q.exec({m_db.actor()}))
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                fromJson(q.value(3).toString())});
    return result;
}

bool SavedSearchRepository::checkName(const QString &name, qint64 exceptId, QString *error) const
{
    if (name.trimmed().isEmpty()) {
        *error = tr("Give the search a name.");
        return false;
    }
    const int taken = SqlQuery::scalar(m_db.connection(),
        QStringLiteral("SELECT count(*) FROM saved_search WHERE owner = ? AND name = ? "
                       "AND id <> ?"),
        {m_db.actor(), name.trimmed(), exceptId})
                          .toInt();
    if (taken > 0) {
        *error = tr("You already have a search named “%1”: choose another name.").arg(name.trimmed());
        return false;
    }
    return true;
}

qint64 SavedSearchRepository::add(const QString &name, const ContributionFilter &filter, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return 0;
    }
    if (!checkName(name, 0, error))
        return 0;
    SqlQuery q(m_db.connection(),
        QStringLiteral("INSERT INTO saved_search (owner, name, query) VALUES (?, ?, ?)")
            + m_db.dialect().returningId());
    if (!q.exec({m_db.actor(), name.trimmed(), toJson(filter)})) {
        *error = q.error();
        return 0;
    }
    return q.insertedId();
}

bool SavedSearchRepository::changeOne(const QString &sql, const QVariantList &values, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return false;
    }
    SqlQuery q(m_db.connection(), sql);
    if (!q.exec(values)) {
        *error = q.error();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("This saved search no longer exists.");
        return false;
    }
    return true;
}

bool SavedSearchRepository::rename(qint64 id, const QString &name, QString *error)
{
    return checkName(name, id, error)
        && changeOne(QStringLiteral("UPDATE saved_search SET name = ? WHERE id = ? AND owner = ?"),
            {name.trimmed(), id, m_db.actor()}, error);
}

bool SavedSearchRepository::update(qint64 id, const ContributionFilter &filter, QString *error)
{
    return changeOne(QStringLiteral("UPDATE saved_search SET query = ? WHERE id = ? AND owner = ?"),
        {toJson(filter), id, m_db.actor()}, error);
}

bool SavedSearchRepository::remove(qint64 id, QString *error)
{
    return changeOne(
        QStringLiteral("DELETE FROM saved_search WHERE id = ? AND owner = ?"), {id, m_db.actor()}, error);
}
