// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One window per person and database. The first Recueil to open a database listens on a local
// socket named after the user and the database file; a later "recueil FILE.eml" on the same
// database (the file manager runs it so, through the .desktop file's %F) hands its files to that
// window, which imports them and comes to the front, and then exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for this database: the same for every spelling of its path, different
    // for each user (and each database).
    static QString serverName(const QString &databaseLocation);

    // The folder the sockets live in (Unix): $XDG_RUNTIME_DIR, or when it is unset (or not the user's
    // own, closed to others) a folder "recueil-UID" of the temporary folder, made 0700. Empty
    // when neither is private to the user: then no window hands files over, each imports its own.
    static QString socketFolder();

    // The socket's full path (empty when there is no private folder for it).
    static QString socketPath(const QString &databaseLocation);

    // Client side: true when a window on this database took the files (possibly none: it then
    // just comes to the front); false when there is none, it did not answer in time, or the
    // socket is held by a process of another user (who is sent nothing).
    static bool sendToRunning(
        const QString &databaseLocation, const QStringList &files, int timeoutMs = 3000);

    // Server side: listens for the database (after stopping listening for the previous one).
    // A socket left behind by a crashed Recueil is taken over; false when another window
    // already listens for this database, or when there is no private folder for the socket.
    // Only processes of the same user are heard: a connection from another one is dropped.
    bool listen(const QString &databaseLocation);
    void close();
    bool isListening() const;
    QString currentServerName() const;

Q_SIGNALS:
    // Another "recueil" was started on this database: show the window and import these files.
    void filesReceived(const QStringList &files);

private:
    void onNewConnection();

    QLocalServer *m_server = nullptr;
};
