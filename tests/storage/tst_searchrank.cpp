// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking and the extracts of full-text search: recueil_rank() and recueil_snippet().
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/dialect/searchrank.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QtTest>

using namespace TestSupport;

class TestSearchRank : public QObject
{
    Q_OBJECT

    static qint64 add(Database &db, const QString &title, const QString &text)
    {
        Contribution c = sampleContribution(title);
        c.text = text;
        QString error;
        if (!ContributionRepository(db).create(c, &error))
            qFatal("%s", qPrintable(error));
        return c.id;
    }

    static QList<qint64> order(Database &db, const QString &query)
    {
        QList<qint64> ids;
        for (const SearchHit &h : ContributionRepository(db).search(query, {}, 0, 50))
            ids.append(h.summary.id);
        return ids;
    }

private Q_SLOTS:
    void installedOnEveryConnection()
    {
        TempDatabase t;
        QCOMPARE(SearchRank::functionFor(t.db->connection()), QStringLiteral("recueil_rank"));
        QVERIFY(SearchRank::snippetFor(t.db->connection()).startsWith(QStringLiteral("recueil_snippet(")));
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("better"); // title, text of the contribution ranked first
        QTest::addColumn<QStringList>("worse");
        QTest::newRow("title weighs more than text")
            << "drive" << QStringList { "Un drive fermier", "Les producteurs livraient." }
            << QStringList { "Circuits courts", "Les producteurs livraient par un drive." };
        QTest::newRow("more occurrences rank higher")
            << "tablettes"
            << QStringList { "Écoles", "Des tablettes prêtées, des tablettes rendues, des tablettes." }
            << QStringList { "Écoles", "Des tablettes prêtées aux familles." };
        QTest::newRow("both words before one")
            << "cyber* OR rançongiciel"
            << QStringList { "Sécurité", "Une cyberattaque par rançongiciel a bloqué la mairie." }
            << QStringList { "Sécurité", "La cybersécurité des agents en télétravail." };
        QTest::newRow("a rare word weighs more than a common one")
            << "agents OR visioconférence"
            << QStringList { "Réunions", "Le conseil municipal en visioconférence." }
            << QStringList { "Réunions", "Les agents sont venus." };
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, better);
        QFETCH(QStringList, worse);
        TempDatabase t;
        // Padding so that common words are common, as in a real campaign.
        for (int i = 0; i < 20; ++i)
            add(*t.db, QStringLiteral("Témoignage %1").arg(i),
                QStringLiteral("Les agents de la ville ont aidé."));
        // The worse one first, so that insertion order cannot explain the result.
        const qint64 worseId = add(*t.db, worse.at(0), worse.at(1));
        const qint64 betterId = add(*t.db, better.at(0), better.at(1));
        const QList<qint64> ids = order(*t.db, query);
        QVERIFY2(ids.contains(betterId) && ids.contains(worseId), qPrintable(query));
        QVERIFY2(ids.indexOf(betterId) < ids.indexOf(worseId), qPrintable(query));
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("accents ignored, words kept as written") << "Le télétravail des agents."
                                                                << "teletravail"
                                                                << "Le «télétravail» des agents.";
        QTest::newRow("prefix") << "Une cyberattaque a eu lieu."
                                << "cyber*"
                                << "Une «cyberattaque» a eu lieu.";
        QTest::newRow("phrase") << "La continuité du service public a tenu."
                                << "\"continuité du service\""
                                << "La «continuité» «du» «service» public a tenu.";
        QTest::newRow("two words") << "Un drive et un marché."
                                   << "drive marché"
                                   << "Un «drive» et un «marché».";
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("mot%1 ").arg(i);
        QTest::newRow("long text cut around the match")
            << longText + QStringLiteral("vaccination ") + longText << "vaccination"
            << "…mot36 mot37 mot38 mot39 «vaccination» mot0 mot1 mot2 mot3 mot4 mot5 mot6 mot7 mot8 mot9 "
               "mot10…";
        QTest::newRow("emoji and right-to-left text around")
            << QStringLiteral("Bravo 🎉 aux agents \u200Fمرحبا\u200F pour la vaccination.") << "vaccination"
            << QStringLiteral("…agents \u200Fمرحبا\u200F pour la «vaccination».");
    }

    void snippet()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, snippet);
        TempDatabase t;
        const qint64 id = add(*t.db, QStringLiteral("Retour"), text);
        const QList<SearchHit> hits = ContributionRepository(*t.db).search(query, {}, 0, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().summary.id, id);
        QCOMPARE(hits.first().snippet, snippet);
    }

    // The same order and the same page whatever the page size: the page is cut from the best
    // matches of the text and of the tags merged.
    void pagesAreConsistent()
    {
        TempDatabase t;
        for (int i = 0; i < 60; ++i)
            add(*t.db, QStringLiteral("Témoignage %1").arg(i),
                QStringLiteral("Le télétravail ") + QStringLiteral("encore ").repeated(i % 7)
                    + QStringLiteral("télétravail").repeated(1 + i % 3));
        ContributionRepository repo(*t.db);
        QList<qint64> all;
        for (const SearchHit &h : repo.search(QStringLiteral("teletravail"), {}, 0, 100))
            all.append(h.summary.id);
        QCOMPARE(all.size(), 60);
        QList<qint64> paged;
        for (int offset = 0; offset < 60; offset += 7)
            for (const SearchHit &h : repo.search(QStringLiteral("teletravail"), {}, offset, 7))
                paged.append(h.summary.id);
        QCOMPARE(paged, all);
    }
};

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"
