// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/authority.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Who the call addresses. An authority outside it is accepted with a warning, never refused
// (real contributors included smaller towns).
struct Eligibility
{
    // Kinds of authority: "commune", "epci", "departement", "region".
    QStringList kinds = {QStringLiteral("commune"), QStringLiteral("epci")};
    int populationMin = 10000;
    int populationMax = 100000; // 0: no upper bound
    bool overseas = true;

    static QStringList allKinds()
    {
        return {QStringLiteral("commune"), QStringLiteral("epci"), QStringLiteral("departement"),
            QStringLiteral("region")};
    }
    bool inPopulationBand(int population) const
    {
        return population >= populationMin && (populationMax <= 0 || population <= populationMax);
    }
    bool admits(const Authority &a) const
    {
        return kinds.contains(a.kindCode()) && (overseas || !a.isOverseas()) && inPopulationBand(a.population);
    }
    bool operator==(const Eligibility &) const = default;
};

// A call for testimonies. Intake closes at the end of closesOn in timeZone.
struct Campaign
{
    qint64 id = 0;
    QString code;
    QString name;
    QString organisers;
    QDate opensOn;
    QDate closesOn;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString language = QStringLiteral("fr");
    bool fourEyes = true; // the person who entered a contribution cannot validate it
    Eligibility eligibility;
    // The dossier's cover: the line under the call's name, and an optional paragraph.
    QString coverSubtitle;
    QString coverNote;
};
