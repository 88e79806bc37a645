// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/searchindex.h"

// PostgreSQL's text search with the French stemmer (recueil_fr): contribution_search and
// contribution_tag_search, ranked straight from the RUM index when the server has it, else by
// ts_rank over the GIN index's hits (docs/team-mode.md). Extracts are cut by SearchExtract.
class PostgresSearchIndex final : public SearchIndex
{
public:
    explicit PostgresSearchIndex(Database &db)
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
