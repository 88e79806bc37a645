// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The ranking and extracts of full-text search hits on SQLite: `recueil_rank(fts, weight…)`
// and `recueil_snippet(fts, words)`, FTS5 auxiliary functions registered on each connection.
//
// It is BM25 without length normalisation (b = 0): each phrase of the query weighs its
// inverse document frequency, each column its weight, and repeated occurrences count less
// and less (k1 = 1.2). Testimonies are of similar lengths, so the length term of FTS5's
// built-in bm25() changes little in the order, and it costs a look-up in the index's
// document-size table for every match: with 100,000 testimonies, a common word ranks in a
// fifth of the time. Like bm25(), lower is better (scores are negative).
namespace SearchRank {

// Registers the function on this SQLite connection. Returns false (with the reason) when
// the SQLite library does not offer FTS5's extension interface; bm25() is then used.
bool install(const QSqlDatabase &db, QString *error);

// The SQL function to rank with on this connection: "recueil_rank" or "bm25".
QString functionFor(const QSqlDatabase &db);

// The SQL expression for a highlighted extract of about 16 words of a contribution_fts row,
// matched words between « and »: recueil_snippet() when installed, else FTS5's snippet().
QString snippetFor(const QSqlDatabase &db);

} // namespace SearchRank
