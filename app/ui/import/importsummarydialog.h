// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deadlineguard.h"
#include "mail/mailimporter.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class ImportSummaryDialog;
}
class QTreeWidget;

// What an import did: how many emails became contributions, complements, duplicates, waited
// in the holding list, failed or were left out, and each email that needs attention with what
// happened to it in a sentence. The whole report can be copied.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const DeadlineGuard &guard, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    // failure: why the import could not run at all (empty when it ran).
    void setOutcomes(const QList<ImportOutcome> &outcomes, bool stopped, const QString &failure = {});

    int count(ImportOutcome::Kind kind) const { return m_counts.value(kind); }
    QTreeWidget *problemList() const;
    // The counts and the list as plain text (tab-separated columns).
    QString reportText() const;

    // What happened to the email, as a sentence for a coordinator; empty when all went well.
    QString explanation(const ImportOutcome &outcome) const;
    static QString kindLabel(ImportOutcome::Kind kind);

Q_SIGNALS:
    void showHeldRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildCounts();
    void copySelection();

    DeadlineGuard m_guard;
    std::unique_ptr<Ui::ImportSummaryDialog> ui;
    QHash<int, int> m_counts;
};
