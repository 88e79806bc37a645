// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/exportnotice.h"

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// Fichier › Publier le site… : asks for the folder (the last one used is offered again, so that
// publishing again only rewrites what changed), writes the website, then says where it is and
// offers to open its home page.
class SitePublishing
{
    Q_DECLARE_TR_FUNCTIONS(SitePublishing)

public:
    static void run(QWidget *parent, Database &db);
    // Publishes into folder and says what happened; true when written.
    static bool publishInto(QWidget *parent, Database &db, const QString &folder, const ExportNotice::Opener &opener = {});
};
