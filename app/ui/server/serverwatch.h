// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class Database;
class QMainWindow;
class QSqlDriver;
class QToolBar;

// Team mode: keeps a window in step with the PostgreSQL server. Rows changed by someone else
// are announced (LISTEN recueil_contribution, gathered for a quarter of a second), so are
// changes to the campaign's people (LISTEN recueil_person), and a lost
// connection (server restarted, network cut) is noticed and opened again every few seconds;
// nothing the user is typing is touched. Does nothing on a SQLite file.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatch(Database &db, QObject *parent = nullptr);

    // To be called after the database was opened (again): subscribes on its new connection.
    void attach();
    bool isConnected() const { return m_connected; }
    // How often the connection is checked and, once lost, tried again (tests shorten it).
    void setCheckInterval(int milliseconds);
    // A band across the top of window, shown with the reason while the server cannot be reached.
    QToolBar *addBannerTo(QMainWindow *window);

Q_SIGNALS:
    void contributionsChanged(const QList<qint64> &ids);
    void peopleChanged();
    // An administrator changed the call (its deadline, zone, target or themes).
    void campaignChanged();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    void check();

    Database &m_db;
    QTimer m_gather;
    QTimer m_check;
    QSet<qint64> m_changed;
    bool m_peopleChanged = false;
    bool m_campaignChanged = false;
    QPointer<QSqlDriver> m_driver;
    bool m_connected = true;
};
