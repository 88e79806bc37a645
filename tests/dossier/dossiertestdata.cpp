// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossiertestdata.h"

#include "core/authoritydirectory.h"
#include "core/taxonomy.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace DossierTestData {

const char *const consentingName = "Claire Moreau";
const char *const consentingEmail = "claire.moreau@ville-saumur.fr";
const char *const refusingName = "Bruno Lefèvre";
const char *const refusingEmail = "b.lefevre@mairie-beauvais.fr";
const char *const knownTextPhrase = "met en relation les habitants volontaires et les personnes isolées";
const char *const receivedOnlyTitle = "Témoignage encore en lecture";

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const openings[] = {
    "Dès le premier confinement, la collectivité a dû réorganiser ses services en quelques jours.",
    "La crise sanitaire a révélé à quel point le numérique était devenu indispensable à la vie locale.",
    "Au printemps 2020, nos équipes ont fait face à une situation inédite, sans mode d'emploi.",
    "Notre territoire, à la fois urbain et rural, a connu la crise de manière très contrastée.",
    "Lorsque les écoles ont fermé, la première urgence a été de garder le lien avec les familles.",
};
const char *const middles[] = {
    "Les agents ont été équipés d'ordinateurs portables et d'un accès sécurisé au réseau pour assurer la "
    "continuité "
    "du service public ; plus de quatre cents personnes ont ainsi télétravaillé en moins d'une semaine.",
    "Deux tentatives d'hameçonnage ont été détectées et bloquées par la direction des systèmes "
    "d'information, qui a "
    "depuis mis en place une formation obligatoire pour tous les agents et une double authentification.",
    "Un marché de producteurs en ligne a permis aux habitants de commander des paniers de légumes, retirés "
    "sur la "
    "place du marché selon un créneau horaire : une soixantaine de producteurs y participent encore "
    "aujourd'hui.",
    "Les médiateurs numériques ont accompagné par téléphone les familles éloignées du numérique, pour les "
    "démarches "
    "en ligne comme pour l'installation des outils de l'école à distance.",
    "Le centre communal d'action sociale a organisé la livraison de courses et de médicaments à domicile "
    "pour les "
    "aînés, avec l'aide de bénévoles recrutés grâce à une plateforme d'entraide.",
    "Les écoles ont utilisé l'espace numérique de travail pour maintenir la continuité pédagogique ; des "
    "tablettes "
    "ont été prêtées aux familles qui n'avaient pas d'ordinateur, soit près de trois cents équipements.",
    "Les associations locales se sont mobilisées pour appeler chaque semaine les personnes isolées : plus de "
    "2 000 appels de convivialité ont été passés entre mars et juin.",
    "La visioconférence a remplacé les conseils municipaux en présentiel ; les séances ont été retransmises "
    "en "
    "direct, ce qui a d'ailleurs fait venir un public nouveau.",
    "Le guichet unique en ligne a simplifié les démarches des entreprises en difficulté, notamment pour le "
    "fonds de "
    "solidarité et les reports de loyers des locaux communaux.",
    "Les commerçants ont été accompagnés pour créer leur boutique en ligne et proposer le retrait en magasin "
    "; une "
    "carte interactive recensait les commerces ouverts et leurs horaires.",
    "Un numéro vert tenu par les agents a reçu plus de six cents appels pendant le premier confinement, "
    "souvent de "
    "personnes âgées qui cherchaient simplement à parler à quelqu'un.",
    "La prise de rendez-vous en ligne pour la vaccination a été doublée d'une permanence téléphonique et "
    "d'un "
    "transport à la demande pour les personnes sans véhicule.",
    "Les entreprises du territoire ont fabriqué des visières et des masques pour les soignants, coordonnées "
    "par la "
    "communauté d'agglomération grâce à un simple tableur partagé.",
    "Un « drive fermier » commun à plusieurs communes a renforcé les circuits courts ; les commandes ont "
    "triplé "
    "entre avril et mai 2020.",
};
const char *const difficulties[] = {
    "La couverture en très haut débit reste inégale dans les quartiers périphériques et les hameaux.",
    "Beaucoup de seniors n'ont pas d'adresse électronique, ce qui a ralenti l'inscription aux services en "
    "ligne.",
    "Le matériel a manqué au début : il a fallu plusieurs semaines pour équiper tous les agents.",
    "Les outils gratuits adoptés dans l'urgence posent aujourd'hui des questions de sécurité et de "
    "confidentialité.",
    "La fatigue des équipes, sollicitées sans relâche, a été un vrai sujet ; nous manquons de recul sur la "
    "durée.",
};
const char *const tags[] = { "entraide", "seniors", "télétravail", "école à distance", "visioconférence",
    "commerce local", "médiation numérique", "rançongiciel", "bénévoles", "open data" };
// Real authorities across mainland and overseas régions, communes and intercommunalités.
const char *const authorities[] = { "49328", "60057", "13056", "62119", "54323", "49099", "81004", "97101",
    "97411", "97209", "200071876", "22278", "56260", "18033", "28085", "27229", "53130", "89024", "02691",
    "62041", "51108", "24322", "47001", "40192", "65440", "11069", "30189", "84007", "26362", "73065",
    "01053", "03185", "15014", "19031", "23096", "36044", "41018", "58194", "71076", "90010", "88160",
    "57672", "10387", "08105", "50129", "61001", "95127", "77288", "91228", "78646", "97302", "97611",
    "2A004", "86194", "17300", "64445", "200006682", "200010650", "200010700", "200011773", "200017846",
    "200018166", "200018653", "200022986", "200023307", "249740093" };
const char *const firstNames[] = { "Camille", "Julien", "Sophie", "Nicolas", "Amélie", "Thomas", "Nathalie",
    "Karim" };
const char *const lastNames[] = { "Martin", "Bernard", "Dubois", "Lambert", "Girard", "Roux", "Fontaine",
    "Benali" };

QString paragraphOf(QRandomGenerator &rng, int chars)
{
    QString text = s(openings[rng.bounded(int(std::size(openings)))]);
    while (text.size() < chars) {
        text += rng.bounded(3) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
        text += s(middles[rng.bounded(int(std::size(middles)))]);
    }
    return text;
}

bool insert(Database &db, Contribution &c, QString *error)
{
    ContributionRepository repo(db);
    return repo.insertInTransaction(c, QStringLiteral("test"), error);
}

} // namespace

bool generate(Database &db, const Spec &spec, QString *error)
{
    QRandomGenerator rng(spec.seed);
    QList<QString> codes;
    for (const char *code : authorities)
        if (AuthorityDirectory::official().contains(QString::fromLatin1(code)))
            codes.append(QString::fromLatin1(code));
    const QList<Subtopic> &subtopics = Taxonomy::defaultSubtopics();
    const QDateTime start(QDate(2020, 11, 2), QTime(8, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2021, 3, 20), QTime(21, 0), Qt::UTC));
    ReviewState::State state = ReviewState::Validated;
    ReviewState::fromCode(spec.status, &state);

    Transaction tx(db.connection());
    for (int i = 0; i < spec.count; ++i) {
        Contribution c;
        c.authorityCode = codes.at(rng.bounded(int(codes.size())));
        const Subtopic &sub = subtopics.at(rng.bounded(int(subtopics.size())));
        c.title = s(middles[rng.bounded(int(std::size(middles)))])
                      .section(QLatin1Char(' '), 0, 7)
                      .remove(QLatin1Char(','))
            + QStringLiteral(" (n° %1)").arg(i + 1);
        const int chars = spec.minChars + int(rng.bounded(quint32(qMax(1, spec.maxChars - spec.minChars))));
        c.text = paragraphOf(rng, chars);
        const QString first = s(firstNames[rng.bounded(int(std::size(firstNames)))]);
        const QString last = s(lastNames[rng.bounded(int(std::size(lastNames)))]);
        const QString email = first.toLower().left(1) + QLatin1Char('.') + last.toLower()
            + QStringLiteral("%1@ville.example.fr").arg(i);
        // Signatures as people write them: the name, the job, an address and a number.
        if (rng.bounded(2) == 0)
            c.text += QStringLiteral("\n\n%1 %2\nChargée de mission numérique\n%3 – 06 12 34 %4 %5")
                          .arg(first, last, email)
                          .arg(10 + i % 90)
                          .arg(10 + (i * 7) % 90);
        if (rng.bounded(2) == 0)
            c.difficulties = s(difficulties[rng.bounded(int(std::size(difficulties)))]);
        c.themes = { sub.themeCode };
        c.subtopics = { sub.code };
        if (rng.bounded(3) == 0) {
            const Subtopic &other = subtopics.at(rng.bounded(int(subtopics.size())));
            c.themes.append(other.themeCode);
            c.subtopics.append(other.code);
            c.themes.removeDuplicates();
            c.subtopics.removeDuplicates();
        }
        c.primaryTheme = sub.themeCode;
        for (int t = int(rng.bounded(3)); t > 0; --t)
            c.tags.append(s(tags[rng.bounded(int(std::size(tags)))]));
        c.tags.removeDuplicates();
        c.receivedAt = start.addSecs(qint64(rng.bounded(quint32(span))));
        c.status = state;
        c.contact = Contact { first + QLatin1Char(' ') + last, QStringLiteral("Chargée de mission"), email,
            QString() };
        c.consentToPublishName = rng.bounded(4) == 0;
        if (!insert(db, c, error))
            return false;
    }
    if (!tx.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

bool addKnown(Database &db, Known *known, QString *error)
{
    Transaction tx(db.connection());
    Contribution a;
    a.authorityCode = QStringLiteral("49328"); // Saumur
    a.title = s("Plateforme d'entraide solidaire : \"Saumur solidaire\"");
    a.text =
        s("Dès le premier confinement, la Ville de Saumur a ouvert une plateforme d'entraide solidaire qui ")
        + s(knownTextPhrase)
        + s(" : courses, pharmacie, appels de convivialité.\n\nBien cordialement,\n\n-- \nClaire Moreau\n"
            "Chargée de mission démocratie participative\nclaire.moreau@ville-saumur.fr");
    a.difficulties =
        s("Beaucoup de seniors n'ont pas d'adresse e-mail ; nous avons doublé la plateforme d'un numéro "
          "de téléphone tenu par le CCAS.");
    a.themes = { QStringLiteral("cohesion") };
    a.subtopics = { QStringLiteral("associations") };
    a.tags = { QStringLiteral("entraide") };
    a.receivedAt = QDateTime(QDate(2021, 2, 2), QTime(9, 14, 7), Qt::UTC);
    a.status = ReviewState::Validated;
    a.contact = Contact { s(consentingName), s("Chargée de mission"), s(consentingEmail),
        QStringLiteral("02 41 83 30 00") };
    a.consentToPublishName = true;
    if (!insert(db, a, error))
        return false;
    known->consenting = a.id;

    Contribution b;
    b.authorityCode = QStringLiteral("60057"); // Beauvais
    b.title = s("Télétravail des agents : ce que nous avons appris");
    b.text = s(
        "En mars 2020, 450 agents sont passés au télétravail en une semaine. Pour toute question, écrivez à "
        "b.lefevre@mairie-beauvais.fr ou appelez le 03 44 79 40 00.\n\nBruno Lefèvre\nDirecteur général "
        "adjoint");
    b.themes = { QStringLiteral("organisation") };
    b.subtopics = { QStringLiteral("teletravail") };
    b.receivedAt = QDateTime(QDate(2021, 1, 12), QTime(15, 2), Qt::UTC);
    b.status = ReviewState::Validated;
    b.contact = Contact { s(refusingName), s("Directeur général adjoint"), s(refusingEmail),
        QStringLiteral("03 44 79 40 00") };
    b.consentToPublishName = false;
    if (!insert(db, b, error))
        return false;
    known->refusing = b.id;

    Contribution c;
    c.authorityCode = QStringLiteral("62119"); // Béthune
    c.title = s("Un marché de producteurs en ligne");
    c.text = s("Le « drive fermier » a réuni 12 000 commandes en trois mois.");
    c.themes = { QStringLiteral("economie") };
    c.subtopics = { QStringLiteral("circuits-courts") };
    c.receivedAt = QDateTime(QDate(2021, 3, 20), QTime(20, 30), Qt::UTC); // 21 h 30 in Paris: on time
    c.status = ReviewState::Validated;
    if (!insert(db, c, error))
        return false;
    known->late = c.id;

    Contribution d;
    d.authorityCode = QStringLiteral("97101"); // Les Abymes
    d.title = s("Continuité des services publics aux Abymes");
    d.text = s("Les démarches d'état civil ont été ouvertes en ligne dès avril 2020.");
    d.themes = { QStringLiteral("organisation") };
    d.subtopics = { QStringLiteral("continuite") };
    d.receivedAt = QDateTime(QDate(2020, 12, 8), QTime(13, 0), Qt::UTC);
    d.status = ReviewState::Validated;
    if (!insert(db, d, error))
        return false;
    known->overseas = d.id;

    Contribution e;
    e.authorityCode = QStringLiteral("200071876"); // CA Saumur Val de Loire
    e.title = s("Cybersécurité mutualisée à l'échelle de l'agglomération");
    e.text = s("Un responsable de la sécurité des systèmes d'information est partagé entre 45 communes.");
    e.themes = { QStringLiteral("organisation") };
    e.subtopics = { QStringLiteral("cybersecurite") };
    e.receivedAt = QDateTime(QDate(2021, 2, 25), QTime(10, 0), Qt::UTC);
    e.status = ReviewState::Validated;
    if (!insert(db, e, error))
        return false;
    known->intercommunalite = e.id;

    Contribution f;
    f.authorityCode = QStringLiteral("81004"); // Albi
    f.title = s(receivedOnlyTitle);
    f.text = s("Ce témoignage n'est pas encore relu.");
    f.themes = { QStringLiteral("cohesion") };
    f.receivedAt = QDateTime(QDate(2021, 3, 1), QTime(10, 0), Qt::UTC);
    f.status = ReviewState::Received;
    if (!insert(db, f, error))
        return false;
    known->received = f.id;

    // An attachment kept with the consenting contact's email.
    SourceMessageRepository sources(db.connection());
    StoredMessage m;
    m.contributionId = known->consenting;
    m.messageId = QStringLiteral("<saumur01@ville-saumur.fr>");
    m.fromName = s(consentingName);
    m.fromAddress = s(consentingEmail);
    m.subject = a.title;
    m.receivedAt = a.receivedAt;
    m.raw = QByteArrayLiteral("From: Claire Moreau <claire.moreau@ville-saumur.fr>\r\n\r\nBonjour");
    m.sha256 = QCryptographicHash::hash(m.raw, QCryptographicHash::Sha256).toHex();
    m.importedAt = QDateTime::currentDateTimeUtc();
    m.importedBy = QStringLiteral("test");
    StoredAttachment att;
    att.filename = s("Bilan entraide solidaire – Saumur.pdf");
    att.safeName = QStringLiteral("Bilan_entraide_solidaire_Saumur.pdf");
    att.mimeType = QStringLiteral("application/pdf");
    att.data = QByteArrayLiteral("%PDF-1.4 test");
    att.size = att.data.size();
    att.sha256 = QCryptographicHash::hash(att.data, QCryptographicHash::Sha256).toHex();
    if (sources.insert(m, { att }, error) <= 0)
        return false;
    if (!tx.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

} // namespace DossierTestData
