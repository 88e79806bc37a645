// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/listeditorlink.h"

#include "ui/editor/contributioneditor.h"
#include "ui/review/contributionlistmodel.h"

#include <QMessageBox>
#include <QTableView>
#include <QTimer>

ListEditorLink::ListEditorLink(
    QTableView *list, ContributionListModel *model, ContributionEditor *editor, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_model(model)
    , m_editor(editor)
{
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ListEditorLink::onCurrentRowChanged);
    // A new filter or order reloads the list: keep the open contribution selected if it is there.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { select(m_editor->contributionId()); });
    connect(editor, &ContributionEditor::saved, this, &ListEditorLink::onSaved);
    connect(editor, &ContributionEditor::deleted, this, &ListEditorLink::onDeleted);
}

void ListEditorLink::select(qint64 id)
{
    m_syncing = true;
    const int row = id ? m_model->rowOf(id) : -1;
    QItemSelectionModel *selection = m_list->selectionModel();
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ContributionListModel::TitleColumn);
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    } else {
        selection->clear();
    }
    m_syncing = false;
    Q_EMIT moved();
}

void ListEditorLink::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const qint64 wanted = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (wanted == m_editor->contributionId())
        return;
    if (!wanted) {
        Q_EMIT moved();
        return; // selection cleared: the editor keeps what it shows
    }
    // Give the person a chance to keep what they typed; then show the row they chose.
    const bool goOn = m_editor->maybeSave();
    if (goOn && !m_editor->openContribution(wanted)) {
        m_model->refresh(wanted); // gone meanwhile
        QMessageBox::information(m_list->window(), tr("Contribution not found"),
            tr("This contribution has been deleted meanwhile."));
    }
    // Defer: the view is still handling the click that changed the row.
    QTimer::singleShot(0, this, [this] { select(m_editor->contributionId()); });
}

void ListEditorLink::newContribution()
{
    if (!m_editor->maybeSave())
        return;
    m_editor->newContribution();
    select(0);
    m_editor->focusFirstField();
}

void ListEditorLink::onSaved(qint64 id, bool created)
{
    if (!created) {
        m_model->refresh(id);
        return;
    }
    // A new contribution may sort anywhere: read the list again, once the save is over.
    QTimer::singleShot(0, this, [this] {
        m_model->reload();
        select(m_editor->contributionId());
    });
    Q_EMIT moved();
}

void ListEditorLink::deleteContribution()
{
    m_deletedRow = m_model->rowOf(m_editor->contributionId());
    m_editor->deleteContribution();
    m_deletedRow = -1;
}

void ListEditorLink::onDeleted(qint64 id)
{
    const int row = m_deletedRow >= 0 ? m_deletedRow : m_model->rowOf(id);
    m_model->refresh(id);
    // Go on with the next contribution of the list, as after deleting a line anywhere.
    const int next = qMin(row, m_model->rowCount() - 1);
    if (row >= 0 && next >= 0 && m_editor->openContribution(m_model->idAt(next)))
        select(m_editor->contributionId());
    else
        select(0);
}
