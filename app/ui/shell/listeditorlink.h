// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class ContributionEditor;
class ContributionListModel;
class QModelIndex;
class QTableView;

// Keeps the list and the editor on the same contribution: a row chosen in the list opens in the
// editor (once what was typed is kept or dropped), a contribution saved or created is shown
// selected in the list, and after a deletion the editor goes on with the next row.
class ListEditorLink : public QObject
{
    Q_OBJECT

public:
    ListEditorLink(QTableView *list, ContributionListModel *model, ContributionEditor *editor, QObject *parent);

    // Selects the row of id in the list (none for 0), without opening anything.
    void select(qint64 id);
    // File › New: an empty form, no row selected.
    void newContribution();
    // Edit › Delete: the contribution open in the editor, then the next row.
    void deleteContribution();

Q_SIGNALS:
    // The selection or the editor's contribution moved: what can be done may have changed.
    void moved();

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void onSaved(qint64 id, bool created);
    void onDeleted(qint64 id);

    QTableView *m_list;
    ContributionListModel *m_model;
    ContributionEditor *m_editor;
    bool m_syncing = false;
    int m_deletedRow = -1;
};
