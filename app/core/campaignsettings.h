// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign.h"
#include "core/taxonomy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

// Everything that makes one call: the campaign's row, who may answer, the dossier's cover texts
// and the classification. Read from and written to a JSON file (docs/campaign-file.md) that
// scripts rely on: `recueil init --campaign FILE.json`, `recueil campaign --json`, and the
// settings dialog's « Enregistrer dans un fichier… ».
struct CampaignSettings
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSettings)

public:
    Campaign campaign;
    QList<Theme> themes;       // in order, retired ones included (flagged)
    QList<Subtopic> subtopics; // grouped by theme, in order, retired ones included

    // The 2021 call (resources/campaigns/vdf-vi-2021.json, bundled and installed as an example).
    static CampaignSettings defaults();
    static std::optional<CampaignSettings> fromJson(const QByteArray &json, QString *error);
    static std::optional<CampaignSettings> fromFile(const QString &path, QString *error);
    QByteArray toJson() const;

    // Empty when the settings make a call; otherwise the first problem, as a sentence.
    QString problem() const;

    QList<Subtopic> subtopicsOf(const QString &themeCode) const;
    const Theme *theme(const QString &code) const;

    static bool isCode(const QString &code); // "tiers-lieux": lower case, digits, hyphens
    // The zone's city as people say it: "Europe/Paris" → "Paris", "America/Port_of_Spain" →
    // "Port of Spain".
    static QString zoneCity(const QString &timeZone);
};
