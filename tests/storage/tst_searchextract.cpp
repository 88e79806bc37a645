// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchextract.h"

#include <QTest>

class TestSearchExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexemes_data()
    {
        QTest::addColumn<QString>("tsquery");
        QTest::addColumn<QStringList>("stems");
        QTest::addColumn<QList<bool>>("prefixes");
        QTest::newRow("one word") << "'teletravail'" << QStringList { "teletravail" } << QList<bool> { false };
        QTest::newRow("prefix") << "'cyber':*" << QStringList { "cyber" } << QList<bool> { true };
        QTest::newRow("phrase") << "'continuit' <-> 'servic' <2> 'public'"
                                << QStringList { "continuit", "servic", "public" } << QList<bool> { false, false, false };
        QTest::newRow("or, weights") << "'producteur':A | 'march':*B" << QStringList { "producteur", "march" }
                                     << QList<bool> { false, true };
        QTest::newRow("negation left out") << "'ecol' & !'cantin'" << QStringList { "ecol" } << QList<bool> { false };
        QTest::newRow("negated group") << "'ecol' & !( 'cantin' | 'repas' )" << QStringList { "ecol" } << QList<bool> { false };
        QTest::newRow("group after a negated one") << "!( 'cantin' ) & ( 'repas' | 'ecol':* )"
                                                   << QStringList { "repas", "ecol" } << QList<bool> { false, true };
        QTest::newRow("quote inside") << "'aujourd''hui'" << QStringList { "aujourd'hui" } << QList<bool> { false };
        QTest::newRow("empty") << "" << QStringList {} << QList<bool> {};
    }

    void lexemes()
    {
        QFETCH(QString, tsquery);
        QFETCH(QStringList, stems);
        QFETCH(QList<bool>, prefixes);
        const QList<SearchExtract::Lexeme> lexemes = SearchExtract::lexemesOf(tsquery);
        QStringList gotStems;
        QList<bool> gotPrefixes;
        for (const SearchExtract::Lexeme &l : lexemes) {
            gotStems << l.stem;
            gotPrefixes << l.prefix;
        }
        QCOMPARE(gotStems, stems);
        QCOMPARE(gotPrefixes, prefixes);
    }

    void cut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tsquery");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("extract");
        QTest::newRow("accents and plural") << "Les agents en télétravail ont gardé le lien." << "'teletravail'" << 16
                                            << "Les agents en «télétravail» ont gardé le lien.";
        QTest::newRow("stem starts the word") << "La vaccination des aînés a été organisée." << "'vaccin' & 'ain'" << 16
                                              << "La «vaccination» des «aînés» a été organisée.";
        QTest::newRow("a longer word is another word") << "Un partenariat avec la part des habitants." << "'part'" << 16
                                                      << "Un partenariat avec la «part» des habitants.";
        QTest::newRow("prefix matches any length") << "La cybersécurité d'abord." << "'cyber':*" << 16
                                                   << "La «cybersécurité» d'abord.";
        QTest::newRow("stem with a changed ending") << "De nombreuses familles heureuses." << "'nombreux'" << 16
                                                    << "De «nombreuses» familles heureuses.";
        QTest::newRow("two lexemes at the start")
            << "Un marché de producteurs en ligne — Les producteurs livrent. Les producteurs encaissent."
            << "'producteur' | 'march'" << 6 << "Un «marché» de «producteurs» en ligne…";
        QTest::newRow("two lexemes beat one repeated")
            << "Un marché de producteurs en ligne a permis aux habitants de commander  — Le drive fermier réunit "
               "593 exploitations et trois points de retrait. Le paiement à distance a rassuré les clients et les "
               "producteurs. Le paiement à distance a rassuré les clients et les producteurs."
            << "'producteur' | 'march'" << 16
            << "Un «marché» de «producteurs» en ligne a permis aux habitants de commander  — Le drive fermier "
               "réunit…";
        // A match in the last words of a window is not shown (the window starts a few words before
        // its first match): it does not count.
        QTest::newRow("only what is shown counts")
            << "Un marché de producteurs en ligne a permis aux habitants de commander. Le paiement a rassuré "
               "les clients et les producteurs, un jour les producteurs — Communauté de communes Portes de la Creuse en "
               "Marche"
            << "'producteur' | 'march'" << 16
            << "Un «marché» de «producteurs» en ligne a permis aux habitants de commander. Le paiement a "
               "rassuré…";
        QTest::newRow("window in the middle")
            << "Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
               "dix-sept dix-huit. La médiation numérique a aidé les habitants à remplir leurs démarches en ligne "
               "pendant tout le confinement, avec des permanences."
            << "'mediat' & 'numer'" << 8 << "…huit. La «médiation» «numérique» a aidé les habitants…";
        QTest::newRow("no match: the beginning") << "Un texte sans le mot cherché, assez long pour être coupé ici."
                                                 << "'absent'" << 6 << "Un texte sans le mot cherché…";
        QTest::newRow("negated word not highlighted") << "L'école sans cantine." << "'ecol' & !'cantin'" << 16
                                                      << "L'«école» sans cantine.";
        QTest::newRow("emoji and right-to-left text") << "Merci 🙏 — شكرا pour la télémédecine." << "'telemedecin'"
                                                      << 16 << "Merci 🙏 — شكرا pour la «télémédecine».";
        QTest::newRow("empty text") << "" << "'mot'" << 16 << "";
        QTest::newRow("punctuation only") << "— … !" << "'mot'" << 16 << "";
    }

    void cut()
    {
        QFETCH(QString, text);
        QFETCH(QString, tsquery);
        QFETCH(int, words);
        QFETCH(QString, extract);
        QCOMPARE(SearchExtract::cut(text, SearchExtract::lexemesOf(tsquery), words), extract);
    }
};

QTEST_GUILESS_MAIN(TestSearchExtract)
#include "tst_searchextract.moc"
