// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/formhistory.h"

#include "ui/editor/fieldchangecommand.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QUndoStack>

FormHistory::FormHistory(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
}

void FormHistory::addField(QWidget *widget, const QString &label, Getter get, Setter set)
{
    const QVariant value = get();
    m_fields.append({widget, label, std::move(get), std::move(set), value});
}

void FormHistory::watch(QLineEdit *edit, const QString &label)
{
    addField(
        edit, label, [edit] { return QVariant(edit->text()); },
        [edit](const QVariant &v) { edit->setText(v.toString()); });
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { noteChanged(edit); });
    connect(edit, &QLineEdit::editingFinished, this, &FormHistory::endTyping);
    keepShortcutsForStack(edit);
}

void FormHistory::watch(QPlainTextEdit *edit, const QString &label)
{
    edit->setUndoRedoEnabled(false);
    addField(
        edit, label, [edit] { return QVariant(edit->toPlainText()); },
        [edit](const QVariant &v) { edit->setPlainText(v.toString()); });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { noteChanged(edit); });
    keepShortcutsForStack(edit);
}

void FormHistory::watch(QCheckBox *box, const QString &label)
{
    addField(
        box, label, [box] { return QVariant(box->isChecked()); },
        [box](const QVariant &v) { box->setChecked(v.toBool()); });
    connect(box, &QCheckBox::toggled, this, [this, box] { noteChanged(box); });
}

void FormHistory::watch(QComboBox *combo, const QString &label)
{
    addField(
        combo, label, [combo] { return combo->currentData(); },
        [combo](const QVariant &v) { combo->setCurrentIndex(combo->findData(v)); });
    // activated: only what the person chose, not the form refilling the list.
    connect(combo, &QComboBox::activated, this, [this, combo] { noteChanged(combo); });
}

int FormHistory::indexOf(const QWidget *widget) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).widget == widget)
            return i;
    return -1;
}

void FormHistory::noteChanged(QWidget *widget)
{
    const int i = indexOf(widget);
    if (i < 0 || m_applying)
        return;
    Field &field = m_fields[i];
    const QVariant now = field.get();
    if (!m_recording) {
        field.value = now;
        return;
    }
    if (now == field.value)
        return;
    const QVariant before = field.value;
    field.value = now;
    m_stack->push(new FieldChangeCommand(this, i, field.label, before, now, m_session));
    Q_EMIT fieldChanged(widget);
}

void FormHistory::rebase(QWidget *widget)
{
    const int i = indexOf(widget);
    if (i >= 0)
        m_fields[i].value = m_fields.at(i).get();
}

void FormHistory::reset()
{
    for (Field &field : m_fields)
        field.value = field.get();
    m_stack->clear();
    ++m_session;
}

void FormHistory::apply(int i, const QVariant &value)
{
    Field &field = m_fields[i];
    m_applying = true;
    field.set(value);
    field.value = field.get();
    m_applying = false;
    ++m_session; // typing after an undo starts afresh
    Q_EMIT fieldChanged(field.widget);
}

void FormHistory::keepShortcutsForStack(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool FormHistory::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Line and text edits claim Ctrl+Z for their own undo; the form's stack must get it.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched)) {
        endTyping();
    }
    return QObject::eventFilter(watched, event);
}

std::pair<QAction *, QAction *> FormHistory::makeUndoRedoActions(QUndoStack *stack, QWidget *parent)
{
    auto *undo = stack->createUndoAction(parent);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-undo"), parent->style()->standardIcon(QStyle::SP_ArrowBack)));
    auto *redo = stack->createRedoAction(parent);
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), parent->style()->standardIcon(QStyle::SP_ArrowForward)));
    // Our own wording, so that the menu reads well even without Qt's translations installed.
    const auto label = [stack, undo, redo] {
        const QString undoText = stack->undoText();
        const QString redoText = stack->redoText();
        undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
        redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    };
    // Connected after the stack's own connections, so that this wording is the one that stays.
    QObject::connect(stack, &QUndoStack::undoTextChanged, undo, label);
    QObject::connect(stack, &QUndoStack::redoTextChanged, redo, label);
    label();

    return { undo, redo };
}
