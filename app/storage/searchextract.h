// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The highlighted extract of a PostgreSQL search hit, cut on the client. ts_headline parses the
// whole text of each hit through the French dictionaries: 25–40 ms for a page of 50, more than
// finding the hits. Here the words are compared with the query's lexemes (French stems without
// accents, which start the words they come from), the window of `words` words holding the most
// different lexemes and then the most matches is kept, and the matches are put between « and »,
// as recueil_snippet does on SQLite.
namespace SearchExtract {

struct Lexeme
{
    QString stem; // lower case, no accents
    bool prefix = false; // 'cyber':* in the tsquery
};

// The lexemes of a tsquery's text ("'continu' <-> 'servic' | 'cyber':* & !'papi'"), negated
// ones left out: they are not in a matching text.
QList<Lexeme> lexemesOf(const QString &tsQueryText);

// The extract of `text` around its matches; the beginning of the text when nothing matches.
QString cut(const QString &text, const QList<Lexeme> &lexemes, int words = 16);

} // namespace SearchExtract
