// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// What the window does for the safety of the database file: the daily automatic backup when a
// database is opened, and the offer of the latest good backup when the file is damaged.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)

public:
    // After db failed to open (error): when the file is damaged and a good backup exists, asks
    // whether to restore it ("Restore the latest backup, of 26 November 2026") and does so.
    // True when the backup was restored and db is now open on it. Otherwise says why it cannot
    // open and returns false.
    static bool offerBackup(QWidget *parent, Database &db, const QString &location, const QString &error);

    // Writes today's automatic backup of the open database, unless there is one already, off
    // the window's thread (BackgroundTask). A damaged file found on the way is said in a message
    // over parent once the copy is over (the backup is then not written).
    static void backUpToday(QWidget *parent, const Database &db);
};
