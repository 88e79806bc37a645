// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode: what the PostgreSQL server itself guards, and working together on one database.
#include "mail/contacteraser.h"
#include "mail/mailimporter.h"
#include "mail/mailreader.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/dialect/postgressearch.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QtTest>

using namespace TestSupport;

class TestPostgresql : public QObject
{
    Q_OBJECT

    QString m_database; // a fresh migrated database per test function

    // A login of the server, member of one of Recueil's group roles.
    static void ensureLogin(const QString &login, const QString &group)
    {
        QString error;
        QVERIFY2(ensureServerLogin(login, group, &error), qPrintable(error));
    }

    std::unique_ptr<Database> openAs(const QString &login) { return openServerAs(m_database, login); }

private Q_SLOTS:
    void init()
    {
        RECUEIL_REQUIRE_POSTGRES();
        m_database = PostgresServer::instance().createDatabase();
        ensureLogin(QStringLiteral("anna_admin"), QStringLiteral("recueil_admin"));
        ensureLogin(QStringLiteral("remi_reviewer"), QStringLiteral("recueil_reviewer"));
        ensureLogin(QStringLiteral("cleo_coordinator"), QStringLiteral("recueil_coordinator"));
    }

    void initOnEmptyDatabaseCreatesSchemaRolesAndSeeds()
    {
        const QString empty = PostgresServer::instance().createDatabase(false);
        Database db;
        QString error;
        QVERIFY2(db.open(PostgresServer::instance().url(empty), &error), qPrintable(error));
        QVERIFY(!db.dialect().storesInLocalFile());
        QCOMPARE(db.schemaVersion(), SchemaVersionOf());
        QCOMPARE(
            SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM subtopic")).toInt(), 13);
        QCOMPARE(SqlQuery::scalar(db.connection(),
                     QStringLiteral("SELECT string_agg(code, ',' ORDER BY position) FROM theme"))
                     .toString(),
            QStringLiteral("organisation,economie,cohesion"));
        QCOMPARE(SqlQuery::scalar(db.connection(),
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                    "('recueil_admin', 'recueil_reviewer', 'recueil_coordinator') "
                                    "AND NOT rolcanlogin"))
                     .toInt(),
            3);
        QCOMPARE(db.campaign().closesOn, QDate(2021, 3, 20));
        // Opening again changes nothing.
        Database again;
        QVERIFY2(again.open(PostgresServer::instance().url(empty), &error), qPrintable(error));
        QCOMPARE(
            SqlQuery::scalar(again.connection(), QStringLiteral("SELECT count(*) FROM campaign")).toInt(), 1);
    }

    void applicationReadsTheLoginsRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::newRow("admin") << "anna_admin" << int(Role::Admin);
        QTest::newRow("reviewer") << "remi_reviewer" << int(Role::Reviewer);
        QTest::newRow("coordinator") << "cleo_coordinator" << int(Role::Coordinator);
    }

    void applicationReadsTheLoginsRole()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        auto db = openAs(login);
        QVERIFY(db);
        QCOMPARE(db->actor(), login);
        QVERIFY(db->serverRole());
        QCOMPARE(int(*db->serverRole()), role);
        QCOMPARE(int(PersonRepository(db->connection()).roleOf(login)), role);
    }

    void reviewerCannotCreateContributions()
    {
        auto reviewer = openAs(QStringLiteral("remi_reviewer"));
        QVERIFY(reviewer);
        QString error;
        QVERIFY(!rawSql(*reviewer,
            QStringLiteral("INSERT INTO contribution (campaign_id, title, channel, received_at, created_by, "
                           "created_at, updated_at) VALUES (1, 'x', 'courrier', '2021-01-05T10:00:00Z', 'x', "
                           "'2021-01-05T10:00:00Z', '2021-01-05T10:00:00Z')"),
            &error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        // The application's own path is refused by the server as well.
        Contribution c = sampleContribution();
        QVERIFY(!ContributionRepository(*reviewer).create(c, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The server does not allow your login")), qPrintable(error));
        QCOMPARE(SqlQuery::scalar(reviewer->connection(), QStringLiteral("SELECT count(*) FROM contribution"))
                     .toInt(),
            0);
    }

    void coordinatorCannotChangeAReviewState()
    {
        auto coordinator = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(coordinator);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*coordinator).create(c, &error), qPrintable(error));
        // The coordinator may edit the testimony…
        c.title = QStringLiteral("Entraide entre voisins");
        QVERIFY2(ContributionRepository(*coordinator).update(c, &error), qPrintable(error));
        // …but the server refuses a review state, even sent by hand.
        QVERIFY(!rawSql(*coordinator,
            QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(c.id), &error));
        QVERIFY2(error.contains(QStringLiteral("review state")), qPrintable(error));
        auto reviewer = openAs(QStringLiteral("remi_reviewer"));
        QVERIFY(reviewer);
        QVERIFY2(ReviewRepository(*reviewer).changeStatus({ c.id }, ReviewState::InReview, {}, &error),
            qPrintable(error));
        QCOMPARE(ContributionRepository(*reviewer).find(c.id)->status, ReviewState::InReview);
    }

    void nobodyRewritesTheAuditLog_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("admin") << "anna_admin";
        QTest::newRow("reviewer") << "remi_reviewer";
        QTest::newRow("coordinator") << "cleo_coordinator";
        QTest::newRow("superuser") << "postgres";
    }

    void nobodyRewritesTheAuditLog()
    {
        QFETCH(QString, login);
        auto admin = openAs(QStringLiteral("anna_admin"));
        QVERIFY(admin);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*admin).create(c, &error), qPrintable(error));
        auto db = openAs(login);
        QVERIFY(db);
        const int before =
            SqlQuery::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QVERIFY(before > 0);
        QVERIFY(!rawSql(*db, QStringLiteral("DELETE FROM audit_log"), &error));
        QVERIFY(!rawSql(*db, QStringLiteral("UPDATE audit_log SET actor = 'nobody'"), &error));
        QVERIFY(!rawSql(*db, QStringLiteral("TRUNCATE audit_log"), &error));
        QCOMPARE(SqlQuery::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
            before);
        QCOMPARE(SqlQuery::scalar(db->connection(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'nobody'"))
                     .toInt(),
            0);
    }

    void deadlineTrigger_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("override");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("23:59:59 Paris") << "2021-03-20T22:59:59Z"
                                        << "" << true;
        QTest::newRow("00:00:00 Paris") << "2021-03-20T23:00:00Z"
                                        << "" << false;
        QTest::newRow("19:30 Guadeloupe") << "2021-03-20T23:30:00Z"
                                          << "" << false;
        QTest::newRow("late, overridden") << "2021-03-22T08:00:00Z"
                                          << "anna" << true;
    }

    void deadlineTrigger()
    {
        QFETCH(QString, received);
        QFETCH(QString, override);
        QFETCH(bool, accepted);
        auto db = openAs(QStringLiteral("postgres"));
        QVERIFY(db);
        QString error;
        const QString overrideSql = override.isEmpty()
            ? QStringLiteral("NULL, NULL")
            : QStringLiteral("'%1', 'reçu par courrier le 19'").arg(override);
        const bool inserted = rawSql(*db,
            QStringLiteral("INSERT INTO contribution (campaign_id, title, channel, received_at, "
                           "late_override_by, late_override_reason, created_by, created_at, updated_at) "
                           "VALUES (1, 'x', 'courrier', '%1', %2, 'x', '%1', '%1')")
                .arg(received, overrideSql),
            &error);
        QCOMPARE(inserted, accepted);
        if (!accepted)
            QVERIFY2(error.contains(QStringLiteral("after the close")), qPrintable(error));
    }

    void coordinatorCannotOverrideTheDeadline()
    {
        auto coordinator = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(coordinator);
        QString error;
        QVERIFY(!rawSql(*coordinator,
            QStringLiteral(
                "INSERT INTO contribution (campaign_id, title, channel, received_at, late_override_by, "
                "late_override_reason, created_by, created_at, updated_at) VALUES (1, 'x', 'courrier', "
                "'2021-03-25T10:00:00Z', 'cleo', 'retard', 'x', 'x', 'x')"),
            &error));
        QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));
    }

    void secondSaveIsAConflictAndBothEditsAreKept()
    {
        auto first = openAs(QStringLiteral("cleo_coordinator"));
        auto second = openAs(QStringLiteral("anna_admin"));
        QVERIFY(first && second);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*first).create(c, &error), qPrintable(error));
        Contribution mine = *ContributionRepository(*first).find(c.id);
        Contribution theirs = *ContributionRepository(*second).find(c.id);
        theirs.title = QStringLiteral("Titre corrigé par Anna");
        QVERIFY2(ContributionRepository(*second).update(theirs, &error), qPrintable(error));
        mine.difficulties = QStringLiteral("Peu de bénévoles le week-end.");
        ContributionRepository repo(*first);
        QVERIFY(!repo.update(mine, &error));
        QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Conflict);
        // Nothing was overwritten; my edit is still in hand and merges onto theirs.
        Contribution stored = *repo.find(c.id);
        QCOMPARE(stored.title, QStringLiteral("Titre corrigé par Anna"));
        QVERIFY(stored.difficulties.isEmpty());
        stored.difficulties = mine.difficulties;
        QVERIFY2(repo.update(stored, &error), qPrintable(error));
        const Contribution merged = *ContributionRepository(*second).find(c.id);
        QCOMPARE(merged.title, QStringLiteral("Titre corrigé par Anna"));
        QCOMPARE(merged.difficulties, QStringLiteral("Peu de bénévoles le week-end."));
    }

    void notificationReachesASecondConnection()
    {
        auto writer = openAs(QStringLiteral("cleo_coordinator"));
        auto watcher = openAs(QStringLiteral("remi_reviewer"));
        QVERIFY(writer && watcher);
        QSqlDriver *driver = watcher->connection().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("recueil_contribution")));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        Contribution c = sampleContribution();
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(ContributionRepository(*writer).create(c, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 1000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("recueil_contribution"));
        QCOMPARE(spy.first().at(2).toString(), QString::number(c.id));
    }

    // Step 5 adds a RUM index when the server has the extension (Debian's postgresql-15-rum):
    // the best matches then come in rank order from the index. Without it the GIN index and
    // ts_rank() find the same contributions, and the extracts are the same.
    void rankingIndexFindsWhatTheGinIndexFinds()
    {
        QString error;
        auto db = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(db);
        if (SqlQuery::scalar(db->connection(),
                QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'rum'"))
                .toInt()
            == 0)
            QSKIP("this server has no RUM extension (Debian package postgresql-15-rum)");
        QVERIFY(PostgresSearch::hasRankingIndex(db->connection()));
        ContributionRepository repo(*db);
        const QStringList titles = { QStringLiteral("Télétravail des agents"), QStringLiteral("Cybersécurité"),
            QStringLiteral("Marché de producteurs"), QStringLiteral("Continuité du service public"),
            QStringLiteral("Médiation numérique") };
        for (int i = 0; i < 40; ++i) {
            Contribution c = sampleContribution(titles.at(i % titles.size()) + QStringLiteral(" n° ")
                + QString::number(i));
            c.text = QStringLiteral("Les agents en télétravail ont été équipés. ").repeated(i % 3)
                + QStringLiteral("La médiation numérique a aidé les habitants du marché.");
            if (i % 7 == 0)
                c.tags = { QStringLiteral("cybersécurité") };
            QVERIFY2(repo.create(c, &error), qPrintable(error));
        }
        const QStringList queries = { QStringLiteral("teletravail"), QStringLiteral("cyber*"),
            QStringLiteral("producteurs OR marché"), QStringLiteral("\"continuité du service\""),
            QStringLiteral("médiation numérique"), QStringLiteral("title:marché"), QStringLiteral("absent") };
        auto idsOf = [](const QList<SearchHit> &hits) {
            QList<qint64> ids;
            for (const SearchHit &h : hits)
                ids.append(h.summary.id);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QHash<QString, QList<qint64>> ranked;
        QHash<QString, QHash<qint64, QString>> extracts;
        for (const QString &q : queries) {
            const QList<SearchHit> hits = repo.search(q, {}, 0, 100);
            ranked.insert(q, idsOf(hits));
            for (const SearchHit &h : hits)
                extracts[q].insert(h.summary.id, h.snippet);
        }
        // In the title of every fifth, in the text of two in three: 29 of 40.
        QCOMPARE(ranked.value(QStringLiteral("teletravail")).size(), 29);
        QCOMPARE(ranked.value(QStringLiteral("absent")).size(), 0);
        // A title match ranks first.
        QVERIFY(repo.search(QStringLiteral("teletravail"), {}, 0, 1).value(0).summary.title.startsWith(
            QStringLiteral("Télétravail")));
        // Pages follow each other without overlap.
        const QList<qint64> all = idsOf(repo.search(QStringLiteral("teletravail"), {}, 0, 100));
        QList<qint64> paged = idsOf(repo.search(QStringLiteral("teletravail"), {}, 0, 10))
            + idsOf(repo.search(QStringLiteral("teletravail"), {}, 10, 100));
        std::sort(paged.begin(), paged.end());
        QCOMPARE(paged, all);

        QVERIFY2(PostgresServer::instance().exec(QStringLiteral("DROP INDEX contribution_search_rank"), &error,
                     m_database),
            qPrintable(error));
        auto plain = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(plain);
        QVERIFY(!PostgresSearch::hasRankingIndex(plain->connection()));
        ContributionRepository gin(*plain);
        for (const QString &q : queries) {
            const QList<SearchHit> hits = gin.search(q, {}, 0, 100);
            QCOMPARE(idsOf(hits), ranked.value(q));
            for (const SearchHit &h : hits)
                QCOMPARE(h.snippet, extracts.value(q).value(h.summary.id));
        }
    }

    // The right to erasure on a server: an administrator's login erases a person's details from
    // the contacts, the stored emails byte for byte, the contributions and the audit values; a
    // coordinator's login cannot (the server refuses the audit rewrite), and nothing changes.
    void erasureOnAServer()
    {
        auto carol = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(carol);
        MailImporter importer(*carol);
        QList<ImportOutcome> outcomes;
        QVERIFY(importer.importFile(testData(QStringLiteral("mail/02-beauvais-outlook.eml")),
            [&outcomes](const ImportOutcome &o) { outcomes << o; return true; }));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, ImportOutcome::Created);
        const qint64 id = outcomes.first().contributionId;
        const QString address = QStringLiteral("j.lefevre@beauvais.fr");
        QString error;
        Contribution other = sampleContribution(QStringLiteral("Autre témoignage"));
        QVERIFY2(ContributionRepository(*carol).create(other, &error), qPrintable(error));

        // Rows of the server that still hold the address or the name, read as the superuser.
        Database superuser;
        QVERIFY2(superuser.open(PostgresServer::instance().url(m_database), &error), qPrintable(error));
        auto traces = [&superuser] {
            const QString sql = QStringLiteral(
                "SELECT (SELECT count(*) FROM contact WHERE email ILIKE '%lefevre@%' OR name ILIKE '%lefèvre%') "
                "+ (SELECT count(*) FROM source_message WHERE position('lefevre@' IN lower(encode(raw, 'escape'))) "
                "> 0 OR from_address ILIKE '%lefevre@%') "
                "+ (SELECT count(*) FROM audit_log WHERE old_value ILIKE '%lefevre@%' OR new_value ILIKE "
                "'%lefevre@%' OR old_value ILIKE '%lefèvre%' OR new_value ILIKE '%lefèvre%')");
            return SqlQuery::scalar(superuser.connection(), sql).toInt();
        };
        QVERIFY(traces() > 0);
        QVERIFY2(ReviewRepository(*carol).addComment(id, QStringLiteral("Rappeler Julien Lefèvre (j.lefevre@beauvais.fr)"),
                     &error),
            qPrintable(error));

        {
            ContactEraser refused(*carol);
            ContactEraser::Plan plan;
            QVERIFY2(refused.plan(address, &plan, &error), qPrintable(error));
            QVERIFY(!refused.erase(plan, &error));
            QVERIFY(traces() > 0);
        }

        auto anna = openAs(QStringLiteral("anna_admin"));
        QVERIFY(anna);
        ContactEraser eraser(*anna);
        ContactEraser::Plan plan;
        QVERIFY2(eraser.plan(address, &plan, &error), qPrintable(error));
        QCOMPARE(plan.contactIds.size(), 1);
        QVERIFY(plan.places().filter(QStringLiteral("source_message")).size() >= 1);
        QVERIFY(plan.auditEntries >= 1);
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));
        QCOMPARE(traces(), 0);
        QCOMPARE(ReviewRepository(*anna).comments(id).constFirst().body, QStringLiteral("Rappeler [effacé] ([effacé])"));

        ContributionRepository repo(*anna);
        QCOMPARE(repo.find(id)->contact.email, ContactEraser::placeholder());
        QCOMPARE(repo.find(other.id)->contact.email, other.contact.email);
        QVERIFY(repo.search(QStringLiteral("lefevre"), {}, 0, 10).isEmpty());
        QCOMPARE(repo.search(QStringLiteral("Beauvais"), {}, 0, 10).size(), 1); // the testimony stays
        // The stored email still reads.
        QSqlQuery q(anna->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT raw FROM source_message")) && q.next());
        QVERIFY(MailReader::read(q.value(0).toByteArray()));
        // Logged without the data.
        QVERIFY(SqlQuery::scalar(anna->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase_contact'")).toInt() == 1);
    }

    void serverRestartMidSession()
    {
        auto db = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(db);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*db).create(c, &error), qPrintable(error));
        c.text = QStringLiteral("Texte saisi pendant la coupure.");
        QVERIFY(PostgresServer::instance().stop());
        ContributionRepository repo(*db);
        QVERIFY(!repo.update(c, &error));
        QVERIFY2(error.contains(QStringLiteral("connection")), qPrintable(error));
        QVERIFY(!db->isConnectionAlive());
        QString why;
        QVERIFY2(PostgresServer::instance().start(&why), qPrintable(why));
        QVERIFY2(db->reconnect(&error), qPrintable(error));
        QVERIFY(db->isConnectionAlive());
        QCOMPARE(db->actor(), QStringLiteral("cleo_coordinator"));
        // What was typed is still in hand and saves now.
        QVERIFY2(ContributionRepository(*db).update(c, &error), qPrintable(error));
        QCOMPARE(
            ContributionRepository(*db).find(c.id)->text, QStringLiteral("Texte saisi pendant la coupure."));
    }

private:
    static int SchemaVersionOf() { return Database::latestSchemaVersion(); }
};

QTEST_GUILESS_MAIN(TestPostgresql)
#include "tst_postgresql.moc"
