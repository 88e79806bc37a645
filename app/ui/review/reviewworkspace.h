// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QList>
#include <QMainWindow>
#include <QMenu>
#include <QObject>
#include <QPointer>

class Database;
class HistoryView;
class ProfilePicker;
class QAction;
class QTableView;
class QUndoStack;
class QueuePanel;
class ReviewActions;
class SearchResultsModel;
class SnippetDelegate;

// Everything the review work adds to the main window, wired together: the queue panel, the
// reviewer's controls, the history of the current contribution, the ranked search results,
// the profile picker for the status bar, and the actions for the menus (undo of the last
// review action, sub-topics and tags, people). The window places the widgets, tells the
// workspace which contributions are selected, and listens to its signals.
class ReviewWorkspace : public QObject
{
    Q_OBJECT

public:
    // parent is the main window: dialogs open over it. The widgets belong to whatever the window
    // places them in (a dock, a splitter, the status bar); those it does not place are deleted
    // with the workspace.
    ReviewWorkspace(Database &db, QWidget *parent);
    ~ReviewWorkspace() override;

    QueuePanel *queuePanel() const;
    ReviewActions *reviewActions() const;
    HistoryView *historyView() const;
    ProfilePicker *profilePicker() const;
    // A list of search results (best first, words found in bold), to show instead of the
    // contribution list while the search box holds text.
    QTableView *searchView() const;
    SearchResultsModel *searchModel() const { return m_searchModel; }

    QAction *undoAction() const { return m_undoAction; } // Edit menu
    QAction *taxonomyAction() const { return m_taxonomyAction; } // administrators only
    QAction *peopleAction() const { return m_peopleAction; } // administrators only
    QUndoStack *undoStack() const;

    // The contributions selected in the list, for the reviewer's controls. The history follows
    // a single selection; with several, it keeps the contribution it shows (set it with
    // historyView()->setContribution(), from the editor's current contribution).
    void setSelection(const QList<qint64> &ids);
    // Puts the queues (left) and the review panel with its history (right) in window's docks,
    // each with its line in the View menu, before the action before.
    void addDocksTo(QMainWindow *window, QMenu *viewMenu, QAction *before);
    // Runs the search of criteria.text within its other criteria, in searchView().
    void search(const ContributionFilter &criteria);
    // After another database was opened, or changes made elsewhere (an import).
    void reload();
    // After people were added, changed or removed elsewhere: the « You are » list, and what the
    // current person may do, read again.
    void refreshPeople();

Q_SIGNALS:
    void queueSelected(const ContributionFilter &filter);
    void heldSelected();
    // A contribution came back from the bin.
    void restored(qint64 id);
    // State, classification or assignment changed (or was undone): refresh these rows.
    void contributionsChanged(const QList<qint64> &ids);
    void actorChanged(const QString &login);
    void taxonomyChanged();
    // The current row and the selection of searchView().
    void searchCurrentChanged(qint64 id);
    void searchSelectionChanged(const QList<qint64> &ids);

private:
    void setUpSearchView();
    void updateAdminActions();
    void editTaxonomy();

    Database &m_db;
    QWidget *m_window;
    QPointer<QueuePanel> m_queues;
    QPointer<ReviewActions> m_actions;
    QPointer<HistoryView> m_history;
    QPointer<ProfilePicker> m_profile;
    SearchResultsModel *m_searchModel = nullptr;
    SnippetDelegate *m_snippets = nullptr;
    QPointer<QTableView> m_searchView;
    QAction *m_undoAction = nullptr;
    QAction *m_taxonomyAction = nullptr;
    QAction *m_peopleAction = nullptr;
};
