// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What the list shows: every criterion left empty matches everything.
struct ContributionFilter
{
    QString text;          // words, each matched as a prefix, accents and case ignored
    QString status;        // review state code
    QStringList statuses;  // any of these review states (a queue of several); empty = any
    QString theme;         // theme code
    QString authorityCode; // INSEE or SIREN
    QString subtopic;      // sub-topic code
    QString departement;   // code, e.g. "49", "971"
    QString region;        // code, e.g. "52"
    int populationMin = 0; // inclusive; 0 = no bound
    int populationMax = 0; // inclusive; 0 = no bound
    QString assignedTo;    // reviewer's login
    QDateTime receivedFrom; // inclusive
    QDateTime receivedTo;   // exclusive
    QList<qint64> ids;      // only these (a selection); empty = all

    // True when some criterion leaves contributions out (the sort order does not).
    bool narrows() const
    {
        return !text.trimmed().isEmpty() || !status.isEmpty() || !statuses.isEmpty() || !theme.isEmpty()
            || !authorityCode.isEmpty() || !subtopic.isEmpty() || !departement.isEmpty() || !region.isEmpty()
            || populationMin > 0 || populationMax > 0 || !assignedTo.isEmpty() || receivedFrom.isValid()
            || receivedTo.isValid() || !ids.isEmpty();
    }

    enum class SortColumn { ReceivedAt, Title, Authority, Status, Id };
    SortColumn sortColumn = SortColumn::ReceivedAt;
    bool descending = true;
};

// One result of a full-text search: the line of the list, its rank and where it matched.
struct SearchHit;

// One line of the contribution list.
struct ContributionSummary
{
    qint64 id = 0;
    QString title;
    QString authorityCode;
    QString authorityName;
    QString departement;
    QDateTime receivedAt;
    QString status;
    QString primaryTheme;
    QString channel;
    QString contactName;
};

struct SearchHit
{
    ContributionSummary summary;
    double rank = 0;     // lower is better (bm25)
    QString snippet;     // matching words between « and »
};
