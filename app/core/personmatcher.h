// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

// Who is to be erased (RGPD art. 17): the spellings of their address that the database holds,
// their full names and their phone numbers.
struct PersonIdentity
{
    QStringList addresses; // every spelling of the one address ("Helene.Dupre@x.fr", "helene.dupre@x.fr")
    QStringList names; // full names, as held ("Hélène Dupré")
    QStringList phones; // as held ("02 41 83 30 00")
    bool isEmpty() const { return addresses.isEmpty() && names.isEmpty() && phones.isEmpty(); }
};

// Finds a person's details in any text, and only theirs:
// - an address as a whole address, in any case (mail servers treat Jean.Dupont@ and
//   jean.dupont@ as one mailbox), never inside a longer address ("u@x.fr" is not in
//   "claire.moreau@x.fr", "jean@x.fr" not in "jean@x.fr.example");
// - a full name as whole words, accents and case folded, its words in either order, line breaks
//   and no-break spaces between them, never inside a longer name ("Moreau" is not in
//   "Moreau-Lefèvre");
// - a phone number in its usual French spellings (0563491010, 05 63 49 10 10, 05.63.49.10.10,
//   +33 5 63 49 10 10, +33 (0)5 63…, 0033 5…).
// A name of one word, or one that names an institution (« Mairie de Saumur »), is not looked for:
// it would erase other people's words. HTML character references (&eacute;) are read as the
// characters they stand for when an entity reader is given.
class PersonMatcher
{
public:
    explicit PersonMatcher(const PersonIdentity &person);

    // Reads "eacute" or "#233" (without '&' and ';'); null when unknown.
    using EntityLookup = QString (*)(QStringView name);

    bool isEmpty() const { return m_addresses.isEmpty() && m_folded.pattern().isEmpty(); }
    bool matches(const QString &text, EntityLookup entities = nullptr) const;
    // The text with every occurrence replaced by `with`; *count, when given, is increased by the
    // number of replacements.
    QString scrub(const QString &text, int *count = nullptr, EntityLookup entities = nullptr,
        const QString &with = placeholder()) const;

    // A value as the database stores it, without the person. The audit log keeps whole records as
    // JSON, where a line break is "\n": read as JSON, its strings are scrubbed one by one. The
    // person's Message-IDs (keys of messageIds, in the import log) become their stable hash.
    QString scrubStored(const QString &value, int *count, const QHash<QString, QString> &messageIds = {}) const;
    // A References or In-Reply-To header with the whole ids of messageIds replaced by their
    // values (alone, or between < >); *changed set when one was.
    static QString replaceMessageIds(const QString &text, const QHash<QString, QString> &messageIds, bool *changed);

    // For bytes that cannot change length (inside a PDF, a signature, a winmail.dat): each
    // character of every occurrence replaced by fill. Read the bytes as Latin-1 to call it.
    QString mask(const QString &text, int *count = nullptr, QChar fill = QLatin1Char('X')) const;

    // The names that are looked for (those kept by the rules above), for the preview.
    QStringList searchedNames() const { return m_names; }
    // Whether a name would be looked for in other people's texts.
    static bool isSearchableName(const QString &name);

    static QString placeholder(); // « [effacé] »

private:
    struct Span
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Span> find(const QString &text, EntityLookup entities) const;

    struct Address
    {
        QString local;
        QString domain; // lower case
    };
    QList<Address> m_addresses;
    QRegularExpression m_addressPattern; // candidate addresses, case-insensitive
    QRegularExpression m_folded; // names and phones, on the folded text
    QStringList m_names;
};
