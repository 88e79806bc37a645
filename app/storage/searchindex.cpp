// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchindex.h"

#include "core/frenchtext.h"
#include "storage/contributionrows.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

std::unique_ptr<SearchIndex> SearchIndex::of(Database &db)
{
    return db.dialect().searchIndex(db);
}

bool SearchIndex::reindex(const QList<qint64> &ids, QString *error)
{
    for (qint64 id : ids)
        if (!refresh(id, false, true, error))
            return false;
    return true;
}

QString SearchIndex::plainWordsQuery(const QString &text, bool stems)
{
    const QStringList words = FrenchText::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    // A single letter would match nearly every testimony: wait for the second one.
    for (const QString &w : words) {
        const QString term = QLatin1Char('"') + (stems ? FrenchText::searchStem(w) : w) + QStringLiteral("\"*");
        if ((w.size() > 1 || w.at(0).isDigit()) && !terms.contains(term))
            terms.append(term);
        if (terms.size() == maxQueryWords)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

bool SearchIndex::pageOfMatches(
    QList<RankedMatch> matches, int offset, int limit, QList<SearchHit> *hits) const
{
    std::sort(matches.begin(), matches.end(), [](const RankedMatch &a, const RankedMatch &b) {
        return std::pair(a.score, a.id) < std::pair(b.score, b.id);
    });
    matches = matches.mid(offset, limit);
    if (matches.isEmpty())
        return true;
    const QSqlDatabase db = m_db.connection();
    QList<qint64> ids;
    for (const RankedMatch &m : std::as_const(matches))
        ids.append(m.id);
    QHash<qint64, ContributionSummary> summaries;
    SqlQuery rows(db,
        QStringLiteral("SELECT ") + ContributionRows::listColumns() + QStringLiteral(" FROM contribution c")
            + ContributionRows::listJoins() + QStringLiteral(" WHERE c.id IN (SELECT value FROM ")
            + SqlDialect::of(db).idsFrom() + QLatin1Char(')'));
    if (!rows.exec({ idsJson(ids) }))
        return false;
    while (rows.next()) {
        const ContributionSummary summary = ContributionRows::summaryFrom(rows);
        summaries.insert(summary.id, summary);
    }
    for (const RankedMatch &m : std::as_const(matches)) {
        const auto summary = summaries.constFind(m.id);
        if (summary == summaries.cend()) // deleted between the statements
            continue;
        SearchHit h;
        h.summary = *summary;
        h.rank = m.score;
        h.snippet = m.snippet;
        hits->append(h);
    }
    return true;
}

QString SearchIndex::idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool SearchIndex::failed(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}
