// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritysuggester.h"

#include "core/authoritydirectory.h"
#include "core/frenchtext.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Words of a domain that say what kind of body writes, not which one.
const QSet<QString> &genericDomainWords()
{
    static const QSet<QString> words = {
        QStringLiteral("mairie"), QStringLiteral("ville"), QStringLiteral("villede"), QStringLiteral("commune"),
        QStringLiteral("cc"), QStringLiteral("ca"), QStringLiteral("cu"), QStringLiteral("ccas"),
        QStringLiteral("agglo"), QStringLiteral("agglomeration"), QStringLiteral("communaute"), QStringLiteral("metropole"),
        QStringLiteral("www"), QStringLiteral("mail"), QStringLiteral("smtp"), QStringLiteral("mx"),
        QStringLiteral("webmail"), QStringLiteral("de"), QStringLiteral("des"), QStringLiteral("du"),
        QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("d"), QStringLiteral("l"),
        QStringLiteral("cd"), QStringLiteral("territoire"), QStringLiteral("grand"),
    };
    return words;
}

const QSet<QString> &epciMarkers()
{
    static const QSet<QString> words = {QStringLiteral("agglo"), QStringLiteral("agglomeration"),
                                        QStringLiteral("communaute"), QStringLiteral("cc"), QStringLiteral("ca"),
                                        QStringLiteral("cu"), QStringLiteral("metropole"), QStringLiteral("interco")};
    return words;
}

} // namespace

bool AuthoritySuggester::isPublicMailService(const QString &domain)
{
    static const QSet<QString> services = {
        QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"), QStringLiteral("yahoo.fr"),
        QStringLiteral("yahoo.com"), QStringLiteral("hotmail.fr"), QStringLiteral("hotmail.com"),
        QStringLiteral("outlook.fr"), QStringLiteral("outlook.com"), QStringLiteral("live.fr"),
        QStringLiteral("live.com"), QStringLiteral("msn.com"), QStringLiteral("orange.fr"),
        QStringLiteral("wanadoo.fr"), QStringLiteral("free.fr"), QStringLiteral("sfr.fr"),
        QStringLiteral("neuf.fr"), QStringLiteral("laposte.net"), QStringLiteral("bbox.fr"),
        QStringLiteral("numericable.fr"), QStringLiteral("aol.com"), QStringLiteral("icloud.com"),
        QStringLiteral("me.com"), QStringLiteral("gmx.fr"), QStringLiteral("gmx.com"),
        QStringLiteral("protonmail.com"), QStringLiteral("proton.me"), QStringLiteral("yandex.com"),
    };
    return services.contains(domain.toLower());
}

AuthoritySuggester::AuthoritySuggester(const AuthorityDirectory &directory)
    : m_directory(directory)
{
}

Authority AuthoritySuggester::bestCommuneNamed(const QString &folded) const
{
    // Several communes share a name (Saint-Denis…): the most populous one is the likelier writer.
    Authority best;
    for (int index : m_directory.indexesNamed(folded)) {
        const Authority &a = m_directory.all().at(index);
        if (a.kind == Authority::Kind::Commune && a.population > best.population)
            best = a;
    }
    return best;
}

Authority AuthoritySuggester::bestEpciMatching(const QStringList &words) const
{
    Authority best;
    if (words.isEmpty())
        return best;
    for (const Authority &a : m_directory.search(words.join(QLatin1Char(' ')), 200)) {
        if (a.kind != Authority::Kind::Epci)
            continue;
        if (a.population > best.population)
            best = a;
    }
    return best;
}

Authority AuthoritySuggester::fromDomain(const QString &domain) const
{
    const QString d = domain.trimmed().toLower();
    if (d.isEmpty() || isPublicMailService(d))
        return {};
    // The registrable part: "ccas.mairie-longwy.fr" → "mairie-longwy".
    QStringList labels = d.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    labels.removeLast();
    const QString label = labels.last();
    const QStringList tokens = FrenchText::foldForSearch(QString(label).replace(QLatin1Char('-'), QLatin1Char(' ')))
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool epci = false;
    QStringList meaningful;
    for (const QString &t : tokens) {
        if (epciMarkers().contains(t))
            epci = true;
        if (!genericDomainWords().contains(t))
            meaningful.append(t);
    }
    if (meaningful.isEmpty())
        return {};
    // "choletagglomeration": a name and a marker written as one word.
    if (meaningful.size() == 1) {
        QString word = meaningful.first();
        for (const QString &marker : {QStringLiteral("agglomeration"), QStringLiteral("agglo"),
                                      QStringLiteral("metropole"), QStringLiteral("communaute")}) {
            if (word.size() > marker.size() + 2 && (word.endsWith(marker) || word.startsWith(marker))) {
                word = word.endsWith(marker) ? word.chopped(marker.size()) : word.mid(marker.size());
                epci = true;
                meaningful = {word};
                break;
            }
        }
    }
    if (epci) {
        const Authority a = bestEpciMatching(meaningful);
        if (a.isValid())
            return a;
    }
    return bestCommuneNamed(meaningful.join(QLatin1Char(' ')));
}

Authority AuthoritySuggester::fromText(const QString &text) const
{
    // "Communauté d'agglomération Saumur Val de Loire", "CA du Saumurois", "Ville de Martigues"…
    static const QRegularExpression epciPhrase(
        QStringLiteral(R"((?:Communaut[ée] (?:d['’]agglom[ée]ration|de communes|urbaine)|M[ée]tropole)(?: d[eu]s?| de la| de l['’]| d['’])?\s+([A-ZÀ-Ý][\w'’ -]{2,60}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression communePhrase(
        QStringLiteral(R"((?:[Vv]ille|[Mm]airie|[Cc]ommune|CCAS|[Cc]entre communal d['’]action sociale)\s+(?:de la |de l['’]|d['’]|du |des |de )\s*([A-ZÀ-Ý][\w'’-]*(?:[ -](?:[Ss]ur|[Ss]ous|[Ee]n|[Ll]e|[Ll]a|[Ll]es|[Dd]e|[Dd]es|[Dd]u|l['’]|d['’]|[A-ZÀ-Ý][\w'’-]*))*))"),
        QRegularExpression::UseUnicodePropertiesOption);

    auto it = epciPhrase.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Try the longest name first, dropping trailing words ("Saumur Val de Loire a mis" → "Saumur Val de Loire").
        QStringList words = FrenchText::foldForSearch(m.captured(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!words.isEmpty()) {
            for (const Authority &a : m_directory.search(words.join(QLatin1Char(' ')), 20))
                if (a.kind == Authority::Kind::Epci)
                    return a;
            words.removeLast();
        }
    }
    it = communePhrase.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1);
        QStringList words = FrenchText::foldForSearch(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool plural = m.captured(0).contains(QStringLiteral(" des "));
        while (!words.isEmpty()) {
            const QString candidate = words.join(QLatin1Char(' '));
            Authority a = bestCommuneNamed(plural ? QStringLiteral("les ") + candidate : candidate);
            if (!a.isValid())
                a = bestCommuneNamed(candidate);
            if (a.isValid())
                return a;
            words.removeLast();
        }
    }
    return {};
}

AuthoritySuggester::Suggestion AuthoritySuggester::suggest(const Evidence &e) const
{
    const QString domain = e.fromAddress.section(QLatin1Char('@'), 1);
    // The signature and the end of the text are where people say who they are.
    const QString tail = e.text.right(600);
    const struct
    {
        QString text;
        const char *reason;
    } texts[] = {{tail, "signature"}, {e.subject, "subject"}, {e.fromName, "name"}, {e.text.left(1500), "text"}};

    const Authority byDomain = fromDomain(domain);
    if (byDomain.isValid())
        return {byDomain, QStringLiteral("domain")};
    for (const auto &t : texts) {
        const Authority a = fromText(t.text);
        if (a.isValid())
            return {a, QString::fromLatin1(t.reason)};
    }
    return {};
}
