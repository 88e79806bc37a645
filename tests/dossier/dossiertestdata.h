// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;

// Realistic contributions for the dossier's tests and benchmark: French testimonies of a few
// kilobytes, real authorities from every kind of région (overseas included), themes and
// sub-topics, tags, signatures with email addresses and phone numbers, some contacts who
// consented to be named. Deterministic for a given seed.
namespace DossierTestData {

struct Spec
{
    int count = 40;
    quint32 seed = 20210320;
    int minChars = 2500;
    int maxChars = 6000;
    QString status = QStringLiteral("validated");
};

bool generate(Database &db, const Spec &spec, QString *error);

// A few hand-written contributions whose every detail the tests check.
struct Known
{
    qint64 consenting = 0; // contact consented; text signed with her address
    qint64 refusing = 0; // contact did not consent; address and phone in the text
    qint64 late = 0; // received on 20 March 2021, authority of 12,000-odd inhabitants
    qint64 overseas = 0; // Les Abymes (Guadeloupe)
    qint64 intercommunalite = 0;
    qint64 received = 0; // not validated: out of the default dossier
};
bool addKnown(Database &db, Known *known, QString *error);

extern const char *const consentingName; // "Claire Moreau"
extern const char *const consentingEmail; // "claire.moreau@ville-saumur.fr"
extern const char *const refusingName; // "Bruno Lefèvre"
extern const char *const refusingEmail; // "b.lefevre@mairie-beauvais.fr"
extern const char *const knownTextPhrase; // a sentence of the consenting contact's testimony
extern const char *const receivedOnlyTitle;

} // namespace DossierTestData
