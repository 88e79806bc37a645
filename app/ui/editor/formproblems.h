// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contributionvalidator.h"
#include "storage/contributionrepository.h"

#include <QCoreApplication>
#include <QHash>

class QAbstractButton;
class QLabel;
class QScrollArea;
class QWidget;
struct ContributionFields;

// What stands in the way of saving a form, said where it is: under the field it is about (and
// read out with the field by a screen reader), or at the top of the form for the whole record.
// The first field with a problem scrolls into view and takes the focus.
class FormProblems
{
    Q_DECLARE_TR_FUNCTIONS(FormProblems)

public:
    // labels: each field's own message label; general: the form's; lateButton: the button that
    // accepts a testimony received after the close.
    FormProblems(QScrollArea *area, QLabel *general, const QHash<QWidget *, QLabel *> &labels,
        QAbstractButton *lateButton);

    void clear();
    // The field was changed: its message goes.
    void clearField(QWidget *field);
    // message under field, or at the top of the form when field is null or has no label.
    void show(QWidget *field, const QString &message);
    // The validator's problems, each under its field (receivedAt for the receipt time).
    void showAll(const QList<ContributionValidator::Problem> &problems, const ContributionFields &fields,
        QWidget *receivedAt);
    // Why the store refused the form; what was typed stays in it. parent: for the message box.
    void showSaveFailure(ContributionRepository::Failure failure, const QString &message, QWidget *receivedAt,
        QWidget *parent);

private:
    void reveal(QWidget *widget);

    QScrollArea *m_area;
    QLabel *m_general;
    QHash<QWidget *, QLabel *> m_labels;
    QAbstractButton *m_lateButton;
};
