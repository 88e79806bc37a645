// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariant>
#include <functional>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QWidget;

// Turns what a person does in a form into undoable commands on a QUndoStack: one command
// per field change, typing in one field coalesced until the field is left. The form's
// widgets stay the one source of truth; undo and redo write the earlier value back.
class FormHistory : public QObject
{
    Q_OBJECT

public:
    using Getter = std::function<QVariant()>;
    using Setter = std::function<void(const QVariant &)>;

    FormHistory(QUndoStack *stack, QObject *parent = nullptr);

    // Edit › Undo and Redo for stack, with the usual shortcuts and icons, worded in Recueil's
    // own words ("Undo change to “Title”") even without Qt's translations installed.
    static std::pair<QAction *, QAction *> makeUndoRedoActions(QUndoStack *stack, QWidget *parent);

    // A field the form reads with get and writes with set; call noteChanged(widget) after
    // each change the person made. label names it in "Undo change to “Title”".
    void addField(QWidget *widget, const QString &label, Getter get, Setter set);
    void watch(QLineEdit *edit, const QString &label);
    void watch(QPlainTextEdit *edit, const QString &label);
    void watch(QCheckBox *box, const QString &label);
    void watch(QComboBox *combo, const QString &label); // by item data

    void noteChanged(QWidget *widget);
    // Takes the current value as the field's known value without recording a change
    // (for a value the form derived by itself).
    void rebase(QWidget *widget);
    // The next change starts a new command instead of extending the last one.
    void endTyping() { ++m_session; }
    // While loading a record: changes are not recorded.
    void setRecording(bool recording) { m_recording = recording; }
    // Forgets the past: the form as it is now is the starting point, with nothing to undo.
    void reset();

    QUndoStack *stack() const { return m_stack; }

Q_SIGNALS:
    // A field's value changed, by the person or by undo/redo.
    void fieldChanged(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class FieldChangeCommand;
    struct Field
    {
        QWidget *widget;
        QString label;
        Getter get;
        Setter set;
        QVariant value;
    };
    void apply(int field, const QVariant &value);
    int indexOf(const QWidget *widget) const;
    void keepShortcutsForStack(QWidget *widget);

    QUndoStack *m_stack;
    QList<Field> m_fields;
    int m_session = 0;
    bool m_recording = true;
    bool m_applying = false;
};
