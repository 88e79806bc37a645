// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchextract.h"

#include "core/frenchtext.h"

#include <algorithm>
#include <vector>

namespace SearchExtract {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    int lexeme = -1; // index of the matched lexeme, or -1
};

// A French stem is the start of its word, minus a suffix of a few letters ("vaccination" →
// "vaccin"): a longer word with the same start is another word ("part" is not "partenariat").
constexpr qsizetype maxSuffix = 6;

int matchOf(const QString &word, const QList<Lexeme> &lexemes)
{
    const QString folded = FrenchText::foldForSearch(word).remove(QLatin1Char(' '));
    for (int i = 0; i < lexemes.size(); ++i) {
        const Lexeme &l = lexemes.at(i);
        if (l.stem.isEmpty())
            continue;
        if (l.prefix) {
            if (folded.startsWith(l.stem))
                return i;
            continue;
        }
        // The stemmer also rewrites a last letter or two ("nombreuses" → "nombreux",
        // "journaux" → "journal"): a long stem may differ from its word in its last letter.
        const bool starts = folded.startsWith(l.stem)
            || (l.stem.size() >= 5 && folded.startsWith(QStringView(l.stem).chopped(1)));
        if (starts && folded.size() - l.stem.size() <= maxSuffix)
            return i;
    }
    return -1;
}

} // namespace

QList<Lexeme> lexemesOf(const QString &tsQueryText)
{
    QList<Lexeme> lexemes;
    // Whether each open parenthesis is negated ("!( … )"): what must not be there is not
    // highlighted.
    QList<bool> negatedGroups { false };
    bool negateNext = false;
    const QString &t = tsQueryText;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('!')) {
            negateNext = true;
        } else if (c == QLatin1Char('(')) {
            negatedGroups.append(negatedGroups.last() || negateNext);
            negateNext = false;
        } else if (c == QLatin1Char(')')) {
            if (negatedGroups.size() > 1)
                negatedGroups.removeLast();
        } else if (c == QLatin1Char('\'')) {
            QString stem;
            qsizetype j = i + 1;
            for (; j < t.size(); ++j) {
                if (t.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < t.size() && t.at(j + 1) == QLatin1Char('\'')) {
                        stem += QLatin1Char('\'');
                        ++j;
                        continue;
                    }
                    break;
                }
                stem += t.at(j);
            }
            i = j; // the closing quote
            bool prefix = false;
            if (i + 1 < t.size() && t.at(i + 1) == QLatin1Char(':')) {
                for (++i; i + 1 < t.size() && (t.at(i + 1) == QLatin1Char('*') || (t.at(i + 1) >= QLatin1Char('A')
                                                   && t.at(i + 1) <= QLatin1Char('D')));
                     ++i)
                    prefix = prefix || t.at(i + 1) == QLatin1Char('*');
            }
            if (!stem.isEmpty() && !negateNext && !negatedGroups.last())
                lexemes.append({ stem.toLower(), prefix });
            negateNext = false;
        } else if (!c.isSpace()) {
            negateNext = false;
        }
    }
    return lexemes;
}

QString cut(const QString &text, const QList<Lexeme> &lexemes, int words)
{
    words = std::clamp(words, 4, 64);
    std::vector<Word> all;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        Word w;
        w.start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        w.end = i;
        all.push_back(w);
    }
    if (all.empty())
        return {};
    std::vector<size_t> hits;
    for (size_t k = 0; k < all.size(); ++k) {
        all[k].lexeme = matchOf(text.mid(all[k].start, all[k].end - all[k].start), lexemes);
        if (all[k].lexeme >= 0)
            hits.push_back(k);
    }
    // The window holding the most different lexemes, then the most matches.
    size_t first = 0;
    if (!hits.empty()) {
        std::pair<int, int> best { -1, -1 };
        size_t bestHit = hits.front();
        for (size_t h = 0; h < hits.size(); ++h) {
            std::vector<bool> seen(size_t(lexemes.size()), false);
            int distinct = 0;
            int count = 0;
            // The words shown from this match on: the window less its leading context.
            for (size_t j = h; j < hits.size() && hits[j] < hits[h] + size_t(words - words / 4); ++j) {
                ++count;
                const auto lexeme = size_t(all[hits[j]].lexeme);
                if (!seen[lexeme]) {
                    seen[lexeme] = true;
                    ++distinct;
                }
            }
            if (std::pair(distinct, count) > best) {
                best = { distinct, count };
                bestHit = hits[h];
            }
        }
        // A few words of context before the first match.
        first = bestHit > size_t(words / 4) ? bestHit - size_t(words / 4) : 0;
    }
    const size_t last = std::min(all.size(), first + size_t(words)) - 1;
    QString out;
    if (first > 0)
        out += QStringLiteral("…");
    for (size_t k = first; k <= last; ++k) {
        if (k > first)
            out += QStringView(text).sliced(all[k - 1].end, all[k].start - all[k - 1].end);
        const QStringView word = QStringView(text).sliced(all[k].start, all[k].end - all[k].start);
        if (all[k].lexeme >= 0)
            out += QStringLiteral("«") + word + QStringLiteral("»");
        else
            out += word;
    }
    if (last + 1 < all.size())
        out += QStringLiteral("…");
    else
        out += QStringView(text).sliced(all[last].end).trimmed(); // the closing punctuation
    return out;
}

} // namespace SearchExtract
