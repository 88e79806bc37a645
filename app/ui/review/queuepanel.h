// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"
#include "ui/review/reviewqueue.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class Database;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The side panel of review queues, each with how many it holds (« À relire », « Mes relectures »,
// « À compléter », « Validées », « Écartées », « En attente »), then the person's saved searches,
// which can be added from the current criteria, renamed and deleted.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(Database &db, QWidget *parent = nullptr);

    // Where "Save search" takes the criteria from (the filter bar and the search box).
    void setCriteriaSource(std::function<ContributionFilter()> source);

    // Counts every queue again and re-reads the saved searches (after a change, or another person).
    void refresh();
    int count(ReviewQueue::Kind kind) const { return m_counts.value(kind, -1); }
    int savedSearchCount(qint64 id) const { return m_savedCounts.value(id, -1); }

    // Selects a queue or a saved search as a click would, and says so with the signals below.
    void selectQueue(ReviewQueue::Kind kind);
    bool selectSavedSearch(qint64 id);
    std::optional<ReviewQueue::Kind> currentQueue() const;
    qint64 currentSavedSearch() const; // 0 when none

    // Saves the current criteria under a name (asked when empty); returns the new id, or 0.
    qint64 saveCurrentSearch(const QString &name = QString());
    bool renameSavedSearch(qint64 id, const QString &name = QString());
    bool deleteSavedSearch(qint64 id, bool confirm = true);

    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void queueSelected(const ContributionFilter &filter);
    void heldSelected();
    void binSelected();
    void savedSearchesChanged();

private:
    void buildTree();
    void loadSavedSearches();
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void emitSelection(QTreeWidgetItem *item);
    void updateButtons();
    void showError(const QString &message);
    QTreeWidgetItem *itemOfQueue(ReviewQueue::Kind kind) const;
    QTreeWidgetItem *itemOfSearch(qint64 id) const;

    Database &m_db;
    std::function<ContributionFilter()> m_criteria;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_queuesHeader = nullptr;
    QTreeWidgetItem *m_searchesHeader = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_renameButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QHash<int, int> m_counts;
    QHash<qint64, int> m_savedCounts;
    bool m_rebuilding = false;
};
