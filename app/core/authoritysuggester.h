// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/authority.h"

#include <QString>

class AuthorityDirectory;

// Guesses which local authority an email comes from, from what a coordinator would read:
// the sender's domain (ccas@mairie-longwy.fr), then the signature, subject and display name
// ("Ville de Martigues" in a gmail.com message). Only a suggestion: the coordinator confirms.
class AuthoritySuggester
{
public:
    // A free mail service (gmail.com, orange.fr…): its domain says nothing about who writes.
    static bool isPublicMailService(const QString &domain);

    struct Evidence
    {
        QString fromAddress;
        QString fromName;
        QString subject;
        QString text;
    };
    struct Suggestion
    {
        Authority authority;
        QString reason; // "domain", "signature", "subject", "name"
    };

    explicit AuthoritySuggester(const AuthorityDirectory &directory);

    Suggestion suggest(const Evidence &evidence) const;

    // From a domain such as "mairie-longwy.fr" or "agglo-saumur.fr".
    Authority fromDomain(const QString &domain) const;
    // From phrases such as "Ville de Martigues", "Mairie des Abymes",
    // "Communauté d'agglomération Saumur Val de Loire".
    Authority fromText(const QString &text) const;

private:
    Authority bestCommuneNamed(const QString &folded) const;
    Authority bestEpciMatching(const QStringList &words) const;

    const AuthorityDirectory &m_directory;
};
