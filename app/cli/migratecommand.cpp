// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/migratecommand.h"

#include "storage/campaigncopy.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"

#include <QCommandLineParser>
#include <optional>

MigrateCommand::MigrateCommand(Database &source, QTextStream &out, QTextStream &err)
    : m_source(source)
    , m_out(out)
    , m_err(err)
{ }

int MigrateCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({ QStringLiteral("to"), tr("The empty store to copy into."), QStringLiteral("TARGET") });
    if (!parser.parse(QStringList { QStringLiteral("migrate") } + args)
        || !parser.isSet(QStringLiteral("to"))) {
        m_err << (parser.errorText().isEmpty()
                ? tr("migrate needs --to followed by a PostgreSQL address (postgresql://…) or a SQLite file.")
                : parser.errorText())
              << Qt::endl;
        return 2;
    }
    Database target;
    // On a server, the login that set the new database up may fill it (as the schema's owner).
    target.setSchemaSetupOnly(true);
    QString error;
    if (!target.open(parser.value(QStringLiteral("to")), &error)) {
        m_err << error << Qt::endl;
        return 1;
    }
    if (target.location() == m_source.location()) {
        m_err << tr("The campaign cannot be copied onto itself.") << Qt::endl;
        return 1;
    }
    std::optional<SqlDialect::SchemaOwnerScope> owner;
    if (target.isSetupLogin())
        owner.emplace(target.connection());
    CampaignCopy copy(m_source, target);
    const bool ok = copy.run(&error);
    owner.reset();
    for (const CampaignCopy::TableCheck &c : copy.checks())
        m_out << QStringLiteral("%1 %2  %3  %4")
                     .arg(c.table, -22)
                     .arg(c.targetRows, 8)
                     .arg(c.targetChecksum.left(16), c.matches() ? tr("identical") : tr("DIFFERENT"))
              << Qt::endl;
    if (!ok) {
        m_err << error << Qt::endl;
        return 1;
    }
    m_out << tr("Campaign copied to %1 and verified: same rows and checksums in every table.")
                 .arg(target.location())
          << Qt::endl;
    return 0;
}
