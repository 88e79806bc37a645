// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewcommands.h"

#include "cli/terminaltext.h"
#include "core/launchoptions.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 idArgument(const QCommandLineParser &parser, int position)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(position).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// The start of a day in the campaign's time zone.
QDateTime dayStart(const QString &text, int addDays, const QTimeZone &zone)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return {};
    return QDateTime(d.addDays(addDays), QTime(0, 0), zone).toUTC();
}

} // namespace

ReviewCommands::ReviewCommands(Database &db, QTextStream &out, QTextStream &err)
    : m_db(db)
    , m_out(out)
    , m_err(err)
{
}

bool ReviewCommands::handles(const QString &command)
{
    static const QStringList commands = {QStringLiteral("search"), QStringLiteral("set-status"), QStringLiteral("tag"),
                                         QStringLiteral("assign"), QStringLiteral("comment"), QStringLiteral("history"),
                                         QStringLiteral("people")};
    return commands.contains(command);
}

QString ReviewCommands::helpText()
{
    return tr("  search QUERY [--status S] [--theme C] [--subtopic C] [--authority CODE] [--departement D]\n"
              "         [--region R] [--population-min N] [--population-max N] [--reviewer LOGIN]\n"
              "         [--from DATE] [--to DATE] [--limit N] [--json]\n"
              "                                     full-text search, ranked, words highlighted\n"
              "  set-status ID STATE [--reason TEXT] [--as LOGIN]\n"
              "  tag ID [--theme C]... [--primary C] [--subtopic C]... [--tag TEXT]... [--as LOGIN]\n"
              "  assign ID LOGIN                    give a contribution to a reviewer\n"
              "  comment ID TEXT                    add to the review thread\n"
              "  history ID [--json]                every change, newest first\n"
              "  people add LOGIN --role coordinator|reviewer|admin [--name NAME]\n"
              "  people list\n");
}

QString ReviewCommands::actingAs(QStringList *args)
{
    QString login;
    for (int i = 0; i < args->size(); ++i) {
        if (args->at(i) == QLatin1String("--as") && i + 1 < args->size()) {
            login = args->at(i + 1);
            args->remove(i, 2);
            --i;
        } else if (args->at(i).startsWith(QLatin1String("--as="))) {
            login = args->at(i).mid(5);
            args->remove(i);
            --i;
        }
    }
    return login;
}

int ReviewCommands::usage(const QString &message)
{
    m_err << message << Qt::endl;
    return 2;
}

int ReviewCommands::refused(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

int ReviewCommands::run(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("set-status"))
        return setStatus(args);
    if (command == QLatin1String("tag"))
        return tag(args);
    if (command == QLatin1String("assign"))
        return assign(args);
    if (command == QLatin1String("comment"))
        return comment(args);
    if (command == QLatin1String("history"))
        return history(args);
    return people(args);
}

int ReviewCommands::search(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("status"), tr("Review state."), QStringLiteral("S")},
                  {QStringLiteral("theme"), tr("Theme code."), QStringLiteral("C")},
                  {QStringLiteral("subtopic"), tr("Sub-topic code."), QStringLiteral("C")},
                  {QStringLiteral("authority"), tr("INSEE or SIREN code."), QStringLiteral("CODE")},
                  {QStringLiteral("departement"), tr("Département code."), QStringLiteral("D")},
                  {QStringLiteral("region"), tr("Région code."), QStringLiteral("R")},
                  {QStringLiteral("population-min"), tr("Smallest population."), QStringLiteral("N")},
                  {QStringLiteral("population-max"), tr("Largest population."), QStringLiteral("N")},
                  {QStringLiteral("reviewer"), tr("Assigned reviewer."), QStringLiteral("LOGIN")},
                  {QStringLiteral("from"), tr("Received on or after (YYYY-MM-DD)."), QStringLiteral("DATE")},
                  {QStringLiteral("to"), tr("Received on or before (YYYY-MM-DD)."), QStringLiteral("DATE")},
                  {QStringLiteral("limit"), tr("How many results."), QStringLiteral("N"), QStringLiteral("50")},
                  {QStringLiteral("json"), tr("Machine-readable output.")}});
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("search"), args, &error))
        return usage(error);
    if (p.positionalArguments().isEmpty())
        return usage(tr("search needs words to look for."));
    ContributionFilter f;
    f.status = p.value(QStringLiteral("status"));
    ReviewState::State state;
    if (p.isSet(QStringLiteral("status")) && !ReviewState::fromCode(f.status, &state))
        return usage(
            tr("Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).")
                .arg(f.status));
    f.theme = p.value(QStringLiteral("theme"));
    f.subtopic = p.value(QStringLiteral("subtopic"));
    f.authorityCode = p.value(QStringLiteral("authority"));
    f.departement = p.value(QStringLiteral("departement"));
    f.region = p.value(QStringLiteral("region"));
    f.populationMin = p.value(QStringLiteral("population-min")).toInt();
    f.populationMax = p.value(QStringLiteral("population-max")).toInt();
    f.assignedTo = p.value(QStringLiteral("reviewer"));
    if (p.isSet(QStringLiteral("from")) && !(f.receivedFrom = dayStart(p.value(QStringLiteral("from")), 0, m_db.deadlineGuard().timeZone())).isValid())
        return usage(tr("“%1” is not a date such as 2021-03-20.").arg(p.value(QStringLiteral("from"))));
    if (p.isSet(QStringLiteral("to")) && !(f.receivedTo = dayStart(p.value(QStringLiteral("to")), 1, m_db.deadlineGuard().timeZone())).isValid())
        return usage(tr("“%1” is not a date such as 2021-03-20.").arg(p.value(QStringLiteral("to"))));
    const int limit = qBound(1, p.value(QStringLiteral("limit")).toInt(), 10000);
    const QList<SearchHit> hits =
        ContributionRepository(m_db).search(p.positionalArguments().join(QLatin1Char(' ')), f, 0, limit);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("id"), h.summary.id},
                                     {QStringLiteral("title"), h.summary.title},
                                     {QStringLiteral("authority_code"), h.summary.authorityCode},
                                     {QStringLiteral("authority"), h.summary.authorityName},
                                     {QStringLiteral("status"), h.summary.status},
                                     {QStringLiteral("received_at"), h.summary.receivedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("rank"), h.rank},
                                     {QStringLiteral("snippet"), h.snippet}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const SearchHit &h : hits)
            m_out << h.summary.id << '\t' << TerminalText::field(h.summary.authorityName) << '\t'
                  << TerminalText::field(h.summary.title) << Qt::endl
                  << QStringLiteral("\t") << TerminalText::field(h.snippet.simplified()) << Qt::endl;
    }
    return 0;
}

int ReviewCommands::setStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), tr("Why (required for needs_changes and rejected)."), QStringLiteral("TEXT")});
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("set-status"), args, &error))
        return usage(error);
    const qint64 id = idArgument(p, 0);
    ReviewState::State state;
    if (p.positionalArguments().size() != 2 || !id)
        return usage(tr("set-status needs a contribution number and a state."));
    if (!ReviewState::fromCode(p.positionalArguments().at(1), &state))
        return usage(tr("Unknown review state “%1” (received, in_review, needs_changes, validated, rejected).")
                         .arg(p.positionalArguments().at(1)));
    if (!ReviewRepository(m_db).changeStatus({id}, state, p.value(QStringLiteral("reason")), &error))
        return refused(error);
    m_out << tr("Contribution %1 is now “%2”.").arg(id).arg(ReviewState::label(state)) << Qt::endl;
    return 0;
}

int ReviewCommands::tag(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("theme"), tr("Theme code (repeatable)."), QStringLiteral("C")},
                  {QStringLiteral("primary"), tr("Primary theme."), QStringLiteral("C")},
                  {QStringLiteral("subtopic"), tr("Sub-topic code (repeatable)."), QStringLiteral("C")},
                  {QStringLiteral("tag"), tr("Free tag (repeatable)."), QStringLiteral("TEXT")},
                  {QStringLiteral("untag"), tr("Free tag to remove (repeatable)."), QStringLiteral("TEXT")}});
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("tag"), args, &error))
        return usage(error);
    const qint64 id = idArgument(p, 0);
    if (p.positionalArguments().size() != 1 || !id)
        return usage(tr("tag needs one contribution number."));
    ReviewRepository::Tagging t;
    t.addThemes = p.values(QStringLiteral("theme"));
    t.primaryTheme = p.value(QStringLiteral("primary"));
    t.addSubtopics = p.values(QStringLiteral("subtopic"));
    t.addTags = p.values(QStringLiteral("tag"));
    t.removeTags = p.values(QStringLiteral("untag"));
    if (!ReviewRepository(m_db).tag({id}, t, &error))
        return refused(error);
    m_out << tr("Contribution %1 tagged.").arg(id) << Qt::endl;
    return 0;
}

int ReviewCommands::assign(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("assign"), args, &error))
        return usage(error);
    const qint64 id = idArgument(p, 0);
    if (p.positionalArguments().size() != 2 || !id || p.positionalArguments().at(1).isEmpty())
        return usage(tr("assign needs a contribution number and a login."));
    if (!PersonRepository::isValidLogin(p.positionalArguments().at(1)))
        return usage(tr("“%1” is not a login: letters, digits, “.”, “-”, “_” and “@” only.")
                         .arg(TerminalText::field(p.positionalArguments().at(1))));
    if (!ReviewRepository(m_db).assign({id}, p.positionalArguments().at(1), &error))
        return refused(error);
    m_out << tr("Contribution %1 assigned to %2.").arg(id).arg(p.positionalArguments().at(1)) << Qt::endl;
    return 0;
}

int ReviewCommands::comment(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("comment"), args, &error))
        return usage(error);
    const qint64 id = idArgument(p, 0);
    if (p.positionalArguments().size() < 2 || !id)
        return usage(tr("comment needs a contribution number and a text."));
    if (!ReviewRepository(m_db).addComment(id, p.positionalArguments().mid(1).join(QLatin1Char(' ')), &error))
        return refused(error);
    return 0;
}

int ReviewCommands::history(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("history"), args, &error))
        return usage(error);
    const qint64 id = idArgument(p, 0);
    if (p.positionalArguments().size() != 1 || !id)
        return usage(tr("history needs one contribution number."));
    const QList<AuditEntry> entries = AuditLog(m_db.connection()).history(id);
    if (entries.isEmpty())
        return refused(tr("There is no contribution number %1.").arg(id));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("field"), e.field.isEmpty() ? QJsonValue() : QJsonValue(e.field)},
                                     {QStringLiteral("old"), e.oldValue},
                                     {QStringLiteral("new"), e.newValue},
                                     {QStringLiteral("reason"), e.reason.isEmpty() ? QJsonValue() : QJsonValue(e.reason)}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const AuditEntry &e : entries) {
        m_out << e.at.toUTC().toString(Qt::ISODate) << '\t' << TerminalText::field(e.actor) << '\t'
              << TerminalText::field(e.action);
        if (!e.field.isEmpty())
            m_out << '\t' << TerminalText::field(e.field) << QStringLiteral(": ")
                  << TerminalText::field(e.oldValue.left(60)) << QStringLiteral(" → ")
                  << TerminalText::field(e.newValue.left(60));
        if (!e.reason.isEmpty())
            m_out << QStringLiteral(" (") << TerminalText::field(e.reason) << QStringLiteral(")");
        m_out << Qt::endl;
    }
    return 0;
}

int ReviewCommands::people(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("role"), tr("coordinator, reviewer or admin."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME")});
    QString error;
    if (!LaunchOptions::parseCommand(p, QStringLiteral("people"), args, &error))
        return usage(error);
    const QStringList pos = p.positionalArguments();
    PersonRepository people(m_db.connection());
    if (pos.value(0) == QLatin1String("list") && pos.size() == 1) {
        for (const Person &person : people.all())
            m_out << TerminalText::field(person.login) << '\t' << Role::code(person.role) << '\t'
                  << TerminalText::field(person.displayName) << Qt::endl;
        return 0;
    }
    if (pos.value(0) != QLatin1String("add") || pos.size() != 2)
        return usage(tr("Use “people add LOGIN --role coordinator|reviewer|admin” or “people list”."));
    Person person;
    person.login = pos.at(1);
    person.displayName = p.value(QStringLiteral("name"));
    if (!Role::fromCode(p.value(QStringLiteral("role")), &person.role))
        return usage(tr("--role must be coordinator, reviewer or admin."));
    if (!people.save(person, m_db.actor(), &error))
        return refused(error);
    const Role::Value stored = people.find(person.login) ? people.find(person.login)->role : person.role;
    if (stored != person.role)
        m_out << tr("%1 is the desk's first person, so its administrator: an administrator can do all a %2 does, "
                    "and add the others.")
                     .arg(person.login, Role::label(person.role))
              << Qt::endl;
    else
        m_out << tr("%1 is now %2.").arg(person.login, Role::label(stored)) << Qt::endl;
    return 0;
}
