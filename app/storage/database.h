// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign.h"
#include "deadlineguard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One open store: a SQLite file (default) or, later, a PostgreSQL server.
// Opening checks the schema version, upgrades an older store and seeds a new one.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The SQLite file under the user's data folder.
    static QString defaultLocation();

    // Opens (creating if needed) the store at location. On failure returns false with a
    // sentence in *error, and leaves an existing file untouched.
    bool open(const QString &location, QString *error);
    void close();
    // Why the last open() failed: Damaged means the file is not a whole SQLite database, and
    // the latest good backup (DatabaseBackup) may be offered.
    enum class OpenFailure { None, Damaged, Other };
    OpenFailure openFailure() const { return m_failure; }
    // True when an error text from SQLite says the file is damaged.
    static bool isDamageError(const QString &sqliteError);
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The person acting: attribution in the audit log.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Campaign campaign() const;
    DeadlineGuard deadlineGuard() const { return DeadlineGuard(campaign()); }

private:
    bool openSqlite(const QString &path, QString *error);
    bool seedDefaults(QString *error);

    QString m_connectionName;
    QString m_location;
    QString m_actor;
    bool m_readOnly = false;
    OpenFailure m_failure = OpenFailure::None;
    mutable std::optional<Campaign> m_campaign;
};
