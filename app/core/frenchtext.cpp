// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frenchtext.h"

#include <algorithm>

#include <QTimeZone>

namespace FrenchText {

namespace {
constexpr QChar NarrowNbsp(0x202F);
constexpr QChar Nbsp(0x00A0);
} // namespace

QString searchStem(const QString &word)
{
    if (!std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); }))
        return word; // numbers, codes, anything not a plain lower-case word
    // journaux → journa(l), travaux → trava(il); eaux → eau.
    if (word.endsWith(QLatin1String("eaux")))
        return word.chopped(1);
    if (word.endsWith(QLatin1String("aux")) && word.size() >= 6)
        return word.chopped(2);
    // Longest first; "s" and "x" (plurals) last. One ending only.
    static const char *const endings[] = {"ations", "ation", "ements", "ement", "ees", "ee", "es", "er", "e", "s", "x"};
    constexpr qsizetype shortestStem = 4;
    for (const char *ending : endings) {
        const QLatin1String e(ending);
        if (word.endsWith(e) && word.size() - e.size() >= shortestStem)
            return word.chopped(e.size());
    }
    return word;
}

QString foldForSearch(const QString &text)
{
    // Decomposing is the costly step and changes nothing in plain ASCII.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            lastSpace = false;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            // "L'Abergement" is found by "labergement" and by "abergement"
            if (!lastSpace) {
                out.append(QLatin1Char(' '));
                lastSpace = true;
            }
        } else if (!lastSpace) {
            out.append(QLatin1Char(' '));
            lastSpace = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // Ligatures that NFKD leaves whole.
    if (!ascii) {
        out.replace(QChar(0x0153), QStringLiteral("oe"));
        out.replace(QChar(0x00E6), QStringLiteral("ae"));
    }
    return out;
}

QString longDate(const QDate &date, Ordinal first)
{
    static const char *const months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                         "août", "septembre", "octobre", "novembre", "décembre"};
    if (!date.isValid())
        return {};
    const QString day = date.day() != 1 ? QString::number(date.day())
        : first == Ordinal::Raised      ? QStringLiteral("1\u1D49\u02B3")
                                        : QStringLiteral("1er");
    return day + Nbsp + QString::fromUtf8(months[date.month() - 1]) + QLatin1Char(' ')
        + QString::number(date.year());
}

QString longDateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(zone);
    return longDate(local.date()) + QStringLiteral(" à ") + QString::number(local.time().hour())
        + Nbsp + QStringLiteral("h") + Nbsp + QStringLiteral("%1").arg(local.time().minute(), 2, 10, QLatin1Char('0'));
}

QString number(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, NarrowNbsp);
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString typography(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    bool openQuote = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        auto trimSpaceBefore = [&out] {
            while (out.endsWith(QLatin1Char(' ')) || out.endsWith(Nbsp) || out.endsWith(NarrowNbsp))
                out.chop(1);
        };
        const bool beforeSpaceOrEnd = i + 1 >= text.size() || text.at(i + 1).isSpace();
        if ((c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?')) && beforeSpaceOrEnd) {
            trimSpaceBefore();
            if (!out.isEmpty())
                out.append(NarrowNbsp);
            out.append(c);
        } else if (c == QLatin1Char(':') && beforeSpaceOrEnd) {
            trimSpaceBefore();
            if (!out.isEmpty())
                out.append(Nbsp);
            out.append(c);
        } else if (c == QChar(0x00AB)) { // «
            out.append(c);
            out.append(NarrowNbsp);
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
        } else if (c == QChar(0x00BB)) { // »
            trimSpaceBefore();
            out.append(NarrowNbsp);
            out.append(c);
        } else if (c == QLatin1Char('"')) {
            // Straight quotes become guillemets, alternately opening and closing.
            if (openQuote) {
                out.append(QChar(0x00AB));
                out.append(NarrowNbsp);
            } else {
                trimSpaceBefore();
                out.append(NarrowNbsp);
                out.append(QChar(0x00BB));
            }
            openQuote = !openQuote;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace FrenchText
