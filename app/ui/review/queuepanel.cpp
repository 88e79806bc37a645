// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/queuepanel.h"

#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/savedsearchrepository.h"
#include "ui/common/uitext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int KindRole = Qt::UserRole + 1; // ReviewQueue::Kind of a queue row
constexpr int SearchRole = Qt::UserRole + 2; // saved_search id of a saved search row
constexpr int OthersRole = Qt::UserRole + 3; // true on a search someone else saved
constexpr int NameColumn = 0;
constexpr int CountColumn = 1;
} // namespace

QueuePanel::QueuePanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("queuePanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("queueTree"));
    m_tree->setAccessibleName(tr("Review queues"));
    m_tree->setColumnCount(2);
    m_tree->header()->hide();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(10);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setFrameShape(QFrame::NoFrame);

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip, const char *icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    m_saveButton = makeButton(QStringLiteral("saveSearchButton"), tr("&Save search…"),
        tr("Keep the current criteria and search words under a name"), "document-save");
    m_renameButton = makeButton(QStringLiteral("renameSearchButton"), tr("Re&name…"),
        tr("Rename the selected saved search"), "edit-rename");
    m_deleteButton = makeButton(QStringLiteral("deleteSearchButton"), tr("Dele&te"),
        tr("Delete the selected saved search"), "edit-delete");

    // Two short rows rather than one wide one: the panel stays narrow.
    auto *saveRow = new QHBoxLayout;
    saveRow->setContentsMargins(0, 0, 0, 0);
    saveRow->addWidget(m_saveButton);
    saveRow->addStretch();
    auto *editRow = new QHBoxLayout;
    editRow->setContentsMargins(0, 0, 0, 0);
    editRow->setSpacing(2);
    editRow->addStretch();
    editRow->addWidget(m_renameButton);
    editRow->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(saveRow);
    layout->addLayout(editRow);

    // The same commands on a saved search's context menu.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item || item->parent() != m_searchesHeader || !(item->flags() & Qt::ItemIsSelectable))
            return;
        m_tree->setCurrentItem(item);
        QMenu menu(this);
        menu.addAction(m_renameButton->text(), this, [this] { renameSavedSearch(currentSavedSearch()); })
            ->setEnabled(m_renameButton->isEnabled());
        menu.addAction(m_deleteButton->text(), this, [this] { deleteSavedSearch(currentSavedSearch()); })
            ->setEnabled(m_deleteButton->isEnabled());
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    buildTree();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QueuePanel::onCurrentItemChanged);
    // Clicking the selected queue again reloads it (its contents may have changed).
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item == m_tree->currentItem())
            emitSelection(item);
    });
    connect(m_saveButton, &QToolButton::clicked, this, [this] { saveCurrentSearch(); });
    connect(m_renameButton, &QToolButton::clicked, this, [this] { renameSavedSearch(currentSavedSearch()); });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { deleteSavedSearch(currentSavedSearch()); });
    refresh();
}

void QueuePanel::setCriteriaSource(std::function<ContributionFilter()> source)
{
    m_criteria = std::move(source);
    updateButtons();
}

void QueuePanel::buildTree()
{
    auto header = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(m_tree, {text});
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(NameColumn);
        f.setBold(true);
        item->setFont(NameColumn, f);
        item->setForeground(NameColumn, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
        item->setExpanded(true);
        return item;
    };
    m_queuesHeader = header(tr("Review"));
    for (ReviewQueue::Kind kind : ReviewQueue::all()) {
        auto *item = new QTreeWidgetItem(m_queuesHeader, {ReviewQueue::label(kind), QString()});
        item->setData(NameColumn, KindRole, int(kind));
        item->setToolTip(NameColumn, ReviewQueue::toolTip(kind));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_searchesHeader = header(tr("Saved searches"));
    m_tree->expandAll();
}

void QueuePanel::refresh()
{
    const QString login = m_db.actor();
    for (int i = 0; i < m_queuesHeader->childCount(); ++i) {
        QTreeWidgetItem *item = m_queuesHeader->child(i);
        const auto kind = ReviewQueue::Kind(item->data(NameColumn, KindRole).toInt());
        const int n = ReviewQueue::count(m_db, kind, login);
        m_counts.insert(kind, n);
        item->setText(CountColumn, UiText::number(n));
        item->setData(NameColumn, Qt::AccessibleTextRole,
            tr("%1 — contributions: %2").arg(item->text(NameColumn), UiText::number(n)));
    }
    loadSavedSearches();
    updateButtons();
}

void QueuePanel::loadSavedSearches()
{
    const qint64 current = currentSavedSearch();
    m_rebuilding = true;
    qDeleteAll(m_searchesHeader->takeChildren());
    m_savedCounts.clear();
    ContributionRepository repo(m_db);
    const SavedSearchRepository saved(m_db);
    const QList<SavedSearch> searches = saved.all();
    for (const SavedSearch &s : searches) {
        const int n = repo.count(s.filter);
        m_savedCounts.insert(s.id, n);
        const bool others = !saved.isMine(s);
        const QString owner = others ? UiText::personName(m_db, s.owner) : QString();
        auto *item = new QTreeWidgetItem(
            m_searchesHeader, {others ? tr("%1 (%2)").arg(s.name, owner) : s.name, UiText::number(n)});
        item->setData(NameColumn, SearchRole, s.id);
        item->setData(NameColumn, OthersRole, others);
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString tip = s.filter.text.isEmpty() ? s.name : tr("%1 — words: %2").arg(s.name, s.filter.text);
        if (others)
            tip += QLatin1Char('\n') + tr("Saved by %1: only they can rename or delete it.").arg(owner);
        item->setToolTip(NameColumn, tip);
    }
    if (searches.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_searchesHeader, {tr("None yet")});
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font(NameColumn);
        f.setItalic(true);
        item->setFont(NameColumn, f);
    }
    if (QTreeWidgetItem *again = itemOfSearch(current))
        m_tree->setCurrentItem(again);
    m_rebuilding = false;
}

QTreeWidgetItem *QueuePanel::itemOfQueue(ReviewQueue::Kind kind) const
{
    for (int i = 0; i < m_queuesHeader->childCount(); ++i)
        if (m_queuesHeader->child(i)->data(NameColumn, KindRole).toInt() == int(kind))
            return m_queuesHeader->child(i);
    return nullptr;
}

QTreeWidgetItem *QueuePanel::itemOfSearch(qint64 id) const
{
    for (int i = 0; id && i < m_searchesHeader->childCount(); ++i)
        if (m_searchesHeader->child(i)->data(NameColumn, SearchRole).toLongLong() == id)
            return m_searchesHeader->child(i);
    return nullptr;
}

std::optional<ReviewQueue::Kind> QueuePanel::currentQueue() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->parent() != m_queuesHeader)
        return std::nullopt;
    return ReviewQueue::Kind(item->data(NameColumn, KindRole).toInt());
}

qint64 QueuePanel::currentSavedSearch() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() == m_searchesHeader ? item->data(NameColumn, SearchRole).toLongLong() : 0;
}

void QueuePanel::selectQueue(ReviewQueue::Kind kind)
{
    QTreeWidgetItem *item = itemOfQueue(kind);
    if (item == m_tree->currentItem())
        emitSelection(item);
    else
        m_tree->setCurrentItem(item);
}

bool QueuePanel::selectSavedSearch(qint64 id)
{
    QTreeWidgetItem *item = itemOfSearch(id);
    if (!item)
        return false;
    if (item == m_tree->currentItem())
        emitSelection(item);
    else
        m_tree->setCurrentItem(item);
    return true;
}

void QueuePanel::onCurrentItemChanged(QTreeWidgetItem *current)
{
    updateButtons();
    if (!m_rebuilding)
        emitSelection(current);
}

void QueuePanel::emitSelection(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    if (item->parent() == m_queuesHeader) {
        const auto kind = ReviewQueue::Kind(item->data(NameColumn, KindRole).toInt());
        if (kind == ReviewQueue::Held)
            Q_EMIT heldSelected();
        else if (kind == ReviewQueue::Bin)
            Q_EMIT binSelected();
        else
            Q_EMIT queueSelected(ReviewQueue::filter(kind, m_db.actor()));
        return;
    }
    const qint64 id = item->data(NameColumn, SearchRole).toLongLong();
    for (const SavedSearch &s : SavedSearchRepository(m_db).all())
        if (s.id == id)
            Q_EMIT queueSelected(s.filter);
}

void QueuePanel::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool mine = currentSavedSearch() != 0 && !item->data(NameColumn, OthersRole).toBool() && !m_db.isReadOnly();
    m_renameButton->setEnabled(mine);
    m_deleteButton->setEnabled(mine);
    m_saveButton->setEnabled(bool(m_criteria) && !m_db.isReadOnly());
}

void QueuePanel::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Saved searches"), message);
}

qint64 QueuePanel::saveCurrentSearch(const QString &name)
{
    if (!m_criteria)
        return 0;
    const ContributionFilter criteria = m_criteria();
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(
            this, tr("Save search"), tr("Name of the search:"), QLineEdit::Normal, criteria.text, &ok);
        if (!ok)
            return 0;
    }
    QString error;
    const qint64 id = SavedSearchRepository(m_db).add(chosen, criteria, &error);
    if (!id) {
        showError(error);
        return 0;
    }
    loadSavedSearches();
    m_rebuilding = true; // selecting the new search should not reload the list: it already shows it
    m_tree->setCurrentItem(itemOfSearch(id));
    m_rebuilding = false;
    updateButtons();
    Q_EMIT savedSearchesChanged();
    return id;
}

bool QueuePanel::renameSavedSearch(qint64 id, const QString &name)
{
    QTreeWidgetItem *item = itemOfSearch(id);
    if (!item)
        return false;
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(
            this, tr("Rename search"), tr("New name:"), QLineEdit::Normal, item->text(NameColumn), &ok);
        if (!ok)
            return false;
    }
    QString error;
    if (!SavedSearchRepository(m_db).rename(id, chosen, &error)) {
        showError(error);
        return false;
    }
    loadSavedSearches();
    Q_EMIT savedSearchesChanged();
    return true;
}

bool QueuePanel::deleteSavedSearch(qint64 id, bool confirm)
{
    QTreeWidgetItem *item = itemOfSearch(id);
    if (!item)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Delete search"),
               tr("Delete the saved search “%1”? The contributions are not affected.")
                   .arg(item->text(NameColumn)))
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!SavedSearchRepository(m_db).remove(id, &error)) {
        showError(error);
        return false;
    }
    m_rebuilding = true;
    m_tree->setCurrentItem(nullptr);
    m_rebuilding = false;
    loadSavedSearches();
    updateButtons();
    Q_EMIT savedSearchesChanged();
    return true;
}
