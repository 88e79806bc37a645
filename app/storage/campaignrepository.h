// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaignsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

class Database;

// The campaign's settings as stored: its row in `campaign`, its themes and sub-topics. An
// administrator changes a live campaign by its rules (docs/campaigns.md):
// - moving the deadline earlier, the testimonies received after the new close go to the
//   holding list, or are kept with an administrator's recorded reason;
// - a theme or sub-topic that contributions carry is never deleted, only retired or merged;
// - merging a theme moves its contributions (and sub-topics) to the other one;
// - every change is audited, each moved contribution in its own history.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database &db);

    CampaignSettings settings() const;

    // Live testimonies received after the close these settings would set, that the current
    // close let in (none held, none accepted late already): what moving the deadline earlier
    // asks about.
    QList<qint64> lateUnder(const Campaign &next) const;

    enum class LateChoice { Hold, Keep };
    // Administrators only. reason is required when lateUnder(next) is not empty.
    bool save(const CampaignSettings &next, LateChoice choice, const QString &reason, QString *error);
    // Administrators only: every contribution filed under `from` is filed under `into`, `from`'s
    // sub-topics move to `into`, and `from` is retired.
    bool mergeTheme(const QString &from, const QString &into, QString *error);
    // Contributions (deleted and held ones included) that carry each theme code.
    QHash<QString, int> themeUsage() const;

    // The seeding of a new store, in the caller's transaction; no audit (nothing happened yet).
    static bool insert(QSqlDatabase db, const CampaignSettings &settings, QString *error);
    static std::optional<Campaign> read(const QSqlDatabase &db);
    static CampaignSettings readSettings(const QSqlDatabase &db);
    // The call of a SQLite file, read-only and without upgrading it (File › Recent, « Copier les
    // réglages d'un appel existant »); nothing when it is not a Recueil database.
    static std::optional<CampaignSettings> peek(const QString &sqliteFile);

private:
    bool mayChange(QString *error) const;
    bool audit(qint64 contributionId, const QString &action, const QString &field, const QString &oldValue,
        const QString &newValue, const QString &reason, QString *error);
    bool saveCampaignRow(const Campaign &before, const Campaign &next, QString *error);
    bool saveThemes(const CampaignSettings &before, const CampaignSettings &next, QString *error);
    bool moveLate(const QList<qint64> &ids, const QDate &closesOn, LateChoice choice, const QString &reason,
        QString *error);

    Database &m_db;
};
