// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewers' commands, driven through the real executable on the imported samples.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace TestSupport;

class TestReviewCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_serverDatabase; // on the PostgreSQL run (…_postgresql): the database's name

    // On a server, whoever acts is the login: "--as bob" becomes bob's login, a member of the
    // group role of his part (alice administers, bob reviews, carol coordinates).
    QStringList target(QStringList args) const
    {
        if (m_serverDatabase.isEmpty())
            return QStringList { QStringLiteral("--database"), m_db } + args;
        QString login = QStringLiteral("alice");
        const qsizetype as = args.indexOf(QStringLiteral("--as"));
        if (as >= 0 && as + 1 < args.size()) {
            login = args.at(as + 1);
            args.remove(as, 2);
        }
        return QStringList { QStringLiteral("--database"), PostgresServer::instance().url(m_serverDatabase, login) }
            + args;
    }

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run recueil(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECUEIL_BINARY), target(args));
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    qint64 martigues()
    {
        const QJsonArray hits = QJsonDocument::fromJson(recueil({"search", "teletravail", "--json"}).out).array();
        return hits.isEmpty() ? 0 : hits.first().toObject().value("id").toInteger();
    }

    QString statusOf(qint64 id)
    {
        return QJsonDocument::fromJson(recueil({"show", QString::number(id), "--json"}).out).object().value("status").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath("review.sqlite");
        if (testingPostgres()) {
            RECUEIL_REQUIRE_POSTGRES();
            m_serverDatabase = PostgresServer::instance().createDatabase();
            for (const auto &[login, group] : { std::pair("alice", "recueil_admin"),
                     std::pair("bob", "recueil_reviewer"), std::pair("carol", "recueil_coordinator") }) {
                QString error;
                PostgresServer::instance().exec(
                    QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                   "CREATE ROLE %1 LOGIN IN ROLE %2; END IF; END $$")
                        .arg(QLatin1String(login), QLatin1String(group)),
                    &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        } else {
            QCOMPARE(recueil({"people", "add", "alice", "--role", "admin", "--as", "alice"}).code, 0);
            QCOMPARE(recueil({"people", "add", "bob", "--role", "reviewer", "--as", "alice"}).code, 0);
            QCOMPARE(recueil({"people", "add", "carol", "--role", "coordinator", "--as", "alice"}).code, 0);
        }
        QStringList files{"import", "--as", "carol"};
        for (const QString &name : QDir(testData("mail")).entryList({"*.eml", "*.mbox"}, QDir::Files, QDir::Name))
            files.append(testData("mail/" + name));
        QCOMPARE(recueil(files).code, 1); // one late message
    }

    // The README's first run, on an empty desk: the first person added is its administrator,
    // adds a reviewer, enters a testimony, and the reviewer validates it (four eyes).
    void firstRunFromAnEmptyDesk()
    {
        if (!m_serverDatabase.isEmpty())
            QSKIP("a server's people are its logins (docs/team-mode.md)");
        const QString desk = m_dir.filePath("first-run.sqlite");
        auto run = [&desk](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(RECUEIL_BINARY), QStringList { QStringLiteral("--database"), desk } + args);
            p.waitForFinished(60000);
            return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
        };
        Run r = run({ "people", "add", "claire", "--role", "coordinator" });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("administrator"), r.out.constData());
        QVERIFY(run({ "people", "list" }).out.contains("claire"));
        // From now on only an administrator adds people.
        r = run({ "people", "add", "eve", "--role", "admin" });
        QCOMPARE(r.code, 1);
        QCOMPARE(run({ "people", "add", "bob", "--role", "reviewer", "--as", "claire" }).code, 0);
        r = run({ "add", "--authority", "49328", "--title", "Entraide", "--received", "2021-03-01T10:00:00+01:00",
            "--text", "Une plateforme d'entraide.", "--theme", "cohesion", "--json", "--as", "claire" });
        QCOMPARE(r.code, 0);
        const QString id = QString::number(QJsonDocument::fromJson(r.out).object().value("id").toInteger());
        QVERIFY(id != "0");
        QCOMPARE(run({ "set-status", id, "validated", "--as", "claire" }).code, 1); // four eyes
        QCOMPARE(run({ "set-status", id, "validated", "--as", "bob" }).code, 0);
        QCOMPARE(QJsonDocument::fromJson(run({ "show", id, "--json" }).out).object().value("status").toString(),
            QStringLiteral("validated"));
    }

    void searchFromTheIssue()
    {
        const QJsonArray hits = QJsonDocument::fromJson(recueil({"search", "teletravail", "--json"}).out).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value("authority_code").toString(), QStringLiteral("13056"));
        QVERIFY(hits.first().toObject().value("snippet").toString().contains(QStringLiteral("«")));
        const Run cyber = recueil({"search", "cyber*", "--json"});
        QCOMPARE(cyber.code, 0);
        QCOMPARE(QJsonDocument::fromJson(cyber.out).array().first().toObject().value("authority_code").toString(),
                 QStringLiteral("13056"));
        const Run broken = recueil({"search", "\"NEAR((\"", "--json"});
        QCOMPARE(broken.code, 0);
        QVERIFY(broken.err.isEmpty());
        QVERIFY(QJsonDocument::fromJson(broken.out).isArray());
    }

    void searchFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("found");
        QTest::newRow("département 13") << QStringList{"--departement", "13"} << true;
        QTest::newRow("département 49") << QStringList{"--departement", "49"} << false;
        QTest::newRow("région PACA") << QStringList{"--region", "93"} << true;
        QTest::newRow("population band") << QStringList{"--population-min", "10000", "--population-max", "100000"} << true;
        QTest::newRow("too small") << QStringList{"--population-max", "5000"} << false;
        QTest::newRow("in February") << QStringList{"--from", "2021-02-01", "--to", "2021-02-28"} << true;
        QTest::newRow("in March") << QStringList{"--from", "2021-03-01"} << false;
        QTest::newRow("status") << QStringList{"--status", "received"} << true;
    }

    void searchFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, found);
        const Run r = recueil(QStringList{"search", "teletravail", "--json"} + args);
        QCOMPARE(r.code, 0);
        QCOMPARE(!QJsonDocument::fromJson(r.out).array().isEmpty(), found);
    }

    void refusedActionsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("coordinator validates") << QStringList{"set-status", "ID", "validated", "--as", "carol"};
        QTest::newRow("no reason") << QStringList{"set-status", "ID", "needs_changes", "--as", "bob"};
        QTest::newRow("coordinator asks for changes") << QStringList{"set-status", "ID", "needs_changes", "--reason", "x", "--as", "carol"};
        QTest::newRow("unknown sub-topic") << QStringList{"tag", "ID", "--subtopic", "football", "--as", "bob"};
        QTest::newRow("coordinator assigns") << QStringList{"assign", "ID", "bob", "--as", "carol"};
        QTest::newRow("coordinator adds people") << QStringList{"people", "add", "eve", "--role", "admin", "--as", "carol"};
        QTest::newRow("empty tag") << QStringList { "tag", "ID", "--tag", "", "--as", "bob" };
        QTest::newRow("blank tag") << QStringList { "tag", "ID", "--tag", " \t ", "--as", "bob" };
        QTest::newRow("blank tag to remove") << QStringList { "tag", "ID", "--untag", " ", "--as", "bob" };
        // « bob<TAB> » used to be trimmed into bob, silently making him an administrator.
        QTest::newRow("login with a tab")
            << QStringList { "people", "add", "bob\t", "--role", "admin", "--as", "alice" };
        QTest::newRow("login with a newline")
            << QStringList { "people", "add", "eve\n2021-03-01", "--role", "reviewer", "--as", "alice" };
        QTest::newRow("login with an escape")
            << QStringList { "people", "add", "eve\x1b[2J", "--role", "reviewer", "--as", "alice" };
    }

    void refusedActionsChangeNothing()
    {
        QFETCH(QStringList, args);
        const qint64 id = martigues();
        args.replaceInStrings("ID", QString::number(id));
        const QByteArray before = recueil({"history", QString::number(id), "--json"}).out;
        const QByteArray people = recueil({ "people", "list" }).out;
        const Run r = recueil(args);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(recueil({"history", QString::number(id), "--json"}).out, before);
        QCOMPARE(recueil({ "people", "list" }).out, people);
    }

    void reviewerTagsAndValidates()
    {
        const qint64 id = martigues();
        const QString sid = QString::number(id);
        QCOMPARE(recueil({"assign", sid, "bob", "--as", "alice"}).code, 0);
        QCOMPARE(recueil({"tag", sid, "--primary", "organisation", "--subtopic", "teletravail", "--subtopic", "cybersecurite",
                          "--tag", "VPN", "--as", "bob"}).code, 0);
        QCOMPARE(recueil({"comment", sid, "Très", "complet", "--as", "bob"}).code, 0);
        QCOMPARE(recueil({"set-status", sid, "in_review", "--as", "bob"}).code, 0);
        QCOMPARE(recueil({"set-status", sid, "validated", "--as", "bob"}).code, 0);
        QCOMPARE(statusOf(id), QStringLiteral("validated"));
        const QJsonObject c = QJsonDocument::fromJson(recueil({"show", sid, "--json"}).out).object();
        QCOMPARE(c.value("primary_theme").toString(), QStringLiteral("organisation"));
        QCOMPARE(c.value("subtopics").toArray().size(), 2);
        const QJsonArray history = QJsonDocument::fromJson(recueil({"history", sid, "--json"}).out).array();
        QCOMPARE(history.first().toObject().value("new").toString(), QStringLiteral("validated"));
        QCOMPARE(history.first().toObject().value("actor").toString(), QStringLiteral("bob"));
        QCOMPARE(recueil({"search", "teletravail", "--reviewer", "bob", "--json"}).code, 0);
        QCOMPARE(QJsonDocument::fromJson(recueil({"search", "teletravail", "--status", "validated", "--json"}).out).array().size(), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no words") << QStringList{"search"};
        QTest::newRow("bad state") << QStringList{"set-status", "1", "done"};
        QTest::newRow("bad date") << QStringList{"search", "x", "--from", "hier"};
        QTest::newRow("bad role") << QStringList{"people", "add", "x", "--role", "boss"};
        // It returned nothing, as if no contribution matched.
        QTest::newRow("unknown state in search")
            << QStringList { "search", "teletravail", "--status", "bogus" };
        QTest::newRow("assign to nobody") << QStringList { "assign", "1", "", "--as", "alice" };
        QTest::newRow("assign to a forged login")
            << QStringList { "assign", "1", "bob\nfake", "--as", "alice" };
        // Offsets up to +23:59 were accepted by `add`.
        QTest::newRow("add, offset +23:59") << QStringList { "add", "--authority", "49328", "--title", "x",
            "--received", "2021-03-20T12:00:00+23:59", "--as", "carol" };
        QTest::newRow("add, offset -14:01") << QStringList { "add", "--authority", "49328", "--title", "x",
            "--received", "2021-03-20T12:00:00-14:01", "--as", "carol" };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = recueil(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void terminalOutputEscapesControlCharacters()
    {
        // A subject or body with escape sequences retitled the terminal or cleared it, and a
        // carriage return overwrote what was printed; the JSON keeps the text exact.
        const QString hostile = QStringLiteral("Titre\x1b]0;pwned\x07 \x1b[2J\rfin\u202Eevil");
        const Run added =
            recueil({ "add", "--authority", "49328", "--title", hostile, "--received", "2021-03-01T10:00:00Z",
                "--text", "ligne 1\nligne 2 \x1b[31mrouge\u009b", "--json", "--as", "carol" });
        QVERIFY2(added.code == 0, added.err.constData());
        const qint64 id = QJsonDocument::fromJson(added.out).object().value("id").toInteger();
        QVERIFY(id > 0);
        for (const QStringList &args : { QStringList { "list" }, QStringList { "show", QString::number(id) },
                 QStringList { "history", QString::number(id) }, QStringList { "search", "Titre" } }) {
            const Run r = recueil(args);
            QCOMPARE(r.code, 0);
            const QString out = QString::fromUtf8(r.out);
            for (const QChar c : out)
                QVERIFY2(c == u'\n' || c == u'\t'
                        || (c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f)
                            && c != QChar(0x202E)),
                    qPrintable(args.first() + QString::number(c.unicode(), 16)));
            if (args.first() != QLatin1String("history") && args.first() != QLatin1String("search"))
                QVERIFY2(out.contains(QStringLiteral("\\x1B]0;pwned\\x07")), qPrintable(out));
        }
        QVERIFY(QString::fromUtf8(recueil({ "show", QString::number(id) }).out)
                    .contains(QStringLiteral("ligne 1\nligne 2")));
        const QJsonObject json =
            QJsonDocument::fromJson(recueil({ "show", QString::number(id), "--json" }).out).object();
        QCOMPARE(json.value("title").toString(), hostile);
        QVERIFY(json.value("text").toString().contains(QStringLiteral("\x1b[31mrouge")));
    }
};

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
