// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode, end to end through the commands: the sample emails imported into PostgreSQL by a
// coordinator's login, validated by a reviewer's, and the dossier printed by a third login.
#include "commandline.h"
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

    int run(const QString &login, const QStringList &args, QString *output = nullptr)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code =
            CommandLine(o, e).run(QStringList { QStringLiteral("recueil"), QStringLiteral("--database"),
                                      PostgresServer::instance().url(m_database, login) }
                + args);
        o.flush();
        e.flush();
        if (output)
            *output = out + err;
        return code;
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

        // A reviewer cannot import; a coordinator cannot validate (the server refuses too).
        QCOMPARE(run(QStringLiteral("bruno_relect"),
                     { QStringLiteral("import"), testData(QStringLiteral("mail/03-martigues-gmail.eml")) },
                     &output),
            1);
        QCOMPARE(
            run(QStringLiteral("claire_coord"),
                { QStringLiteral("set-status"), QString::number(id), QStringLiteral("in_review") }, &output),
            1);

        // The reviewer validates.
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
        QCOMPARE(run(QStringLiteral("alice_admin"),
                     { QStringLiteral("dossier"), QStringLiteral("--output"), pdf }, &output),
            0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
