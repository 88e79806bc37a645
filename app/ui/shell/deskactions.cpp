// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/deskactions.h"

#include "ui_mainwindow.h"

QIcon DeskActions::icon(const char *themeName, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), style->standardIcon(fallback));
}

void DeskActions::decorate(Ui::MainWindow &ui, const QStyle *style)
{
    const auto set = [style](QAction *action, QKeySequence::StandardKey key, const char *themeName,
                         QStyle::StandardPixmap fallback) {
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        action->setIcon(icon(themeName, fallback, style));
    };
    set(ui.actionNew, QKeySequence::New, "document-new", QStyle::SP_FileIcon);
    set(ui.actionImport, QKeySequence::UnknownKey, "mail-message-new", QStyle::SP_ArrowDown);
    set(ui.actionDossier, QKeySequence::Print, "document-print", QStyle::SP_FileDialogDetailedView);
    set(ui.actionOpenDatabase, QKeySequence::Open, "document-open", QStyle::SP_DialogOpenButton);
    set(ui.actionQuit, QKeySequence::Quit, "application-exit", QStyle::SP_DialogCloseButton);
    set(ui.actionDelete, QKeySequence::Delete, "edit-delete", QStyle::SP_TrashIcon);
    set(ui.actionFind, QKeySequence::Find, "edit-find", QStyle::SP_FileDialogContentsView);
    set(ui.actionRefresh, QKeySequence::Refresh, "view-refresh", QStyle::SP_BrowserReload);
    set(ui.actionAbout, QKeySequence::UnknownKey, "help-about", QStyle::SP_MessageBoxInformation);
}
