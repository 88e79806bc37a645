// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// File › Open Recent: the databases opened last, newest first, kept in the settings
// (QSettings "recentDatabases"); the last one is opened again at the next start.
class RecentDatabases : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentDatabases(QMenu *menu, QObject *parent = nullptr);

    // Puts location first (absolute path) and, if asLast, remembers it as the database to open
    // at the next start. A server's address is left out: the connection dialog lists servers.
    void add(const QString &location, bool asLast = true);
    void remove(const QString &location);
    QStringList locations() const;
    // The database to open when none is named on the command line: empty if none or gone.
    static QString lastDatabase();
    // What the menu says of a database: its call's name and state, and the file's name.
    static QString describe(const QString &location);

Q_SIGNALS:
    void openRequested(const QString &location);

private:
    void rebuild();

    QMenu *m_menu;
};
