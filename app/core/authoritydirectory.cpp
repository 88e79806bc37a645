// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritydirectory.h"

#include "core/frenchtext.h"

#include <QFile>
#include <QVarLengthArray>

#include <algorithm>

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Calls f(fields) for each data line of a tab-separated file with one header line. The fields
// are views into tsv: the directory's 35,000 lines are read at every start.
template<typename F>
void forEachRow(const QByteArray &tsv, F f)
{
    const QByteArrayView all(tsv);
    QVarLengthArray<QByteArrayView, 12> fields;
    qsizetype pos = all.indexOf('\n');
    while (pos >= 0 && pos + 1 < all.size()) {
        const qsizetype start = pos + 1;
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        pos = end < all.size() ? end : -1;
        const QByteArrayView line = all.sliced(start, end - start);
        if (line.isEmpty())
            continue;
        fields.clear();
        for (qsizetype from = 0;;) {
            const qsizetype tab = line.indexOf('\t', from);
            fields.append(line.sliced(from, (tab < 0 ? line.size() : tab) - from));
            if (tab < 0)
                break;
            from = tab + 1;
        }
        f(fields);
    }
}

// The forms of a folded name that people write: "les abymes", "abymes", "lesabymes".
QStringList nameKeys(const QString &folded)
{
    QStringList keys{folded};
    static const QStringList articles = {QStringLiteral("les "), QStringLiteral("le "), QStringLiteral("la "),
                                         QStringLiteral("l ")};
    for (const QString &article : articles)
        if (folded.startsWith(article))
            keys.append(folded.mid(article.size()));
    for (qsizetype i = 0, n = keys.size(); i < n; ++i)
        keys.append(QString(keys.at(i)).remove(QLatin1Char(' ')));
    keys.removeDuplicates();
    return keys;
}

} // namespace

QList<int> AuthorityDirectory::indexesNamed(const QString &name) const
{
    return m_byName.value(FrenchText::foldForSearch(name));
}

const AuthorityDirectory &AuthorityDirectory::official()
{
    static const AuthorityDirectory directory = [] {
        AuthorityDirectory d;
        d.loadFromTsv(readResource(QStringLiteral(":/authorities/authorities.tsv")),
                      readResource(QStringLiteral(":/authorities/departements.tsv")),
                      readResource(QStringLiteral(":/authorities/regions.tsv")));
        d.m_version = QString::fromUtf8(readResource(QStringLiteral(":/authorities/VERSION"))).trimmed();
        return d;
    }();
    return directory;
}

bool AuthorityDirectory::loadFromTsv(const QByteArray &authorities, const QByteArray &departements,
                                     const QByteArray &regions)
{
    using Fields = QVarLengthArray<QByteArrayView, 12>;
    forEachRow(regions, [this](const Fields &f) {
        if (f.size() >= 2)
            m_regions.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
    });
    forEachRow(departements, [this](const Fields &f) {
        if (f.size() >= 3) {
            m_departements.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
            m_regionOfDepartement.insert(QString::fromUtf8(f[0]), QString::fromUtf8(f[2]));
        }
    });
    forEachRow(authorities, [this](const Fields &f) {
        if (f.size() < 8)
            return;
        Authority a;
        a.kind = f[0] == "epci" ? Authority::Kind::Epci : Authority::Kind::Commune;
        a.code = QString::fromUtf8(f[1]);
        a.name = QString::fromUtf8(f[2]);
        a.departement = QString::fromUtf8(f[3]);
        a.region = QString::fromUtf8(f[4]);
        a.population = f[5].toInt();
        a.epciCode = QString::fromUtf8(f[6]);
        if (!f[7].isEmpty())
            a.postcodes = QString::fromUtf8(f[7]).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const int index = int(m_authorities.size());
        m_byCode.insert(a.code, index);
        const QString folded = FrenchText::foldForSearch(a.name);
        m_foldedNames.append(folded);
        m_nameWords.append(folded.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        for (const QString &key : nameKeys(folded))
            m_byName[key].append(index);
        m_authorities.append(std::move(a));
    });
    return !m_authorities.isEmpty();
}

Authority AuthorityDirectory::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code.trimmed());
    return it == m_byCode.cend() ? Authority{} : m_authorities.at(*it);
}

QList<Authority> AuthorityDirectory::search(const QString &text, int limit) const
{
    const QString query = FrenchText::foldForSearch(text);
    if (query.isEmpty())
        return {};
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool digits = std::all_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit(); });

    struct Hit { int index; int rank; };
    QList<Hit> hits;
    for (int i = 0; i < m_authorities.size(); ++i) {
        const Authority &a = m_authorities.at(i);
        if (digits) {
            if (a.code == query || a.code.startsWith(query))
                hits.append({i, 0});
            else if (std::any_of(a.postcodes.cbegin(), a.postcodes.cend(),
                                 [&](const QString &p) { return p.startsWith(query); }))
                hits.append({i, 1});
            continue;
        }
        const QString &name = m_foldedNames.at(i);
        const QStringList &nameWords = m_nameWords.at(i);
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return std::any_of(nameWords.cbegin(), nameWords.cend(),
                               [&](const QString &n) { return n.startsWith(w); });
        });
        if (!all)
            continue;
        // Exact name first, then names that start with the query, then word matches.
        const int rank = name == query ? 0 : name.startsWith(query) ? 1 : 2;
        hits.append({i, rank});
    }
    std::sort(hits.begin(), hits.end(), [this](const Hit &l, const Hit &r) {
        if (l.rank != r.rank)
            return l.rank < r.rank;
        return m_authorities.at(l.index).population > m_authorities.at(r.index).population;
    });
    QList<Authority> result;
    for (const Hit &h : std::as_const(hits)) {
        if (result.size() >= limit)
            break;
        result.append(m_authorities.at(h.index));
    }
    return result;
}
