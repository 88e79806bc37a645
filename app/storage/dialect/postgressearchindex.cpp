// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/postgressearchindex.h"

#include "storage/contributionrows.h"
#include "storage/database.h"
#include "storage/dialect/postgressearch.h"
#include "storage/dialect/sqldialect.h"
#include "storage/searchextract.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

bool PostgresSearchIndex::refresh(qint64 id, bool isNew, bool hasTags, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery del(db, QStringLiteral("DELETE FROM contribution_search WHERE contribution_id = ?"));
    SqlQuery ins(db,
        QStringLiteral("INSERT INTO contribution_search (contribution_id, document) SELECT c.id, ")
            + PostgresSearch::documentExpression()
            + QStringLiteral(
                " FROM contribution c LEFT JOIN authority a ON a.code = c.authority_code "
                "LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.id = ? AND c.deleted_at IS NULL "
                "AND c.hold IS NULL"));
    if ((!isNew && !del.exec({ id })) || !ins.exec({ id }))
        return failed(del.error() + ins.error(), error);
    return (isNew && !hasTags) || refreshTags({ id }, error);
}

bool PostgresSearchIndex::remove(qint64 id, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery text(db, QStringLiteral("DELETE FROM contribution_search WHERE contribution_id = ?"));
    SqlQuery tags(db, QStringLiteral("DELETE FROM contribution_tag_search WHERE contribution_id = ?"));
    return (text.exec({ id }) && tags.exec({ id })) || failed(text.error() + tags.error(), error);
}

bool PostgresSearchIndex::refreshTags(const QList<qint64> &ids, QString *error)
{
    const QString json = idsJson(ids);
    const QSqlDatabase db = m_db.connection();
    SqlQuery del(db,
        QStringLiteral("DELETE FROM contribution_tag_search WHERE contribution_id IN (SELECT value FROM ")
            + SqlDialect::of(db).idsFrom() + QLatin1Char(')'));
    SqlQuery ins(db,
        QStringLiteral("INSERT INTO contribution_tag_search (contribution_id, tags, document) "
                       "SELECT x.contribution_id, string_agg(t.label, ' '), to_tsvector('recueil_fr', "
                       "string_agg(t.label, ' ')) "
                       "FROM contribution_tag x JOIN tag t ON t.id = x.tag_id JOIN contribution c ON "
                       "c.id = x.contribution_id "
                       "AND c.deleted_at IS NULL AND c.hold IS NULL WHERE x.contribution_id IN (SELECT value FROM ")
            + SqlDialect::of(db).idsFrom() + QStringLiteral(") GROUP BY x.contribution_id"));
    if (!del.exec({ json }) || !ins.exec({ json }))
        return failed(del.error() + ins.error(), error);
    return true;
}

bool PostgresSearchIndex::rebuild(QString *error)
{
    const QSqlDatabase db = m_db.connection();
    for (const QString &sql : QStringList { QStringLiteral("DELETE FROM contribution_search"),
             QStringLiteral("DELETE FROM contribution_tag_search"),
             QStringLiteral("INSERT INTO contribution_search (contribution_id, document) SELECT c.id, ")
                 + PostgresSearch::documentExpression()
                 + QStringLiteral(" FROM contribution c LEFT JOIN authority a ON a.code = c.authority_code "
                                  "LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.deleted_at IS NULL "
                                  "AND c.hold IS NULL"),
             QStringLiteral("INSERT INTO contribution_tag_search (contribution_id, tags, document) "
                            "SELECT x.contribution_id, string_agg(t.label, ' '), to_tsvector('recueil_fr', "
                            "string_agg(t.label, ' ')) FROM contribution_tag x JOIN tag t ON t.id = x.tag_id "
                            "JOIN contribution c ON c.id = x.contribution_id AND c.deleted_at IS NULL "
                            "AND c.hold IS NULL "
                            "GROUP BY x.contribution_id") }) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return failed(q.lastError().text(), error);
    }
    return true;
}

bool PostgresSearchIndex::indexQueued(QString *)
{
    // The server indexes each contribution as it is written: nothing ever waits.
    return true;
}

QString PostgresSearchIndex::matching(const QString &typedWords, QVariantList *values) const
{
    const QString match = plainWordsQuery(typedWords);
    if (match.isEmpty())
        return QString();
    bool valid = false;
    const QString tsQuery = PostgresSearch::toTsQuery(match, &valid);
    values->append(tsQuery);
    values->append(tsQuery);
    return QStringLiteral(
        " AND c.id IN (SELECT contribution_id FROM contribution_search WHERE document @@ "
        "to_tsquery('recueil_fr', ?) UNION SELECT contribution_id FROM contribution_tag_search "
        "WHERE document @@ to_tsquery('recueil_fr', ?))");
}

QList<SearchHit> PostgresSearchIndex::search(
    const QString &query, const QString &where, const QVariantList &values, int offset, int limit) const
{
    const QSqlDatabase db = m_db.connection();
    const bool filtered = !values.isEmpty();

    QList<SearchHit> hits;
    // The page's highlighted extracts: the text's where the text matched, else the tags'. The
    // server says which matched and gives the query's lexemes; the extracts are cut here
    // (SearchExtract: ts_headline took longer than the search itself).
    auto addSnippets = [&](const QString &tsQuery) {
        if (hits.isEmpty())
            return;
        QList<qint64> ids;
        for (const SearchHit &h : std::as_const(hits))
            ids.append(h.summary.id);
        const QString idJson = idsJson(ids);
        // The title, authority and contact come with the hits: three tables to join, not five
        // (planning the statement took longer than running it).
        QHash<qint64, const ContributionSummary *> summaries;
        for (const SearchHit &h : std::as_const(hits))
            summaries.insert(h.summary.id, &h.summary);
        QHash<qint64, QString> snippets;
        SqlQuery s(db,
            QStringLiteral("SELECT c.id, coalesce(cs.document @@ q.query, false), c.body, c.difficulties, "
                           "coalesce(ts.tags, ''), CAST(q.query AS text) "
                           "FROM (SELECT to_tsquery('recueil_fr', ?) AS query) q, ")
                + SqlDialect::of(db).idsFrom()
                + QStringLiteral(
                    " JOIN contribution c ON c.id = ids.value LEFT JOIN contribution_search cs ON "
                    "cs.contribution_id = c.id LEFT JOIN contribution_tag_search ts ON "
                    "ts.contribution_id = c.id"));
        if (s.exec({ tsQuery, idJson })) {
            QList<SearchExtract::Lexeme> lexemes;
            bool first = true;
            while (s.next()) {
                if (first) {
                    lexemes = SearchExtract::lexemesOf(s.value(5).toString());
                    first = false;
                }
                const qint64 id = s.value(0).toLongLong();
                const ContributionSummary *summary = summaries.value(id);
                if (!summary)
                    continue;
                const QString separator = QStringLiteral(" — ");
                // The same text as the search document, in the same order (PostgresSearch).
                const QString source = s.value(1).toBool()
                    ? summary->title + separator + s.value(2).toString() + separator + s.value(3).toString()
                        + separator + summary->authorityName + separator + summary->contactName
                    : s.value(4).toString();
                snippets.insert(id, SearchExtract::cut(source, lexemes));
            }
        }
        for (SearchHit &h : hits)
            h.snippet = snippets.value(h.summary.id);
    };

    // With the RUM index (resources/sql/postgresql/005), each index gives its best `wanted`
    // matches in rank order straight from the index, as FTS5 does on SQLite, and the two lists
    // are merged here. RUM's distance is the inverse of its rank. A phrase is left to the GIN
    // index: RUM checks word positions more slowly than reading the documents.
    const int wanted = offset + limit;
    auto runRanked = [&](const QString &tsQuery) -> bool {
        hits.clear();
        QHash<qint64, double> best;
        // The filters name the contribution only (c).
        const QString joins = QStringLiteral(" JOIN contribution c ON c.id = x.contribution_id");
        const QString alsoWhere = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.mid(7);
        SqlQuery text(db,
            QStringLiteral("SELECT x.contribution_id, x.document <=> to_tsquery('recueil_fr', ?) AS distance "
                           "FROM contribution_search x")
                + joins + QStringLiteral(" WHERE x.document @@ to_tsquery('recueil_fr', ?)") + alsoWhere
                + QStringLiteral(" ORDER BY x.document <=> to_tsquery('recueil_fr', ?) LIMIT ?"));
        if (!text.exec(QVariantList { tsQuery, tsQuery } + values + QVariantList { tsQuery, wanted }))
            return false;
        while (text.next()) {
            const double distance = text.value(1).toDouble();
            best.insert(
                text.value(0).toLongLong(), distance > 0 && std::isfinite(distance) ? -1.0 / distance : 0.0);
        }
        SqlQuery tags(db,
            QStringLiteral(
                "SELECT x.contribution_id, -3.0 * ts_rank(x.document, to_tsquery('recueil_fr', ?)) AS "
                "score FROM contribution_tag_search x")
                + joins + QStringLiteral(" WHERE x.document @@ to_tsquery('recueil_fr', ?)") + alsoWhere
                + QStringLiteral(" ORDER BY 2, 1 LIMIT ?"));
        if (!tags.exec(QVariantList { tsQuery, tsQuery } + values + QVariantList { wanted }))
            return false;
        while (tags.next()) {
            const qint64 id = tags.value(0).toLongLong();
            const double score = tags.value(1).toDouble();
            const auto it = best.find(id);
            if (it == best.end())
                best.insert(id, score);
            else
                *it = std::min(*it, score);
        }
        QList<RankedMatch> matches;
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            matches.append({ it.key(), it.value(), QString() });
        if (!pageOfMatches(matches, offset, limit, &hits))
            return false;
        addSnippets(tsQuery);
        return true;
    };

    // Without it: rank every match (a tag match weighs three times a word of the text), keep
    // one page, then cut the highlighted extracts of that page only. ts_rank is higher for
    // better matches; the rank kept is its opposite, so that lower is better on both backends.
    const QString sql = QStringLiteral("WITH q AS (SELECT to_tsquery('recueil_fr', ?) AS query), "
                                       "hits(id, score) AS (SELECT s.contribution_id, -ts_rank('{0.1, 0.2, "
                                       "0.5, 1.0}', s.document, q.query, 1) "
                                       "FROM contribution_search s, q WHERE s.document @@ q.query "
                                       "UNION ALL SELECT t.contribution_id, -3.0 * ts_rank(t.document, "
                                       "q.query) FROM contribution_tag_search t, q "
                                       "WHERE t.document @@ q.query), "
                                       "best(id, score) AS (SELECT id, min(score) FROM hits GROUP BY id")
        + (filtered ? QString() : QStringLiteral(" ORDER BY 2, 1 LIMIT ? OFFSET ?"))
        + QStringLiteral(") SELECT ") + ContributionRows::listColumns()
        + QStringLiteral(", best.score FROM best JOIN contribution c ON c.id = best.id")
        + ContributionRows::listJoins() + where + QStringLiteral(" ORDER BY best.score, c.id")
        + (filtered ? QStringLiteral(" LIMIT ? OFFSET ?") : QString());

    auto run = [&](const QString &tsQuery) -> bool {
        if (PostgresSearch::hasRankingIndex(db) && !PostgresSearch::isPhraseQuery(tsQuery))
            return runRanked(tsQuery);
        hits.clear();
        SqlQuery q(db, sql);
        const QVariantList bound = filtered
            ? QVariantList { tsQuery } + values + QVariantList { limit, offset }
            : QVariantList { tsQuery, limit, offset } + values;
        if (!q.exec(bound))
            return false;
        while (q.next()) {
            SearchHit h;
            h.summary = ContributionRows::summaryFrom(q);
            h.rank = q.value(10).toDouble();
            hits.append(h);
        }
        addSnippets(tsQuery);
        return true;
    };
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    // The words as typed (the same syntax as on SQLite); if they are not valid syntax, as plain words.
    bool valid = false;
    const QString typed = PostgresSearch::toTsQuery(trimmed, &valid);
    if (valid && (typed.isEmpty() || run(typed)))
        return hits;
    hits.clear();
    const QString plain = PostgresSearch::toTsQuery(plainWordsQuery(trimmed), &valid);
    if (valid && !plain.isEmpty())
        run(plain);
    return hits;
}
