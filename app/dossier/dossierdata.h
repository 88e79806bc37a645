// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/authority.h"
#include "core/campaign.h"
#include "core/contribution.h"
#include "core/taxonomy.h"

#include <QList>
#include <QString>
#include <QStringList>

// One contribution with everything the dossier prints about it, resolved from the store.
struct DossierEntry
{
    Contribution contribution;
    Authority authority; // invalid when the authority is not confirmed yet
    QString departementName;
    QString regionName;
    QStringList attachmentNames;
    // Names that identify the sender (contact, From: of the emails): masked unless printed.
    QStringList senderNames;
    QStringList senderAddresses;
};

// The selection a dossier is made from: plain values, safe to hand to a worker thread
// (the database connection stays on the thread that opened it).
struct DossierData
{
    Campaign campaign;
    QList<Theme> themes; // in the campaign's order
    QList<Subtopic> subtopics; // grouped by theme, in order
    QList<DossierEntry> entries;
    QString selectionLabel; // "Contributions validées", said on the cover
};
