// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/contacterasureprompt.h"

#include "mail/contacteraser.h"
#include "storage/database.h"
#include "ui/common/backgroundtask.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

bool ContactErasurePrompt::run(Database &db, const QString &suggestedAddress, QWidget *parent)
{
    const QString title = tr("Erase a person's details");
    bool ok = false;
    const QString address = QInputDialog::getText(parent, title,
        tr("Email address of the person who asked to be forgotten:"), QLineEdit::Normal, suggestedAddress, &ok)
                                .trimmed();
    if (!ok || address.isEmpty())
        return false;
    if (!address.contains(QLatin1Char('@'))) {
        QMessageBox::warning(parent, title, tr("“%1” is not an email address.").arg(address));
        return false;
    }
    ContactEraser::Plan plan;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool planned = ContactEraser(db).plan(address, &plan, &error);
    QApplication::restoreOverrideCursor();
    if (!planned) {
        QMessageBox::critical(parent, title, error);
        return false;
    }
    if (plan.isEmpty()) {
        QMessageBox::information(parent, title, tr("Nothing is known about “%1”: nothing to erase.").arg(address));
        return false;
    }
    QMessageBox box(QMessageBox::Warning, title, ContactEraser::summary(plan).join(QLatin1Char('\n')),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("erasePreview"));
    box.setInformativeText(tr("They are replaced by « [effacé] » everywhere, in the database and its automatic "
                              "backups. The testimonies stay. This cannot be undone."));
    // Every place, as `recueil forget-contact --dry-run` lists them.
    box.setDetailedText(plan.places().join(QLatin1Char('\n')));
    QPushButton *erase = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != erase)
        return false;

    // A connection of the work's own thread, to the same store, acting as the same person.
    const QString location = db.location();
    const QString actor = db.actor();
    const bool erased = BackgroundTask::runWithProgress(parent, tr("Erasing the details of %1…").arg(address),
        [&](const BackgroundTask::Report &, const std::atomic_bool *) {
            Database own;
            if (!own.open(location, &error))
                return false;
            own.setActor(actor);
            return ContactEraser(own).erase(plan, &error);
        },
        BackgroundTask::Cancel::NotOnceBegun);
    if (!erased)
        QMessageBox::critical(parent, title, error);
    return true;
}
