// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <functional>

class Database;

// One review action on one or many contributions (a change of state, or of classification)
// as one step of undo. Undo restores what each contribution was before; for states that is a
// change of state like any other, checked by the workflow: if any of them is refused, nothing
// is undone and the report says why (the command then leaves the stack: it cannot be undone).
// Only the person who did the action may undo it, and only while nobody has changed the state
// of those contributions since.
class BulkReviewCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkReviewCommand)

public:
    // What a contribution was before the action.
    struct Before
    {
        ReviewState::State state = ReviewState::Received;
        QString stateReason; // why it came into that state, when the state needs a reason
        QStringList themes, subtopics, tags;
        QString primaryTheme;
    };
    // Told after undo and redo: a sentence, whether it worked, and the contributions touched.
    using Report = std::function<void(const QString &message, bool done, const QList<qint64> &ids)>;

    static BulkReviewCommand *stateChange(
        Database &db, const QList<qint64> &ids, ReviewState::State to, const QString &reason);
    static BulkReviewCommand *classification(
        Database &db, const QList<qint64> &ids, const ReviewRepository::Tagging &tagging);

    // Does the action the first time (before QUndoStack::push, whose redo() then does nothing).
    bool apply(QString *error);
    void setReport(Report report) { m_report = std::move(report); }
    QList<qint64> ids() const { return m_ids; }

    void undo() override;
    void redo() override;

private:
    enum class Kind { State, Classification };
    BulkReviewCommand(Database &db, Kind kind, const QList<qint64> &ids);
    void snapshot();
    bool forward(QString *error);
    bool backward(QString *error);
    bool undoStates(QString *error);
    bool undoClassification(QString *error);
    void finish(bool ok, const QString &error, bool undoing);

    Database &m_db;
    Kind m_kind;
    QList<qint64> m_ids;
    ReviewState::State m_to = ReviewState::Received;
    QString m_reason;
    ReviewRepository::Tagging m_tagging;
    QHash<qint64, Before> m_before;
    QHash<qint64, Before> m_after; // classification only: what the action made
    Report m_report;
    bool m_applied = false;
    QString m_actor; // who did it: only they may undo it
};
