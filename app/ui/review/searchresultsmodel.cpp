// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/searchresultsmodel.h"

#include "core/reviewstate.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "ui/common/uitext.h"
#include "ui/review/snippetdelegate.h"

SearchResultsModel::SearchResultsModel(Database &db, QObject *parent)
    : ContributionTableModel(parent)
    , m_db(db)
{
}

void SearchResultsModel::setSearch(const QString &query, const ContributionFilter &filter)
{
    m_query = query.trimmed();
    m_filter = filter;
    m_filter.text.clear();
    reload();
}

QList<SearchHit> SearchResultsModel::fetch(int offset) const
{
    // One more than a page says whether another page follows (search() has no count).
    return ContributionRepository(m_db).search(m_query, m_filter, offset, m_pageSize + 1);
}

void SearchResultsModel::reload()
{
    // No fetching from the handlers of the reset signals: the next page comes when scrolled to.
    m_fetching = true;
    beginResetModel();
    m_zone = m_db.deadlineGuard().timeZone();
    m_rows = m_query.isEmpty() ? QList<SearchHit>() : fetch(0);
    m_more = m_rows.size() > m_pageSize;
    if (m_more)
        m_rows.removeLast();
    endResetModel();
    m_fetching = false;
    Q_EMIT resultsChanged(int(m_rows.size()), m_more);
}

void SearchResultsModel::refresh(const QList<qint64> &ids)
{
    ContributionRepository repo(m_db);
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const std::optional<Contribution> c = repo.find(id);
        if (!c)
            continue; // deleted meanwhile: the next search leaves it out
        ContributionSummary &r = m_rows[row].summary;
        r.title = c->title;
        r.status = ReviewState::code(c->status);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<SearchHit> page = fetch(int(m_rows.size()));
    m_more = page.size() > m_pageSize;
    if (m_more)
        page.removeLast();
    if (page.isEmpty()) {
        Q_EMIT resultsChanged(int(m_rows.size()), m_more);
        return;
    }
    appendPage(m_rows, page);
    Q_EMIT resultsChanged(int(m_rows.size()), m_more);
}

qint64 SearchResultsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

int SearchResultsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).summary.id == id)
            return i;
    return -1;
}

const ContributionSummary &SearchResultsModel::summaryOf(int row) const
{
    return m_rows.at(row).summary;
}

QVariant SearchResultsModel::ownData(int row, int role) const
{
    const SearchHit &r = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return r.snippet; // the delegate draws the marked words in bold
    case Qt::ToolTipRole:
        return SnippetDelegate::toPlainText(r.snippet);
    case SnippetRole:
        return r.snippet;
    case RankRole:
        return r.rank;
    default:
        return {};
    }
}

QString SearchResultsModel::ownColumnLabel() const
{
    return tr("Found in");
}
