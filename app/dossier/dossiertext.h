// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// How free text and names are set in a dossier (French typography, no break inside names).
namespace DossierText {

// Splits a testimony into paragraphs: blank lines separate them; lines an email client
// wrapped are joined again; short lines (addresses, lists, signatures) keep their breaks.
QStringList paragraphs(const QString &text);

// French punctuation and quotes (FrenchText::typography), spaces tidied.
QString prose(const QString &text);

// A proper name that must not be broken at its hyphens ("Saint-Étienne", "Maine-et-Loire"):
// they become non-breaking hyphens (Qt never hyphenates, so that is the only break to stop).
QString name(const QString &name);

// "2 février 2021", the day in the campaign's time zone.
QString date(const QDateTime &instant, const QString &timeZone = QStringLiteral("Europe/Paris"));

// "26 241 habitants"
QString inhabitants(int population);

// "1 contribution", "12 contributions"
QString count(qint64 n, const QString &singular, const QString &plural);

// Between facts on one line: a middle dot that never starts a line.
QString separator();

} // namespace DossierText
