// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/mailviewerdialog.h"

#include "ui/editor/safemailview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

MailViewerDialog::MailViewerDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new SafeMailView(this))
{
    setObjectName(QStringLiteral("mailViewer"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
}

void MailViewerDialog::showRawMessage(const QByteArray &raw, const QString &subject)
{
    setWindowTitle(subject.isEmpty() ? tr("Email") : tr("Email — %1").arg(subject));
    m_view->showRawMessage(raw);
}

MailViewerDialog *MailViewerDialog::open(QWidget *parent, const QByteArray &raw, const QString &subject)
{
    auto *dialog = new MailViewerDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showRawMessage(raw, subject);
    dialog->show();
    return dialog;
}
