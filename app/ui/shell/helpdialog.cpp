// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/helpdialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("HelpDialog"));
    setWindowTitle(tr("Recueil Help"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + pageForLocale(QLocale())));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 90, fontMetrics().height() * 36);
}

QString HelpDialog::pageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral(":/help/help-fr.html")
                                                : QStringLiteral(":/help/help-en.html");
}

void HelpDialog::showFor(QWidget *parent)
{
    auto *help = parent->findChild<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!help) {
        help = new HelpDialog(parent);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
    help->activateWindow();
}
