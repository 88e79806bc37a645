// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/accepthelddialog.h"
#include "ui_accepthelddialog.h"

#include "storage/sourcemessagerepository.h"
#include "ui/common/uitext.h"

#include <QPushButton>

AcceptHeldDialog::AcceptHeldDialog(
    const StoredMessage &message, const DeadlineGuard &guard, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AcceptHeldDialog>())
    , m_guard(guard)
    , m_undated(message.hold == QLatin1String("needs_date"))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("acceptHeldDialog"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Accept"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AcceptHeldDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AcceptHeldDialog::reject);
    ui->receivedEdit->setTimeZone(guard.timeZone());
    ui->receivedZoneLabel->setText(guard.zoneText());
    ui->receivedEdit->setSuggestedDate(guard.closesOn());
    ui->errorLabel->hide();

    const QString sender = message.fromName.isEmpty()
        ? message.fromAddress
        : tr("%1 <%2>").arg(message.fromName, message.fromAddress);
    ui->messageLabel->setText(
        tr("“%1”, from %2").arg(message.subject.isEmpty() ? tr("(no subject)") : message.subject, sender));
    if (m_undated) {
        setWindowTitle(tr("Accept an undated email"));
        ui->explanationLabel->setText(tr(
            "No receipt date could be read from this email. Enter the date and time it reached the campaign, "
            "as shown by the mailbox that received it."));
        ui->receivedEdit->setFocus(Qt::OtherFocusReason);
    } else {
        setWindowTitle(tr("Accept a late email"));
        ui->explanationLabel->setText(tr(
            "This email was received on %1, after the close of %2. Only an administrator of the campaign may "
            "accept it, giving a reason; the acceptance and its reason are recorded under the name %3.")
                                          .arg(UiText::longDateTime(message.receivedAt, guard.timeZone()),
                                              UiText::longDate(guard.closesOn()), UiText::ofPerson(actor)));
        ui->receivedLabel->hide();
        ui->receivedEdit->hide();
        ui->receivedZoneLabel->hide();
        ui->reasonEdit->setFocus(Qt::OtherFocusReason);
    }
    connect(ui->receivedEdit, &ReceiptTimeEdit::receivedAtChanged, this, [this] {
        ui->errorLabel->hide();
        updateReasonLabel();
    });
    connect(ui->reasonEdit, &QPlainTextEdit::textChanged, ui->errorLabel, &QWidget::hide);
    updateReasonLabel();
}

AcceptHeldDialog::~AcceptHeldDialog() = default;

QDateTime AcceptHeldDialog::receivedAt() const
{
    return m_undated ? ui->receivedEdit->receivedAt() : QDateTime();
}

QString AcceptHeldDialog::reason() const
{
    // A reason typed for a late date no longer applies once an earlier one is entered.
    return needsReason() ? ui->reasonEdit->toPlainText().trimmed() : QString();
}

bool AcceptHeldDialog::needsReason() const
{
    if (!m_undated)
        return true;
    const QDateTime at = ui->receivedEdit->receivedAt();
    return at.isValid() && m_guard.judge(at) == DeadlineGuard::Verdict::Late;
}

void AcceptHeldDialog::updateReasonLabel()
{
    const bool show = !m_undated || needsReason();
    ui->reasonLabel->setVisible(show);
    ui->reasonEdit->setVisible(show);
    ui->reasonLabel->setText(
        m_undated ? tr("&Reason (arrived after the close):") : tr("&Reason for accepting it:"));
}

QString AcceptHeldDialog::problem() const
{
    if (m_undated && !ui->receivedEdit->receivedAt().isValid())
        return tr("Enter the date and time the email was received.");
    if (needsReason() && reason().isEmpty())
        return m_undated ? tr("This date is after the close: a reason is required to accept the email.")
                         : tr("A reason is required to accept a late email.");
    return {};
}

void AcceptHeldDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        ui->errorLabel->setText(why);
        ui->errorLabel->show();
        (m_undated && !ui->receivedEdit->receivedAt().isValid() ? static_cast<QWidget *>(ui->receivedEdit)
                                                                : ui->reasonEdit)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}
