// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ImportProgressDialog;
}

// How far an import has gone: the file being read, a bar (bytes of the files read), the
// messages done so far, the "check each contribution" switch and a button to stop.
// Closing it asks to stop, as the button does.
class ImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);
    ~ImportProgressDialog() override;

    void setFile(int index, int count, const QString &name);
    void setProgress(qint64 bytesDone, qint64 bytesTotal);
    void setCountsText(const QString &text);
    void setVerifyEachMessage(bool verify);
    bool verifiesEachMessage() const;
    // After a request to stop: says the import is stopping and disables the button.
    void showStopping();
    // Asks to stop; the dialog goes when the import has stopped.
    void reject() override;

Q_SIGNALS:
    void stopRequested();
    // The person ticked or unticked the box (not emitted by setVerifyEachMessage).
    void verifyEachMessageEdited(bool verify);

private:
    std::unique_ptr<Ui::ImportProgressDialog> ui;
};
