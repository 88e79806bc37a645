// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/samplecampaign.h"

#include "mail/mailimporter.h"
#include "storage/database.h"

#include <QMessageBox>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString SampleCampaign::defaultLocation()
{
    return QFileInfo(Database::defaultLocation()).absoluteDir().filePath(QStringLiteral("exemple.sqlite"));
}

QStringList SampleCampaign::sampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/samples"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

bool SampleCampaign::create(const QString &location, QString *error)
{
    const bool existed = QFileInfo::exists(location);
    QDir().mkpath(QFileInfo(location).absolutePath());
    Database db;
    if (!db.open(location, error))
        return false;
    if (existed)
        return true;
    db.setActor(QStringLiteral("exemple"));
    MailImporter importer(db);
    int index = 0;
    for (const QString &path : sampleFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The sample email %1 cannot be read.").arg(QFileInfo(path).fileName());
            return false;
        }
        if (path.endsWith(QLatin1String(".mbox"))) {
            // The importer streams an mbox from a real file.
            const bool ok = importer.importFile(path, [](const ImportOutcome &) { return true; });
            Q_UNUSED(ok);
            continue;
        }
        importer.importMessage(file.readAll(), QFileInfo(path).fileName(), index++);
    }
    return true;
}

QString SampleCampaign::createShowingWhy(QWidget *parent)
{
    QString error;
    const QString location = defaultLocation();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool created = create(location, &error);
    QApplication::restoreOverrideCursor();
    if (created)
        return location;
    QMessageBox::warning(parent, tr("Cannot open the sample campaign"), error);
    return QString();
}
