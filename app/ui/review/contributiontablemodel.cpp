// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/contributiontablemodel.h"

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool own = index.column() == OwnColumn;
    if (role >= FirstOwnRole || (own && (role == Qt::DisplayRole || role == Qt::ToolTipRole)))
        return ownData(row, role);
    const ContributionSummary &s = summaryOf(row);
    switch (role) {
    case Qt::DisplayRole:
        return ContributionColumns::text(s, index.column(), m_zone, m_compactDates);
    case Qt::ToolTipRole:
        return ContributionColumns::toolTip(s, index.column(), m_zone);
    case Qt::TextAlignmentRole:
        return ContributionColumns::alignment(index.column());
    case IdRole:
        return s.id;
    case StatusCodeRole:
        return s.status;
    default:
        return {};
    }
}

void ContributionTableModel::setCompactDates(bool compact)
{
    if (compact == m_compactDates)
        return;
    m_compactDates = compact;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ReceivedColumn), index(rowCount() - 1, ReceivedColumn), {Qt::DisplayRole});
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < ColumnCount)
        if (const QVariant shared = ContributionColumns::header(section, role, ownColumnLabel()); shared.isValid())
            return shared;
    return QAbstractTableModel::headerData(section, orientation, role);
}
