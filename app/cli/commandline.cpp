// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/campaigncommand.h"
#include "cli/contributionjson.h"
#include "cli/importreport.h"
#include "cli/migratecommand.h"
#include "cli/reviewcommands.h"
#include "publish/exportcommand.h"
#include "cli/terminaltext.h"
#include "core/authoritydirectory.h"
#include "core/launchoptions.h"
#include "dossier/dossiercommand.h"
#include "mail/contacteraser.h"
#include "mail/mailimporter.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/personrepository.h"
#include "storage/serverlocation.h"
#include "storage/storedchecksums.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace {

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// An ISO 8601 instant; without an offset it is read in the campaign's time zone, like its
// deadline (the caller does, once the database is open: the time is left as written).
QDateTime parseInstant(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return dt;
    if (qAbs(dt.offsetFromUtc()) > 14 * 3600)
        return {}; // no place on Earth is further than 14 hours from UTC
    return dt.toUTC();
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    const QString command = LaunchOptions::parse(arguments).command;
    return command == QLatin1String("dossier") || command == QLatin1String("publish");
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    static const QStringList commands = { QStringLiteral("init"), QStringLiteral("list"),
        QStringLiteral("show"), QStringLiteral("add"), QStringLiteral("import"), QStringLiteral("dossier"),
        QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("forget-contact"),
        QStringLiteral("migrate"), QStringLiteral("verify"), QStringLiteral("export"), QStringLiteral("publish"),
        QStringLiteral("campaign") };
    const LaunchOptions g = LaunchOptions::parse(arguments);
    if (g.version || g.help || commands.contains(g.command) || ReviewCommands::handles(g.command))
        return true;
    // A file given to the window (opened from a file manager) is not a command.
    return !g.command.isEmpty() && !QFileInfo::exists(g.command);
}

int CommandLine::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    m_err << tr("Try “recueil --help”.") << Qt::endl;
    return 2;
}

int CommandLine::failure(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

QString CommandLine::helpText() const
{
    return tr("Usage: recueil [--database PATH] [COMMAND] [OPTIONS]\n"
              "Without a command, opens the window.\n\n"
              "Commands:\n"
              "  init [--campaign FILE.json]        create or upgrade the database (a new one for the call in FILE)\n"
              "  campaign [--json]                  the call's settings (--apply FILE.json changes them)\n"
              "  list [--status S] [--json]         list contributions\n"
              "  show ID [--json]                   show one contribution\n"
              "  add --authority CODE --title T --received ISO8601 [--text T] [--difficulties T]\n"
              "      [--theme CODE]... [--subtopic CODE]... [--tag T]... [--channel C]\n"
              "      [--contact-name N] [--contact-email E] [--json]\n"
              "                                     enter a testimony (late ones are refused)\n"
              "  import FILE... [--json] [--dry-run] [--max-message-mb MB]\n"
              "                                     import .eml and .mbox files\n"
              "%2"
              "  dossier --output FILE.pdf [--status S]... [--theme CODE]... [--group-by "
              "theme|authority|region]\n"
              "          [--with-contacts] [--no-synthesis]  print a PDF dossier (validated by default)\n"
              "  backup FILE                        write a checked copy of the database to FILE\n"
              "  verify                             check every stored email and attachment against its "
              "SHA-256\n"
              "  restore FILE                       replace the database by the backup FILE (the old one is "
              "kept aside)\n"
              "  forget-contact EMAIL [--yes]       erase a person's name, address and phone everywhere "
              "(RGPD)\n\n"
              "Options:\n"
              "  --database PATH   the SQLite file (default: %1)\n"
              "  --version         print the version\n"
              "  --help            print this help\n")
               .arg(Database::defaultLocation(),
                   ReviewCommands::helpText()
                       + tr("  migrate --to postgresql://USER@HOST/DB | FILE.sqlite\n"
                            "                                     copy the campaign to an empty store, then "
                            "verify it\n")
                       + tr("  export --format csv|json|ods --output FILE [--separator ;] [--with-contacts]\n"
                            "                                     the validated contributions as open data\n")
                       + tr("  publish --output DIR [--with-contacts]\n"
                            "                                     the call's static website of the validated contributions\n"))
        + tr("  --database postgresql://USER@HOST:PORT/DB?sslmode=require\n"
             "                    a campaign on a PostgreSQL server (password from ~/.pgpass or "
             "PGPASSWORD)\n");
}

QString CommandLine::location() const
{
    return m_databaseLocation.isEmpty() ? Database::defaultLocation() : m_databaseLocation;
}

bool CommandLine::openDatabase(Database &db)
{
    QString error;
    const QString location = this->location();
    if (!db.open(location, &error)) {
        const QString backup =
            db.openFailure() == Database::OpenFailure::Damaged ? DatabaseBackup::latestGoodBackup(location) : QString();
        if (backup.isEmpty())
            m_err << error << Qt::endl;
        else
            m_err << tr("“%1” is damaged; the latest good backup is “%2”, of %3: restore it with "
                        "“recueil --database %1 restore %2” (the damaged file will be kept aside).")
                         .arg(location, backup, QLocale().toString(DatabaseBackup::dateOf(backup), QLocale::LongFormat))
                  << Qt::endl;
        return false;
    }
    if (!m_actor.isEmpty()) {
        // On a server the actor is the login, never a name the client chooses.
        if (db.actorIsTheLogin()) {
            m_err << tr("On a team server you act as your login (%1): “--as” is refused; connect as %2's "
                        "login instead.")
                         .arg(db.actor(), m_actor)
                  << Qt::endl;
            return false;
        }
        db.setActor(m_actor);
    }
    // The login that set a server up reads nothing more.
    if (db.isSetupLogin())
        return true;
    // A copy made before a person's details were erased is brought up to date before any use.
    int replayed = 0;
    if (!ContactEraser(db).replay({}, &replayed, &error)) {
        m_err << error << Qt::endl;
        db.close();
        return false;
    }
    if (replayed)
        m_err << tr("Erasures of personal data made after this copy was taken were done again in it (%1).")
                     .arg(replayed)
              << Qt::endl;
    return true;
}

int CommandLine::run(const QStringList &arguments)
{
    const LaunchOptions g = LaunchOptions::parse(arguments);
    if (!g.error.isEmpty())
        return usageError(g.error);
    if (g.version) {
        m_out << QStringLiteral("recueil ") << QStringLiteral(RECUEIL_VERSION) << Qt::endl;
        return 0;
    }
    if (g.help || g.command.isEmpty()) {
        m_out << helpText();
        return g.help ? 0 : 2;
    }
    m_databaseLocation = g.database;
    // An option the command does not know either is refused by the command's own parser.
    QStringList rest = g.unknownOptions + g.rest;
    m_actor = ReviewCommands::actingAs(&rest);
    if (!m_actor.isEmpty() && !PersonRepository::isValidLogin(m_actor))
        return usageError(tr("“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.")
                              .arg(TerminalText::field(m_actor)));
    if (g.command == QLatin1String("init"))
        return init(rest);
    if (g.command == QLatin1String("list"))
        return list(rest);
    if (g.command == QLatin1String("show"))
        return show(rest);
    if (g.command == QLatin1String("add"))
        return add(rest);
    if (g.command == QLatin1String("import"))
        return import(rest);
    if (g.command == QLatin1String("backup"))
        return backup(rest);
    if (g.command == QLatin1String("restore"))
        return restore(rest);
    if (g.command == QLatin1String("forget-contact"))
        return forgetContact(rest);
    if (g.command == QLatin1String("verify"))
        return verify(rest);
    if (g.command == QLatin1String("dossier")) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return runDossierCommand(rest, db, m_out, m_err);
    }
    if (g.command == QLatin1String("publish")) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return runPublishCommand(rest, db, m_out, m_err);
    }
    if (g.command == QLatin1String("export")) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return runExportCommand(rest, db, m_out, m_err);
    }
    if (g.command == QLatin1String("migrate")) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return MigrateCommand(db, m_out, m_err).run(rest);
    }
    if (g.command == QLatin1String("campaign")) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return CampaignCommand(db, m_out, m_err).run(rest);
    }
    if (ReviewCommands::handles(g.command)) {
        Database db;
        if (!openDatabase(db))
            return 1;
        return ReviewCommands(db, m_out, m_err).run(g.command, rest);
    }
    return usageError(tr("Unknown command “%1”.").arg(g.command));
}

int CommandLine::init(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("campaign"), tr("A new database is made for the call of FILE."),
        QStringLiteral("FILE")});
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("init"), args, &error))
        return usageError(error);
    Database db;
    db.setSchemaSetupOnly(true);
    std::optional<CampaignSettings> settings;
    if (parser.isSet(QStringLiteral("campaign"))) {
        settings = CampaignSettings::fromFile(parser.value(QStringLiteral("campaign")), &error);
        if (!settings)
            return failure(error);
        db.setNewCampaign(*settings);
    }
    if (!openDatabase(db))
        return 1;
    if (settings && !db.seededCampaign() && db.campaign().code != settings->campaign.code)
        return failure(tr("%1 already holds the call “%2”: a new call goes into a new database (--database "
                          "NEW.sqlite).")
                           .arg(db.location(), TerminalText::field(db.campaign().name)));
    m_out << tr("Database ready: %1 (schema %2)").arg(db.location()).arg(db.schemaVersion()) << Qt::endl;
    return 0;
}

int CommandLine::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("status"), tr("Only this review state."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("list"), args, &error))
        return usageError(error);
    ContributionFilter filter;
    filter.status = parser.value(QStringLiteral("status"));
    ReviewState::State state;
    if (!filter.status.isEmpty() && !ReviewState::fromCode(filter.status, &state))
        return usageError(tr("Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).")
                              .arg(filter.status));
    filter.sortColumn = ContributionFilter::SortColumn::Id;
    filter.descending = false;
    Database db;
    if (!openDatabase(db))
        return 1;
    ContributionRepository repo(db);
    QJsonArray array;
    const int pageSize = 500;
    for (int offset = 0;; offset += pageSize) {
        const QList<ContributionSummary> rows = repo.page(filter, offset, pageSize);
        for (const ContributionSummary &s : rows) {
            if (parser.isSet(QStringLiteral("json"))) {
                if (const auto c = repo.find(s.id))
                    array.append(ContributionJson::toJson(*c, db));
            } else {
                m_out << s.id << '\t' << s.receivedAt.toString(Qt::ISODate) << '\t' << s.status << '\t'
                      << TerminalText::field(s.authorityName) << '\t' << TerminalText::field(s.title)
                      << Qt::endl;
            }
        }
        if (rows.size() < pageSize)
            break;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(m_out, array);
    return 0;
}

int CommandLine::show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The contribution's number."));
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("show"), args, &error))
        return usageError(error);
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return usageError(tr("show needs one contribution number."));
    Database db;
    if (!openDatabase(db))
        return 1;
    const auto c = ContributionRepository(db).find(id);
    if (!c)
        return failure(tr("There is no contribution number %1.").arg(id));
    const QJsonObject json = ContributionJson::toJson(*c, db);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_out, json);
        return 0;
    }
    m_out << tr("Contribution %1: %2").arg(c->id).arg(TerminalText::field(c->title)) << Qt::endl;
    m_out << tr("Authority: %1 (%2)")
                 .arg(TerminalText::field(json.value(QStringLiteral("authority"))
                                              .toObject()
                                              .value(QStringLiteral("name"))
                                              .toString()),
                     c->authorityCode)
          << Qt::endl;
    m_out << tr("Received: %1").arg(c->receivedAt.toString(Qt::ISODate)) << Qt::endl;
    m_out << tr("Status: %1").arg(ReviewState::label(c->status)) << Qt::endl;
    m_out << Qt::endl << TerminalText::block(c->text) << Qt::endl;
    return 0;
}

int CommandLine::add(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("authority"), tr("INSEE code of the commune or SIREN of the intercommunalité."), QStringLiteral("CODE")},
        {QStringLiteral("title"), tr("Title of the testimony."), QStringLiteral("T")},
        {QStringLiteral("received"), tr("When it was received (ISO 8601)."), QStringLiteral("ISO8601")},
        {QStringLiteral("text"), tr("The testimony."), QStringLiteral("T")},
        {QStringLiteral("difficulties"), tr("Difficulties met."), QStringLiteral("T")},
        {QStringLiteral("theme"), tr("Theme code (repeatable; the first is primary)."), QStringLiteral("CODE")},
        {QStringLiteral("subtopic"), tr("Sub-topic code (repeatable)."), QStringLiteral("CODE")},
        {QStringLiteral("tag"), tr("Free tag (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("channel"), tr("email, courrier, telephone or formulaire."), QStringLiteral("C")},
        {QStringLiteral("contact-name"), tr("Contact's name."), QStringLiteral("N")},
        {QStringLiteral("contact-role"), tr("Contact's role."), QStringLiteral("R")},
        {QStringLiteral("contact-email"), tr("Contact's email address."), QStringLiteral("E")},
        {QStringLiteral("contact-phone"), tr("Contact's phone number."), QStringLiteral("P")},
        {QStringLiteral("consent"), tr("The contact agrees to their name being published.")},
        {QStringLiteral("late-reason"), tr("Administrator's reason to accept a late testimony."), QStringLiteral("TEXT")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
    });
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("add"), args, &error))
        return usageError(error);
    for (const char *required : {"authority", "title", "received"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return usageError(tr("add needs --%1.").arg(QString::fromLatin1(required)));
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    Contribution c;
    c.authorityCode = parser.value(QStringLiteral("authority")).trimmed();
    c.title = parser.value(QStringLiteral("title"));
    c.text = parser.value(QStringLiteral("text"));
    c.difficulties = parser.value(QStringLiteral("difficulties"));
    c.themes = parser.values(QStringLiteral("theme"));
    c.subtopics = parser.values(QStringLiteral("subtopic"));
    c.tags = parser.values(QStringLiteral("tag"));
    c.contact = Contact{parser.value(QStringLiteral("contact-name")), parser.value(QStringLiteral("contact-role")),
                        parser.value(QStringLiteral("contact-email")), parser.value(QStringLiteral("contact-phone"))};
    c.consentToPublishName = parser.isSet(QStringLiteral("consent"));
    c.receivedAt = parseInstant(parser.value(QStringLiteral("received")));
    if (!c.receivedAt.isValid())
        return usageError(tr("“%1” is not a date and time in ISO 8601 form, such as 2021-03-20T18:30:00+01:00.")
                              .arg(parser.value(QStringLiteral("received"))));
    if (c.receivedAt.date().year() < 1990 || c.receivedAt.date().year() > 2100)
        m_err << tr("Warning: the receipt date is in %1, outside the years 1990 to 2100; check it.")
                     .arg(c.receivedAt.date().year())
              << Qt::endl;
    if (parser.isSet(QStringLiteral("channel")) && !Channel::fromCode(parser.value(QStringLiteral("channel")), &c.channel))
        return usageError(tr("Unknown channel “%1” (email, courrier, telephone, formulaire).")
                              .arg(parser.value(QStringLiteral("channel"))));
    if (!AuthorityDirectory::official().contains(c.authorityCode))
        return failure(tr("“%1” is not in the official list of communes and intercommunalités.").arg(c.authorityCode));

    Database db;
    if (!openDatabase(db))
        return 1;
    if (c.receivedAt.timeSpec() == Qt::LocalTime)
        c.receivedAt = QDateTime(c.receivedAt.date(), c.receivedAt.time(), db.deadlineGuard().timeZone()).toUTC();
    if (parser.isSet(QStringLiteral("late-reason")))
        c.lateOverride = LateOverride{db.actor(), parser.value(QStringLiteral("late-reason"))};
    ContributionRepository repo(db);
    if (!repo.create(c, &error))
        return failure(error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(m_out, ContributionJson::toJson(*repo.find(c.id), db));
    } else {
        m_out << tr("Contribution %1 saved.").arg(c.id) << Qt::endl;
    }
    return 0;
}

int CommandLine::import(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("One JSON object per message (JSON Lines).")});
    parser.addOption({QStringLiteral("dry-run"), tr("Read and report without writing anything.")});
    parser.addOption({ QStringLiteral("max-message-mb"),
        tr("Skip any email larger than this many megabytes (default 1024)."), QStringLiteral("MB") });
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("import"), args, &error))
        return usageError(error);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("import needs at least one .eml or .mbox file."));
    qint64 maxMessage = MailImporter::DefaultMaxMessageSize;
    if (parser.isSet(QStringLiteral("max-message-mb"))) {
        bool ok = false;
        const qint64 mb = parser.value(QStringLiteral("max-message-mb")).toLongLong(&ok);
        if (!ok || mb < 1 || mb > 1024 * 1024)
            return usageError(tr("--max-message-mb takes a number of megabytes, from 1 to 1048576."));
        maxMessage = mb << 20;
    }
    Database db;
    if (!openDatabase(db))
        return 1;
    MailImporter importer(db);
    importer.setDryRun(parser.isSet(QStringLiteral("dry-run")));
    importer.setMaxMessageSize(maxMessage);
    ImportReport report(m_out, parser.isSet(QStringLiteral("json")));
    for (const QString &file : files) {
        importer.importFile(file, [&](const ImportOutcome &o) {
            report.add(o);
            return true;
        });
        if (!importer.stopReason().isEmpty())
            return failure(importer.stopReason());
    }
    report.printSummary(m_err);
    return report.hadProblem() ? 1 : 0;
}

int CommandLine::backup(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("backup"), args, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("backup needs the file to write."));
    if (ServerLocation::looksLikeServer(location())) {
        // A server's campaign is backed up into a new campaign file, copied and verified table by
        // table: what `migrate --to` does.
        const QString target = parser.positionalArguments().constFirst();
        if (QFileInfo::exists(target))
            return failure(tr("%1 already exists: a server's campaign is backed up into a new file.").arg(target));
        Database db;
        if (!openDatabase(db))
            return 1;
        return MigrateCommand(db, m_out, m_err).run({ QStringLiteral("--to"), target });
    }
    StoredChecksums::Result checked;
    {
        // Opening checks the file and brings it up to date before it is copied.
        Database db;
        if (!openDatabase(db))
            return 1;
        // The bytes of every email and attachment against their SHA-256: a copy of damaged
        // bytes is not a good backup, and must not be called one.
        if (!StoredChecksums(db.connection()).verify(&checked, &error))
            return failure(tr("The stored emails could not be read to check them: %1").arg(error));
    }
    const QString target = parser.positionalArguments().constFirst();
    if (!DatabaseBackup::write(location(), target, &error))
        return failure(error);
    if (!checked.mismatches.isEmpty())
        return failure(
            tr("The backup %1 was written, but these stored items no longer match their SHA-256: %2.")
                .arg(target, StoredChecksums::describe(checked.mismatches)));
    m_out << tr("Backup written and checked: %1").arg(target) << Qt::endl;
    return 0;
}

int CommandLine::verify(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("verify"), args, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    Database db;
    if (!openDatabase(db))
        return 1;
    StoredChecksums::Result result;
    if (!StoredChecksums(db.connection()).verify(&result, &error))
        return failure(tr("The stored emails could not be read to check them: %1").arg(error));
    if (!result.mismatches.isEmpty())
        return failure(tr("%1 of %2 stored emails and attachments no longer match their SHA-256: %3.")
                           .arg(result.mismatches.size())
                           .arg(result.emails + result.attachments)
                           .arg(StoredChecksums::describe(result.mismatches)));
    m_out << tr("All %1 stored emails and %2 attachments match their SHA-256.")
                 .arg(result.emails)
                 .arg(result.attachments)
          << Qt::endl;
    return 0;
}

int CommandLine::restore(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("restore"), args, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("restore needs the backup file."));
    if (ServerLocation::looksLikeServer(location()))
        return failure(tr("restore replaces a campaign file. To bring a backup back to a server, copy it into a new, "
                          "empty database: recueil --database BACKUP.sqlite migrate --to postgresql://…"));
    QString aside;
    if (!DatabaseBackup::restore(parser.positionalArguments().constFirst(), location(), &aside, &error,
            [this](const QString &copy, QString *why) { return ContactEraser::prepareRestored(copy, location(), why); }))
        return failure(error);
    Database db;
    if (!openDatabase(db))
        return 1;
    m_out << tr("Database restored: %1").arg(location()) << Qt::endl;
    if (!aside.isEmpty())
        m_out << tr("The replaced file is kept as %1").arg(aside) << Qt::endl;
    return 0;
}

int CommandLine::forgetContact(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
    parser.addOption({QStringLiteral("dry-run"), tr("List every place that would change, erase nothing.")});
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("forget-contact"), args, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1 || !parser.positionalArguments().constFirst().contains(QLatin1Char('@')))
        return usageError(tr("forget-contact needs the person's email address."));
    Database db;
    if (!openDatabase(db))
        return 1;
    ContactEraser eraser(db);
    ContactEraser::Plan plan;
    if (!eraser.plan(parser.positionalArguments().constFirst(), &plan, &error))
        return failure(error);
    if (plan.isEmpty())
        return failure(tr("Nothing is known about “%1”: nothing was erased.").arg(plan.address));
    for (const QString &line : ContactEraser::summary(plan))
        m_out << line << Qt::endl;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        m_out << tr("Places that would change:") << Qt::endl;
        for (const QString &place : plan.places())
            m_out << QStringLiteral("  ") << place << Qt::endl;
        m_out << tr("Dry run: nothing was erased.") << Qt::endl;
        return 0;
    }
    m_out << tr("The testimonies stay; the details are replaced by « [effacé] ». This cannot be undone.") << Qt::endl;
    if (!parser.isSet(QStringLiteral("yes"))) {
        m_out << tr("Type “yes” to erase them for good: ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("yes") && answer != QLatin1String("oui"))
            return failure(tr("Nothing was erased."));
    }
    if (!eraser.erase(plan, &error))
        return failure(error);
    m_out << tr("Erased, in the database and in its automatic backups. Any older copy kept elsewhere replays the "
                "erasure when Recueil opens or restores it.")
          << Qt::endl;
    return 0;
}
