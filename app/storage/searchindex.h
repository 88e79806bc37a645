// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <memory>

class Database;

// The full-text index of the contributions: their title, texts, authority and contact, and
// apart their free tags (which weigh more). One implementation per backend: SQLite's FTS5
// (sqlitesearchindex.cpp) and PostgreSQL's text search with the French stemmer
// (postgressearchindex.cpp). Writes happen inside the caller's transaction.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    // The index of db's backend.
    static std::unique_ptr<SearchIndex> of(Database &db);
    virtual ~SearchIndex() = default;

    // Indexes contribution id anew (a new one has nothing to remove first; without tags, it has
    // nothing to put in the tag index).
    virtual bool refresh(qint64 id, bool isNew, bool hasTags, QString *error) = 0;
    // Indexes these contributions anew, text and tags (after a change made outside the
    // repository, such as an erasure).
    bool reindex(const QList<qint64> &ids, QString *error);
    // Takes a deleted contribution out of the index, text and tags.
    virtual bool remove(qint64 id, QString *error) = 0;
    // Re-indexes the free tags of these contributions.
    virtual bool refreshTags(const QList<qint64> &ids, QString *error) = 0;
    // Rebuilds the whole index, text and tags.
    virtual bool rebuild(QString *error) = 0;
    // Indexes the contributions waiting in the index's queue (Database::setSearchIndexDeferred),
    // in a transaction of its own. True when nothing is left waiting.
    virtual bool indexQueued(QString *error) = 0;

    // A condition on contribution c, " AND c.id IN (…)", for the contributions whose text or
    // tags hold words starting like these (a list's quick filter); binds its values.
    virtual QString matching(const QString &typedWords, QVariantList *values) const = 0;
    // The best hits of query, ranked, with their highlighted extracts, among the contributions c
    // that satisfy where (" WHERE …", its values bound in order). The query syntax is FTS5's
    // (prefix*, "phrases", OR, NOT, NEAR) on both backends; input that is not valid syntax is
    // searched as plain words.
    virtual QList<SearchHit> search(const QString &query, const QString &where, const QVariantList &values,
        int offset, int limit) const = 0;

    // Turns typed words into an FTS5 query of prefixes; never fails on user input.
    // stems: each word's inflections too (FrenchText::searchStem), where the index has no stemmer.
    static QString plainWordsQuery(const QString &text, bool stems = false);
    // Words of a search beyond this many are left out: a pasted page of text is not a search.
    static constexpr int maxQueryWords = 24;

protected:
    explicit SearchIndex(Database &db)
        : m_db(db)
    { }

    // One index's best match: lower scores are better.
    struct RankedMatch
    {
        qint64 id = 0;
        double score = 0;
        QString snippet;
    };
    // Sorts the matches, keeps [offset, offset + limit) and appends them to *hits with the
    // list's columns (read in one statement).
    bool pageOfMatches(QList<RankedMatch> matches, int offset, int limit, QList<SearchHit> *hits) const;
    // The ids as a JSON array, bound where SqlDialect::idsFrom() reads them.
    static QString idsJson(const QList<qint64> &ids);
    // Sets *error to why and returns false.
    static bool failed(const QString &why, QString *error);

    Database &m_db;
};
