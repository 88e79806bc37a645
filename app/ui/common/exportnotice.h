// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

// After anything is written out (a dossier, attachments): says where it went, with « Ouvrir »
// for the file and « Ouvrir le dossier » for its folder, so that nobody has to look for it.
class ExportNotice
{
    Q_DECLARE_TR_FUNCTIONS(ExportNotice)

public:
    // Opens a file or a folder with the desktop's application (QDesktopServices by default;
    // tests give their own).
    using Opener = std::function<bool(const QUrl &)>;

    // text: the sentence; file: the one file written (no « Ouvrir » when empty); folder: where.
    static void show(QWidget *parent, const QString &title, const QString &text, const QString &file,
        const QString &folder, const Opener &opener = {});
};
