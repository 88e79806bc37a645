// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A French local authority: a commune (INSEE code, 5 characters) or an
// intercommunalité (EPCI, SIREN of 9 digits), as in the official list.
struct Authority
{
    enum class Kind { Commune, Epci };

    QString code;
    QString name;
    Kind kind = Kind::Commune;
    QString departement; // code, e.g. "49", "2A", "971"
    QString region;      // code, e.g. "52"
    int population = 0;  // municipal population
    QString epciCode;    // for a commune: the EPCI it belongs to
    QStringList postcodes;

    bool isValid() const { return !code.isEmpty(); }
    QString kindCode() const { return kind == Kind::Commune ? QStringLiteral("commune") : QStringLiteral("epci"); }
    bool isOverseas() const { return departement.size() == 3 && departement.startsWith(QLatin1String("97")); }
};
