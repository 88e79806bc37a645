// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class Database;
class QWidget;

// The campaign the window works on: the one open Database, and the moment it changes. Opening
// another store tries it aside first (asking for a server's password, offering the latest
// backup of a damaged file), so that one that cannot be opened leaves the current one open;
// then closing() and opened() tell every panel, which reads its own data again.
class CampaignSession : public QObject
{
    Q_OBJECT

public:
    // db stays open and outlives the session.
    explicit CampaignSession(Database &db, QObject *parent = nullptr);

    Database &database() const { return m_db; }

    // Works on the store at location from now on; false, with the reason shown over parent
    // (nothing shown when the person gave up), when it cannot be opened.
    bool open(const QString &location, QWidget *parent);

Q_SIGNALS:
    // The current store is about to be closed for another one.
    void closing();
    // Another store is open: every panel reads it.
    void opened();

private:
    Database &m_db;
};
