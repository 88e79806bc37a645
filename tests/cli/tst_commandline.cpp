// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real `recueil` executable, as a script or cron job would.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QString m_db;

    Run recueil(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need a display
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECUEIL_BINARY), QStringList{QStringLiteral("--database"), m_db} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    int contributionCount()
    {
        const Run r = recueil({QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array().size();
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
        QFile::remove(m_db);
    }

    void versionAndHelp()
    {
        Run r = recueil({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("recueil "));
        r = recueil({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("add"));
    }

    void initCreatesDatabase()
    {
        const Run r = recueil({QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(m_db));
    }

    void deadlineFromTheIssue()
    {
        QCOMPARE(recueil({QStringLiteral("init")}).exitCode, 0);
        Run r = recueil({QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("49328"),
                         QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--received"),
                         QStringLiteral("2021-03-20T22:59:59Z")});
        QCOMPARE(r.exitCode, 0);
        r = recueil({QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("49328"),
                     QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--received"),
                     QStringLiteral("2021-03-20T23:00:00Z")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1); // one line on stderr
        QVERIFY(r.out.isEmpty());
        QCOMPARE(contributionCount(), 1);
    }

    void addJson()
    {
        const Run r = recueil({QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("200071678"),
                               QStringLiteral("--title"), QStringLiteral("Guichet unique"), QStringLiteral("--received"),
                               QStringLiteral("2021-03-19T18:00:00+01:00"), QStringLiteral("--theme"),
                               QStringLiteral("organisation"), QStringLiteral("--theme"), QStringLiteral("cohesion"),
                               QStringLiteral("--subtopic"), QStringLiteral("continuite"), QStringLiteral("--text"),
                               QStringLiteral("Un guichet unique en ligne."), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Guichet unique"));
        QCOMPARE(o.value(QStringLiteral("received_at")).toString(), QStringLiteral("2021-03-19T17:00:00Z"));
        const QJsonObject authority = o.value(QStringLiteral("authority")).toObject();
        QCOMPARE(authority.value(QStringLiteral("code")).toString(), QStringLiteral("200071678"));
        QCOMPARE(authority.value(QStringLiteral("kind")).toString(), QStringLiteral("epci"));
        QCOMPARE(authority.value(QStringLiteral("departement")).toString(), QStringLiteral("49"));
        QVERIFY(authority.value(QStringLiteral("population")).toInt() > 100000);
        QCOMPARE(o.value(QStringLiteral("themes")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("primary_theme")).toString(), QStringLiteral("organisation"));
        QCOMPARE(o.value(QStringLiteral("subtopics")).toArray().first().toString(), QStringLiteral("continuite"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QVERIFY(o.value(QStringLiteral("late_override")).isNull());
        for (const char *key : {"id", "contact", "tags", "text", "difficulties", "sources", "attachments", "version"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const Run shown = recueil({QStringLiteral("show"), QString::number(o.value(QStringLiteral("id")).toInt()),
                                   QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object(), o);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown authority") << QStringList{"add", "--authority", "99999", "--title", "T", "--received", "2021-03-01T10:00:00Z"} << 1;
        QTest::newRow("late in Guadeloupe") << QStringList{"add", "--authority", "97101", "--title", "T", "--received", "2021-03-20T19:30:00-04:00"} << 1;
        QTest::newRow("not a date") << QStringList{"add", "--authority", "49328", "--title", "T", "--received", "hier"} << 2;
        QTest::newRow("missing title") << QStringList{"add", "--authority", "49328", "--received", "2021-03-01T10:00:00Z"} << 2;
        QTest::newRow("unknown theme") << QStringList{"add", "--authority", "49328", "--title", "T", "--received", "2021-03-01T10:00:00Z", "--theme", "sport"} << 1;
        QTest::newRow("unknown option") << QStringList{"list", "--colour"} << 2;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        QTest::newRow("unknown status") << QStringList{"list", "--status", "done"} << 2;
        QTest::newRow("show missing") << QStringList{"show", "42"} << 1;
        QTest::newRow("show not a number") << QStringList{"show", "abc"} << 2;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = recueil(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains("QSqlError"));
        QCOMPARE(contributionCount(), 0);
    }

    void lateOverrideFromCommandLine()
    {
        const Run r = recueil({QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("49099"),
                               QStringLiteral("--title"), QStringLiteral("En retard"), QStringLiteral("--received"),
                               QStringLiteral("2021-03-22T08:30:12Z"), QStringLiteral("--late-reason"),
                               QStringLiteral("Retenu par l'antispam"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("late_override")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Retenu par l'antispam"));
    }

    void newerDatabaseRefused()
    {
        QCOMPARE(recueil({QStringLiteral("init")}).exitCode, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'x')"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run r = recueil({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("newer"));
    }

    // `init --campaign FILE` then `campaign --json`: the call comes back value for value, and
    // what is printed makes the same call again.
    void campaignRoundTripsThroughAFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2021 call, the bundled example") << QStringLiteral(RECUEIL_TEST_DATA "/../../resources/campaigns/vdf-vi-2021.json");
        QTest::newRow("Cayenne") << QStringLiteral(RECUEIL_TEST_DATA "/campaigns/cayenne.json");
        QTest::newRow("Nouméa") << QStringLiteral(RECUEIL_TEST_DATA "/campaigns/noumea.json");
    }

    void campaignRoundTripsThroughAFile()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(f.readAll()).object();
        Run r = recueil({QStringLiteral("init"), QStringLiteral("--campaign"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = recueil({QStringLiteral("campaign"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), written);
        // Printed, it is a call's file again.
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QFile out(again);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(r.out);
        out.close();
        const QString first = m_db;
        m_db = m_dir.filePath(QStringLiteral("again.sqlite"));
        QFile::remove(m_db);
        QCOMPARE(recueil({QStringLiteral("init"), QStringLiteral("--campaign"), again}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(recueil({QStringLiteral("campaign"), QStringLiteral("--json")}).out).object(),
            written);
        // Never over another call.
        m_db = first;
        r = recueil({QStringLiteral("init"), QStringLiteral("--campaign"), QStringLiteral(RECUEIL_TEST_DATA "/campaigns/noumea.json")});
        if (!file.endsWith(QLatin1String("noumea.json"))) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("already holds the call"), r.err.constData());
        }
    }

    // `campaign --apply`: an administrator moves the close earlier, and must say what becomes of
    // the testimony received after it; a coordinator may not.
    void campaignApplyAsksAboutLateOnes()
    {
        const QString alice = QStringLiteral("--as=alice");
        QCOMPARE(recueil({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                     QStringLiteral("admin"), alice})
                     .exitCode,
            0);
        QCOMPARE(recueil({QStringLiteral("people"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                     QStringLiteral("coordinator"), alice})
                     .exitCode,
            0);
        Run r = recueil({QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("49328"), QStringLiteral("--title"),
            QStringLiteral("Après le 10 mars"), QStringLiteral("--received"), QStringLiteral("2021-03-15T10:00:00"), alice});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(contributionCount(), 1);
        QJsonObject call = QJsonDocument::fromJson(recueil({QStringLiteral("campaign"), QStringLiteral("--json")}).out).object();
        call.insert(QStringLiteral("closes_on"), QStringLiteral("2021-03-10"));
        const QString file = m_dir.filePath(QStringLiteral("earlier.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(call).toJson());
        f.close();
        r = recueil({QStringLiteral("campaign"), QStringLiteral("--apply"), file, QStringLiteral("--hold-late"),
            QStringLiteral("--as=carol")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("administrator"), r.err.constData());
        r = recueil({QStringLiteral("campaign"), QStringLiteral("--apply"), file, alice});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--hold-late"), r.err.constData());
        QCOMPARE(contributionCount(), 1); // nothing changed
        r = recueil({QStringLiteral("campaign"), QStringLiteral("--apply"), file, QStringLiteral("--hold-late"), alice});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 testimony received after the new close put in the holding list"), r.out.constData());
        QCOMPARE(contributionCount(), 0); // waiting in the holding list, not lost
        QVERIFY(recueil({QStringLiteral("campaign")}).out.contains("10 March 2021"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
