// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A call for testimonies. Intake closes at the end of closesOn in timeZone.
struct Campaign
{
    qint64 id = 0;
    QString code;
    QString name;
    QString organisers;
    QDate opensOn;
    QDate closesOn;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString language = QStringLiteral("fr");
    bool fourEyes = true; // the person who entered a contribution cannot validate it
};
