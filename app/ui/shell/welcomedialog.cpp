// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/welcomedialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString shownKey = QStringLiteral("welcomeShown");
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("WelcomeDialog"));
    setWindowTitle(tr("Welcome to Recueil"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<h2>Welcome to Recueil</h2>"
           "<p>Recueil gathers the testimonies of local authorities for the call, in three jobs:</p>"
           "<ol>"
           "<li><b>Enter</b>: drop the emails received on the window (or File › Import…, Ctrl+I); "
           "type in letters and phone calls with File › New contribution (Ctrl+N).</li>"
           "<li><b>Review</b>: the queues on the left give each reviewer their work; classify "
           "each testimony under the call's themes, then validate it or ask for more.</li>"
           "<li><b>Print</b>: File › Print a dossier… (Ctrl+P) makes the PDF dossier of the "
           "validated testimonies.</li>"
           "</ol>"
           "<p>The call's deadline is applied everywhere: late emails wait in the pending list "
           "until an administrator decides.</p>"
           "<p>To try all this without touching your own database, open the sample campaign: "
           "ten emails written for the purpose. Help (F1) tells more.</p>"));
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 70);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(this);
    m_sample = buttons->addButton(tr("Open the &sample campaign"), QDialogButtonBox::AcceptRole);
    m_sample->setObjectName(QStringLiteral("openSampleButton"));
    QPushButton *start = buttons->addButton(tr("&Start"), QDialogButtonBox::RejectRole);
    start->setObjectName(QStringLiteral("startButton"));
    start->setDefault(true);
    connect(m_sample, &QPushButton::clicked, this, [this] { done(OpenSample); });
    connect(start, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool WelcomeDialog::wasShown()
{
    return QSettings().value(shownKey, false).toBool();
}

void WelcomeDialog::setShown()
{
    QSettings().setValue(shownKey, true);
}
