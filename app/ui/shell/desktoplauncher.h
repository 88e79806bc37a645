// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class MainWindow;
class QWidget;

// Starts the desktop application: reads the command line, hands the emails it names to a
// window already open on the same database (SingleInstance) and stops there, or opens the
// database (asking for a server's password, offering the latest backup of a damaged file),
// then shows the window with the last session's layout and runs it.
class DesktopLauncher
{
    Q_DECLARE_TR_FUNCTIONS(DesktopLauncher)

public:
    // Returns 1, after saying why in a message box, when the database cannot be opened.
    static int launch(const QStringList &arguments);
    // The database named by --database (or a file that is not an email), else the default one.
    static QString databaseLocation(const QStringList &arguments);
    // The database named on the command line (--database, or a file that is not an email), or empty.
    static QString namedDatabase(const QStringList &arguments);
    // The emails named on the command line (recueil FILE.eml), to import once the window is up.
    static QStringList mailFiles(const QStringList &arguments);
    // Opens location, asking for the server's password when libpq found none; false with
    // *error (empty when the user gave up). A copy made before an erasure is brought up to date.
    static bool openAskingPassword(Database &db, const QString &location, QWidget *parent, QString *error);
    // macOS: emails opened from the Finder while the window runs (QFileOpenEvent) are imported.
    static void watchFileOpenEvents(MainWindow *window);
};
