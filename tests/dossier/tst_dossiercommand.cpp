// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil dossier …` as a script runs it: exit codes, messages, and the file it writes.
#include "dossier/dossiercommand.h"
#include "dossiertestdata.h"
#include "pdfprobe.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QtTest>
#include <sys/stat.h>

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

    void outputRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("device /dev/full")
            << QStringLiteral("device") << false << QStringLiteral("not an ordinary file");
        QTest::newRow("device /dev/full, forced")
            << QStringLiteral("device") << true << QStringLiteral("not an ordinary file");
        QTest::newRow("pipe") << QStringLiteral("fifo") << true << QStringLiteral("not an ordinary file");
        QTest::newRow("folder") << QStringLiteral("folder") << true << QStringLiteral("not an ordinary file");
        QTest::newRow("symbolic link")
            << QStringLiteral("symlink") << false << QStringLiteral("symbolic link");
        QTest::newRow("symbolic link, forced")
            << QStringLiteral("symlink") << true << QStringLiteral("symbolic link");
        QTest::newRow("dangling symbolic link")
            << QStringLiteral("dangling") << true << QStringLiteral("symbolic link");
        QTest::newRow("existing file") << QStringLiteral("existing") << false << QStringLiteral("--force");
    }

    void outputRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(bool, force);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        const QByteArray kept = "earlier work, not a dossier";
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kept);
        }
        QString path = dir.filePath(QStringLiteral("out.pdf"));
        if (kind == QLatin1String("device"))
            path = QStringLiteral("/dev/full");
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out.pdf")));
        else if (kind == QLatin1String("symlink"))
            QVERIFY(QFile::link(victim, path));
        else if (kind == QLatin1String("dangling"))
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere.pdf")), path));
        else
            path = victim;
        QStringList args { QStringLiteral("--output"), path };
        if (force)
            args << QStringLiteral("--force");
        const Run r = run(args);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(sentence) && r.err.contains(path), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing it points to was touched, and no file appeared anywhere.
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), kept);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("elsewhere.pdf"))));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).isFile() == false);
    }

    void forceReplacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const Run r = run({ QStringLiteral("--output"), path, QStringLiteral("--force") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(PdfProbe(path).isValid());
    }
};

QTEST_MAIN(TestDossierCommand)
#include "tst_dossiercommand.moc"
