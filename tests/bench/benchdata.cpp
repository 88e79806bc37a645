// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "core/authoritydirectory.h"
#include "core/taxonomy.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

namespace BenchData {

namespace {
// Sentences grouped by subject, as real testimonies are: each contribution speaks of one or two
// subjects, so a word like "télétravail" appears in some contributions, not in all of them.
const char *const topics[][6] = {
    {"Le télétravail a concerné %1 agents en quelques jours, avec des ordinateurs portables prêtés.",
     "Les agents en télétravail se connectent par un réseau privé virtuel mis en place par la DSI.",
     "Le télétravail a obligé à revoir l'organisation des services et le management à distance.",
     "Une charte du télétravail a été signée avec les représentants du personnel.",
     "La visioconférence a remplacé les réunions d'équipe pendant %2 semaines.",
     "Difficultés rencontrées : l'équipement des agents à domicile et la qualité des connexions."},
    {"Deux tentatives d'hameçonnage ont été détectées et bloquées par le service informatique.",
     "La cybersécurité est devenue une priorité après une attaque par rançongiciel dans une commune voisine.",
     "Les sauvegardes ont été externalisées et testées chaque mois.",
     "Une sensibilisation aux risques numériques a été proposée à %1 agents.",
     "Le pare-feu et l'authentification forte protègent désormais les accès distants.",
     "Difficultés rencontrées : le manque de compétences en sécurité informatique dans les petites équipes."},
    {"Un marché de producteurs en ligne a permis aux habitants de commander des paniers de légumes.",
     "Le drive fermier réunit %1 exploitations et trois points de retrait.",
     "Les circuits courts ont été renforcés avec la chambre d'agriculture.",
     "Les maraîchers ont vendu leur production grâce à une plateforme de commande.",
     "Le paiement à distance a rassuré les clients et les producteurs.",
     "Difficultés rencontrées : la logistique des livraisons et la saisonnalité des produits."},
    {"Le centre communal d'action sociale a organisé la livraison de courses à domicile pour les aînés.",
     "Les bénévoles ont livré %1 colis alimentaires aux personnes isolées.",
     "Un numéro unique permettait de demander une livraison de médicaments.",
     "Les commerçants ont proposé la livraison à domicile avec le soutien de la ville.",
     "Les personnes âgées de plus de 65 ans étaient appelées chaque semaine.",
     "Difficultés rencontrées : recruter assez de bénévoles pendant le confinement."},
    {"Les écoles ont utilisé l'espace numérique de travail pour maintenir la continuité pédagogique.",
     "Des tablettes ont été prêtées à %1 familles qui n'avaient pas d'ordinateur.",
     "Les enseignants ont déposé les devoirs en ligne chaque matin.",
     "La ville a distribué des clés de connexion aux élèves sans accès internet.",
     "Un accompagnement des parents à l'usage des outils a été proposé.",
     "Difficultés rencontrées : la fracture numérique des familles et le partage des équipements."},
    {"Les médiateurs numériques ont accompagné les habitants éloignés du numérique par téléphone.",
     "Plus de %1 appels ont été reçus par la permanence d'inclusion numérique.",
     "Un espace public numérique a rouvert sur rendez-vous avec des règles sanitaires.",
     "Les démarches administratives en ligne ont été faites avec l'aide des conseillers.",
     "Des ateliers à distance ont initié les seniors à la visioconférence.",
     "Difficultés rencontrées : beaucoup d'habitants n'ont pas d'adresse électronique."},
    {"Le guichet unique en ligne a simplifié les démarches des entreprises en difficulté.",
     "Les entreprises du territoire ont fabriqué des visières et des masques pour les soignants.",
     "Une cellule économique a répondu à %1 demandes d'aides.",
     "Les commerçants ont été accompagnés pour créer leur boutique en ligne.",
     "La plateforme de commerce local recense %2 boutiques.",
     "Difficultés rencontrées : l'information des entreprises sur les aides de l'État."},
    {"Les associations locales se sont mobilisées pour appeler les personnes isolées.",
     "Une plateforme d'entraide met en relation %1 volontaires et les habitants qui ont besoin d'aide.",
     "Les clubs sportifs ont proposé des séances en vidéo.",
     "Le tissu associatif a relayé les messages de prévention.",
     "Les associations caritatives ont reçu un soutien logistique de la ville.",
     "Difficultés rencontrées : la coordination entre les associations et les services."},
    {"La santé publique a bénéficié d'un outil de prise de rendez-vous pour la vaccination.",
     "Le centre de vaccination a reçu %1 personnes par jour.",
     "Un dépistage a été organisé avec le laboratoire et l'agence régionale de santé.",
     "Les masques ont été distribués aux habitants par quartier.",
     "Une ligne d'écoute psychologique a été ouverte avec l'hôpital.",
     "Difficultés rencontrées : la prise de rendez-vous en ligne pour les personnes âgées."},
    {"Les conseils municipaux se sont tenus en visioconférence et ont été diffusés en direct.",
     "Le site internet de la ville a publié chaque jour les informations utiles.",
     "Une application mobile a informé %1 habitants des mesures sanitaires.",
     "Les réseaux sociaux de la ville ont été suivis par %2 abonnés.",
     "Une lettre d'information hebdomadaire a été envoyée aux habitants.",
     "Difficultés rencontrées : toucher les habitants qui ne sont pas connectés."},
    {"La continuité du service public a été assurée par un plan de continuité d'activité.",
     "L'état civil a fonctionné sur rendez-vous pris en ligne.",
     "Les démarches d'urbanisme ont été dématérialisées pendant le confinement.",
     "Les services techniques ont maintenu la collecte des déchets.",
     "Les agents d'accueil ont répondu au téléphone depuis leur domicile.",
     "Difficultés rencontrées : la signature électronique des actes et des marchés publics."},
    {"Le festival culturel s'est tenu entièrement en ligne avec %1 vues.",
     "La médiathèque a proposé le prêt à emporter et des ressources numériques.",
     "Le conservatoire a donné des cours de musique en vidéo.",
     "Des visites virtuelles du musée ont été mises en ligne.",
     "Les artistes locaux ont été soutenus par des commandes de la ville.",
     "Difficultés rencontrées : les droits de diffusion des spectacles en ligne."},
};
constexpr int topicCount = int(sizeof(topics) / sizeof(topics[0]));

QString sentence(QRandomGenerator &rng, int topic)
{
    QString text = QString::fromUtf8(topics[topic][rng.bounded(6)]);
    text.replace(QStringLiteral("%1"), QString::number(20 + rng.bounded(2000)));
    text.replace(QStringLiteral("%2"), QString::number(2 + rng.bounded(30)));
    return text;
}

QString paragraph(QRandomGenerator &rng, const QList<int> &subjects, int minBytes, int maxBytes)
{
    const int target = minBytes + int(rng.bounded(quint32(maxBytes - minBytes)));
    QString text;
    while (text.toUtf8().size() < target) {
        text += sentence(rng, subjects.at(rng.bounded(int(subjects.size()))));
        text += rng.bounded(4) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return text;
}
} // namespace

bool generateContributions(Database &db, int count, quint32 seed, QString *error)
{
    QRandomGenerator rng(seed);
    // Towns of the call's band, as real contributors were.
    QList<Authority> towns;
    for (const Authority &a : AuthorityDirectory::official().all())
        if (db.campaign().eligibility.inPopulationBand(a.population) || a.kind == Authority::Kind::Epci)
            towns.append(a);
    const QList<Theme> &themes = Taxonomy::defaultThemes();
    const QList<Subtopic> &subtopics = Taxonomy::defaultSubtopics();
    const QStringList states = {QStringLiteral("received"), QStringLiteral("in_review"), QStringLiteral("needs_changes"),
                                QStringLiteral("validated"), QStringLiteral("rejected")};
    const QDateTime start(QDate(2020, 11, 15), QTime(8, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2021, 3, 20), QTime(22, 0), Qt::UTC));

    ContributionRepository repo(db);
    const int batch = 5000;
    for (int done = 0; done < count;) {
        Transaction tx(db.connection());
        for (int i = 0; i < batch && done < count; ++i, ++done) {
            Contribution c;
            const Authority &a = towns.at(rng.bounded(int(towns.size())));
            c.authorityCode = a.code;
            QList<int> subjects{int(rng.bounded(topicCount))};
            if (rng.bounded(2))
                subjects.append(int(rng.bounded(topicCount)));
            c.title = sentence(rng, subjects.first()).left(70);
            c.text = paragraph(rng, subjects, 1000, 3000);
            c.difficulties = rng.bounded(2) ? paragraph(rng, subjects, 100, 400) : QString();
            const Subtopic &s = subtopics.at(rng.bounded(int(subtopics.size())));
            c.themes = {s.themeCode};
            if (rng.bounded(3) == 0)
                c.themes.append(themes.at(rng.bounded(int(themes.size()))).code);
            c.themes.removeDuplicates();
            c.subtopics = {s.code};
            c.receivedAt = start.addSecs(qint64(rng.bounded(quint32(span))));
            ReviewState::fromCode(states.at(rng.bounded(int(states.size()))), &c.status);
            c.contact = Contact{QStringLiteral("Agent %1").arg(done), QStringLiteral("Chargé de mission"),
                                QStringLiteral("agent%1@mairie.example.fr").arg(done), QString()};
            if (!repo.insertInTransaction(c, QStringLiteral("bench"), error))
                return false;
        }
        if (!tx.commit()) {
            *error = QStringLiteral("commit failed");
            return false;
        }
    }
    return true;
}

} // namespace BenchData
