// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"
#include "ui/review/contributioncolumns.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// What the contribution list (ContributionListModel) and the search results
// (SearchResultsModel) have in common: the shared columns (ContributionColumns) and one column of
// their own after them, the id and state roles, and the header. The rows, the own column and any
// further role are the subclass's.
class ContributionTableModel : public QAbstractTableModel
{
public:
    enum Column {
        NumberColumn = ContributionColumns::Number,
        TitleColumn = ContributionColumns::Title,
        AuthorityColumn = ContributionColumns::Authority,
        ReceivedColumn = ContributionColumns::Received,
        StatusColumn = ContributionColumns::Status,
        OwnColumn = ContributionColumns::Count,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusCodeRole, FirstOwnRole };

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Receipt dates in figures (« 12/03/2021 ») rather than words, for a narrow list; the
    // tooltip keeps the whole date and time.
    void setCompactDates(bool compact);
    bool compactDates() const { return m_compactDates; }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // The row's contribution; row is a valid row of the model.
    virtual const ContributionSummary &summaryOf(int row) const = 0;
    // The own column's display text and tooltip, and the subclass's own roles; an invalid
    // QVariant for what the shared columns show.
    virtual QVariant ownData(int row, int role) const = 0;
    virtual QString ownColumnLabel() const = 0;

    // Appends a page read by fetchMore() to rows. Views (and the model tester) may ask for more
    // from their rowsAboutToBeInserted handlers: m_fetching is true meanwhile.
    template<typename Row>
    void appendPage(QList<Row> &rows, const QList<Row> &page)
    {
        m_fetching = true;
        beginInsertRows(QModelIndex(), int(rows.size()), int(rows.size() + page.size()) - 1);
        rows.append(page);
        endInsertRows();
        m_fetching = false;
    }

    QTimeZone m_zone; // of the campaign: receipt dates are shown in it
    bool m_fetching = false; // while rows are read or inserted: no fetchMore() from inside
    bool m_compactDates = false;
};
