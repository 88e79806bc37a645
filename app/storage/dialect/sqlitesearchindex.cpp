// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/sqlitesearchindex.h"

#include "storage/database.h"
#include "storage/dialect/searchrank.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

// The FTS5 documents of the contributions in `from` (a FROM clause naming contribution c): the
// columns of contribution_fts. `where` adds to the condition that the contribution is live.
QString ftsInsert(const QString &from, const QString &where = {})
{
    return QStringLiteral(
               "INSERT INTO contribution_fts (rowid, title, body, difficulties, authority, contact) "
               "SELECT c.id, c.title, c.body, c.difficulties, coalesce(a.name || ' ' || a.code, ''), "
               "coalesce(ct.name || ' ' || ct.role || ' ' || ct.email, '') FROM ")
        + from
        + QStringLiteral(" LEFT JOIN authority a ON a.code = c.authority_code LEFT JOIN contact ct ON "
                         "ct.id = c.contact_id WHERE c.deleted_at IS NULL AND c.hold IS NULL")
        + where;
}

// The tag documents of the contribution_tag rows in `from` (naming contribution_tag x); `where`
// is a whole WHERE clause or nothing.
QString ftsTagInsert(const QString &from, const QString &where = {})
{
    return QStringLiteral("INSERT INTO contribution_tag_fts (rowid, tags) SELECT x.contribution_id, "
                          "group_concat(t.label, ' ') FROM ")
        + from
        + QStringLiteral(" JOIN tag t ON t.id = x.tag_id JOIN contribution c ON c.id = x.contribution_id AND "
                         "c.deleted_at IS NULL AND c.hold IS NULL")
        + where + QStringLiteral(" GROUP BY x.contribution_id");
}

} // namespace

bool SqliteSearchIndex::refresh(qint64 id, bool isNew, bool hasTags, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    if (m_db.isSearchIndexDeferred()) {
        SqlQuery queue(
            db, QStringLiteral("INSERT OR IGNORE INTO search_index_queue (contribution_id) VALUES (?)"));
        return queue.exec({ id }) || failed(queue.error(), error);
    }
    if (!isNew) {
        SqlQuery del(db, QStringLiteral("DELETE FROM contribution_fts WHERE rowid = ?"));
        if (!del.exec({ id }))
            return failed(del.error(), error);
    }
    SqlQuery ins(db, ftsInsert(QStringLiteral("contribution c"), QStringLiteral(" AND c.id = ?")));
    if (!ins.exec({ id }))
        return failed(ins.error(), error);
    // A new contribution without tags has nothing to put in the tag index.
    return (isNew && !hasTags) || refreshTags({ id }, error);
}

bool SqliteSearchIndex::remove(qint64 id, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery text(db, QStringLiteral("DELETE FROM contribution_fts WHERE rowid = ?"));
    SqlQuery tags(db, QStringLiteral("DELETE FROM contribution_tag_fts WHERE rowid = ?"));
    return (text.exec({ id }) && tags.exec({ id })) || failed(text.error() + tags.error(), error);
}

bool SqliteSearchIndex::refreshTags(const QList<qint64> &ids, QString *error)
{
    const QString json = idsJson(ids);
    const QSqlDatabase db = m_db.connection();
    SqlQuery del(db,
        QStringLiteral("DELETE FROM contribution_tag_fts WHERE rowid IN (SELECT value FROM json_each(?))"));
    if (!del.exec({ json }))
        return failed(del.error(), error);
    SqlQuery ins(db,
        ftsTagInsert(QStringLiteral("contribution_tag x"),
            QStringLiteral(" WHERE x.contribution_id IN (SELECT value FROM json_each(?))")));
    if (!ins.exec({ json }))
        return failed(ins.error(), error);
    return true;
}
bool SqliteSearchIndex::rebuild(QString *error)
{
    const QSqlDatabase db = m_db.connection();
    for (const QString &sql : QStringList { QStringLiteral("DELETE FROM search_index_queue"),
             QStringLiteral("DELETE FROM contribution_fts"),
             QStringLiteral("DELETE FROM contribution_tag_fts"), ftsInsert(QStringLiteral("contribution c")),
             ftsTagInsert(QStringLiteral("contribution_tag x")) }) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return failed(q.lastError().text(), error);
    }
    return true;
}

bool SqliteSearchIndex::indexQueued(QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery waiting(db, QStringLiteral("SELECT 1 FROM search_index_queue LIMIT 1"));
    if (!waiting.exec())
        return failed(waiting.error(), error);
    if (!waiting.next())
        return true;
    // One statement per index for the whole queue: FTS5 writes one segment per statement.
    // A queued contribution may have been indexed since (edited by hand): it is indexed anew.
    // CROSS JOIN keeps the queue as the outer loop: SQLite's planner would otherwise walk every
    // live contribution for each batch.
    const QStringList statements = {
        QStringLiteral(
            "DELETE FROM contribution_fts WHERE rowid IN (SELECT contribution_id FROM search_index_queue)"),
        QStringLiteral("DELETE FROM contribution_tag_fts WHERE rowid IN (SELECT contribution_id FROM "
                       "search_index_queue)"),
        ftsInsert(
            QStringLiteral("search_index_queue q CROSS JOIN contribution c ON c.id = q.contribution_id")),
        ftsTagInsert(QStringLiteral(
            "search_index_queue q CROSS JOIN contribution_tag x ON x.contribution_id = q.contribution_id")),
        QStringLiteral("DELETE FROM search_index_queue"),
    };
    Transaction tx(db);
    for (const QString &sql : statements) {
        SqlQuery q(db, sql);
        if (!q.exec())
            return failed(q.error(), error);
    }
    return tx.commit() || failed(db.lastError().text(), error);
}

QString SqliteSearchIndex::matching(const QString &typedWords, QVariantList *values) const
{
    const QString match = plainWordsQuery(typedWords, true);
    if (match.isEmpty())
        return QString();
    values->append(match);
    values->append(match);
    return QStringLiteral(" AND c.id IN (SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH ? "
                          "UNION SELECT rowid FROM contribution_tag_fts WHERE contribution_tag_fts MATCH ?)");
}

QList<SearchHit> SqliteSearchIndex::search(
    const QString &query, const QString &where, const QVariantList &values, int offset, int limit) const
{
    const bool filtered = !values.isEmpty();
    const QSqlDatabase db = m_db.connection();
    const QString rank = SearchRank::functionFor(db);
    const int wanted = offset + limit;

    // The best `wanted` matches of one index with their extracts, by score (lower is better),
    // the other criteria applied. FTS5 sorts the matches by its rank itself, so the extracts
    // are built for the page's rows only, and the contributions' rows are read for the filters.
    using Match = RankedMatch;
    auto bestOf = [&](const QString &table, const QString &ranking, const QString &snippet, double weight,
                      const QString &match, QList<Match> *best) -> bool {
        const QString sql = QStringLiteral("SELECT ") + table + QStringLiteral(".rowid, ") + table
            + QStringLiteral(".rank, ") + snippet + QStringLiteral(" FROM ") + table
            + (filtered ? QStringLiteral(" JOIN contribution c ON c.id = ") + table + QStringLiteral(".rowid")
                        : QString())
            + QStringLiteral(" WHERE ") + table + QStringLiteral(" MATCH ? AND ") + table
            + QStringLiteral(".rank MATCH ?")
            + (filtered ? where.mid(7).prepend(QStringLiteral(" AND ")) : QString())
            + QStringLiteral(" ORDER BY ") + table + QStringLiteral(".rank LIMIT ?");
        SqlQuery q(db, sql);
        if (!q.exec(QVariantList { match, ranking } + values + QVariantList { wanted }))
            return false;
        while (q.next())
            best->append({ q.value(0).toLongLong(), weight * q.value(1).toDouble(), q.value(2).toString() });
        // SQLite may report a query it cannot read only when the rows are stepped through.
        return !q.query().lastError().isValid();
    };

    QList<SearchHit> hits;
    // withTags: a query naming a column of the text ("title:…") cannot be run on the tags.
    auto run = [&](const QString &match, bool withTags) -> bool {
        hits.clear();
        QList<Match> textBest;
        QList<Match> tagBest;
        if (!bestOf(QStringLiteral("contribution_fts"), rank + QStringLiteral("(10.0, 1.0, 1.0, 5.0, 2.0)"),
                SearchRank::snippetFor(db), 1.0, match, &textBest)
            || (withTags
                && !bestOf(QStringLiteral("contribution_tag_fts"), rank + QStringLiteral("()"),
                    QStringLiteral(
                        "CASE WHEN length(tags) <= 50000 THEN snippet(contribution_tag_fts, 0, '«', "
                        "'»', '…', 16) ELSE substr(tags, 1, 160) || '…' END"),
                    3.0, match, &tagBest)))
            return false;
        // A contribution found by its text and by its tags counts once, with its better score
        // (a tag match weighs like a title word) and the extract of its text when there is one.
        // The page is within the best `wanted` of each index.
        QHash<qint64, Match> merged;
        for (const Match &m : std::as_const(textBest) + tagBest) {
            auto it = merged.find(m.id);
            if (it == merged.end()) {
                merged.insert(m.id, m);
                continue;
            }
            it->score = std::min(it->score, m.score);
            if (it->snippet.isEmpty())
                it->snippet = m.snippet;
        }
        return pageOfMatches(merged.values(), offset, limit, &hits);
    };
    // A pasted page of text is not a search: hundreds of terms make ranking and extracts take
    // minutes on long testimonies. The first words are searched.
    const QString trimmed =
        query.simplified().section(QLatin1Char(' '), 0, maxQueryWords - 1, QString::SectionSkipEmpty);
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    const QString plain = plainWordsQuery(trimmed, true);
    // Plain words, as most people type them, match as the list's filter does: each word's stem as
    // the start of a word, accents ignored, so that « numeriques » finds « numérique » too.
    static const QRegularExpression syntax(QStringLiteral(R"(["*():^+]|\b(OR|AND|NOT|NEAR)\b)"));
    if (!plain.isEmpty() && !trimmed.contains(syntax)) {
        if (!run(plain, true))
            hits.clear();
        return hits;
    }
    // The words as typed first (FTS5 syntax); if SQLite cannot read them, as plain words.
    if (run(trimmed, true) || run(trimmed, false))
        return hits;
    hits.clear();
    if (!plain.isEmpty() && !run(plain, true))
        hits.clear();
    return hits;
}
