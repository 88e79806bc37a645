// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

class FormHistory;

// One change to one field of a form, for FormHistory's undo stack. Consecutive changes to
// the same field while typing merge into one command.
class FieldChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FieldChangeCommand)

public:
    FieldChangeCommand(FormHistory *history, int field, const QString &label, QVariant before, QVariant after,
                       int session);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    FormHistory *m_history;
    int m_field;
    QVariant m_before;
    QVariant m_after;
    int m_session;
    bool m_applied = true; // pushed after the widget already changed
};
