// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"
#include "dossier/dossieroptions.h"

#include <QList>
#include <QString>

// A part of the dossier's body: a theme, a sub-topic, a région, a département, an authority.
struct DossierGroup
{
    QString title;
    int themeIndex = -1; // colour of the part; -1 for none
    bool startsPage = false;
    QList<DossierGroup> children;
    QList<int> entries; // indexes into DossierData::entries, in printing order
};

// Arranges the selection into parts, in the order a reader expects: the call's themes and
// sub-topics in the campaign's order; authorities, régions and départements alphabetically
// (French collation), overseas after mainland France.
namespace DossierGrouping {

QList<DossierGroup> group(const DossierData &data, DossierOptions::Grouping grouping);

// The theme's position in the campaign (for its colour), or -1.
int themeIndex(const DossierData &data, const QString &code);

} // namespace DossierGrouping
