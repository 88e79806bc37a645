// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossiergrouping.h"

#include "dossier/dossiertext.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace DossierGrouping {

namespace {

const QString unknownAuthority = QStringLiteral("Collectivité non précisée");

QCollator frenchCollator()
{
    QCollator collator { QLocale(QLocale::French, QLocale::France) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

// Within a part: by authority name, then by date of receipt.
void sortEntries(const DossierData &data, QList<int> *entries)
{
    const QCollator collator = frenchCollator();
    std::stable_sort(entries->begin(), entries->end(), [&](int l, int r) {
        const DossierEntry &a = data.entries.at(l);
        const DossierEntry &b = data.entries.at(r);
        const int c = collator.compare(a.authority.name, b.authority.name);
        if (c != 0)
            return a.authority.isValid() && (!b.authority.isValid() || c < 0);
        return a.contribution.receivedAt < b.contribution.receivedAt;
    });
}

QList<DossierGroup> byTheme(const DossierData &data)
{
    QList<DossierGroup> groups;
    QList<int> unclassified;
    QHash<QString, QList<int>> byPrimary;
    for (int i = 0; i < data.entries.size(); ++i)
        byPrimary[data.entries.at(i).contribution.primaryTheme].append(i);
    for (int t = 0; t < data.themes.size(); ++t) {
        const Theme &theme = data.themes.at(t);
        const QList<int> entries = byPrimary.take(theme.code);
        if (entries.isEmpty())
            continue;
        DossierGroup group { DossierText::prose(theme.frenchLabel), t, true, {}, {} };
        // Each contribution goes under its first sub-topic of that theme, in the campaign's order.
        QList<int> without;
        QHash<QString, QList<int>> bySubtopic;
        for (int i : entries) {
            const QStringList &subs = data.entries.at(i).contribution.subtopics;
            const auto first = std::find_if(data.subtopics.cbegin(), data.subtopics.cend(),
                [&](const Subtopic &s) { return s.themeCode == theme.code && subs.contains(s.code); });
            if (first == data.subtopics.cend())
                without.append(i);
            else
                bySubtopic[first->code].append(i);
        }
        for (const Subtopic &s : data.subtopics) {
            QList<int> list = bySubtopic.value(s.code);
            if (list.isEmpty())
                continue;
            sortEntries(data, &list);
            group.children.append({ DossierText::prose(s.frenchLabel), t, false, {}, list });
        }
        sortEntries(data, &without);
        if (group.children.isEmpty())
            group.entries = without;
        else if (!without.isEmpty())
            group.children.append({ QStringLiteral("Autres initiatives"), t, false, {}, without });
        groups.append(group);
    }
    for (const QList<int> &rest : std::as_const(byPrimary))
        unclassified += rest;
    if (!unclassified.isEmpty()) {
        std::sort(unclassified.begin(), unclassified.end());
        sortEntries(data, &unclassified);
        groups.append({ QStringLiteral("Contributions sans thème principal"), -1, true, {}, unclassified });
    }
    return groups;
}

QList<DossierGroup> byAuthority(const DossierData &data)
{
    QHash<QString, QList<int>> byCode;
    QStringList codes;
    for (int i = 0; i < data.entries.size(); ++i) {
        const QString code = data.entries.at(i).authority.code;
        if (!byCode.contains(code))
            codes.append(code);
        byCode[code].append(i);
    }
    const QCollator collator = frenchCollator();
    std::sort(codes.begin(), codes.end(), [&](const QString &l, const QString &r) {
        if (l.isEmpty() != r.isEmpty())
            return r.isEmpty(); // the unknown authority last
        const DossierEntry &a = data.entries.at(byCode.value(l).first());
        const DossierEntry &b = data.entries.at(byCode.value(r).first());
        const int c = collator.compare(a.authority.name, b.authority.name);
        return c != 0 ? c < 0 : l < r;
    });
    QList<DossierGroup> groups;
    for (const QString &code : std::as_const(codes)) {
        const QList<int> entries = byCode.value(code); // already in order of receipt
        const DossierEntry &first = data.entries.at(entries.first());
        const QString title = code.isEmpty() ? unknownAuthority : DossierText::name(first.authority.name);
        groups.append({ title, -1, false, {}, entries });
    }
    return groups;
}

QList<DossierGroup> byRegion(const DossierData &data)
{
    struct Region
    {
        QString code;
        QString name;
        QHash<QString, QList<int>> byDepartement;
    };
    QHash<QString, Region> regions;
    QList<int> unknown;
    for (int i = 0; i < data.entries.size(); ++i) {
        const Authority &a = data.entries.at(i).authority;
        if (!a.isValid() || a.region.isEmpty()) {
            unknown.append(i);
            continue;
        }
        Region &r = regions[a.region];
        r.code = a.region;
        r.name = data.entries.at(i).regionName.isEmpty() ? a.region : data.entries.at(i).regionName;
        r.byDepartement[a.departement].append(i);
    }
    QList<Region> ordered = regions.values();
    const QCollator collator = frenchCollator();
    // Mainland régions have two-digit codes from 11 up; overseas ones are 01 to 06 and 97x.
    auto overseas = [](const Region &r) { return r.code.size() != 2 || r.code < QLatin1String("10"); };
    std::sort(ordered.begin(), ordered.end(), [&](const Region &l, const Region &r) {
        if (overseas(l) != overseas(r))
            return overseas(r);
        return collator.compare(l.name, r.name) < 0;
    });
    QList<DossierGroup> groups;
    for (const Region &r : std::as_const(ordered)) {
        DossierGroup group { DossierText::name(r.name), -1, true, {}, {} };
        QStringList departements = r.byDepartement.keys();
        std::sort(departements.begin(), departements.end(),
            [&](const QString &l, const QString &r2) { return collator.compare(l, r2) < 0; });
        for (const QString &d : std::as_const(departements)) {
            QList<int> entries = r.byDepartement.value(d);
            sortEntries(data, &entries);
            const QString dname = data.entries.at(entries.first()).departementName;
            const QString title =
                dname.isEmpty() ? d : DossierText::name(dname) + QStringLiteral(" (") + d + QLatin1Char(')');
            group.children.append({ title, -1, false, {}, entries });
        }
        groups.append(group);
    }
    if (!unknown.isEmpty())
        groups.append({ unknownAuthority, -1, true, {}, unknown });
    return groups;
}

} // namespace

int themeIndex(const DossierData &data, const QString &code)
{
    for (int i = 0; i < data.themes.size(); ++i)
        if (data.themes.at(i).code == code)
            return i;
    return -1;
}

QList<DossierGroup> group(const DossierData &data, DossierOptions::Grouping grouping)
{
    switch (grouping) {
    case DossierOptions::Grouping::Theme:
        return byTheme(data);
    case DossierOptions::Grouping::Authority:
        return byAuthority(data);
    case DossierOptions::Grouping::Region:
        return byRegion(data);
    }
    return {};
}

} // namespace DossierGrouping
