// SPDX-License-Identifier: GPL-3.0-or-later
// The text to publish proposed from an email: greetings, closings, signatures, quoted replies,
// forward headers, disclaimers and mobile footers proposed for removal, difficulties moved, the
// testimony kept word for word; and nothing ever lost (the parts put back together are the
// original).
#include "core/publishabletext.h"

#include <QTest>

using namespace PublishableText;

namespace {

QString join(const QList<Part> &parts)
{
    QStringList texts;
    for (const Part &p : parts)
        texts << p.text;
    return texts.join(QLatin1Char('\n'));
}

QStringList removedKinds(const Proposal &p)
{
    QStringList kinds;
    for (const Part &part : p.parts)
        if (!part.kept)
            kinds << kindName(part.kind);
    return kinds;
}

} // namespace

class TstPublishableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void propose_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("difficulties");

        QTest::newRow("Saumur, Thunderbird, with a complement")
            << QStringLiteral(
                   "Bonjour,\n\nDès le premier confinement, la Ville de Saumur a ouvert une plateforme d'entraide.\n\n"
                   "Difficultés rencontrées : beaucoup de seniors n'ont pas d'adresse e-mail ; nous avons doublé la "
                   "plateforme d'un numéro de téléphone.\n\nBien cordialement,\n\n-- \nClaire Moreau\nChargée de "
                   "mission démocratie participative\nVille de Saumur (49)\n\n— Complément reçu le 5 mars 2021 "
                   "(Claire Moreau) —\nBonjour,\n\nEn complément : la plateforme compte désormais 530 volontaires.\n\n"
                   "Claire Moreau")
            << QStringLiteral("Claire Moreau")
            << QStringLiteral("Dès le premier confinement, la Ville de Saumur a ouvert une plateforme d'entraide.\n\n"
                              "En complément : la plateforme compte désormais 530 volontaires.")
            << QStringLiteral("Beaucoup de seniors n'ont pas d'adresse e-mail ; nous avons doublé la plateforme d'un "
                              "numéro de téléphone.");
        QTest::newRow("Beauvais, Outlook")
            << QStringLiteral("Madame, Monsieur,\n\nSuite à la fermeture du marché des Halles, la Ville a ouvert « Mon "
                              "marché local ».\n\nLe paiement à distance reste la principale difficulté.\n\n"
                              "Cordialement,\n\nJulien Lefèvre\nDirection du développement économique\nVille de "
                              "Beauvais – Agglomération du Beauvaisis")
            << QStringLiteral("Julien Lefèvre")
            << QStringLiteral("Suite à la fermeture du marché des Halles, la Ville a ouvert « Mon marché local ».\n\n"
                              "Le paiement à distance reste la principale difficulté.")
            << QString();
        QTest::newRow("Martigues, signature without a closing, a point of vigilance")
            << QStringLiteral("Bonjour,\n\nEn trois semaines, la DSI a équipé 450 postes.\n\nPoint de vigilance : la "
                              "cybersécurité. Deux tentatives d'hameçonnage ont été détectées.\n\nSophie Garcia\n"
                              "Directrice des systèmes d'information\nVille de Martigues")
            << QString() << QStringLiteral("En trois semaines, la DSI a équipé 450 postes.")
            << QStringLiteral("La cybersécurité. Deux tentatives d'hameçonnage ont été détectées.");
        QTest::newRow("Albi, a service signs after the closing")
            << QStringLiteral("Bonjour,\n\nÀ Albi, les médiateurs ont tenu des permanences.\n\n- 3 médiateurs\n- plus "
                              "de 600 appels\n\nCordialement,\nService inclusion numérique – Ville d'Albi")
            << QString()
            << QStringLiteral(
                   "À Albi, les médiateurs ont tenu des permanences.\n\n- 3 médiateurs\n- plus de 600 appels")
            << QString();
        QTest::newRow("heading alone, then a list")
            << QStringLiteral("Notre initiative a bien marché.\n\nFreins :\n\n- la connexion\n- le matériel\n\nContexte : "
                              "le confinement.")
            << QString() << QStringLiteral("Notre initiative a bien marché.\n\nContexte : le confinement.")
            << QStringLiteral("- la connexion\n- le matériel");
        QTest::newRow("quoted reply in French")
            << QStringLiteral("Voici la précision demandée : 40 agents.\n\nLe mar. 2 févr. 2021 à 10:12, Anne "
                              "<anne@villes-internet.example> a écrit :\n> Bonjour,\n> combien d'agents ?")
            << QString() << QStringLiteral("Voici la précision demandée : 40 agents.") << QString();
        QTest::newRow("Outlook reply with its header block")
            << QStringLiteral("Nous avons ouvert un guichet numérique unique pour toutes les démarches de la ville, "
                              "avec une équipe de quatre agents qui répondent par téléphone et par courriel, six jours "
                              "sur sept, pendant toute la durée du confinement.\n\n"
                              "________________________________\nDe : Anne Martin <anne@villes-internet.example>\n"
                              "Envoyé : mardi 2 février 2021 10:12\nÀ : mairie@ville.fr\nObjet : Appel à témoignages\n\n"
                              "Bonjour, l'appel est ouvert jusqu'au 20 mars.")
            << QString()
            << QStringLiteral("Nous avons ouvert un guichet numérique unique pour toutes les démarches de la ville, "
                              "avec une équipe de quatre agents qui répondent par téléphone et par courriel, six jours "
                              "sur sept, pendant toute la durée du confinement.")
            << QString();
        QTest::newRow("forwarded testimony keeps its content, not the forwarder's note")
            << QStringLiteral("Pour info.\n\n---------- Forwarded message ---------\nDe : Paul Roux <p.roux@cholet.fr>\n"
                              "Date: lun. 1 mars 2021 à 09:00\nSubject: Témoignage\nTo: <dgs@cholet.fr>\n\nBonjour,\n\n"
                              "La ville de Cholet a prêté 200 ordinateurs aux collégiens.\n\nCordialement,\nPaul Roux")
            << QStringLiteral("Paul Roux")
            << QStringLiteral("La ville de Cholet a prêté 200 ordinateurs aux collégiens.") << QString();
        QTest::newRow("English, mobile footer and disclaimer")
            << QStringLiteral("Hi all,\n\nOur town lent tablets to care homes.\n\nKind regards,\nJohn Smith\nCity of "
                              "Example\n\nSent from my iPhone\n\nThis e-mail and any attachments are confidential and "
                              "intended solely for the addressee.")
            << QString() << QStringLiteral("Our town lent tablets to care homes.") << QString();
        QTest::newRow("disclaimer and tracking residue in French")
            << QStringLiteral("Bonjour à tous,\n\nLe CCAS a appelé chaque senior isolé.\n[cid:image001.png@01D7]\n\nBonne "
                              "journée\n\nCe message et toutes les pièces jointes sont confidentiels et établis à "
                              "l'intention exclusive de ses destinataires.\nPensez à l'environnement avant d'imprimer ce "
                              "message.")
            << QString() << QStringLiteral("Le CCAS a appelé chaque senior isolé.") << QString();
        QTest::newRow("words that look like a greeting or a closing, inside the text, stay")
            << QStringLiteral("Bonjour à tous les bénévoles qui ont aidé : merci.\n\nNous disions « cordialement » "
                              "aux usagers.\n\nMerci aux agents du CCAS pour leur engagement pendant la crise.")
            << QString()
            << QStringLiteral("Bonjour à tous les bénévoles qui ont aidé : merci.\n\nNous disions « cordialement » "
                              "aux usagers.\n\nMerci aux agents du CCAS pour leur engagement pendant la crise.")
            << QString();
        QTest::newRow("a single paragraph is never taken for a signature")
            << QStringLiteral("Jean Dupont\nMaire de Trifouilly") << QStringLiteral("Jean Dupont")
            << QStringLiteral("Jean Dupont\nMaire de Trifouilly") << QString();
        QTest::newRow("Je vous prie d'agréer")
            << QStringLiteral("Madame,\n\nNotre commune a créé une cellule de crise.\n\nJe vous prie d'agréer, Madame, "
                              "l'expression de mes salutations distinguées.\n\nLe Maire,\nJean Dupont")
            << QString() << QStringLiteral("Notre commune a créé une cellule de crise.") << QString();
    }
    void propose()
    {
        QFETCH(QString, original);
        QFETCH(QString, sender);
        QFETCH(QString, text);
        QFETCH(QString, difficulties);
        const Proposal p = PublishableText::propose(original, { sender, QString(), QString() });
        QCOMPARE(p.text(), text);
        QCOMPARE(p.difficulties(), difficulties);
        // Nothing is removed silently: every line of the original is in one part.
        QCOMPARE(join(p.parts), original);
    }

    void everyRemovalSaysWhatItIs()
    {
        const Proposal p = PublishableText::propose(QStringLiteral(
            "Bonjour,\n\nTexte.\n\nCordialement,\nJean Dupont\n\nEnvoyé de mon iPhone"));
        QCOMPARE(removedKinds(p),
            (QStringList { kindName(Part::Greeting), kindName(Part::Closing), kindName(Part::Signature),
                kindName(Part::MobileFooter) }));
    }

    // A header block inside the text: the subject says whether it quotes (a reply) or passes a
    // testimony on (a forward, whose forwarder's note goes too).
    void subjectDecidesReplyOrForward_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("text");
        const QString email = QStringLiteral(
            "Bonjour,\n\nLes 530 volontaires ont tenu jusqu'en juin.\n\nCordialement,\nClaire\n\n"
            "________________________________\nDe : Coordination <temoignages@villes-internet.example>\n"
            "Envoyé : lundi 1 mars 2021 10:00\nÀ : Claire Moreau\nObjet : Votre témoignage\n\n"
            "Pouvez-vous préciser le nombre de volontaires ?");
        QTest::newRow("RE: a reply, the quoted question goes")
            << QStringLiteral("RE: Votre témoignage") << email
            << QStringLiteral("Les 530 volontaires ont tenu jusqu'en juin.");
        QTest::newRow("TR: a forward, the note goes and the message stays")
            << QStringLiteral("TR: Votre témoignage") << email
            << QStringLiteral("Pouvez-vous préciser le nombre de volontaires ?");
        QTest::newRow("no prefix, a note that forwards")
            << QString()
            << QStringLiteral("Je vous transfère le témoignage de notre DGS.\n\nDe : Paul Roux\nEnvoyé : lundi 1 "
                              "mars 2021 10:00\nÀ : Cabinet du maire\nObjet : Témoignage\n\nLe guichet unique a "
                              "ouvert en avril.")
            << QStringLiteral("Le guichet unique a ouvert en avril.");
        QTest::newRow("no prefix, a short testimony above a header block stays")
            << QString()
            << QStringLiteral("Le guichet unique a ouvert en avril.\n\nDe : Paul Roux\nEnvoyé : lundi 1 mars 2021 "
                              "10:00\nÀ : Cabinet du maire\nObjet : Témoignage\n\nNotes de la réunion.")
            << QStringLiteral("Le guichet unique a ouvert en avril.\n\nNotes de la réunion.");
    }

    void subjectDecidesReplyOrForward()
    {
        QFETCH(QString, subject);
        QFETCH(QString, original);
        const Proposal p = PublishableText::propose(original, { QStringLiteral("Claire Moreau"), QString(), subject });
        QTEST(p.text(), "text");
    }

    // Lines a mail program cut at 72–78 columns are put back together; lists, short lines and
    // long-line paragraphs stay as written.
    void reflow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reflowed");
        QTest::newRow("cut at 72 columns")
            << QStringLiteral("Dès le premier confinement, la Ville a ouvert une plateforme d'entraide\n"
                              "solidaire qui met en relation les habitants volontaires et les personnes\nisolées.")
            << QStringLiteral("Dès le premier confinement, la Ville a ouvert une plateforme d'entraide solidaire "
                              "qui met en relation les habitants volontaires et les personnes isolées.");
        QTest::newRow("a list stays, its long item is joined")
            << QStringLiteral("Nous avons :\n- équipé 450 postes de travail et déployé un VPN pour tous les agents\n"
                              "  du siège ;\n- ouvert un guichet.")
            << QStringLiteral("Nous avons :\n- équipé 450 postes de travail et déployé un VPN pour tous les agents "
                              "du siège ;\n- ouvert un guichet.");
        QTest::newRow("short lines stay") << QStringLiteral("Contexte :\nInitiative :\nRésultats.")
                                          << QStringLiteral("Contexte :\nInitiative :\nRésultats.");
        QTest::newRow("a paragraph written with long lines keeps its line breaks")
            << QStringLiteral("Aux Abymes, les espaces numériques de travail ont permis de maintenir la continuité "
                              "pédagogique.\nLes familles ont reçu des tablettes.")
            << QStringLiteral("Aux Abymes, les espaces numériques de travail ont permis de maintenir la continuité "
                              "pédagogique.\nLes familles ont reçu des tablettes.");
        QTest::newRow("paragraphs stay apart")
            << QStringLiteral("Une première ligne assez longue pour avoir été coupée par le programme\nde "
                              "courriel.\n\nUn second paragraphe.")
            << QStringLiteral("Une première ligne assez longue pour avoir été coupée par le programme de "
                              "courriel.\n\nUn second paragraphe.");
    }

    void reflow()
    {
        QFETCH(QString, text);
        QTEST(PublishableText::reflow(text), "reflowed");
    }

    void difficultiesRunToTheNextHeading()
    {
        const Proposal p = PublishableText::propose(QStringLiteral(
            "Contexte : le confinement.\n\nDifficultés rencontrées :\n\nLa connexion.\n\nLe matériel manquait.\n\n"
            "Résultats : 300 familles aidées.\n\nCordialement,\nJean Dupont"));
        QCOMPARE(p.text(), QStringLiteral("Contexte : le confinement.\n\nRésultats : 300 familles aidées."));
        QCOMPARE(p.difficulties(), QStringLiteral("La connexion.\n\nLe matériel manquait."));
    }

    void title_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("contribution prefix, the town in the phrase stays")
            << QStringLiteral("Contribution : plateforme d'entraide solidaire à Saumur") << QStringLiteral("Saumur")
            << QString() << QStringLiteral("Plateforme d'entraide solidaire à Saumur");
        QTest::newRow("the authority after a dash")
            << QStringLiteral("Télétravail des agents – Ville de Martigues") << QStringLiteral("Martigues") << QString()
            << QStringLiteral("Télétravail des agents");
        QTest::newRow("reply and forward prefixes, tags")
            << QStringLiteral("TR: RE: [Appel Villes Internet] Festival culturel numérique - Béthune [urgent]")
            << QStringLiteral("Béthune") << QString() << QStringLiteral("Festival culturel numérique");
        QTest::newRow("témoignage prefix")
            << QStringLiteral("Témoignage – drive des producteurs (CA Saumur Val de Loire)") << QStringLiteral("Saumur Val de Loire")
            << QString() << QStringLiteral("Drive des producteurs (CA Saumur Val de Loire)");
        QTest::newRow("Fwd and authority with its département")
            << QStringLiteral("Fwd: Livraison de courses – Longwy (54)") << QStringLiteral("Longwy") << QString()
            << QStringLiteral("Livraison de courses");
        QTest::newRow("empty subject: the first sentence")
            << QString() << QStringLiteral("Albi")
            << QStringLiteral("À Albi, les médiateurs ont tenu des permanences. Ensuite…")
            << QStringLiteral("À Albi, les médiateurs ont tenu des permanences.");
        QTest::newRow("empty subject, a long sentence cut at a word")
            << QStringLiteral("RE:") << QString()
            << QStringLiteral("La communauté de communes a mis en place un service de livraison de repas à domicile pour "
                              "toutes les personnes âgées isolées du territoire")
            << QStringLiteral("La communauté de communes a mis en place un service de livraison de repas à…");
    }
    void title()
    {
        QFETCH(QString, subject);
        QFETCH(QString, authority);
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(proposeTitle(subject, authority, text), title);
    }
};

QTEST_GUILESS_MAIN(TstPublishableText)
#include "tst_publishabletext.moc"
