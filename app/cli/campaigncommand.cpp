// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/campaigncommand.h"

#include "cli/terminaltext.h"
#include "core/launchoptions.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QLocale>

CampaignCommand::CampaignCommand(Database &db, QTextStream &out, QTextStream &err)
    : m_db(db)
    , m_out(out)
    , m_err(err)
{ }

int CampaignCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("The settings as a call's file (JSON).")});
    parser.addOption({QStringLiteral("apply"), tr("Change the call to the settings of FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("hold-late"),
        tr("Moving the close earlier: put the testimonies received after it in the holding list.")});
    parser.addOption({QStringLiteral("keep-late"),
        tr("Moving the close earlier: keep the testimonies received after it, for this reason."),
        QStringLiteral("REASON")});
    QString error;
    if (!LaunchOptions::parseCommand(parser, QStringLiteral("campaign"), args, &error)) {
        m_err << error << Qt::endl;
        return 2;
    }
    CampaignRepository repository(m_db);
    if (parser.isSet(QStringLiteral("apply"))) {
        const auto next = CampaignSettings::fromFile(parser.value(QStringLiteral("apply")), &error);
        if (!next) {
            m_err << error << Qt::endl;
            return 1;
        }
        const QList<qint64> late = repository.lateUnder(next->campaign);
        const bool keep = parser.isSet(QStringLiteral("keep-late"));
        if (!late.isEmpty() && !keep && !parser.isSet(QStringLiteral("hold-late"))) {
            m_err << tr("%n testimony(ies) received after the new close: say what to do with them, with "
                        "“--hold-late” (holding list) or “--keep-late REASON”.",
                         nullptr, int(late.size()))
                  << Qt::endl;
            return 1;
        }
        if (!repository.save(*next, keep ? CampaignRepository::LateChoice::Keep : CampaignRepository::LateChoice::Hold,
                parser.value(QStringLiteral("keep-late")), &error)) {
            m_err << error << Qt::endl;
            return 1;
        }
        m_out << tr("Call settings saved: %1").arg(TerminalText::field(next->campaign.name)) << Qt::endl;
        if (!late.isEmpty())
            m_out << (keep ? tr("%n testimony(ies) received after the new close kept, with the reason given.", nullptr,
                                 int(late.size()))
                           : tr("%n testimony(ies) received after the new close put in the holding list.", nullptr,
                                 int(late.size())))
                  << Qt::endl;
        return 0;
    }
    const CampaignSettings settings = repository.settings();
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(settings.toJson());
        return 0;
    }
    const Campaign &c = settings.campaign;
    const DeadlineGuard guard(c);
    m_out << TerminalText::field(c.name) << Qt::endl
          << tr("Organised by %1").arg(TerminalText::field(c.organisers)) << Qt::endl
          << guard.statusText(QDateTime::currentDateTimeUtc()) << QStringLiteral(" (") << guard.zoneText()
          << QStringLiteral(")") << Qt::endl;
    for (const Theme &t : settings.themes)
        if (!t.retired)
            m_out << QStringLiteral("  ") << t.code << QLatin1Char('\t') << TerminalText::field(t.frenchLabel)
                  << Qt::endl;
    return 0;
}
