// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;

// Shown once, on the first start (and again from Help › Welcome): the three jobs of the desk
// (enter, review, print) in a few lines, and an offer to try them on the sample campaign.
// exec() returns OpenSample when the person wants the sample campaign.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Result { Close = QDialog::Rejected, OpenSample = 2 };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }

    // Whether the welcome has been shown on this computer (QSettings "welcomeShown").
    static bool wasShown();
    static void setShown();

private:
    QPushButton *m_sample;
};
