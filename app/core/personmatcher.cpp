// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/personmatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// Characters of local parts as addresses are really written: none may stand right before the
// address, or it is part of a longer one. ('=' is left out: "smtp.mail=jean@x.fr" in a header,
// "bounce-jean=x.fr@…" in a bounce address name the person.)
const QString localChars = QStringLiteral("A-Za-z0-9._%+\\-");

// Words that make a display name an institution's, not a person's.
const QSet<QString> &institutionWords()
{
    static const QSet<QString> words = { QStringLiteral("mairie"), QStringLiteral("ville"),
        QStringLiteral("commune"), QStringLiteral("communaute"), QStringLiteral("agglomeration"),
        QStringLiteral("agglo"), QStringLiteral("metropole"), QStringLiteral("departement"),
        QStringLiteral("region"), QStringLiteral("conseil"), QStringLiteral("service"),
        QStringLiteral("services"), QStringLiteral("direction"), QStringLiteral("cabinet"),
        QStringLiteral("ccas"), QStringLiteral("hotel"), QStringLiteral("secretariat"),
        QStringLiteral("accueil"), QStringLiteral("cellule"), QStringLiteral("pole"),
        QStringLiteral("syndicat"), QStringLiteral("office"), QStringLiteral("contact"),
        QStringLiteral("communication"), QStringLiteral("equipe"), QStringLiteral("intercommunalite"),
        QStringLiteral("city"), QStringLiteral("council"), QStringLiteral("team"), QStringLiteral("office") };
    return words;
}

// One character of the folded form, appended with where it came from.
void appendFolded(QChar ch, QString *folded)
{
    const char16_t u = ch.unicode();
    if (u < 0x80) {
        folded->append(QChar(u >= 'A' && u <= 'Z' ? u + 32 : u));
        return;
    }
    switch (u) {
    case u'œ':
    case u'Œ':
        folded->append(QStringLiteral("oe"));
        return;
    case u'æ':
    case u'Æ':
        folded->append(QStringLiteral("ae"));
        return;
    case u'ß':
        folded->append(QStringLiteral("ss"));
        return;
    case u'\u2019':
    case u'\u2018':
    case u'\u02bc':
        folded->append(QLatin1Char('\''));
        return;
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
        folded->append(QLatin1Char('-'));
        return;
    default:
        break;
    }
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed)
        if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_Enclosing)
            folded->append(d.toLower());
}

// Lower case, accents removed, every run of white space one space: the form names are compared in.
QString fold(const QString &text, QList<qsizetype> *origin = nullptr)
{
    QString out;
    out.reserve(text.size());
    if (origin) {
        origin->clear();
        origin->reserve(text.size());
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isSpace()) {
            if (!out.isEmpty() && out.back() == QLatin1Char(' '))
                continue;
            out.append(QLatin1Char(' '));
            if (origin)
                origin->append(i);
            continue;
        }
        const qsizetype before = out.size();
        appendFolded(ch, &out);
        if (origin)
            for (qsizetype k = before; k < out.size(); ++k)
                origin->append(i);
    }
    return out;
}

QString phonePattern(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    if (digits.startsWith(QLatin1String("0033")))
        digits = QLatin1Char('0') + digits.mid(4);
    else if (digits.startsWith(QLatin1String("33")) && digits.size() == 11)
        digits = QLatin1Char('0') + digits.mid(2);
    if (digits.size() < 6)
        return QString();
    const QString sep = QStringLiteral("[ .\\-/]?");
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0'))) {
        QStringList rest;
        for (const QChar d : QStringView(digits).mid(1))
            rest << QString(d);
        return QStringLiteral("(?<![0-9])(?:\\+ ?33 ?(?:\\(0\\) ?)?|0033 ?|0)") + rest.join(sep)
            + QStringLiteral("(?![0-9])");
    }
    QStringList all;
    for (const QChar d : digits)
        all << QString(d);
    return QStringLiteral("(?<![0-9])") + all.join(sep) + QStringLiteral("(?![0-9])");
}

} // namespace

QString PersonMatcher::placeholder()
{
    return QStringLiteral("[effacé]");
}

bool PersonMatcher::isSearchableName(const QString &name)
{
    const QString folded = fold(name.trimmed());
    if (folded.contains(QLatin1Char('@')))
        return false;
    const QStringList words = folded.split(QRegularExpression(QStringLiteral("[ \\-']")), Qt::SkipEmptyParts);
    int longWords = 0;
    for (const QString &w : words) {
        if (institutionWords().contains(w))
            return false;
        for (const QChar c : w)
            if (c.isDigit())
                return false;
        if (std::count_if(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); }) >= 2)
            ++longWords;
    }
    // One word (« Saumur », « Claire ») would erase other people's words: a full name only.
    return folded.count(QLatin1Char(' ')) >= 1 && longWords >= 2;
}

PersonMatcher::PersonMatcher(const PersonIdentity &person)
{
    QStringList addressAlternatives;
    QSet<QString> seen;
    for (const QString &spelling : person.addresses) {
        const QString a = spelling.trimmed();
        const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || at == a.size() - 1)
            continue;
        Address address { a.left(at), a.mid(at + 1).toLower() };
        const QString key = address.local + QLatin1Char('@') + address.domain;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_addresses << address;
        addressAlternatives << QRegularExpression::escape(address.local) + QLatin1Char('@')
                + QRegularExpression::escape(address.domain);
    }
    if (!addressAlternatives.isEmpty())
        m_addressPattern = QRegularExpression(QStringLiteral("(?<![%1])(?:%2)(?![A-Za-z0-9\\-_]|\\.[A-Za-z0-9])")
                                                  .arg(localChars, addressAlternatives.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);

    QStringList folded;
    for (const QString &name : person.names) {
        if (!isSearchableName(name) || m_names.contains(name.trimmed()))
            continue;
        m_names << name.trimmed();
        const QString f = fold(name.trimmed());
        QStringList words = f.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString boundaryBefore = QStringLiteral("(?<![\\p{L}\\p{N}_\\-])");
        const QString boundaryAfter = QStringLiteral("(?![\\p{L}\\p{N}_\\-])");
        folded << boundaryBefore + QRegularExpression::escape(words.join(QLatin1Char(' '))) + boundaryAfter;
        // « DUPRÉ Hélène », as signatures and lists write it.
        words.prepend(words.takeLast());
        folded << boundaryBefore + QRegularExpression::escape(words.join(QLatin1Char(' '))) + boundaryAfter;
    }
    for (const QString &phone : person.phones) {
        const QString p = phonePattern(phone);
        if (!p.isEmpty())
            folded << p;
    }
    folded.removeDuplicates();
    // Longest first: a longer spelling is never left half-replaced by a shorter one.
    std::sort(folded.begin(), folded.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (!folded.isEmpty())
        m_folded = QRegularExpression(QStringLiteral("(?:") + folded.join(QStringLiteral(")|(?:")) + QLatin1Char(')'),
            QRegularExpression::UseUnicodePropertiesOption);
}

QList<PersonMatcher::Span> PersonMatcher::find(const QString &text, EntityLookup entities) const
{
    QList<Span> spans;
    if (text.isEmpty() || isEmpty())
        return spans;

    // The text as read: character references decoded, each character knowing its source.
    QString decoded;
    QList<Span> source;
    const bool hasEntities = entities && text.contains(QLatin1Char('&'));
    if (hasEntities) {
        decoded.reserve(text.size());
        source.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
                if (semi > i + 1 && semi - i <= 32) {
                    const QString value = entities(QStringView(text).mid(i + 1, semi - i - 1));
                    if (!value.isNull()) {
                        for (const QChar c : value) {
                            decoded.append(c);
                            source.append({ i, semi + 1 });
                        }
                        i = semi;
                        continue;
                    }
                }
            }
            decoded.append(text.at(i));
            source.append({ i, i + 1 });
        }
    }
    const QString &d = hasEntities ? decoded : text;
    auto toText = [&](qsizetype start, qsizetype end) {
        return hasEntities ? Span { source.at(start).start, source.at(end - 1).end } : Span { start, end };
    };

    if (m_addressPattern.isValid() && !m_addresses.isEmpty()) {
        auto it = m_addressPattern.globalMatch(d);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString found = m.captured();
            const qsizetype at = found.lastIndexOf(QLatin1Char('@'));
            const QString local = found.left(at);
            const QString domain = found.mid(at + 1).toLower();
            // The local part whole, in any case: mail servers treat Jean.Dupont@ and jean.dupont@
            // as one mailbox, and so do people (Postmaster@ in a body, postmaster@ in From).
            const bool exact = std::any_of(m_addresses.cbegin(), m_addresses.cend(), [&](const Address &a) {
                return a.local.compare(local, Qt::CaseInsensitive) == 0 && a.domain == domain;
            });
            if (exact)
                spans << toText(m.capturedStart(), m.capturedEnd());
        }
    }
    if (!m_folded.pattern().isEmpty()) {
        QList<qsizetype> origin;
        const QString f = fold(d, &origin);
        auto it = m_folded.globalMatch(f);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            qsizetype end = origin.at(m.capturedEnd() - 1) + 1;
            // Combining accents after the last letter fold to nothing: they belong to the match.
            while (end < d.size()
                && (d.at(end).category() == QChar::Mark_NonSpacing || d.at(end).category() == QChar::Mark_Enclosing))
                ++end;
            spans << toText(origin.at(m.capturedStart()), end);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.start < merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged << s;
    }
    return merged;
}

bool PersonMatcher::matches(const QString &text, EntityLookup entities) const
{
    return !find(text, entities).isEmpty();
}

QString PersonMatcher::scrub(const QString &text, int *count, EntityLookup entities, const QString &with) const
{
    const QList<Span> spans = find(text, entities);
    if (spans.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (const Span &s : spans) {
        out += QStringView(text).mid(from, s.start - from);
        out += with;
        from = s.end;
    }
    out += QStringView(text).mid(from);
    if (count)
        *count += int(spans.size());
    return out;
}

QString PersonMatcher::mask(const QString &text, int *count, QChar fill) const
{
    const QList<Span> spans = find(text, nullptr);
    if (spans.isEmpty())
        return text;
    QString out = text;
    for (const Span &s : spans)
        for (qsizetype i = s.start; i < s.end; ++i)
            out[i] = fill;
    if (count)
        *count += int(spans.size());
    return out;
}

namespace {

QJsonValue scrubJson(const QJsonValue &value, const PersonMatcher &matcher, int *count)
{
    if (value.isString())
        return matcher.scrub(value.toString(), count);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(scrubJson(v, matcher, count));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), scrubJson(it.value(), matcher, count));
        return out;
    }
    return value;
}

} // namespace

QString PersonMatcher::scrubStored(const QString &value, int *count, const QHash<QString, QString> &ids) const
{
    if (!ids.isEmpty()) {
        // The import log names the person's Message-IDs.
        QString mapped = value;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            if (mapped.contains(it.key())) {
                mapped.replace(it.key(), it.value());
                ++*count;
            }
        if (mapped != value)
            return scrubStored(mapped, count);
    }
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &parsed);
        if (parsed.error == QJsonParseError::NoError && !doc.isNull()) {
            int found = 0;
            const QJsonValue scrubbed = scrubJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()),
                *this, &found);
            if (!found)
                return value;
            *count += found;
            return QString::fromUtf8(scrubbed.isObject()
                    ? QJsonDocument(scrubbed.toObject()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(scrubbed.toArray()).toJson(QJsonDocument::Compact));
        }
    }
    return scrub(value, count);
}

QString PersonMatcher::replaceMessageIds(const QString &text, const QHash<QString, QString> &ids, bool *changed)
{
    QString out = text;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.key().isEmpty() || !out.contains(it.key()))
            continue;
        // Whole ids only: as the column holds them, or between < > or spaces.
        const QStringList parts = out.split(QLatin1Char(' '));
        QStringList mapped;
        for (QString part : parts) {
            if (part == it.key())
                part = it.value();
            else if (part == QLatin1Char('<') + it.key() + QLatin1Char('>'))
                part = QLatin1Char('<') + it.value() + QLatin1Char('>');
            mapped << part;
        }
        const QString joined = mapped.join(QLatin1Char(' '));
        if (joined != out) {
            out = joined;
            *changed = true;
        }
    }
    return out;
}
