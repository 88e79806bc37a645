// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaignsettings.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// RECUEIL_SANITIZED: built with AddressSanitizer (gcc or clang), where code runs several times
// slower; a test may then run its longest rows on one backend only, or skip a timing check.
#if defined(__SANITIZE_ADDRESS__)
#define RECUEIL_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RECUEIL_SANITIZED
#endif
#endif

class Database;
struct Contribution;

// Shared helpers for the test suite: real SQLite files in temporary folders, or fresh
// databases on a throwaway PostgreSQL server when RECUEIL_TEST_BACKEND=postgresql.
namespace TestSupport {

// A throwaway PostgreSQL 15 server, started on first use in a temporary folder (Unix socket
// in that folder, no TCP), as the unprivileged `postgres` user when the tests run as root,
// and stopped when the test process ends. One per test process.
class PostgresServer
{
public:
    static PostgresServer &instance();
    ~PostgresServer();

    // Starts the server if needed; false with the reason when it cannot (binaries missing).
    bool ensureStarted(QString *why);
    // Why the server cannot run here, or empty: for QSKIP.
    static QString unavailableReason();

    QString socketDir() const;
    int port() const { return 5432; }
    QString superuser() const { return QStringLiteral("postgres"); }
    // postgresql://USER@/DB?host=SOCKETDIR
    QString url(const QString &database, const QString &user = QString()) const;
    // Runs one statement as the superuser on the "postgres" database (or on database).
    bool exec(const QString &sql, QString *error, const QString &database = QStringLiteral("postgres"));
    // A new, empty database; with migrated, a copy of a database already at the latest schema.
    QString createDatabase(bool migrated = true);
    // Stops the server (a clean fast shutdown, or an immediate one that loses what the
    // unsynchronised test server had not written) and starts it again on the same data folder.
    bool stop(bool immediate = false);
    bool start(QString *error);

private:
    PostgresServer() = default;
    bool run(const QStringList &command, QString *output) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    bool m_asPostgresUser = false;
    bool m_templateReady = false;
    int m_databases = 0;
};

// A login of the throwaway server, member of one of Recueil's group roles (made once).
bool ensureServerLogin(const QString &login, const QString &group, QString *error);
// A new, empty database of the throwaway server owned by login, a login that may create roles:
// the setup login of docs/team-mode.md, made once. Its name, or empty with *error.
QString createSetupDatabase(const QString &login, QString *error);
// The database of the throwaway server opened as that login; null, with a warning, when it cannot.
std::unique_ptr<Database> openServerAs(const QString &database, const QString &login);
// Files the contribution under a theme (by plain SQL, as the import leaves it without one), so
// that it may be validated.
bool fileUnderTheme(Database &db, qint64 id, const QString &theme = QStringLiteral("cohesion"));
// Runs sql as it is, as a psql user would; false, with the server's words in *error, if refused.
bool rawSql(Database &db, const QString &sql, QString *error = nullptr);

// The backend TempDatabase uses: RECUEIL_TEST_BACKEND=postgresql or sqlite (default).
bool testingPostgres();
// For tests that need the server: skips the test with the reason when it cannot run.
#define RECUEIL_REQUIRE_POSTGRES()                                                                           \
    do {                                                                                                     \
        QString why_;                                                                                        \
        if (!TestSupport::PostgresServer::instance().ensureStarted(&why_))                                   \
            QSKIP(qPrintable(why_));                                                                         \
    } while (false)

// A fresh database, opened and migrated: a file in its own temporary folder, or (when the
// suite runs against PostgreSQL) a new database on the throwaway server; path is then its URL.
struct TempDatabase
{
    // Seeded with campaign when given (the 2021 call otherwise).
    explicit TempDatabase(const CampaignSettings *campaign = nullptr);
    ~TempDatabase();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

QDateTime utc(const char *iso); // "2021-03-20T22:59:59Z"
Contribution sampleContribution(const QString &title = QStringLiteral("Plateforme d'entraide"));
QString testData(const QString &relative); // path under tests/data
// The call of tests/data/campaigns/NAME.json (cayenne, noumea); aborts the test if unreadable.
CampaignSettings campaignFile(const char *name);
QString sharedDir(const QString &relative); // path under ../shared (may not exist)

} // namespace TestSupport
