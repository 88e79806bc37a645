// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// What the list shows: every criterion left empty matches everything.
struct ContributionFilter
{
    QString text;          // words, each matched as a prefix, accents and case ignored
    QString status;        // review state code
    QString theme;         // theme code
    QString authorityCode; // INSEE or SIREN

    enum class SortColumn { ReceivedAt, Title, Authority, Status, Id };
    SortColumn sortColumn = SortColumn::ReceivedAt;
    bool descending = true;
};

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
