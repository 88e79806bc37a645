// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Full-text search on PostgreSQL, made to behave as the FTS5 search of a SQLite campaign:
// the same query syntax (words, prefix*, "phrases", OR, AND, NOT, NEAR(…), column:word,
// parentheses) read into a tsquery for the recueil_fr configuration (French words without
// accents), the same weights (title, then authority, contact, texts), highlighted extracts.
namespace PostgresSearch {

// The FTS5-style query as the text of a tsquery (for to_tsquery('recueil_fr', …)). Returns an
// empty string and sets *valid to false when the text is not valid syntax (the caller then
// searches it as plain words, as on SQLite); empty and valid when nothing is left to search.
QString toTsQuery(const QString &query, bool *valid);

// SQL computing the weighted document of contribution c (joined with authority a and contact ct).
QString documentExpression();

// Whether the server has the RUM ranking index of schema step 5 (asked once per connection):
// the best matches then come in rank order from the index itself.
bool hasRankingIndex(const QSqlDatabase &db);
// Whether a tsquery from toTsQuery() holds a phrase (word positions to check).
bool isPhraseQuery(const QString &tsQuery);

} // namespace PostgresSearch
