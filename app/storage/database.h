// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign.h"
#include "core/campaignsettings.h"
#include "core/deadlineguard.h"
#include "core/reviewworkflow.h"
#include "storage/dialect/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One open store: a SQLite file (default) or a database on a PostgreSQL server (team mode,
// location postgresql://user@host:port/dbname). Opening checks the schema version, upgrades an
// older store and seeds a new one. What differs between the two is kept to this class and
// SqlDialect.
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
    // Everything that differs between the two backends (storage/dialect).
    const SqlDialect &dialect() const { return *m_dialect; }
    // The server's password for the next open(), kept in memory only (never in settings).
    // Without it libpq reads PGPASSWORD and ~/.pgpass.
    void setPassword(const QString &password) { m_password = password; }
    // A password that opened a server is remembered for this process only, so that another
    // connection to the same address (an import thread) can open it too.
    static QString rememberedPassword(const QString &location);
    // After a failed open(): the server wants a password that was not given.
    bool needsPassword() const { return m_needsPassword; }
    // On a server: whether the connection still answers, and opening it again after it was
    // lost (server restarted, network cut). Nothing is changed in the database.
    bool isConnectionAlive() const;
    bool reconnect(QString *error);
    // On a server: the login's database role (membership of recueil_admin, recueil_reviewer,
    // recueil_coordinator); empty on a file, for a superuser or a login in none of them.
    std::optional<Role::Value> serverRole() const { return m_serverRole; }
    // For recueil init: the next open() only creates or upgrades the schema. On a server this
    // lets the setup login in (it reads no testimony: docs/team-mode.md); any other opening by a
    // login in none of the campaign's groups is refused with a sentence.
    void setSchemaSetupOnly(bool on) { m_schemaSetupOnly = on; }
    // Opened that way by the setup login: the schema is ready, and nothing else may be read.
    bool isSetupLogin() const { return m_setupLogin; }
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
    // What the rest of the application asks instead of which backend this is:
    // The file the store lives in, whose backups sit beside it; empty on a server, whose
    // backups are its administrator's (docs/team-mode.md).
    QString localFile() const { return m_dialect->storesInLocalFile() ? m_location : QString(); }
    // Whoever acts is the connection's login, and the campaign's people are the server's logins;
    // otherwise the local profile chosen in the window or with --as.
    bool actorIsTheLogin() const { return m_dialect->rolesComeFromLogins(); }
    // Others' changes are announced as they happen (NOTIFY); a file is only read again.
    bool announcesChanges() const { return m_dialect->announcesChanges(); }
    // For a window title: the file's name, or the server's address.
    QString shortName() const;
    // Whether an error text says the disk (or the server's) is full.
    static bool isDiskFull(const QString &error);
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The person acting: attribution in the audit log.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    Campaign campaign() const;
    // The call a new, empty store is seeded with at the next open(); the 2021 call without it.
    void setNewCampaign(const CampaignSettings &settings) { m_newCampaign = settings; }
    // Whether the last open() created the campaign (the store was empty).
    bool seededCampaign() const { return m_seeded; }
    // Reads the campaign again on next use (after it was replaced, as by a copy).
    void forgetCampaign() { m_campaign.reset(); }

    // While set, new and changed contributions of a SQLite database wait in the search index's
    // queue (SearchIndex::indexQueued) instead of being indexed one by one: a batch
    // import sets it. No effect on a server.
    void setSearchIndexDeferred(bool deferred) { m_searchIndexDeferred = deferred; }
    bool isSearchIndexDeferred() const { return m_searchIndexDeferred && m_dialect->storesInLocalFile(); }
    DeadlineGuard deadlineGuard() const { return DeadlineGuard(campaign()); }

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &location, QString *error);
    bool connectPostgres(QString *error);
    bool preparePostgres(QString *error);
    bool seedDefaults(QString *error);

    QString m_connectionName;
    QString m_location;
    QString m_actor;
    bool m_readOnly = false;
    bool m_schemaSetupOnly = false;
    bool m_setupLogin = false;
    bool m_searchIndexDeferred = false;
    OpenFailure m_failure = OpenFailure::None;
    const SqlDialect *m_dialect = &SqlDialect::of(SqlDialect::Backend::SQLite);
    QString m_serverUri; // as given, password included: needed to reconnect, never shown
    QString m_password;
    bool m_needsPassword = false;
    std::optional<Role::Value> m_serverRole;
    mutable std::optional<Campaign> m_campaign;
    std::optional<CampaignSettings> m_newCampaign;
    bool m_seeded = false;
};
