// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deadlineguard.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

namespace Ui {
class AcceptHeldDialog;
}
struct StoredMessage;

// Accepting an email of the holding list. A late one needs an administrator's written reason;
// an undated one needs the date and time it arrived (in Paris time), and a reason too if that
// falls after the close. The dialog stays open, saying what is missing, until both are given.
class AcceptHeldDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptHeldDialog(const StoredMessage &message, const DeadlineGuard &guard, const QString &actor,
        QWidget *parent = nullptr);
    ~AcceptHeldDialog() override;

    // The receipt time entered for an undated email (UTC); invalid for a late one.
    QDateTime receivedAt() const;
    QString reason() const;
    // Why the dialog cannot be accepted as filled in; empty when it can.
    QString problem() const;

    void accept() override;

private:
    bool needsReason() const;
    void updateReasonLabel();

    std::unique_ptr<Ui::AcceptHeldDialog> ui;
    DeadlineGuard m_guard;
    bool m_undated = false;
};
