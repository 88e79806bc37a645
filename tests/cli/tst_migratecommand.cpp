// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil migrate --to …`: a campaign copied between a SQLite file and a PostgreSQL server.
#include "cli/commandline.h"
#include "mail/mailimporter.h"
#include "storage/campaigncopy.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QDir>
#include <QtTest>

using namespace TestSupport;

class TestMigrateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A campaign with everything in it: imported emails (with attachments, a held late one,
    // a reply), a typed letter, review states, tags, a comment, the audit trail.
    static QString sampleCampaign(const QString &path)
    {
        Database db;
        QString error;
        if (!db.open(path, &error))
            qFatal("%s", qPrintable(error));
        db.setActor(QStringLiteral("cmoreau"));
        MailImporter importer(db);
        const QDir mail(testData(QStringLiteral("mail")));
        for (const QString &name :
            mail.entryList({ QStringLiteral("*.eml"), QStringLiteral("*.mbox") }, QDir::Files, QDir::Name))
            importer.importFile(mail.filePath(name), [](const ImportOutcome &) { return true; });
        Contribution letter = sampleContribution(QStringLiteral("Cybersécurité des services"));
        letter.tags = { QStringLiteral("rançongiciel") };
        if (!ContributionRepository(db).create(letter, &error))
            qFatal("%s", qPrintable(error));
        ReviewRepository review(db);
        review.changeStatus({ letter.id }, ReviewState::InReview, {}, &error);
        review.addComment(letter.id, QStringLiteral("Demander le nombre de postes."), &error);
        return db.location();
    }

    int run(const QStringList &args, QString *output = nullptr)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CommandLine(o, e).run(QStringList { QStringLiteral("recueil") } + args);
        o.flush();
        e.flush();
        if (output)
            *output = out + err;
        return code;
    }

    static QMap<QString, QString> checksums(const QString &location)
    {
        Database db;
        QString error;
        if (!db.open(location, &error))
            qFatal("%s", qPrintable(error));
        QMap<QString, QString> sums;
        for (const QString &table : CampaignCopy::tables()) {
            qint64 rows = 0;
            QString sum;
            if (!CampaignCopy::checksum(db, table, &rows, &sum, &error))
                qFatal("%s", qPrintable(error));
            sums.insert(table, QString::number(rows) + QLatin1Char(' ') + sum);
        }
        return sums;
    }

private Q_SLOTS:
    void sqliteToSqlite()
    {
        const QString source = sampleCampaign(m_dir.filePath(QStringLiteral("a.sqlite")));
        const QString target = m_dir.filePath(QStringLiteral("b.sqlite"));
        QString output;
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"),
                         QStringLiteral("--to"), target },
                     &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("source_message")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("DIFFERENT")), qPrintable(output));
        QCOMPARE(checksums(target), checksums(source));
        QVERIFY(checksums(source).value(QStringLiteral("attachment")).section(QLatin1Char(' '), 0, 0).toInt()
            > 0);
        // Searching works on the copy (its index was rebuilt).
        Database original, copy;
        QString error;
        QVERIFY(original.open(source, &error) && copy.open(target, &error));
        for (const QString &q :
            { QStringLiteral("cyber*"), QStringLiteral("rançongiciel"), QStringLiteral("confinement") }) {
            const QList<SearchHit> before = ContributionRepository(original).search(q, {}, 0, 50);
            QVERIFY(!before.isEmpty());
            QCOMPARE(ContributionRepository(copy).search(q, {}, 0, 50).size(), before.size());
        }
    }

    void refusesATargetThatIsNotEmpty()
    {
        const QString source = sampleCampaign(m_dir.filePath(QStringLiteral("c.sqlite")));
        QString output;
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"),
                         QStringLiteral("--to"), source },
                     &output),
            1);
        const QString other = sampleCampaign(m_dir.filePath(QStringLiteral("d.sqlite")));
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"),
                         QStringLiteral("--to"), other },
                     &output),
            1);
        QVERIFY2(output.contains(QStringLiteral("not empty")), qPrintable(output));
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate") }, &output), 2);
    }

    void roundTripThroughPostgresql()
    {
        RECUEIL_REQUIRE_POSTGRES();
        PostgresServer &server = PostgresServer::instance();
        const QString source = sampleCampaign(m_dir.filePath(QStringLiteral("e.sqlite")));
        const QString onServer = server.url(server.createDatabase(false));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        QString output;
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"),
                         QStringLiteral("--to"), onServer },
                     &output),
            0);
        QVERIFY2(!output.contains(QStringLiteral("DIFFERENT")), qPrintable(output));
        QCOMPARE(checksums(onServer), checksums(source));
        {
            // The server's copy is a working campaign: search, new ids after the copied ones.
            Database db;
            QString error;
            QVERIFY2(db.open(onServer, &error), qPrintable(error));
            QVERIFY(!ContributionRepository(db).search(QStringLiteral("cyber*"), {}, 0, 10).isEmpty());
            QCOMPARE(ContributionRepository(db).search(QStringLiteral("rançongiciel"), {}, 0, 10).size(), 1);
            Contribution c = sampleContribution(QStringLiteral("Après la copie"));
            QVERIFY2(ContributionRepository(db).create(c, &error), qPrintable(error));
            QVERIFY(
                c.id > SqlQuery::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM contribution"))
                           .toLongLong());
        }
        // A second copy of the first: back to SQLite, identical to where it started but for the
        // contribution added on the server since.
        const QString fresh = server.url(server.createDatabase(false));
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"),
                         QStringLiteral("--to"), fresh },
                     &output),
            0);
        QCOMPARE(run({ QStringLiteral("--database"), fresh, QStringLiteral("migrate"), QStringLiteral("--to"),
                         back },
                     &output),
            0);
        QVERIFY2(!output.contains(QStringLiteral("DIFFERENT")), qPrintable(output));
        QCOMPARE(checksums(back), checksums(source));
    }

    // `backup` on a server writes a new campaign file, checked table by table; `restore` says
    // how to bring one back, and changes nothing.
    void backupAndRestoreOnAServer()
    {
        RECUEIL_REQUIRE_POSTGRES();
        PostgresServer &server = PostgresServer::instance();
        const QString source = sampleCampaign(m_dir.filePath(QStringLiteral("b.sqlite")));
        const QString onServer = server.url(server.createDatabase(false));
        QString output;
        QCOMPARE(run({ QStringLiteral("--database"), source, QStringLiteral("migrate"), QStringLiteral("--to"),
                         onServer },
                     &output),
            0);
        const QString backup = m_dir.filePath(QStringLiteral("server-backup.sqlite"));
        QCOMPARE(run({ QStringLiteral("--database"), onServer, QStringLiteral("backup"), backup }, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("identical")) && !output.contains(QStringLiteral("DIFFERENT")),
            qPrintable(output));
        QCOMPARE(checksums(backup), checksums(onServer));
        // Never over an existing file.
        QCOMPARE(run({ QStringLiteral("--database"), onServer, QStringLiteral("backup"), backup }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("already exists")), qPrintable(output));
        QCOMPARE(checksums(backup), checksums(onServer));

        QCOMPARE(run({ QStringLiteral("--database"), onServer, QStringLiteral("restore"), backup }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("migrate --to")), qPrintable(output));
        QCOMPARE(checksums(onServer), checksums(backup));
    }
};

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
