// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"

#include <QDate>
#include <QList>
#include <QString>

// The figures of the synthesis, counted from the selection.
struct DossierStatistics
{
    struct Row
    {
        QString label;
        int count = 0;
        int colorIndex = -1; // theme colour, -1 for the accent colour
        QString caption; // starts a group under this caption (a theme, the overseas régions)
    };
    struct Band
    {
        QString label;
        int communes = 0;
        int intercommunalites = 0;
    };

    int contributions = 0;
    int authorities = 0;
    int departements = 0;
    int regions = 0;
    int communes = 0; // distinct authorities of each kind
    int intercommunalites = 0;
    int unknownAuthorities = 0; // contributions whose authority is not confirmed
    int inTargetBand = 0; // communes of 10,000 to 100,000 inhabitants
    QList<Row> perTheme; // by primary theme
    QList<Row> perSubtopic; // sub-topics cited, grouped by theme
    QList<Row> perRegion; // mainland régions, then overseas
    QList<Band> perBand; // population bands of the authorities
    QList<QDate> receipts; // day of receipt of each contribution (campaign time zone), sorted
    QDate opensOn;
    QDate closesOn;

    static DossierStatistics compute(const DossierData &data);
};
