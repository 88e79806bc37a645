// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publish/sitepublishing.h"

#include "dossier/dossierstyle.h"
#include "publish/sitepublisher.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

void SitePublishing::run(QWidget *parent, Database &db)
{
    QSettings settings;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString last = settings.value(QStringLiteral("publish/folder"),
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("website"))).toString();
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Publish the website into…"), last);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("publish/folder"), folder);
    publishInto(parent, db, folder);
}

bool SitePublishing::publishInto(QWidget *parent, Database &db, const QString &folder, const ExportNotice::Opener &opener)
{
    SitePublisher::Result result;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DossierStyle::loadFonts(&error) && SitePublisher::publish(db, {}, folder, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("Publish the website"), error);
        return false;
    }
    const QString home = QDir(folder).filePath(QStringLiteral("index.html"));
    ExportNotice::show(parent, tr("Website published"),
        tr("The website is in “%1”: %n file(s) new or changed.", nullptr, result.written).arg(QDir::toNativeSeparators(folder))
            + (result.removed > 0 ? QLatin1Char(' ') + tr("%n page(s) of contributions no longer validated removed.", nullptr, result.removed)
                                  : QString())
            + QLatin1Char(' ') + tr("Copy the whole folder to the association's web server to put it online."),
        home, folder, opener);
    return true;
}
