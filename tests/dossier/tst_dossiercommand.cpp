// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil dossier …` as a script runs it: exit codes, messages, and the file it writes.
#include "database.h"
#include "dossiercommand.h"
#include "dossiertestdata.h"
#include "pdfprobe.h"
#include "testsupport.h"

#include <QtTest>

class TestDossierCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::TempDatabase> m_store;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = runDossierCommand(args, *m_store->db, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return { code, out, err };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<TestSupport::TempDatabase>();
        DossierTestData::Spec spec;
        spec.count = 10;
        spec.minChars = 400;
        spec.maxChars = 1000;
        DossierTestData::Known known;
        QString error;
        QVERIFY2(DossierTestData::generate(*m_store->db, spec, &error), qPrintable(error));
        QVERIFY2(DossierTestData::addKnown(*m_store->db, &known, &error), qPrintable(error));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = QStringLiteral("--output=/tmp/never-written.pdf");
        QTest::newRow("no output") << QStringList {};
        QTest::newRow("unknown option") << QStringList { out, QStringLiteral("--colour") };
        QTest::newRow("bad grouping")
            << QStringList { out, QStringLiteral("--group-by"), QStringLiteral("town") };
        QTest::newRow("unknown state")
            << QStringList { out, QStringLiteral("--status"), QStringLiteral("published") };
        QTest::newRow("unknown theme")
            << QStringList { out, QStringLiteral("--theme"), QStringLiteral("sport") };
        QTest::newRow("stray argument") << QStringList { out, QStringLiteral("extra") };
    }

    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.pdf")));
    }

    void writesDossier_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("defaults") << QStringList {}
                                  << QStringList { QString::fromUtf8(DossierTestData::knownTextPhrase),
                                         QStringLiteral("Synthèse") }
                                  << QStringList { QString::fromUtf8(DossierTestData::consentingName),
                                         QString::fromUtf8(DossierTestData::receivedOnlyTitle) };
        QTest::newRow("with contacts") << QStringList { QStringLiteral("--with-contacts") }
                                       << QStringList { QString::fromUtf8(DossierTestData::consentingName) }
                                       << QStringList { QString::fromUtf8(DossierTestData::refusingName) };
        QTest::newRow("by region, no synthesis")
            << QStringList { QStringLiteral("--group-by"), QStringLiteral("region"),
                   QStringLiteral("--no-synthesis") }
            << QStringList { QStringLiteral("Pays de la Loire") }
            << QStringList { QStringLiteral("Contributions par thème principal") };
        QTest::newRow("states and themes")
            << QStringList { QStringLiteral("--status"), QStringLiteral("validated"),
                   QStringLiteral("--status"), QStringLiteral("received"), QStringLiteral("--theme"),
                   QStringLiteral("cohesion") }
            << QStringList { QString::fromUtf8(DossierTestData::receivedOnlyTitle) }
            << QStringList { QStringLiteral("Continuité des services publics aux Abymes") };
        QTest::newRow("leading command name")
            << QStringList { QStringLiteral("dossier") }
            << QStringList { QStringLiteral("Index des collectivités") } << QStringList {};
    }

    void writesDossier()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf"));
        QStringList args = options;
        const qsizetype at = args.startsWith(QStringLiteral("dossier")) ? 1 : 0;
        args.insert(at, QStringLiteral("--output"));
        args.insert(at + 1, path);
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(path));
        const PdfProbe pdf(path);
        QVERIFY(pdf.isValid());
        const QString all = pdf.allText();
        for (const QString &t : present)
            QVERIFY2(all.contains(t), qPrintable(t));
        for (const QString &t : absent)
            QVERIFY2(!all.contains(t), qPrintable(t));
    }

    void failures()
    {
        // Nothing selected: one sentence, no file.
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        Run r =
            run({ QStringLiteral("--output"), path, QStringLiteral("--status"), QStringLiteral("rejected") });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QStringLiteral("No contribution")));
        QVERIFY(!QFile::exists(path));

        // A folder that cannot be written to.
        r = run({ QStringLiteral("--output"), QStringLiteral("/proc/recueil/dossier.pdf") });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QStringLiteral("/proc/recueil/dossier.pdf")));
    }
};

QTEST_MAIN(TestDossierCommand)
#include "tst_dossiercommand.moc"
