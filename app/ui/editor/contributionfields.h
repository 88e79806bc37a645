// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "core/contributionvalidator.h"

class QLineEdit;
class QPlainTextEdit;
class QWidget;
class ThemeSelector;

// The fields that the contribution editor (forms/contributioneditor.ui) and the review of an
// imported email (forms/messagereviewdialog.ui) share, under the same names in both forms:
// read into a contribution one way, and named one way when the validator finds a problem.
struct ContributionFields
{
    QLineEdit *authority = nullptr;
    QLineEdit *title = nullptr;
    QLineEdit *contactName = nullptr;
    QLineEdit *role = nullptr;
    QLineEdit *email = nullptr;
    ThemeSelector *themes = nullptr;
    QPlainTextEdit *text = nullptr;

    template<typename Form>
    static ContributionFields of(const Form *ui)
    {
        return { ui->authorityEdit, ui->titleEdit, ui->contactNameEdit, ui->roleEdit, ui->emailEdit,
            ui->themeSelector, ui->textEdit };
    }

    // Writes these fields into c: the authority's code (or the text as typed when it names
    // none, for the validator to say so), title, contact's name, function and address, themes
    // and sub-topics, text.
    void readInto(Contribution &c) const;
    // The field a problem is about; receivedAt where the form shows the receipt time.
    QWidget *fieldOf(ContributionValidator::Field field, QWidget *receivedAt = nullptr) const;
};
