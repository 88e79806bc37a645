// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/exportnotice.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

void ExportNotice::show(QWidget *parent, const QString &title, const QString &text, const QString &file,
    const QString &folder, const Opener &opener)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("exportedBox"));
    QPushButton *open = nullptr;
    if (!file.isEmpty()) {
        open = box.addButton(tr("&Open"), QMessageBox::ActionRole);
        open->setObjectName(QStringLiteral("openExportButton"));
    }
    QPushButton *openFolder = box.addButton(tr("Open the &folder"), QMessageBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    box.button(QMessageBox::Close)->setText(tr("&Close"));
    box.setDefaultButton(open ? open : openFolder);
    box.exec();
    const Opener launch = opener ? opener : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    if (open && box.clickedButton() == open)
        launch(QUrl::fromLocalFile(file));
    else if (box.clickedButton() == openFolder)
        launch(QUrl::fromLocalFile(folder));
}
