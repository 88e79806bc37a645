// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/searchindex.h"

// SQLite's FTS5: contribution_fts (title, body, difficulties, authority, contact) and
// contribution_tag_fts, ranked by SearchRank's function (BM25 with the columns' weights). During
// an import the writes wait in search_index_queue and are indexed in batches (indexQueued()).
class SqliteSearchIndex final : public SearchIndex
{
public:
    explicit SqliteSearchIndex(Database &db)
        : SearchIndex(db)
    { }

    bool refresh(qint64 id, bool isNew, bool hasTags, QString *error) override;
    bool remove(qint64 id, QString *error) override;
    bool refreshTags(const QList<qint64> &ids, QString *error) override;
    bool rebuild(QString *error) override;
    bool indexQueued(QString *error) override;
    QString matching(const QString &typedWords, QVariantList *values) const override;
    QList<SearchHit> search(const QString &query, const QString &where, const QVariantList &values,
        int offset, int limit) const override;
};
