// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritydirectory.h"
#include "core/authoritysuggester.h"

#include <QtTest>

class TestAuthoritySuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggest_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("ville- domain") << "claire.moreau@ville-saumur.fr" << "Claire Moreau" << "Contribution" << "" << "49328";
        QTest::newRow("plain domain") << "j.lefevre@beauvais.fr" << "Julien Lefèvre" << "" << "" << "60057";
        QTest::newRow("accented town, plain domain") << "m.dubois@bethune.fr" << "" << "" << "" << "62119";
        QTest::newRow("mairie- domain") << "ccas@mairie-longwy.fr" << "Chantal Nowak" << "" << "" << "54323";
        QTest::newRow("subdomain") << "x@ccas.mairie-longwy.fr" << "" << "" << "" << "54323";
        QTest::newRow("article dropped") << "education@ville-abymes.fr" << "" << "" << "" << "97101";
        QTest::newRow("agglomeration in one word") << "n.perrin@choletagglomeration.fr" << "" << "" << "" << "200071678";
        QTest::newRow("agglo- domain") << "t.bernard@agglo-saumur.fr" << "" << "" << "" << "200071876";
        QTest::newRow("gmail with signature") << "dsi.martigues@gmail.com" << "Sophie Garcia" << "Télétravail des agents"
                                              << "Bonjour,\n…\nSophie Garcia\nDSI – Ville de Martigues\n" << "13056";
        QTest::newRow("gmail with subject") << "someone@gmail.com" << "" << "Télétravail des agents – Ville de Martigues" << "" << "13056";
        QTest::newRow("des Abymes") << "someone@orange.fr" << "" << "" << "Service éducation – Ville des Abymes" << "97101";
        QTest::newRow("communauté d'agglomération in text")
            << "someone@gmail.com" << "" << ""
            << "La Communauté d'agglomération Saumur Val de Loire a mis en place un drive" << "200071876";
        QTest::newRow("nothing to go on") << "jean@gmail.com" << "Jean" << "Bonjour" << "Merci." << "";
        QTest::newRow("unknown domain") << "a@example.org" << "" << "" << "" << "";
        QTest::newRow("empty") << "" << "" << "" << "" << "";
        QTest::newRow("hostile") << "a@'; DROP TABLE x;--.fr" << "\u202E" << "" << QString(5000, QLatin1Char('(')) << "";
    }

    void suggest()
    {
        QFETCH(QString, from);
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, code);
        const AuthoritySuggester s(AuthorityDirectory::official());
        const auto suggestion = s.suggest({from, name, subject, text});
        QCOMPARE(suggestion.authority.code, code);
    }
};

QTEST_GUILESS_MAIN(TestAuthoritySuggester)
#include "tst_authoritysuggester.moc"
