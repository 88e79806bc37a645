// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/fieldchangecommand.h"

#include "ui/editor/formhistory.h"

FieldChangeCommand::FieldChangeCommand(FormHistory *history, int field, const QString &label, QVariant before,
                                       QVariant after, int session)
    : QUndoCommand(tr("change to “%1”").arg(label))
    , m_history(history)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_session(session)
{
}

void FieldChangeCommand::undo()
{
    m_history->apply(m_field, m_before);
}

void FieldChangeCommand::redo()
{
    // The first redo comes from QUndoStack::push, when the widget shows the value already.
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_history->apply(m_field, m_after);
}

bool FieldChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldChangeCommand *>(other);
    if (next->m_field != m_field || next->m_session != m_session || next->m_history != m_history)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}
