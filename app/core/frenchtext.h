// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// French text conventions shared by the list, the editor and the dossiers.
namespace FrenchText {

// Lower case, accents removed, punctuation and hyphens turned into spaces, spaces collapsed:
// the form compared by type-ahead and filters ("Saint-Étienne" → "saint etienne").
QString foldForSearch(const QString &text);

// The start shared by a folded French word's inflections, to search it as a prefix: plural,
// feminine and the common noun and verb endings removed, one of them, keeping four letters at
// least ("numeriques" → "numeriqu", "travaux" → "trava", "vaccination" → "vaccin"). A light
// stemmer for where no French stemmer runs (SQLite); a word it does not know stays whole.
QString searchStem(const QString &foldedWord);

// "20 mars 2021"
// The first of the month is « 1er »; in print its ordinal is raised, « 1ᵉʳ » (modifier letters,
// which the dossier's fonts carry), as French typography writes it.
enum class Ordinal { Plain, Raised };
QString longDate(const QDate &date, Ordinal first = Ordinal::Plain);
// "20 mars 2021 à 23 h 59" in the given zone (Europe/Paris by default)
QString longDateTime(const QDateTime &instant, const QTimeZone &zone);
// "12 000" with a narrow no-break space as thousands separator
QString number(qint64 value);
// French punctuation: narrow no-break space before ; ! ? and no-break space before :,
// « guillemets » with narrow no-break spaces inside.
QString typography(const QString &text);

} // namespace FrenchText
