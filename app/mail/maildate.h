// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

// Reads the dates mail programs really write: RFC 5322 and its obsolete forms (two-digit
// years, named and military zones, missing seconds, wrong day names, comments), asctime and
// ISO 8601. Written by hand because GMime and Python read CET/CEST as UTC, an hour off
// around a deadline. A numeric offset always wins over a zone name or comment.
class MailDate
{
public:
    // In UTC; invalid when no date can be read.
    static QDateTime parse(QByteArrayView value);

    // The date of a Received header: what follows its last ';'.
    static QDateTime parseReceived(QByteArrayView value);

    // Offset in minutes east of UTC for a zone name ("cest", "EST"); false when unknown.
    static bool zoneOffset(QByteArrayView name, int *minutes);
};
