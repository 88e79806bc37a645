// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/formproblems.h"

#include "storage/database.h"
#include "ui/editor/contributionfields.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QTimer>

FormProblems::FormProblems(
    QScrollArea *area, QLabel *general, const QHash<QWidget *, QLabel *> &labels, QAbstractButton *lateButton)
    : m_area(area)
    , m_general(general)
    , m_labels(labels)
    , m_lateButton(lateButton)
{
}

void FormProblems::clear()
{
    m_general->hide();
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->hide();
        it.key()->setAccessibleDescription(QString());
    }
}

void FormProblems::clearField(QWidget *field)
{
    if (QLabel *label = m_labels.value(field)) {
        label->hide();
        field->setAccessibleDescription(QString());
    }
}

void FormProblems::reveal(QWidget *widget)
{
    // Messages just shown have no place yet: scroll again once the form is laid out anew.
    m_area->ensureWidgetVisible(widget, 20, 40);
    QTimer::singleShot(0, widget, [area = m_area, widget] { area->ensureWidgetVisible(widget, 20, 40); });
}

void FormProblems::show(QWidget *field, const QString &message)
{
    QLabel *label = m_labels.value(field, m_general);
    label->setText(message);
    label->show();
    // The form's rows do not grow for a wrapped label of their own accord: it would be cut.
    if (label->wordWrap() && label->width() > 0)
        label->setMinimumHeight(label->heightForWidth(label->width()));
    if (field && label != m_general)
        field->setAccessibleDescription(message);
}

void FormProblems::showAll(
    const QList<ContributionValidator::Problem> &problems, const ContributionFields &fields, QWidget *receivedAt)
{
    QWidget *first = nullptr;
    for (const ContributionValidator::Problem &p : problems) {
        QWidget *field = fields.fieldOf(p.field, receivedAt);
        show(field, p.message);
        if (!first)
            first = field;
    }
    if (first) {
        reveal(first);
        first->setFocus(Qt::OtherFocusReason);
    }
}

void FormProblems::showSaveFailure(
    ContributionRepository::Failure failure, const QString &message, QWidget *receivedAt, QWidget *parent)
{
    const QString kept = QStringLiteral("\n\n") + tr("Your changes are still in the form: nothing you typed is lost.");
    switch (failure) {
    case ContributionRepository::Failure::Late:
        show(receivedAt, message);
        m_lateButton->show();
        reveal(m_lateButton);
        receivedAt->setFocus(Qt::OtherFocusReason);
        return;
    case ContributionRepository::Failure::Conflict:
    case ContributionRepository::Failure::NotFound:
        show(nullptr, message);
        QMessageBox::warning(parent, tr("Not saved"), message + kept);
        return;
    default: {
        const QString sentence = Database::isDiskFull(message)
            ? tr("The disk is full: the contribution could not be saved. Free some space on the disk, then save "
                 "again.")
            : message;
        show(nullptr, sentence);
        QMessageBox::critical(parent, tr("Not saved"), sentence + kept);
        return;
    }
    }
}
