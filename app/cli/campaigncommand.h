// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// `recueil campaign [--json]`: the call's settings, as `recueil init --campaign FILE.json` reads
// them. `recueil campaign --apply FILE.json [--hold-late | --keep-late REASON]` (an
// administrator) changes a live call by its rules (storage/campaignrepository.h).
class CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommand)

public:
    CampaignCommand(Database &db, QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
};
