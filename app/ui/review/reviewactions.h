// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reviewstate.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class BulkReviewCommand;
class ClassificationTree;
class Database;
class ElidedLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;
class TagCompleter;

// The reviewer's controls for the current contribution or a selection of many: change the
// review state (only to the states the workflow allows from where it is; a reason asked for
// « À compléter » and « Écartée »; refusals said in a sentence; buttons a person's role does
// not allow are disabled, with a tooltip saying why), classify it (themes and sub-topics,
// free tags completed from those in use) and assign it to a reviewer. A change of state to
// many is previewed first. The last state or classification action can be undone.
class ReviewActions : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewActions(Database &db, QWidget *parent = nullptr);

    // The contribution(s) the controls act on: the current one, or the selected ones.
    void setContributions(const QList<qint64> &ids);
    QList<qint64> contributions() const { return m_ids; }
    // Reads everything again: states, classification, people, and the role of the person acting.
    void reload();

    // What the buttons do. Each returns true when something was changed.
    bool changeState(ReviewState::State to);
    bool applyClassification();
    bool assign();

    QUndoStack *undoStack() const { return m_undoStack; }
    QString message() const;

    QPushButton *stateButton(ReviewState::State state) const { return m_stateButtons.value(int(state)); }
    ClassificationTree *classificationTree() const { return m_tree; }
    QLineEdit *tagsEdit() const { return m_tagsEdit; }
    QPushButton *applyClassificationButton() const { return m_applyTags; }
    QComboBox *assigneeCombo() const { return m_assignee; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    // The state, classification or assignment of these contributions changed (or was undone).
    void contributionsChanged(const QList<qint64> &ids);

private:
    // Applies a review decision and puts it on the undo stack; false after saying why it failed.
    bool push(BulkReviewCommand *command);
    void buildStateBox(class QVBoxLayout *layout);
    void buildClassificationBox(class QVBoxLayout *layout);
    void buildAssignmentBox(class QVBoxLayout *layout);
    void loadAll();
    void loadSelection();
    QList<qint64> selectedIds() const;
    void updateStateButtons();
    void updateAssignment();
    void updateClassificationButton();
    QString askReason(ReviewState::State to);
    void showMessage(const QString &text, bool refused);
    void onCommandReport(const QString &message, bool done, const QList<qint64> &ids);
    static QString buttonText(ReviewState::State state);

    Database &m_db;
    QList<qint64> m_ids;
    QHash<qint64, ReviewState::State> m_states;
    QStringList m_commonTags;
    bool m_taxonomyLoaded = false;
    QUndoStack *m_undoStack = nullptr;

    ElidedLabel *m_heading = nullptr; // one line: a long title never moves the buttons below
    QLabel *m_roleNote = nullptr;
    QHash<int, QPushButton *> m_stateButtons;
    QLabel *m_message = nullptr;
    ClassificationTree *m_tree = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    TagCompleter *m_completer = nullptr;
    QLabel *m_partialTags = nullptr;
    QPushButton *m_applyTags = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_undo = nullptr;
};
