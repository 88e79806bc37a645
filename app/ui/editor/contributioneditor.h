// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "core/contributionvalidator.h"
#include "storage/contributionrepository.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ContributionEditor;
}
class AuthorityCompleter;
class Database;
class FormHistory;
class FormProblems;
class QAction;
class QGroupBox;
class QLabel;
class SourcesPanel;
class QTimer;
class QUndoStack;
class TagCompleter;

// The form of one contribution (forms/contributioneditor.ui): entering a new one, correcting
// a stored one. Checks with ContributionValidator before writing and shows each problem next
// to its field; shows the repository's refusals (late receipt, conflict) without losing what
// was typed. Every change can be undone.
class ContributionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionEditor(Database &db, QWidget *parent = nullptr);
    ~ContributionEditor() override;

    // Never narrower than its form: the form scrolls up and down, never across, so that
    // nothing on its right-hand side is ever hidden.
    QSize minimumSizeHint() const override;

    // 0 while entering a new contribution.
    qint64 contributionId() const { return m_loaded.id; }
    bool isModified() const;
    // The form's content as a contribution (not saved).
    Contribution contribution() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *saveAction() const { return m_saveAction; }

    // Shows a stored contribution; false, with the form unchanged, when it does not exist.
    bool openContribution(qint64 id);
    // An empty form for a new contribution: no authority, no receipt time.
    void newContribution();
    // Reads themes, sub-topics and tags again (after opening another database).
    void reloadTaxonomy();
    // On the desk, a saved contribution's themes, sub-topics and tags are changed in the review
    // panel only (for one contribution or several): the form shows them, and keeps their fields
    // for a contribution not saved yet. Alone, the form edits them all.
    void setClassifiedInReviewPanel(bool elsewhere);
    // Puts the keyboard in the first field, ready to type.
    void focusFirstField();
    // The emails and attachments the contribution came from.
    SourcesPanel *sourcesPanel() const { return m_sources; }

    bool save();
    // Puts the form back as it was last opened or saved.
    void revert();
    // Before the form's content is replaced: asks Save / Discard / Cancel when there are
    // unsaved changes. True when the caller may go on.
    bool maybeSave();
    // Asks for confirmation, then hides the contribution from the lists.
    bool deleteContribution();

    // Unsaved changes are written to a draft (DraftStore) this long after the last change.
    static constexpr int draftDelayMs = 1500;
    // Writes the draft now (normally done by a timer); false when there is nothing to keep.
    bool writeDraft();
    // When a draft of the contribution shown was left by a crash, offers to bring it back.
    // Called by itself just after a contribution (or the empty form) is shown.
    void offerDraft();

Q_SIGNALS:
    // Another contribution (or a new one) is in the form, or the one shown was saved.
    void contributionChanged(qint64 id);
    void saved(qint64 id, bool created);
    void deleted(qint64 id);
    // A new testimony received after the close was put in the pending list, as contribution id.
    void held(qint64 id);
    void modificationChanged(bool modified);

private:
    void setUpActions();
    void setUpHistory();
    void load(const Contribution &c);
    // After a save refused because someone else saved first: both versions, keep/merge.
    bool resolveConflict(Contribution *mine, const Contribution &theirs, QString *error);
    void updateHeader();
    void updateAuthorityInfo();
    void normaliseAuthority();
    void updatePrimaryThemes(const QString &wanted);
    void updateLateOverride();
    void onFieldChanged(QWidget *field);
    QList<ContributionValidator::Problem> check(const Contribution &c) const;
    void acceptLate();
    // A new testimony was refused as late: hold it, accept it (an administrator) or stay.
    bool offerHolding(Contribution c, const QString &refusal);
    void applyDraft(const Contribution &draft);
    void dropDraft(qint64 id);

    Database &m_db;
    std::unique_ptr<Ui::ContributionEditor> ui;
    QUndoStack *m_undoStack;
    FormHistory *m_history = nullptr;
    AuthorityCompleter *m_authorityCompleter = nullptr;
    TagCompleter *m_tagCompleter = nullptr;
    QGroupBox *m_sourcesGroup = nullptr;
    SourcesPanel *m_sources = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    Contribution m_loaded;
    std::optional<LateOverride> m_pendingOverride;
    std::unique_ptr<FormProblems> m_problems;
    QTimer *m_draftTimer = nullptr;
    bool m_ownDraft = false; // this form wrote the draft on disk
    bool m_classifiedElsewhere = false;
    QLabel *m_classificationNote = nullptr;
    QPushButton *m_compareButton = nullptr; // « Comparer avec le courriel… », for an imported one
    void compareWithEmail();
    void updateClassificationPlace();
};
