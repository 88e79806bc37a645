// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy.h"

namespace Taxonomy {

const QList<Theme> &defaultThemes()
{
    static const QList<Theme> themes = {
        {QStringLiteral("organisation"), QStringLiteral("Organisation de la fonction publique territoriale"),
         QStringLiteral("Organisation of the local civil service")},
        {QStringLiteral("economie"), QStringLiteral("Soutien à l'économie locale"),
         QStringLiteral("Support for the local economy")},
        {QStringLiteral("cohesion"), QStringLiteral("Cohésion sociale"), QStringLiteral("Social cohesion")},
    };
    return themes;
}

const QList<Subtopic> &defaultSubtopics()
{
    static const QList<Subtopic> subtopics = {
        {QStringLiteral("cybersecurite"), QStringLiteral("organisation"), QStringLiteral("Cybersécurité"),
         QStringLiteral("Cybersecurity")},
        {QStringLiteral("continuite"), QStringLiteral("organisation"), QStringLiteral("Continuité des services publics"),
         QStringLiteral("Continuity of public services")},
        {QStringLiteral("teletravail"), QStringLiteral("organisation"), QStringLiteral("Télétravail des agents"),
         QStringLiteral("Remote work of staff")},
        {QStringLiteral("corps-intermediaires"), QStringLiteral("organisation"),
         QStringLiteral("Mobilisation des corps intermédiaires"), QStringLiteral("Mobilising intermediary bodies")},
        {QStringLiteral("circuits-courts"), QStringLiteral("economie"), QStringLiteral("Circuits courts"),
         QStringLiteral("Short supply chains")},
        {QStringLiteral("production-locale"), QStringLiteral("economie"),
         QStringLiteral("Production et distribution locale"), QStringLiteral("Local production and distribution")},
        {QStringLiteral("livraisons"), QStringLiteral("economie"), QStringLiteral("Livraisons à domicile"),
         QStringLiteral("Home deliveries")},
        {QStringLiteral("entreprises"), QStringLiteral("economie"), QStringLiteral("Mobilisation des entreprises"),
         QStringLiteral("Mobilising businesses")},
        {QStringLiteral("acces-droits"), QStringLiteral("cohesion"),
         QStringLiteral("Accès aux droits et à l'aide sociale"), QStringLiteral("Access to rights and social aid")},
        {QStringLiteral("inclusion-numerique"), QStringLiteral("cohesion"), QStringLiteral("Inclusion numérique"),
         QStringLiteral("Digital inclusion")},
        {QStringLiteral("associations"), QStringLiteral("cohesion"), QStringLiteral("Mobilisation des associations"),
         QStringLiteral("Mobilising associations")},
        {QStringLiteral("numerique-educatif"), QStringLiteral("cohesion"), QStringLiteral("Numérique éducatif"),
         QStringLiteral("Digital education")},
        {QStringLiteral("sante-publique"), QStringLiteral("cohesion"), QStringLiteral("Santé publique"),
         QStringLiteral("Public health")},
    };
    return subtopics;
}

} // namespace Taxonomy
