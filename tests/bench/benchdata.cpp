// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdata.h"

#include "authoritydirectory.h"
#include "contributionrepository.h"
#include "database.h"
#include "sqlquery.h"
#include "taxonomy.h"
#include "transaction.h"

#include <QRandomGenerator>

namespace BenchData {

namespace {
const char *const sentences[] = {
    "Dès le premier confinement, la collectivité a ouvert une plateforme d'entraide solidaire.",
    "Les agents ont été équipés d'ordinateurs portables pour assurer la continuité du service public.",
    "Le télétravail a concerné plus de quatre cents agents en quelques jours.",
    "Deux tentatives d'hameçonnage ont été détectées et bloquées par la direction des systèmes d'information.",
    "Un marché de producteurs en ligne a permis aux habitants de commander des paniers de légumes.",
    "Les médiateurs numériques ont accompagné les familles éloignées du numérique par téléphone.",
    "Le centre communal d'action sociale a organisé la livraison de courses à domicile pour les aînés.",
    "Les écoles ont utilisé l'espace numérique de travail pour maintenir la continuité pédagogique.",
    "Des tablettes ont été prêtées aux familles qui n'avaient pas d'ordinateur.",
    "Les associations locales se sont mobilisées pour appeler les personnes isolées chaque semaine.",
    "La visioconférence a remplacé les conseils municipaux en présentiel pendant plusieurs mois.",
    "Le guichet unique en ligne a simplifié les démarches des entreprises en difficulté.",
    "La cybersécurité est devenue une priorité après une attaque par rançongiciel dans une commune voisine.",
    "Les commerçants ont été accompagnés pour créer leur boutique en ligne et proposer le retrait en magasin.",
    "Un numéro vert tenu par les agents a reçu plus de six cents appels pendant le confinement.",
    "La santé publique a bénéficié d'un outil de prise de rendez-vous pour la vaccination.",
    "Difficultés rencontrées : la couverture en très haut débit reste inégale dans les quartiers périphériques.",
    "Beaucoup de seniors n'ont pas d'adresse électronique, ce qui a ralenti l'inscription aux services.",
    "Les circuits courts ont été renforcés grâce à un drive fermier commun à plusieurs communes.",
    "Les entreprises du territoire ont fabriqué des visières et des masques pour les soignants.",
};
constexpr int sentenceCount = int(sizeof(sentences) / sizeof(sentences[0]));

QString paragraph(QRandomGenerator &rng, int minBytes, int maxBytes)
{
    const int target = minBytes + int(rng.bounded(quint32(maxBytes - minBytes)));
    QString text;
    while (text.toUtf8().size() < target) {
        text += QString::fromUtf8(sentences[rng.bounded(sentenceCount)]);
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
        if (a.isInTargetBand() || a.kind == Authority::Kind::Epci)
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
            c.title = QString::fromUtf8(sentences[rng.bounded(sentenceCount)]).left(70);
            c.text = paragraph(rng, 1000, 3000);
            c.difficulties = rng.bounded(2) ? paragraph(rng, 100, 400) : QString();
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
