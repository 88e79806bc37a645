// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"
#include "ui/review/contributiontablemodel.h"

#include <QHash>
#include <QList>

class Database;

// The contribution list, read page by page as the view scrolls: a filter change costs
// one count and one page, whatever the size of the table.
class ContributionListModel : public ContributionTableModel
{
    Q_OBJECT

public:
    // The columns and roles are ContributionTableModel's, shared with the search results.
    static constexpr int ThemeColumn = OwnColumn; // the main theme

    explicit ContributionListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Columns without a database order (the primary theme) leave the order unchanged.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the criteria and the order, then shows the first page.
    void setFilter(const ContributionFilter &filter);
    ContributionFilter filter() const { return m_filter; }
    static bool isSortable(int column);
    int sortedColumn() const;
    Qt::SortOrder sortOrder() const { return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Contributions matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    // True when the count stopped at a cap: there are at least totalCount() rows.
    bool totalCountIsEstimate() const { return m_totalIsEstimate; }
    // Past this many matches of a text filter, the count is not finished (tests lower it).
    void setCountCap(int cap) { m_countCap = cap; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    ContributionSummary summaryAt(int row) const { return m_rows.value(row); }

    // Reads everything again (after a new contribution, or another database).
    void reload();
    // Re-reads one loaded row after it was saved; drops it when it no longer exists.
    void refresh(qint64 id);

Q_SIGNALS:
    void totalCountChanged(int total);

protected:
    const ContributionSummary &summaryOf(int row) const override;
    QVariant ownData(int row, int role) const override;
    QString ownColumnLabel() const override;

private:
    void loadTaxonomy();
    void requery();

    Database &m_db;
    ContributionFilter m_filter;
    QList<ContributionSummary> m_rows;
    int m_total = 0;
    bool m_totalIsEstimate = false;
    int m_countCap = 5000;
    int m_pageSize = 200;
    QHash<QString, QString> m_themeLabels;
};
