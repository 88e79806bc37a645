// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class Database;
struct Authority;
struct Eligibility;
struct Subtopic;
struct Theme;

// How the interface writes domain values: labels in the interface language,
// dates and numbers the French way on a French system.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)

public:
    static bool isFrench();
    // A French label as stored, with the typographic apostrophe.
    static QString frenchLabel(const QString &stored);
    static QString themeLabel(const Theme &theme);
    static QString subtopicLabel(const Subtopic &subtopic);
    // "20 mars 2021", "1er mars 2021"; "20 March 2021" in English.
    static QString longDate(const QDate &date);
    static QString number(qint64 value);
    // "22 mars 2021 à 9 h 30" in the given zone; "22 March 2021 at 09:30" in English.
    static QString longDateTime(const QDateTime &instant, const QTimeZone &zone);
    // "12,5 Ko", "3 Mo", "512 octets"; "12.5 KB" in English.
    static QString fileSize(qint64 bytes);
    // "Saumur (49)"
    static QString authorityName(const QString &name, const QString &departement);
    // "Saumur (49) — 26 241 hab."
    static QString authorityChoice(const Authority &authority);
    // A person named after « de » in French: « d’Anne Martin », « d’Hélène Dupré », « de Paul
    // Durand »; the name alone in English ("under the name Anne Martin").
    static QString ofPerson(const QString &name);
    // The name a login goes by among the campaign's people (the login itself when it has none).
    static QString personName(const Database &db, const QString &login);
    // Why an authority is outside the call's target, as a warning: the call is open to communes
    // of 10 000 to 100 000 inhabitants… ; the contribution is accepted all the same.
    static QString outsideTarget(const Eligibility &target, const Authority &authority);
    // "communes and intercommunalités", "communes, départements and régions"
    static QString kindsText(const QStringList &kinds);
};
