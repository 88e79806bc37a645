// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/contribution.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTranslator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstdlib>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace TestSupport {

namespace {

QString binDir()
{
    const QString fromEnv = qEnvironmentVariable("RECUEIL_PG_BINDIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

QString binary(const char *name)
{
    return QDir(binDir()).filePath(QString::fromLatin1(name));
}

const char *const adminConnection = "recueil-test-postgres-admin";

} // namespace

bool testingPostgres()
{
    return qEnvironmentVariable("RECUEIL_TEST_BACKEND")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive)
        == 0;
}

PostgresServer &PostgresServer::instance()
{
    static PostgresServer server;
    return server;
}

QString PostgresServer::unavailableReason()
{
    for (const char *tool : { "initdb", "pg_ctl", "postgres" })
        if (!QFileInfo(binary(tool)).isExecutable())
            return QStringLiteral(
                "PostgreSQL 15 is not installed (%1 is missing): run packaging/install-deps.sh --tests")
                .arg(binary(tool));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing: run packaging/install-deps.sh --tests "
                              "(package libqt6sql6-psql)");
    if (geteuid() == 0 && !getpwnam("postgres"))
        return QStringLiteral(
            "running as root, and there is no unprivileged “postgres” user to run the server");
    return {};
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3")
        .arg(user.isEmpty() ? superuser() : user, database,
            QString::fromUtf8(QUrl::toPercentEncoding(socketDir())));
}

bool PostgresServer::run(const QStringList &command, QString *output) const
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgresUser) {
        // The server refuses to run as root: hand it to the unprivileged system user.
        args.prepend(program);
        args = QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--") } + args;
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(socketDir());
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresServer::ensureStarted(QString *why)
{
    if (m_running)
        return true;
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        *why = reason;
        return false;
    }
    if (!m_dir) {
        // Short path: the socket's full name must fit in 107 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/recueil-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            *why = QStringLiteral("cannot create a temporary folder for PostgreSQL");
            return false;
        }
        m_asPostgresUser = geteuid() == 0;
        if (m_asPostgresUser) {
            const passwd *pw = getpwnam("postgres");
            if (!pw || chown(QFile::encodeName(socketDir()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                *why = QStringLiteral("cannot give the temporary folder to the postgres user");
                return false;
            }
        }
        QString output;
        // No fsync anywhere: a throwaway server for tests only.
        if (!run({ binary("initdb"), QStringLiteral("--no-sync"), QStringLiteral("--auth=trust"),
                     QStringLiteral("--username=postgres"), QStringLiteral("--encoding=UTF8"),
                     QStringLiteral("--locale=C.UTF-8"),
                     QStringLiteral("--text-search-config=pg_catalog.french"), QStringLiteral("-D"),
                     QDir(socketDir()).filePath(QStringLiteral("data")) },
                &output)) {
            *why = QStringLiteral("initdb failed: ") + output;
            return false;
        }
    }
    if (!start(why))
        return false;
    // Stop the server when the test process ends normally (QCoreApplication's destructor).
    static bool registered = false;
    if (!registered) {
        registered = true;
        qAddPostRoutine([] { PostgresServer::instance().stop(true); });
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    const QString data = QDir(socketDir()).filePath(QStringLiteral("data"));
    const QString options =
        QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off -c synchronous_commit=off "
                       "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB")
            .arg(socketDir())
            .arg(port());
    QString output;
    if (!run({ binary("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                 QDir(socketDir()).filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
            &output)) {
        QFile log(QDir(socketDir()).filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: ") + output + QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop(bool immediate)
{
    if (!m_running)
        return true;
    if (QSqlDatabase::contains(QLatin1String(adminConnection))) {
        QSqlDatabase::database(QLatin1String(adminConnection), false).close();
        QSqlDatabase::removeDatabase(QLatin1String(adminConnection));
    }
    m_running = false;
    return run({ binary("pg_ctl"), QStringLiteral("-D"), QDir(socketDir()).filePath(QStringLiteral("data")),
                   QStringLiteral("-m"), immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                   QStringLiteral("-w"), QStringLiteral("stop") },
        nullptr);
}

PostgresServer::~PostgresServer()
{
    // Normally stopped by the post routine; this is the fallback when there was no application.
    if (m_running) {
        const QByteArray data = QFile::encodeName(QDir(socketDir()).filePath(QStringLiteral("data")));
        const QByteArray pgctl = QFile::encodeName(binary("pg_ctl"));
        const QByteArray command = (m_asPostgresUser ? QByteArray("runuser -u postgres -- ") : QByteArray())
            + "'" + pgctl + "' -D '" + data + "' -m immediate -w stop >/dev/null 2>&1";
        [[maybe_unused]] const int rc = std::system(command.constData());
    }
}

bool PostgresServer::exec(const QString &sql, QString *error, const QString &database)
{
    const QString name = database == QLatin1String("postgres")
        ? QString::fromLatin1(adminConnection)
        : QString::fromLatin1(adminConnection) + QLatin1Char('-') + database;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            db.setHostName(socketDir());
            db.setPort(port());
            db.setUserName(superuser());
            db.setDatabaseName(database);
            if (!db.open()) {
                *error = db.lastError().text();
                return false;
            }
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (name != QLatin1String(adminConnection)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    return true;
}

QString PostgresServer::createDatabase(bool migrated)
{
    QString error;
    if (!ensureStarted(&error))
        return {};
    if (migrated && !m_templateReady) {
        // Migrate once, then copy: a copy of a template costs milliseconds.
        if (!exec(QStringLiteral("CREATE DATABASE recueil_template"), &error))
            qFatal("cannot create the template database: %s", qPrintable(error));
        {
            Database db;
            if (!db.open(url(QStringLiteral("recueil_template")), &error))
                qFatal("cannot migrate the template database: %s", qPrintable(error));
        }
        m_templateReady = true;
    }
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases);
    const QString sql = migrated
        ? QStringLiteral("CREATE DATABASE %1 TEMPLATE recueil_template STRATEGY FILE_COPY").arg(name)
        : QStringLiteral("CREATE DATABASE %1").arg(name);
    if (!exec(sql, &error))
        qFatal("cannot create a test database: %s", qPrintable(error));
    return name;
}

bool fileUnderTheme(Database &db, qint64 id, const QString &theme)
{
    QString error;
    const bool ok = rawSql(db,
        QStringLiteral("INSERT INTO contribution_theme (contribution_id, theme_code) VALUES (%1, '%2')")
            .arg(id)
            .arg(theme),
        &error);
    if (!ok)
        qWarning("fileUnderTheme(%lld): %s", id, qPrintable(error));
    return ok;
}

bool rawSql(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    return ok;
}

bool ensureServerLogin(const QString &login, const QString &group, QString *error)
{
    error->clear();
    PostgresServer::instance().exec(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                       "CREATE ROLE %1 LOGIN IN ROLE %2; END IF; END $$")
            .arg(login, group),
        error);
    return error->isEmpty();
}

QString createSetupDatabase(const QString &login, QString *error)
{
    auto &server = PostgresServer::instance();
    if (!server.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                    "CREATE ROLE %1 LOGIN CREATEROLE; END IF; END $$")
                         .arg(login),
            error))
        return {};
    const QString name = server.createDatabase(false);
    if (!server.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, login), error))
        return {};
    return name;
}

std::unique_ptr<Database> openServerAs(const QString &database, const QString &login)
{
    auto db = std::make_unique<Database>();
    QString error;
    if (!db->open(PostgresServer::instance().url(database, login), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return db;
}

TempDatabase::TempDatabase(const CampaignSettings *campaign)
    : path(dir.filePath(QStringLiteral("recueil.sqlite")))
    , db(std::make_unique<Database>())
{
    if (campaign)
        db->setNewCampaign(*campaign);
    if (testingPostgres()) {
        QString why;
        if (!PostgresServer::instance().ensureStarted(&why)) {
            // ctest reads this exit code as "skipped" (SKIP_RETURN_CODE).
            fprintf(stderr, "SKIP: %s\n", qPrintable(why));
            std::exit(77);
        }
        // The migrated template holds the 2021 call: another call starts from an empty database.
        path = PostgresServer::instance().url(PostgresServer::instance().createDatabase(campaign == nullptr));
    }
    QString error;
    if (!db->open(path, &error))
        qFatal("cannot open test database: %s", qPrintable(error));
    db->setActor(QStringLiteral("test"));
}

TempDatabase::~TempDatabase() = default;

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return dt.toUTC();
}

Contribution sampleContribution(const QString &title)
{
    Contribution c;
    c.authorityCode = QStringLiteral("49328");
    c.title = title;
    c.text = QStringLiteral("Une plateforme met en relation les habitants volontaires et les personnes isolées.");
    c.receivedAt = utc("2021-02-02T09:14:07Z");
    c.themes = {QStringLiteral("cohesion")};
    c.subtopics = {QStringLiteral("associations")};
    c.contact = Contact{QStringLiteral("Claire Moreau"), QStringLiteral("Chargée de mission"),
                        QStringLiteral("claire.moreau@ville-saumur.fr"), QString()};
    return c;
}

QString testData(const QString &relative)
{
    return QDir(QStringLiteral(RECUEIL_TEST_DATA)).filePath(relative);
}

CampaignSettings campaignFile(const char *name)
{
    QString error;
    const auto s = CampaignSettings::fromFile(testData(QStringLiteral("campaigns/%1.json").arg(QLatin1String(name))), &error);
    if (!s)
        qFatal("cannot read the call %s: %s", name, qPrintable(error));
    return *s;
}

QString sharedDir(const QString &relative)
{
    return QDir(QStringLiteral(RECUEIL_SHARED_DIR)).filePath(relative);
}

} // namespace TestSupport

namespace {
// The application always loads a catalogue, English or French (Translations::install); what
// says a count ("1 email", "2 emails") comes from it. Tests read the window in English.
void installEnglishCatalogue()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/recueil_en")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)
