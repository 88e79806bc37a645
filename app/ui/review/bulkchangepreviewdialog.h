// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// Shows what a change of state would do to each selected contribution before it is made:
// number, title, current state → new state, or why it is refused. Accepting applies the
// change to the allowed ones only; the refused ones stay as they are.
class BulkChangePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    BulkChangePreviewDialog(
        const QList<PlannedChange> &plan, ReviewState::State to, QWidget *parent = nullptr);

    QList<qint64> allowedIds() const;
    int refusedCount() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QString summary() const;

private:
    QList<PlannedChange> m_plan;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
};
