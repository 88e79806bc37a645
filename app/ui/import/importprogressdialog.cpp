// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importprogressdialog.h"
#include "ui_importprogressdialog.h"

ImportProgressDialog::ImportProgressDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportProgressDialog>())
{
    ui->setupUi(this);
    setMinimumWidth(460);
    connect(ui->cancelButton, &QPushButton::clicked, this, &ImportProgressDialog::reject);
    connect(ui->verifyCheck, &QCheckBox::clicked, this, &ImportProgressDialog::verifyEachMessageEdited);
    setCountsText(tr("Reading…"));
    resize(width(), sizeHint().height());
}

ImportProgressDialog::~ImportProgressDialog() = default;

void ImportProgressDialog::setFile(int index, int count, const QString &name)
{
    ui->fileLabel->setText(count > 1
            ? tr("Importing “%1” (file %2 of %3)").arg(name).arg(index + 1).arg(count)
            : tr("Importing “%1”").arg(name));
}

void ImportProgressDialog::setProgress(qint64 bytesDone, qint64 bytesTotal)
{
    if (bytesTotal <= 0) {
        ui->progressBar->setRange(0, 0); // busy
        return;
    }
    ui->progressBar->setRange(0, 1000);
    ui->progressBar->setValue(int(qBound(qint64(0), bytesDone * 1000 / bytesTotal, qint64(1000))));
}

void ImportProgressDialog::setCountsText(const QString &text)
{
    ui->countsLabel->setText(text);
}

void ImportProgressDialog::setVerifyEachMessage(bool verify)
{
    ui->verifyCheck->setChecked(verify);
}

bool ImportProgressDialog::verifiesEachMessage() const
{
    return ui->verifyCheck->isChecked();
}

void ImportProgressDialog::showStopping()
{
    ui->cancelButton->setEnabled(false);
    ui->fileLabel->setText(tr("Stopping after the email being read…"));
}

void ImportProgressDialog::reject()
{
    // The dialog goes away when the import has stopped, not before.
    Q_EMIT stopRequested();
}
