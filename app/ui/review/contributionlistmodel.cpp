// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/contributionlistmodel.h"

#include "core/authoritydirectory.h"
#include "core/frenchtext.h"
#include "core/reviewstate.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/uitext.h"

namespace {

ContributionFilter::SortColumn sortColumnOf(int column, bool *ok)
{
    *ok = true;
    switch (column) {
    case ContributionListModel::NumberColumn:
        return ContributionFilter::SortColumn::Id;
    case ContributionListModel::TitleColumn:
        return ContributionFilter::SortColumn::Title;
    case ContributionListModel::AuthorityColumn:
        return ContributionFilter::SortColumn::Authority;
    case ContributionListModel::ReceivedColumn:
        return ContributionFilter::SortColumn::ReceivedAt;
    case ContributionListModel::StatusColumn:
        return ContributionFilter::SortColumn::Status;
    default:
        break;
    }
    *ok = false;
    return ContributionFilter::SortColumn::ReceivedAt;
}

} // namespace

ContributionListModel::ContributionListModel(Database &db, QObject *parent)
    : ContributionTableModel(parent)
    , m_db(db)
{
    reload();
}

void ContributionListModel::loadTaxonomy()
{
    m_themeLabels.clear();
    for (const Theme &t : TaxonomyRepository(m_db).themes())
        m_themeLabels.insert(t.code, UiText::themeLabel(t));
    m_zone = m_db.deadlineGuard().timeZone();
}

int ContributionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const ContributionSummary &ContributionListModel::summaryOf(int row) const
{
    return m_rows.at(row);
}

QVariant ContributionListModel::ownData(int row, int role) const
{
    // The main theme: its label, in full in the tooltip too.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString code = m_rows.at(row).primaryTheme;
    return m_themeLabels.value(code, code);
}

QString ContributionListModel::ownColumnLabel() const
{
    return tr("Primary theme");
}
bool ContributionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && (m_rows.size() < m_total || m_totalIsEstimate);
}

void ContributionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ContributionSummary> page =
        ContributionRepository(m_db).page(m_filter, int(m_rows.size()), m_pageSize);
    if (page.isEmpty()) {
        // Rows were deleted elsewhere since the count, or an estimate ran out: stop asking.
        m_total = int(m_rows.size());
        m_totalIsEstimate = false;
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    appendPage(m_rows, page);
    if (m_totalIsEstimate && (m_rows.size() > m_total || page.size() < m_pageSize)) {
        // Scrolled past the estimate: the count grows as the rows come.
        m_totalIsEstimate = page.size() == m_pageSize;
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
    }
}

bool ContributionListModel::isSortable(int column)
{
    bool ok = false;
    sortColumnOf(column, &ok);
    return ok;
}

int ContributionListModel::sortedColumn() const
{
    switch (m_filter.sortColumn) {
    case ContributionFilter::SortColumn::Id:
        return NumberColumn;
    case ContributionFilter::SortColumn::Title:
        return TitleColumn;
    case ContributionFilter::SortColumn::Authority:
        return AuthorityColumn;
    case ContributionFilter::SortColumn::ReceivedAt:
        return ReceivedColumn;
    case ContributionFilter::SortColumn::Status:
        return StatusColumn;
    }
    return ReceivedColumn;
}

void ContributionListModel::sort(int column, Qt::SortOrder order)
{
    bool ok = false;
    const ContributionFilter::SortColumn sortColumn = sortColumnOf(column, &ok);
    const bool descending = order == Qt::DescendingOrder;
    if (!ok || (sortColumn == m_filter.sortColumn && descending == m_filter.descending))
        return;
    ContributionFilter f = m_filter;
    f.sortColumn = sortColumn;
    f.descending = descending;
    setFilter(f);
}

void ContributionListModel::setFilter(const ContributionFilter &filter)
{
    m_filter = filter;
    requery();
}

void ContributionListModel::reload()
{
    loadTaxonomy();
    requery();
}

void ContributionListModel::requery()
{
    // No fetching from the handlers of the reset signals: the next page comes when scrolled to.
    m_fetching = true;
    beginResetModel();
    const ContributionRepository repo(m_db);
    // Counting every match of a common word would cost more than showing the first page.
    const int cap = m_filter.text.trimmed().isEmpty() ? 0 : m_countCap;
    m_total = repo.count(m_filter, cap);
    m_totalIsEstimate = cap > 0 && m_total > cap;
    if (m_totalIsEstimate)
        m_total = cap;
    m_rows = m_total > 0 ? repo.page(m_filter, 0, m_pageSize) : QList<ContributionSummary>();
    if (m_rows.size() < m_pageSize) {
        m_total = int(m_rows.size()); // the whole answer is loaded: trust it over the count
        m_totalIsEstimate = false;
    }
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
}

qint64 ContributionListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ContributionListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void ContributionListModel::refresh(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const std::optional<Contribution> c = ContributionRepository(m_db).find(id);
    if (!c) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        --m_total;
        endRemoveRows();
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    const Authority a = AuthorityDirectory::official().find(c->authorityCode);
    ContributionSummary &s = m_rows[row];
    s.title = c->title;
    s.authorityCode = c->authorityCode;
    s.authorityName = a.isValid() ? a.name : c->authorityCode;
    s.departement = a.departement;
    s.receivedAt = c->receivedAt;
    s.status = ReviewState::code(c->status);
    s.primaryTheme = c->primaryTheme;
    s.channel = Channel::code(c->channel);
    s.contactName = c->contact.name;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
