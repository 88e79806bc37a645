// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct StoredAttachment;
class QWidget;

// Writes attachments out of the database. Files are named with the attachment's safe name,
// never the name the sender gave (which may hold "../" or worse), land inside the chosen folder
// and nowhere else, never replace an existing file ("report (2).pdf"), and are readable by
// their owner only.
class AttachmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentExporter)

public:
    // Writes each attachment into folder; returns the paths written. Stops at the first failure,
    // with a sentence in *error (what was written before stays).
    static QStringList exportTo(
        const QString &folder, const QList<StoredAttachment> &attachments, QString *error);
    // Writes one attachment into a private temporary folder of this session, to open it with
    // the program the desktop chooses. Returns its path, or empty with *error.
    static QString writeForOpening(const StoredAttachment &attachment, QString *error);
    // writeForOpening(), then the desktop's program for its type; a message box says why not.
    static bool open(QWidget *parent, const StoredAttachment &attachment);

    // The name a file gets: the safe name, made safe again in case it came from elsewhere.
    static QString fileNameFor(const StoredAttachment &attachment);
    // name, or "name (2).ext", "name (3).ext"… whichever does not exist yet in folder.
    static QString freeName(const QString &folder, const QString &name);

private:
    static QString writeInside(
        const QString &canonicalFolder, const StoredAttachment &attachment, QString *error);
};
