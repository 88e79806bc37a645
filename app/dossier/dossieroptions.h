// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What goes into a dossier and how it is arranged. The defaults make the publication:
// validated testimonies by theme, with the synthesis, and no personal contact details.
struct DossierOptions
{
    enum class Grouping { Theme, Authority, Region };

    QStringList statuses { QStringLiteral("validated") }; // review state codes; empty means all
    QStringList themes; // theme codes; empty means all
    Grouping grouping = Grouping::Theme;
    bool includeSynthesis = true;
    // Contacts are printed only for contributions whose contact consented, and only if asked.
    bool includeContacts = false;
    bool listAttachments = true;
    QDate editionDate = QDate::currentDate();
    // Instead of statuses and themes: exactly what the window's list shows (its filters, a
    // queue or a saved search), described for the cover by listLabel.
    bool useListFilter = false;
    ContributionFilter listFilter;
    QString listLabel;

    static QString groupingCode(Grouping grouping);
    static bool groupingFromCode(const QString &code, Grouping *grouping);
};
