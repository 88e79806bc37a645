// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/authority.h"

#include <QHash>
#include <QList>
#include <QString>

// The official list of communes and EPCIs (Etalab, bundled): look-up by code,
// type-ahead by name or postal code. Read-only after loading, so safe to share across threads.
class AuthorityDirectory
{
public:
    // The list bundled with the application, loaded once.
    static const AuthorityDirectory &official();

    // Loads a list in the bundled TSV format; returns false if the data is unreadable.
    bool loadFromTsv(const QByteArray &authorities, const QByteArray &departements, const QByteArray &regions);

    Authority find(const QString &code) const;
    bool contains(const QString &code) const { return m_byCode.contains(code); }

    // Matches names word by word, ignoring case, accents and hyphens ("abymes" finds
    // "Les Abymes"), or a postal code prefix ("49400"). Largest populations first.
    QList<Authority> search(const QString &text, int limit = 20) const;

    // Exact look-up by name, ignoring case, accents, hyphens, spaces and a leading article
    // ("abymes", "les abymes", "saintetienne"): indexes into all().
    QList<int> indexesNamed(const QString &name) const;

    QString departementName(const QString &code) const { return m_departements.value(code); }
    QString regionName(const QString &code) const { return m_regions.value(code); }
    QString regionOfDepartement(const QString &code) const { return m_regionOfDepartement.value(code); }
    QString dataVersion() const { return m_version; }
    int size() const { return int(m_authorities.size()); }
    const QList<Authority> &all() const { return m_authorities; }

private:
    QList<Authority> m_authorities;
    QList<QString> m_foldedNames;     // parallel to m_authorities
    QList<QStringList> m_nameWords;   // parallel to m_authorities
    QHash<QString, QList<int>> m_byName; // folded, compact and article-less forms
    QHash<QString, int> m_byCode;
    QHash<QString, QString> m_departements;
    QHash<QString, QString> m_regions;
    QHash<QString, QString> m_regionOfDepartement;
    QString m_version;
};
