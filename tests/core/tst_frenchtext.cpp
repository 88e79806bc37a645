// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frenchtext.h"

#include <QtTest>

class TestFrenchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << QStringLiteral("Télétravail") << QStringLiteral("teletravail");
        QTest::newRow("hyphen") << QStringLiteral("Saint-Étienne") << QStringLiteral("saint etienne");
        QTest::newRow("apostrophe") << QStringLiteral("L'Abergement") << QStringLiteral("l abergement");
        QTest::newRow("typographic apostrophe") << QStringLiteral("L’Haÿ-les-Roses") << QStringLiteral("l hay les roses");
        QTest::newRow("ligature") << QStringLiteral("Cœur") << QStringLiteral("coeur");
        QTest::newRow("spaces") << QStringLiteral("  a   b ") << QStringLiteral("a b");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain ASCII, upper case and digits") << QStringLiteral("CCAS de Longwy 54400")
                                                            << QStringLiteral("ccas de longwy 54400");
        QTest::newRow("ASCII punctuation only") << QStringLiteral("--- ; ---") << QString();
        QTest::newRow("full-width letters fold like ASCII") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(FrenchText::foldForSearch(input), folded);
    }

    // Each row: the word searched and a word of a testimony it must find (the stem is searched
    // as the start of a word); miss, when given, must not be found.
    void searchStem_data()
    {
        QTest::addColumn<QString>("searched");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("miss");
        QTest::newRow("plural searched, singular written") << "numériques" << "numérique" << "nuit";
        QTest::newRow("singular searched, plural written") << "numérique" << "numériques" << "";
        QTest::newRow("feminine") << "sociale" << "social" << "";
        QTest::newRow("-aux") << "sociaux" << "sociale" << "";
        QTest::newRow("travaux, travail") << "travaux" << "travail" << "";
        QTest::newRow("-eaux") << "réseaux" << "réseau" << "";
        QTest::newRow("noun, verb") << "vaccination" << "vacciner" << "";
        QTest::newRow("verb, noun") << "organiser" << "organisation" << "";
        QTest::newRow("participle") << "numérisées" << "numérisation" << "";
        QTest::newRow("-ement") << "confinements" << "confiné" << "";
        QTest::newRow("école") << "écoles" << "école" << "écrit";
        QTest::newRow("short word stays whole") << "aides" << "aide" << "aidant";
        QTest::newRow("jeux stays whole") << "jeux" << "jeux" << "jeudi";
        QTest::newRow("number") << "2021" << "2021" << "2020";
        QTest::newRow("code") << "cc49" << "cc49" << "";
    }

    void searchStem()
    {
        QFETCH(QString, searched);
        QFETCH(QString, written);
        QFETCH(QString, miss);
        const QString stem = FrenchText::searchStem(FrenchText::foldForSearch(searched));
        QVERIFY2(FrenchText::foldForSearch(written).startsWith(stem), qPrintable(stem));
        if (!miss.isEmpty())
            QVERIFY2(!FrenchText::foldForSearch(miss).startsWith(stem), qPrintable(stem));
        QVERIFY(stem.size() >= qMin<qsizetype>(4, searched.size()));
    }

    void longDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("deadline") << QDate(2021, 3, 20) << QStringLiteral("20\u00a0mars 2021");
        QTest::newRow("first") << QDate(2021, 6, 1) << QStringLiteral("1er\u00a0juin 2021");
        QTest::newRow("accented month") << QDate(2021, 2, 2) << QStringLiteral("2\u00a0février 2021");
    }

    void longDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QCOMPARE(FrenchText::longDate(date), text);
        // In print, the ordinal of the first is raised; no other date changes.
        QCOMPARE(FrenchText::longDate(date, FrenchText::Ordinal::Raised),
                 QString(text).replace(QStringLiteral("1er"), QStringLiteral("1\u1D49\u02B3")));
        QCOMPARE(FrenchText::longDate(date, FrenchText::Ordinal::Raised) == text, date.day() != 1);
    }

    void number_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(97) << QStringLiteral("97");
        QTest::newRow("thousands") << qint64(12000) << QStringLiteral("12\u202f000");
        QTest::newRow("millions") << qint64(1234567) << QStringLiteral("1\u202f234\u202f567");
        QTest::newRow("negative") << qint64(-4500) << QStringLiteral("-4\u202f500");
    }

    void number()
    {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(FrenchText::number(value), text);
    }

    void typography_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("colon") << QStringLiteral("Contribution : plateforme") << QStringLiteral("Contribution\u00a0: plateforme");
        QTest::newRow("question") << QStringLiteral("Pourquoi?") << QStringLiteral("Pourquoi\u202f?");
        QTest::newRow("guillemets") << QStringLiteral("« Mon marché local »")
                                    << QStringLiteral("«\u202fMon marché local\u202f»");
        QTest::newRow("straight quotes") << QStringLiteral("dit \"oui\"") << QStringLiteral("dit «\u202foui\u202f»");
        QTest::newRow("time and url untouched") << QStringLiteral("https://x.fr 10:30")
                                                << QStringLiteral("https://x.fr 10:30");
    }

    void typography()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(FrenchText::typography(input), output);
    }
};

QTEST_GUILESS_MAIN(TestFrenchText)
#include "tst_frenchtext.moc"
