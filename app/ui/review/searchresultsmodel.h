// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"
#include "ui/review/contributiontablemodel.h"

#include <QHash>
#include <QList>

class Database;

// Full-text search results, best first, read page by page, with the passage that matched
// (the matching words between « and », drawn in bold by SnippetDelegate). The list shows it
// instead of ContributionListModel while the search box holds text; the first columns and
// the id role are the same, so selection code works with either.
class SearchResultsModel : public ContributionTableModel
{
    Q_OBJECT

public:
    // The columns and the id and state roles are ContributionTableModel's, shared with the list.
    static constexpr int MatchColumn = OwnColumn; // where the words were found
    enum OwnRole { SnippetRole = FirstOwnRole, RankRole };

    explicit SearchResultsModel(Database &db, QObject *parent = nullptr);

    // The words as typed (FTS5 syntax welcome) within the other criteria of filter.
    void setSearch(const QString &query, const ContributionFilter &filter);
    QString query() const { return m_query; }
    ContributionFilter filter() const { return m_filter; }
    void reload();
    // Reads these rows again (title, state) where they are, without a reset.
    void refresh(const QList<qint64> &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded

Q_SIGNALS:
    void resultsChanged(int loadedRows, bool more);

protected:
    const ContributionSummary &summaryOf(int row) const override;
    QVariant ownData(int row, int role) const override;
    QString ownColumnLabel() const override;

private:
    QList<SearchHit> fetch(int offset) const;

    Database &m_db;
    QString m_query;
    ContributionFilter m_filter;
    QList<SearchHit> m_rows;
    bool m_more = false;
    int m_pageSize = 100;
};
