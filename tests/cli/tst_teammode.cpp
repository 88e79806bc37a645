// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode, end to end through the commands: the sample emails imported into PostgreSQL by a
// coordinator's login, validated by a reviewer's, and the dossier printed by a third login.
#include "cli/commandline.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace TestSupport;

class TestTeamMode : public QObject
{
    Q_OBJECT

    QString m_database;
    QTemporaryDir m_dir;
    qint64 m_id = 0; // the contribution imported and validated by importValidatePrint

    // recueil ARGS…, its standard output and error in *output.
    static int command(const QStringList &args, QString *output = nullptr)
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

    // recueil --database <this test's server database, as login> ARGS…
    int run(const QString &login, const QStringList &args, QString *output = nullptr)
    {
        return command(
            QStringList { QStringLiteral("--database"), PostgresServer::instance().url(m_database, login) } + args,
            output);
    }

    static void ensureLogin(const QString &login, const QString &group)
    {
        QString error;
        QVERIFY2(
            PostgresServer::instance().exec(
                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                               "CREATE ROLE %1 LOGIN IN ROLE %2; END IF; END $$")
                    .arg(login, group),
                &error),
            qPrintable(error));
    }

private Q_SLOTS:
    void importValidatePrint()
    {
        RECUEIL_REQUIRE_POSTGRES();
        // The owner creates the campaign (schema, roles, seeds) on an empty database.
        m_database = PostgresServer::instance().createDatabase(false);
        QString output;
        QCOMPARE(run(QStringLiteral("postgres"), { QStringLiteral("init") }, &output), 0);
        ensureLogin(QStringLiteral("claire_coord"), QStringLiteral("recueil_coordinator"));
        ensureLogin(QStringLiteral("bruno_relect"), QStringLiteral("recueil_reviewer"));
        ensureLogin(QStringLiteral("alice_admin"), QStringLiteral("recueil_admin"));

        // A coordinator imports the sample emails.
        const QString saumur = testData(QStringLiteral("mail/01-saumur-thunderbird.eml"));
        const QString beauvais = testData(QStringLiteral("mail/02-beauvais-outlook.eml"));
        QCOMPARE(run(QStringLiteral("claire_coord"),
                     { QStringLiteral("import"), QStringLiteral("--json"), saumur, beauvais }, &output),
            0);
        const QJsonObject first =
            QJsonDocument::fromJson(output.split(QLatin1Char('\n')).first().toUtf8()).object();
        const qint64 id = first.value(QStringLiteral("contribution_id")).toInteger();
        QVERIFY2(id > 0, qPrintable(output));
        m_id = id;

        // A reviewer cannot import; a coordinator cannot validate (the server refuses too).
        QCOMPARE(run(QStringLiteral("bruno_relect"),
                     { QStringLiteral("import"), testData(QStringLiteral("mail/03-martigues-gmail.eml")) },
                     &output),
            1);
        QCOMPARE(
            run(QStringLiteral("claire_coord"),
                { QStringLiteral("set-status"), QString::number(id), QStringLiteral("in_review") }, &output),
            1);

        // The reviewer files it under a theme and validates it.
        QCOMPARE(run(QStringLiteral("bruno_relect"),
                     { QStringLiteral("tag"), QString::number(id), QStringLiteral("--primary"), QStringLiteral("cohesion") },
                     &output),
            0);
        QCOMPARE(
            run(QStringLiteral("bruno_relect"),
                { QStringLiteral("set-status"), QString::number(id), QStringLiteral("in_review") }, &output),
            0);
        QCOMPARE(
            run(QStringLiteral("bruno_relect"),
                { QStringLiteral("set-status"), QString::number(id), QStringLiteral("validated") }, &output),
            0);
        QCOMPARE(run(QStringLiteral("alice_admin"),
                     { QStringLiteral("history"), QString::number(id), QStringLiteral("--json") }, &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("bruno_relect"))
                && output.contains(QStringLiteral("claire_coord")),
            qPrintable(output));

        // A third login prints the dossier of validated contributions.
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        QVERIFY2(run(QStringLiteral("alice_admin"), { QStringLiteral("dossier"), QStringLiteral("--output"), pdf }, &output)
                == 0,
            qPrintable(output));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }

    // Issue 14, point 2: "--as" must not let one login act, or be recorded, as another.
    void asIsRefusedOnServer_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("pretends");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("admin comments as the reviewer")
            << QStringLiteral("alice_admin") << QStringLiteral("bruno_relect")
            << QStringList { QStringLiteral("comment"), QStringLiteral("ID"),
                   QStringLiteral("usurpe-bruno") };
        QTest::newRow("coordinator comments as the admin")
            << QStringLiteral("claire_coord") << QStringLiteral("alice_admin")
            << QStringList { QStringLiteral("comment"), QStringLiteral("ID"),
                   QStringLiteral("usurpe-alice") };
        QTest::newRow("coordinator sends back for review as the reviewer")
            << QStringLiteral("claire_coord") << QStringLiteral("bruno_relect")
            << QStringList { QStringLiteral("set-status"), QStringLiteral("ID"),
                   QStringLiteral("in_review") };
        QTest::newRow("even naming oneself")
            << QStringLiteral("claire_coord") << QStringLiteral("claire_coord")
            << QStringList { QStringLiteral("comment"), QStringLiteral("ID"), QStringLiteral("usurpe-soi") };
    }

    void asIsRefusedOnServer()
    {
        RECUEIL_REQUIRE_POSTGRES();
        QFETCH(QString, login);
        QFETCH(QString, pretends);
        QFETCH(QStringList, command);
        QVERIFY2(m_id > 0, "importValidatePrint must run first");
        command.replaceInStrings(QStringLiteral("ID"), QString::number(m_id));
        QString output;
        QCOMPARE(run(login, command + QStringList { QStringLiteral("--as"), pretends }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("--as")) && output.contains(login), qPrintable(output));

        // Nothing was written: the contribution stays validated and no comment slipped in.
        QCOMPARE(run(QStringLiteral("alice_admin"),
                     { QStringLiteral("history"), QString::number(m_id), QStringLiteral("--json") }, &output),
            0);
        QVERIFY2(!output.contains(QStringLiteral("usurpe")), qPrintable(output));
        QCOMPARE(run(QStringLiteral("alice_admin"),
                     { QStringLiteral("show"), QString::number(m_id), QStringLiteral("--json") }, &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("\"validated\"")), qPrintable(output));
    }

    // The server's setup as docs/team-mode.md tells it: a login that owns the database and may
    // create roles runs init; it then gives the schema away and reads nothing; people work.
    void setupLoginRunsInitAndNothingElse()
    {
        RECUEIL_REQUIRE_POSTGRES();
        QString error;
        m_database = createSetupDatabase(QStringLiteral("setup_owner"), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
        QString output;
        QCOMPARE(run(QStringLiteral("setup_owner"), { QStringLiteral("init") }, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("Database ready")), qPrintable(output));
        // Again (an upgrade with nothing to do) works too.
        QCOMPARE(run(QStringLiteral("setup_owner"), { QStringLiteral("init") }, &output), 0);
        QCOMPARE(run(QStringLiteral("setup_owner"), { QStringLiteral("list") }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("none of the campaign's groups")), qPrintable(output));
        ensureLogin(QStringLiteral("claire_coord"), QStringLiteral("recueil_coordinator"));
        QCOMPARE(run(QStringLiteral("claire_coord"),
                     { QStringLiteral("import"), testData(QStringLiteral("mail/01-saumur-thunderbird.eml")) },
                     &output),
            0);
        QCOMPARE(run(QStringLiteral("claire_coord"), { QStringLiteral("list") }, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("Saumur")), qPrintable(output));
    }

    // A campaign file moved to a new server database by the setup login (docs/team-mode.md,
    // « Moving a campaign »): copied as the schema's owner, verified, then worked on by people.
    void setupLoginMovesACampaignToTheServer()
    {
        RECUEIL_REQUIRE_POSTGRES();
        auto &server = PostgresServer::instance();
        QString error;
        m_database = createSetupDatabase(QStringLiteral("setup_owner"), &error);
        QVERIFY2(!m_database.isEmpty(), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("campagne.sqlite"));
        QString output;
        QCOMPARE(command({ QStringLiteral("--database"), file, QStringLiteral("import"),
                             testData(QStringLiteral("mail/02-beauvais-outlook.eml")) },
                     &output),
            0);
        QCOMPARE(command({ QStringLiteral("--database"), file, QStringLiteral("migrate"), QStringLiteral("--to"),
                             server.url(m_database, QStringLiteral("setup_owner")) },
                     &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("verified")), qPrintable(output));
        QCOMPARE(run(QStringLiteral("setup_owner"), { QStringLiteral("list") }, &output), 1);
        ensureLogin(QStringLiteral("claire_coord"), QStringLiteral("recueil_coordinator"));
        QCOMPARE(run(QStringLiteral("claire_coord"), { QStringLiteral("list") }, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("Beauvais")), qPrintable(output));
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
