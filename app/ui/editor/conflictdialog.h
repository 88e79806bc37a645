// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contributionmerge.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConflictDialog;
}
class QComboBox;

// Saving a contribution someone else changed since it was opened: both versions side by side,
// field by field, to keep theirs, keep mine, or merge (each field both changed is chosen).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, KeepTheirs, KeepMine, Merge };

    ConflictDialog(const Contribution &base, const Contribution &mine, const Contribution &theirs,
        QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    // What to load into the form (keep theirs) or save (keep mine, merge).
    Contribution result() const;
    // For tests: the choice of a field both changed.
    void chooseField(const QString &field, ContributionMerge::Side side);

private:
    void finish(Choice choice);

    std::unique_ptr<Ui::ConflictDialog> ui;
    ContributionMerge m_merge;
    QHash<QString, QComboBox *> m_choosers;
    Choice m_choice = Choice::Cancel;
};
