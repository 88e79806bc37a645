// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/databaserecovery.h"

#include "mail/contacteraser.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "ui/common/backgroundtask.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <memory>

namespace {
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}
} // namespace

bool DatabaseRecovery::offerBackup(
    QWidget *parent, Database &db, const QString &location, const QString &error)
{
    const QString backup = db.openFailure() == Database::OpenFailure::Damaged
        ? DatabaseBackup::latestGoodBackup(location)
        : QString();
    if (backup.isEmpty()) {
        QMessageBox::critical(parent, tr("Cannot open the database"), error);
        return false;
    }
    QMessageBox box(
        QMessageBox::Critical, tr("The database is damaged"), error, QMessageBox::NoButton, parent);
    box.setInformativeText(tr("The latest good backup is of %1; what was entered since then is not in it. "
                              "The damaged file is kept aside, renamed, for a specialist to look at.")
                               .arg(longDate(DatabaseBackup::dateOf(backup))));
    QPushButton *restore =
        box.addButton(tr("Restore the latest backup, of %1").arg(longDate(DatabaseBackup::dateOf(backup))),
            QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    box.addButton(tr("Do not restore"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    QString why;
    QString aside;
    db.close();
    if (!DatabaseBackup::restore(backup, location, &aside, &why,
            [&location](const QString &copy, QString *error) {
                return ContactEraser::prepareRestored(copy, location, error);
            })
        || !db.open(location, &why)) {
        QMessageBox::critical(parent, tr("Cannot restore the backup"), why);
        return false;
    }
    QMessageBox::information(parent, tr("Backup restored"),
        tr("The backup of %1 is restored. The damaged file is kept as “%2”.")
            .arg(longDate(DatabaseBackup::dateOf(backup)), aside));
    return true;
}

void DatabaseRecovery::backUpToday(QWidget *parent, const Database &db)
{
    // A server's backups are its administrator's (pg_dump, see docs/team-mode.md): a copy
    // beside a file only makes sense for a file.
    if (db.isReadOnly() || db.localFile().isEmpty())
        return;
    // Off the window's thread: copying a large campaign takes a while, and the person may work
    // meanwhile (the copy reads one snapshot of the file from a connection of its own).
    const QString file = db.localFile();
    const auto error = std::make_shared<QString>();
    auto *task = new BackgroundTask([file, error](const BackgroundTask::Report &, const std::atomic_bool *) {
        QString written;
        return DatabaseBackup::autoBackup(file, QDate::currentDate(), &written, error.get())
            != DatabaseBackup::AutoResult::Failed;
    });
    QObject::connect(task, &BackgroundTask::finished, task, [task, error, window = QPointer<QWidget>(parent)](bool ok) {
        task->deleteLater();
        // Said over the window that asked, while it is there (a window closed meanwhile, or a
        // test's, has no one to tell).
        if (!ok && window)
            QMessageBox::warning(window, tr("Backup not written"),
                tr("Today's automatic backup could not be written: %1\n\nIf the file is damaged, "
                   "quit Recueil and open it again to restore the latest good backup.")
                    .arg(*error));
    });
    task->start();
}
