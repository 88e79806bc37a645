// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "core/reviewstate.h"
#include "core/campaignsettings.h"
#include "storage/campaignrepository.h"
#include "storage/dialect/searchrank.h"
#include "storage/schemamigrator.h"
#include "storage/searchindex.h"
#include "storage/serverlocation.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("recueil-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr qint64 quickCheckLimit = 100 * 1024 * 1024;

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> remembered; // in memory only, never written anywhere
    return remembered;
}

} // namespace

QString Database::rememberedPassword(const QString &location)
{
    QMutexLocker lock(&passwordsMutex);
    return passwords().value(location);
}

Database::Database()
    : m_connectionName(nextConnectionName())
    , m_actor(systemUser())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("recueil.sqlite"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    SqlQuery::releaseStatements(m_connectionName);
    m_campaign.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator(QStringLiteral("sqlite")).latestVersion();
}

int Database::schemaVersion() const
{
    return SchemaMigrator::currentVersion(connection());
}

bool Database::isDamageError(const QString &sqliteError)
{
    return sqliteError.contains(QLatin1String("malformed")) || sqliteError.contains(QLatin1String("not a database"));
}

bool Database::open(const QString &location, QString *error)
{
    close();
    m_needsPassword = false;
    m_serverRole.reset();
    m_setupLogin = false;
    m_seeded = false;
    if (ServerLocation::looksLikeServer(location)) {
        m_dialect = &SqlDialect::of(SqlDialect::Backend::PostgreSQL);
        return openPostgres(location, error);
    }
    m_dialect = &SqlDialect::of(SqlDialect::Backend::SQLite);
    m_location = location;
    m_failure = OpenFailure::None;
    const bool ok = openSqlite(location, error);
    if (!ok && m_failure == OpenFailure::None)
        m_failure = OpenFailure::Other;
    return ok;
}

bool Database::connectPostgres(QString *error)
{
    ServerLocation server;
    if (!ServerLocation::parse(m_serverUri, &server, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = tr(
            "Recueil cannot reach PostgreSQL servers here: Qt's PostgreSQL driver (package libqt6sql6-psql) "
            "is not installed.");
        return false;
    }
    db.setHostName(server.host);
    if (server.port > 0)
        db.setPort(server.port);
    db.setUserName(server.user);
    // An empty password lets libpq read PGPASSWORD and ~/.pgpass.
    const QString password = !server.password.isEmpty() ? server.password
        : !m_password.isEmpty()                         ? m_password
                                                        : rememberedPassword(m_location);
    db.setPassword(password);
    db.setDatabaseName(server.database);
    QString options = server.connectOptions();
    if (!options.contains(QLatin1String("connect_timeout=")))
        options +=
            (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
    if (!options.contains(QLatin1String("application_name=")))
        options += QStringLiteral(";application_name=Recueil");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed().isEmpty()
            ? db.lastError().text()
            : db.lastError().databaseText().trimmed();
        m_needsPassword = why.contains(QLatin1String("password"));
        *error = m_needsPassword ? tr("The server %1 asks for a password for this login.").arg(m_location)
                                 : tr("Cannot connect to %1: %2").arg(m_location, why);
        return false;
    }
    if (!m_password.isEmpty()) {
        QMutexLocker lock(&passwordsMutex);
        passwords().insert(m_location, m_password);
    }
    QSqlQuery session(db);
    // Times are written and read as UTC ISO text; the server's own clock and zone play no part.
    session.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Notices (an index already there, a search of stop words only) are not for the user.
    session.exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}

bool Database::openPostgres(const QString &location, QString *error)
{
    ServerLocation server;
    if (!ServerLocation::parse(location, &server, error))
        return false;
    m_serverUri = location;
    m_location = server.display();
    m_readOnly = false;
    const bool ok = connectPostgres(error) && preparePostgres(error);
    if (!ok)
        close();
    return ok;
}

bool Database::preparePostgres(QString *error)
{
    QSqlDatabase db = connection();
    const SchemaMigrator migrator(m_dialect->schemaFolder());
    const int version = SchemaMigrator::currentVersion(db);
    if (version > migrator.latestVersion()) {
        *error = tr(
            "The database %1 was written by a newer version of Recueil (schema %2, this one knows up to %3). "
            "Install the newer version to open it; nothing has been changed.")
                     .arg(m_location)
                     .arg(version)
                     .arg(migrator.latestVersion());
        return false;
    }
    {
        // Upgrades and seeds are written as the schema's owner, a role nobody logs in as.
        const bool work = version < migrator.latestVersion() || m_schemaSetupOnly;
        std::optional<SqlDialect::SchemaOwnerScope> owner;
        if (work)
            owner.emplace(db);
        if (!migrator.migrate(db, error)) {
            if (version > 0 && !SqlDialect::of(db).loginIsSuperuser(db) && !(owner && owner->active()))
                *error = tr("The database on %1 needs an upgrade (schema %2 to %3) that only the login which set "
                            "it up may run: ask the server's administrator to run “recueil init” with that login. "
                            "Nothing has been changed.")
                             .arg(m_location)
                             .arg(version)
                             .arg(migrator.latestVersion());
            return false;
        }
        if (!seedDefaults(error))
            return false;
    }
    // Who acts is the server's login: the audit log names it.
    SqlQuery who(db,
        QStringLiteral("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                       "pg_has_role(current_user, 'recueil_admin', 'MEMBER'), "
                       "pg_has_role(current_user, 'recueil_reviewer', 'MEMBER'), "
                       "pg_has_role(current_user, 'recueil_coordinator', 'MEMBER')"));
    if (who.exec() && who.next()) {
        m_actor = who.value(0).toString();
        if (!who.value(1).toBool()) {
            if (who.value(2).toBool())
                m_serverRole = Role::Admin;
            else if (who.value(3).toBool())
                m_serverRole = Role::Reviewer;
            else if (who.value(4).toBool())
                m_serverRole = Role::Coordinator;
            else if (m_schemaSetupOnly)
                m_setupLogin = true;
            else {
                *error = tr("The login “%1” is in none of the campaign's groups (recueil_coordinator, recueil_reviewer, "
                            "recueil_admin), so it cannot read the testimonies on %2. Ask the server's administrator "
                            "to add it to one, or connect with your own login.")
                             .arg(m_actor, m_location);
                return false;
            }
        }
    }
    return true;
}

QString Database::shortName() const
{
    return m_dialect->storesInLocalFile() ? QFileInfo(m_location).fileName() : m_location;
}

bool Database::isDiskFull(const QString &error)
{
    return SqlQuery::isDiskFull(error);
}

bool Database::isConnectionAlive() const
{
    if (!isOpen())
        return false;
    if (m_dialect->storesInLocalFile())
        return true;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    // A transaction that failed earlier refuses every statement, yet the server is there.
    return q.lastError().nativeErrorCode() == QLatin1String("25P02");
}

bool Database::reconnect(QString *error)
{
    if (m_dialect->storesInLocalFile())
        return isOpen();
    const QString actor = m_actor;
    const std::optional<Role::Value> role = m_serverRole;
    SqlQuery::releaseStatements(m_connectionName);
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!connectPostgres(error))
        return false;
    m_actor = actor;
    m_serverRole = role;
    return true;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile()) {
        *error = tr("“%1” is not a file.").arg(path);
        return false;
    }
    if (!exists) {
        const bool newFolder = !QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath())
            || (newFolder
                && !QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                   | QFileDevice::ExeOwner))) {
            *error = tr("Cannot create the folder “%1”.").arg(info.absolutePath());
            return false;
        }
        // Owner-only from the first byte: testimonies carry personal data.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("Cannot create the database “%1”: %2").arg(path, file.errorString());
            return false;
        }
    }

    const SchemaMigrator migrator(QStringLiteral("sqlite"));
    // Without the owner's write permission the file is read-only, even for root, who could write it.
    m_readOnly = exists
        && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)
            || !QFileInfo(info.absolutePath()).isWritable());

    if (exists) {
        // Look before touching: a newer or damaged file must be left exactly as it is.
        const QString probeName = m_connectionName + QStringLiteral("-probe");
        int version = 0;
        QString probeError;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!probe.open()) {
                probeError = probe.lastError().text();
            } else {
                QSqlQuery q(probe);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                    probeError = q.lastError().text();
                else
                    version = SchemaMigrator::currentVersion(probe);
                // A whole check costs about a second per 100 MB: done on opening up to that size;
                // larger files are checked once a day by the automatic backup.
                if (probeError.isEmpty() && info.size() <= quickCheckLimit) {
                    const QString checked = SqlDialect::of(probe).quickCheck(probe, &probeError);
                    if (probeError.isEmpty() && checked != QLatin1String("ok"))
                        probeError = QStringLiteral("database disk image is malformed: ") + checked;
                }
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!probeError.isEmpty()) {
            m_failure = isDamageError(probeError) ? OpenFailure::Damaged : OpenFailure::Other;
            *error = tr("“%1” cannot be read as a Recueil database (%2). It may be damaged; it has not been changed.")
                         .arg(path, probeError);
            return false;
        }
        if (version > migrator.latestVersion()) {
            *error = tr("“%1” was written by a newer version of Recueil (schema %2, this one knows up to %3). "
                        "Install the newer version to open it; the file has not been changed.")
                         .arg(path)
                         .arg(version)
                         .arg(migrator.latestVersion());
            return false;
        }
        if (m_readOnly && version < migrator.latestVersion()) {
            *error = tr("“%1” is read-only and was written by an older Recueil: it must be upgraded before use. "
                        "Make the file writable and open it again.")
                         .arg(path);
            return false;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open “%1”: %2").arg(path, db.lastError().text());
        return false;
    }
    QString rankError;
    if (!SearchRank::install(db, &rankError))
        qInfo("Search results are ranked with SQLite's bm25(): %s", qUtf8Printable(rankError));
    SqlDialect::of(db).prepareConnection(db, !m_readOnly);
    if (!m_readOnly) {
        if (!migrator.migrate(db, error) || !seedDefaults(error)) {
            close();
            return false;
        }
        // What an interrupted batch import left in the search index's queue.
        QString indexError;
        if (!SearchIndex::of(*this)->indexQueued(&indexError))
            qWarning("The search index's queue could not be emptied: %s", qUtf8Printable(indexError));
    }
    return true;
}

bool Database::seedDefaults(QString *error)
{
    QSqlDatabase db = connection();
    SqlQuery seeded(db, QStringLiteral("SELECT count(*) FROM campaign"));
    // Seeded already, or not readable by this login (a server login in none of the campaign's
    // groups, told so by preparePostgres()).
    if (!seeded.exec() || !seeded.next() || seeded.value(0).toInt() > 0)
        return true;
    Transaction tx(db);
    const CampaignSettings settings = m_newCampaign.value_or(CampaignSettings::defaults());
    QString failure;
    bool ok = true;
    for (ReviewState::State s : ReviewState::all()) {
        SqlQuery q(db, QStringLiteral("INSERT INTO review_state (code, position, label_fr, label_en) VALUES (?, ?, ?, ?)"));
        if (!(ok = q.exec({ReviewState::code(s), int(s), ReviewState::frenchLabel(s), ReviewState::englishLabel(s)}))) {
            failure = q.error();
            break;
        }
    }
    if (!ok || !CampaignRepository::insert(db, settings, &failure) || !tx.commit()) {
        *error = tr("Cannot prepare the new database: %1").arg(failure.isEmpty() ? db.lastError().text() : failure);
        return false;
    }
    m_seeded = true;
    m_campaign.reset();
    return true;
}

Campaign Database::campaign() const
{
    // Read once per opening: every write asks the deadline guard, which needs it.
    if (!m_campaign) {
        if (auto c = CampaignRepository::read(connection()))
            m_campaign = *c;
        else
            return Campaign();
    }
    return *m_campaign;
}
