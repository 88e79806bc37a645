// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierstatistics.h"

#include "core/frenchtext.h"
#include "dossier/dossiergrouping.h"
#include "dossier/dossiertext.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace {

struct BandLimits
{
    int from;
    int to; // exclusive; 0 for no upper limit
};
constexpr BandLimits bands[] = { { 0, 10000 }, { 10000, 20000 }, { 20000, 50000 }, { 50000, 100001 },
    { 100001, 0 } };

QString bandLabel(const BandLimits &b)
{
    if (b.from == 0)
        return QStringLiteral("moins de ") + FrenchText::number(b.to);
    if (b.to == 0)
        return QStringLiteral("plus de ") + FrenchText::number(b.from - 1);
    return FrenchText::number(b.from) + QStringLiteral(" à ")
        + FrenchText::number(b.to - (b.to % 10 == 1 ? 1 : 0));
}

bool isOverseasRegion(const QString &code)
{
    return code.size() != 2 || code < QLatin1String("10");
}

} // namespace

DossierStatistics DossierStatistics::compute(const DossierData &data)
{
    DossierStatistics s;
    s.contributions = int(data.entries.size());
    s.opensOn = data.campaign.opensOn;
    s.closesOn = data.campaign.closesOn;

    QHash<QString, const DossierEntry *> authorities;
    QSet<QString> departements;
    QHash<QString, int> primary;
    QHash<QString, int> subtopics;
    QHash<QString, int> regionCounts;
    QHash<QString, QString> regionNames;
    const QTimeZone zone(data.campaign.timeZone.toUtf8());
    for (const DossierEntry &e : data.entries) {
        const Contribution &c = e.contribution;
        ++primary[c.primaryTheme];
        for (const QString &sub : c.subtopics)
            ++subtopics[sub];
        if (c.receivedAt.isValid())
            s.receipts.append(c.receivedAt.toTimeZone(zone).date());
        if (!e.authority.isValid()) {
            ++s.unknownAuthorities;
            continue;
        }
        authorities.insert(e.authority.code, &e);
        departements.insert(e.authority.departement);
        ++regionCounts[e.authority.region];
        regionNames.insert(e.authority.region, e.regionName);
    }
    std::sort(s.receipts.begin(), s.receipts.end());
    s.authorities = int(authorities.size());
    s.departements = int(departements.size());
    s.regions = int(regionCounts.size());

    for (int t = 0; t < data.themes.size(); ++t) {
        const Theme &theme = data.themes.at(t);
        s.perTheme.append({ DossierText::prose(theme.frenchLabel), primary.value(theme.code), t, QString() });
        bool first = true;
        for (const Subtopic &sub : data.subtopics) {
            if (sub.themeCode != theme.code)
                continue;
            s.perSubtopic.append({ DossierText::prose(sub.frenchLabel), subtopics.value(sub.code), t,
                first ? DossierText::prose(theme.frenchLabel) : QString() });
            first = false;
        }
    }
    int withoutTheme = 0;
    for (auto it = primary.cbegin(); it != primary.cend(); ++it)
        if (DossierGrouping::themeIndex(data, it.key()) < 0)
            withoutTheme += it.value();
    if (withoutTheme > 0)
        s.perTheme.append({ QStringLiteral("Sans thème principal"), withoutTheme, -1, QString() });

    // Every région of the official list is shown, with zero where no one wrote: a gap is a finding.
    QStringList codes = regionCounts.keys();
    for (const QString &code : { QStringLiteral("11"), QStringLiteral("24"), QStringLiteral("27"),
             QStringLiteral("28"), QStringLiteral("32"), QStringLiteral("44"), QStringLiteral("52"),
             QStringLiteral("53"), QStringLiteral("75"), QStringLiteral("76"), QStringLiteral("84"),
             QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("01"), QStringLiteral("02"),
             QStringLiteral("03"), QStringLiteral("04"), QStringLiteral("06") })
        if (!codes.contains(code))
            codes.append(code);
    QCollator collator { QLocale(QLocale::French, QLocale::France) };
    std::sort(codes.begin(), codes.end(), [&](const QString &l, const QString &r) {
        if (isOverseasRegion(l) != isOverseasRegion(r))
            return isOverseasRegion(r);
        return regionCounts.value(l) != regionCounts.value(r) ? regionCounts.value(l) > regionCounts.value(r)
                                                              : collator.compare(l, r) < 0;
    });
    static const QHash<QString, QString> officialNames = { { QStringLiteral("01"),
                                                               QStringLiteral("Guadeloupe") },
        { QStringLiteral("02"), QStringLiteral("Martinique") },
        { QStringLiteral("03"), QStringLiteral("Guyane") },
        { QStringLiteral("04"), QStringLiteral("La Réunion") },
        { QStringLiteral("06"), QStringLiteral("Mayotte") },
        { QStringLiteral("11"), QStringLiteral("Île-de-France") },
        { QStringLiteral("24"), QStringLiteral("Centre-Val de Loire") },
        { QStringLiteral("27"), QStringLiteral("Bourgogne-Franche-Comté") },
        { QStringLiteral("28"), QStringLiteral("Normandie") },
        { QStringLiteral("32"), QStringLiteral("Hauts-de-France") },
        { QStringLiteral("44"), QStringLiteral("Grand Est") },
        { QStringLiteral("52"), QStringLiteral("Pays de la Loire") },
        { QStringLiteral("53"), QStringLiteral("Bretagne") },
        { QStringLiteral("75"), QStringLiteral("Nouvelle-Aquitaine") },
        { QStringLiteral("76"), QStringLiteral("Occitanie") },
        { QStringLiteral("84"), QStringLiteral("Auvergne-Rhône-Alpes") },
        { QStringLiteral("93"), QStringLiteral("Provence-Alpes-Côte d'Azur") },
        { QStringLiteral("94"), QStringLiteral("Corse") } };
    bool seenOverseas = false;
    for (const QString &code : std::as_const(codes)) {
        QString name = regionNames.value(code);
        if (name.isEmpty())
            name = officialNames.value(code, code);
        const bool overseas = isOverseasRegion(code);
        s.perRegion.append({ DossierText::prose(name), regionCounts.value(code), -1,
            overseas && !seenOverseas ? QStringLiteral("Outre-mer") : QString() });
        seenOverseas = seenOverseas || overseas;
    }

    for (const BandLimits &b : bands)
        s.perBand.append({ bandLabel(b), 0, 0 });
    for (const DossierEntry *e : std::as_const(authorities)) {
        const Authority &a = e->authority;
        const bool commune = a.kind == Authority::Kind::Commune;
        (commune ? s.communes : s.intercommunalites) += 1;
        if (commune && data.campaign.eligibility.inPopulationBand(a.population))
            ++s.inTargetBand;
        for (int i = 0; i < int(std::size(bands)); ++i) {
            if (a.population >= bands[i].from && (bands[i].to == 0 || a.population < bands[i].to)) {
                (commune ? s.perBand[i].communes : s.perBand[i].intercommunalites) += 1;
                break;
            }
        }
    }
    return s;
}
