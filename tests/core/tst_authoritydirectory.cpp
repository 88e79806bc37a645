// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritydirectory.h"
#include "core/campaign.h"

#include <QtTest>

class TestAuthorityDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledListIsComplete()
    {
        const AuthorityDirectory &d = AuthorityDirectory::official();
        QVERIFY2(d.size() > 35000, "every commune and EPCI is bundled");
        QVERIFY(d.dataVersion().contains(QStringLiteral("decoupage-administratif")));
    }

    void find_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("departement");
        QTest::newRow("Saumur") << "49328" << "Saumur" << "commune" << "49";
        QTest::newRow("Les Abymes") << "97101" << "Les Abymes" << "commune" << "971";
        QTest::newRow("Longwy") << "54323" << "Longwy" << "commune" << "54";
        QTest::newRow("Martigues") << "13056" << "Martigues" << "commune" << "13";
        QTest::newRow("CA Cholet") << "200071678" << "CA Cholet Agglomération" << "epci" << "49";
        QTest::newRow("CA Saumur Val de Loire") << "200071876" << "CA Saumur Val de Loire" << "epci" << "49";
        QTest::newRow("Ajaccio (2A)") << "2A004" << "Ajaccio" << "commune" << "2A";
    }

    void find()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, departement);
        const Authority a = AuthorityDirectory::official().find(code);
        QCOMPARE(a.name, name);
        QCOMPARE(a.kindCode(), kind);
        QCOMPARE(a.departement, departement);
        QVERIFY(a.population > 0);
        QVERIFY(!AuthorityDirectory::official().regionName(a.region).isEmpty());
    }

    void unknownCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "";
        QTest::newRow("not a code") << "99999";
        QTest::newRow("SQL") << "49328' OR 1=1 --";
    }

    void unknownCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!AuthorityDirectory::official().find(code).isValid());
        QVERIFY(!AuthorityDirectory::official().contains(code));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("name") << "Saumur" << "49328";
        QTest::newRow("lower case") << "saumur" << "49328";
        QTest::newRow("postal code") << "49400" << "49328";
        QTest::newRow("second word") << "Abymes" << "97101";
        QTest::newRow("accents ignored") << "bethune" << "62119";
        QTest::newRow("hyphens ignored") << "saint etienne" << "42218";
        QTest::newRow("epci") << "saumur val" << "200071876";
        QTest::newRow("INSEE code") << "13056" << "13056";
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedCode);
        const QList<Authority> hits = AuthorityDirectory::official().search(query, 10);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QStringList codes;
        for (const Authority &a : hits)
            codes.append(a.code);
        QVERIFY2(codes.contains(expectedCode), qPrintable(codes.join(u',')));
    }

    void searchRanksExactNameFirst()
    {
        const QList<Authority> hits = AuthorityDirectory::official().search(QStringLiteral("Saumur"), 5);
        QCOMPARE(hits.first().code, QStringLiteral("49328"));
    }

    void searchLimitAndNoise()
    {
        QCOMPARE(AuthorityDirectory::official().search(QStringLiteral("saint"), 7).size(), 7);
        QVERIFY(AuthorityDirectory::official().search(QStringLiteral("  ,;  "), 7).isEmpty());
        QVERIFY(AuthorityDirectory::official().search(QStringLiteral("zzzzqqq"), 7).isEmpty());
    }

    void targetBand_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("inBand");
        QTest::newRow("Saumur 26k") << "49328" << true;
        QTest::newRow("Paris") << "75056" << false;
        QTest::newRow("village") << "01001" << false;
    }

    void targetBand()
    {
        QFETCH(QString, code);
        QFETCH(bool, inBand);
        // The 2021 call's target, read from the official list's figures.
        QCOMPARE(Eligibility().admits(AuthorityDirectory::official().find(code)), inBand);
    }
};

QTEST_GUILESS_MAIN(TestAuthorityDirectory)
#include "tst_authoritydirectory.moc"
