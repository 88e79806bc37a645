// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/attachmentexporter.h"

#include "mail/safefilename.h"
#include "storage/sourcemessagerepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

QString AttachmentExporter::fileNameFor(const StoredAttachment &attachment)
{
    return SafeFileName::make(
        attachment.safeName.isEmpty() ? attachment.filename : attachment.safeName, attachment.mimeType);
}

QString AttachmentExporter::freeName(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    if (!QFileInfo::exists(dir.filePath(name)) && !QFileInfo(dir.filePath(name)).isSymLink())
        return name;
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = suffix.isEmpty() ? name : name.left(name.size() - suffix.size());
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        const QString path = dir.filePath(candidate);
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            return candidate;
    }
}

QString AttachmentExporter::writeInside(
    const QString &canonicalFolder, const StoredAttachment &attachment, QString *error)
{
    const QString name = fileNameFor(attachment);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = QDir(canonicalFolder).filePath(freeName(canonicalFolder, name));
        // The safe name has no separator; check anyway that the file lands in the folder itself.
        if (QFileInfo(path).absolutePath() != canonicalFolder) {
            *error = tr("“%1” would be written outside the chosen folder: it was not exported.").arg(name);
            return {};
        }
        QFile file(path);
        // NewOnly: never replaces a file or follows a link that appeared meanwhile.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                continue; // taken between the look and the write: try the next number
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
            return {};
        }
        if (file.write(attachment.data) != attachment.data.size() || !file.flush()) {
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
            file.remove();
            return {};
        }
        file.close();
        return path;
    }
    *error = tr("Cannot find a free name for “%1” in the chosen folder.").arg(name);
    return {};
}

QStringList AttachmentExporter::exportTo(
    const QString &folder, const QList<StoredAttachment> &attachments, QString *error)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(canonical).isDir()) {
        *error = tr("The folder “%1” does not exist.").arg(folder);
        return {};
    }
    QStringList written;
    for (const StoredAttachment &a : attachments) {
        const QString path = writeInside(canonical, a, error);
        if (path.isEmpty())
            return written;
        written << path;
    }
    return written;
}

bool AttachmentExporter::open(QWidget *parent, const StoredAttachment &attachment)
{
    QString error;
    const QString path = writeForOpening(attachment, &error);
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::warning(parent, tr("Cannot open the attachment"),
            error.isEmpty() ? tr("No program on this computer opens files of this type.") : error);
        return false;
    }
    return true;
}

QString AttachmentExporter::writeForOpening(const StoredAttachment &attachment, QString *error)
{
    // One folder per session, readable by its owner only (QTemporaryDir makes it 0700),
    // removed when the program ends.
    static std::unique_ptr<QTemporaryDir> folder;
    if (!folder || !folder->isValid())
        folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/recueil-XXXXXX"));
    if (!folder->isValid()) {
        *error = tr("Cannot create a temporary folder: %1").arg(folder->errorString());
        return {};
    }
    return writeInside(QFileInfo(folder->path()).canonicalFilePath(), attachment, error);
}
