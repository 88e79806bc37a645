// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/searchrank.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace SearchRank {

namespace {

constexpr char installedProperty[] = "recueil_rank_installed";

// Per query: the inverse document frequency of each phrase, computed once.
struct QueryWeights
{
    std::vector<double> idf;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

QueryWeights *queryWeights(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    auto *weights = static_cast<QueryWeights *>(api->xGetAuxdata(fts, 0));
    if (weights)
        return weights;
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc != SQLITE_OK)
        return nullptr;
    auto owned = std::make_unique<QueryWeights>();
    const int phrases = api->xPhraseCount(fts);
    // With one phrase its weight is the same for every row and cannot change the order:
    // counting its rows (a walk through all of them) is only needed to weigh several.
    owned->idf.assign(size_t(phrases), 1.0);
    for (int p = 0; phrases > 1 && p < phrases; ++p) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, p, &hits, countRow);
        if (*rc != SQLITE_OK)
            return nullptr;
        // As FTS5's bm25(): a phrase in more than half of the rows still weighs a little.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        owned->idf[size_t(p)] = idf <= 0.0 ? 1e-6 : idf;
    }
    weights = owned.release();
    *rc = api->xSetAuxdata(fts, weights, [](void *p) { delete static_cast<QueryWeights *>(p); });
    return *rc == SQLITE_OK ? weights : nullptr;
}

void rank(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    const QueryWeights *weights = queryWeights(api, fts, &rc);
    if (!weights) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    constexpr double k1 = 1.2;
    constexpr int maxColumns = 16; // contribution_fts has 5, the tag index 1
    const int columns = std::min(api->xColumnCount(fts), maxColumns);
    double score = 0.0;
    std::array<int, maxColumns> frequency {};
    for (int p = 0; p < int(weights->idf.size()); ++p) {
        frequency.fill(0);
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        rc = api->xPhraseFirst(fts, p, &it, &column, &offset);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset))
            if (column < columns)
                ++frequency[size_t(column)];
        for (int c = 0; c < columns; ++c) {
            if (!frequency[size_t(c)])
                continue;
            const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
            const double tf = frequency[size_t(c)];
            score += weight * weights->idf[size_t(p)] * tf * (k1 + 1.0) / (tf + k1);
        }
    }
    sqlite3_result_double(result, -score);
}

// recueil_snippet(fts, tokens): the words around the matches, matched words between « and ».
// FTS5's snippet() tokenizes every column of the row whole to find sentence starts; this one
// picks the column with the most matches, the window of `tokens` words holding the most, and
// tokenizes that column only up to the window's end.
struct SnippetWindow
{
    int first = 0; // token index
    int last = 0; // token index, inclusive
    std::vector<int> hits; // token indexes of matched words, sorted
    std::vector<std::pair<int, int>> spans; // byte range of each token of the window
    int token = 0;
    bool more = false; // words after the window
};

int collectToken(void *context, int flags, const char *, int, int start, int end)
{
    auto *w = static_cast<SnippetWindow *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    const int index = w->token++;
    if (index > w->last) {
        w->more = true;
        return SQLITE_DONE; // far enough
    }
    if (index >= w->first)
        w->spans.emplace_back(start, end);
    return SQLITE_OK;
}

void snippet(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const int tokens = argc > 0 ? std::clamp(sqlite3_value_int(argv[0]), 4, 64) : 16;
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const int columns = api->xColumnCount(fts);
    std::vector<std::vector<std::pair<int, int>>> byColumn(static_cast<size_t>(columns)); // (offset, phrase)
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0 && column < columns)
            byColumn[size_t(column)].emplace_back(offset, phrase);
    }
    size_t best = 0;
    for (size_t c = 1; c < byColumn.size(); ++c)
        if (byColumn[c].size() > byColumn[best].size())
            best = c;
    if (byColumn.empty() || byColumn[best].empty()) {
        sqlite3_result_text(result, "", 0, SQLITE_STATIC);
        return;
    }
    auto &hits = byColumn[best];
    std::sort(hits.begin(), hits.end());
    // The window that holds the most different phrases, then the most matches.
    size_t bestStart = 0;
    std::pair<int, int> bestScore { -1, -1 };
    for (size_t i = 0; i < hits.size(); ++i) {
        std::vector<bool> seen(64, false);
        int distinct = 0;
        int count = 0;
        // The words shown from this match on: the window less its leading context.
        for (size_t j = i; j < hits.size() && hits[j].first < hits[i].first + tokens - tokens / 4; ++j) {
            ++count;
            const size_t phrase = size_t(hits[j].second) % seen.size();
            if (!seen[phrase]) {
                seen[phrase] = true;
                ++distinct;
            }
        }
        if (std::pair(distinct, count) > bestScore) {
            bestScore = { distinct, count };
            bestStart = i;
        }
    }
    SnippetWindow w;
    // A few words of context before the first match.
    w.first = std::max(0, hits[bestStart].first - tokens / 4);
    w.last = w.first + tokens - 1;
    // A phrase's instance is its first word: mark all its words.
    for (const auto &[offset, phrase] : hits)
        for (int k = 0, size = std::max(1, api->xPhraseSize(fts, phrase)); k < size; ++k)
            if (offset + k >= w.first && offset + k <= w.last)
                w.hits.push_back(offset + k);
    std::sort(w.hits.begin(), w.hits.end());

    const char *text = nullptr;
    int length = 0;
    rc = api->xColumnText(fts, int(best), &text, &length);
    if (rc != SQLITE_OK || !text) {
        sqlite3_result_error_code(result, rc == SQLITE_OK ? SQLITE_ERROR : rc);
        return;
    }
    rc = api->xTokenize(fts, text, length, &w, collectToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    if (w.spans.empty()) {
        sqlite3_result_text(result, "", 0, SQLITE_STATIC);
        return;
    }
    std::string out;
    out.reserve(size_t(w.spans.back().second - w.spans.front().first) + 64);
    if (w.first > 0)
        out += "…";
    int at = w.spans.front().first;
    for (size_t i = 0; i < w.spans.size(); ++i) {
        const auto [start, end] = w.spans[i];
        out.append(text + at, size_t(start - at));
        const bool hit = std::binary_search(w.hits.begin(), w.hits.end(), w.first + int(i));
        if (hit)
            out += "«";
        out.append(text + start, size_t(end - start));
        if (hit)
            out += "»";
        at = end;
    }
    if (w.more)
        out += "…";
    else
        out.append(text + at, size_t(length - at)); // the closing punctuation
    sqlite3_result_text(result, out.data(), int(out.size()), SQLITE_TRANSIENT);
}

fts5_api *ftsApi(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace

bool install(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not a SQLite connection");
        return false;
    }
    // The handle comes from Qt's SQLite driver and is used here with the libsqlite3 this program
    // links. That is only sound when both are the same library: Debian builds Qt's driver against
    // the system's libsqlite3 (libqt6sql6-sqlite depends on libsqlite3-0). A driver built with its
    // own copy of SQLite reports that copy's source id: then nothing is installed, and search
    // ranks with FTS5's bm25 (functionFor()).
    {
        QSqlQuery same(db);
        if (!same.exec(QStringLiteral("SELECT sqlite_source_id()")) || !same.next()
            || same.value(0).toString() != QString::fromLatin1(sqlite3_sourceid())) {
            *error = QStringLiteral("Qt's SQLite driver does not use the SQLite library this program links");
            return false;
        }
    }
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    fts5_api *api = sqlite ? ftsApi(sqlite) : nullptr;
    if (!api) {
        *error = QStringLiteral("this SQLite library has no FTS5 extension interface");
        return false;
    }
    if (api->xCreateFunction(api, "recueil_rank", nullptr, rank, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "recueil_snippet", nullptr, snippet, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        return false;
    }
    db.driver()->setProperty(installedProperty, true);
    return true;
}

QString functionFor(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->property(installedProperty).toBool() ? QStringLiteral("recueil_rank")
                                                                            : QStringLiteral("bm25");
}

QString snippetFor(const QSqlDatabase &db)
{
    return functionFor(db) == QLatin1String("recueil_rank")
        ? QStringLiteral("recueil_snippet(contribution_fts, 16)")
        // FTS5's snippet() grows with the square of a text's length (a minute for 1 MB): a very
        // long testimony shows its beginning instead.
        : QStringLiteral("CASE WHEN length(title) + length(body) + length(difficulties) + length(authority) + "
                         "length(contact) <= 50000 THEN snippet(contribution_fts, -1, '«', '»', '…', 16) "
                         "ELSE substr(body, 1, 160) || '…' END");
}

} // namespace SearchRank
