// SPDX-License-Identifier: GPL-3.0-or-later
// The server's rules, attacked as the campaign's logins would with psql: raw SQL, no
// application in between. Receipt times read the same whatever the session's time zone and
// date style; who did it is the login, whatever the row says; nobody validates their own
// contribution; a validated text that changes goes back to review; a stored email stays as it
// came.
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

class TstServerTrust : public QObject
{
    Q_OBJECT

    QString m_database;

    static void ensureLogin(const QString &login, const QString &group)
    {
        QString error;
        QVERIFY2(ensureServerLogin(login, group, &error), qPrintable(error));
    }

    std::unique_ptr<Database> openAs(const QString &login) { return openServerAs(m_database, login); }

    static QString value(Database &db, const QString &sql)
    {
        return SqlQuery::scalar(db.connection(), sql).toString();
    }

    // A contribution inserted by hand, as psql would; returns its id or 0.
    static qint64 insert(Database &db, const QString &receivedAt, const QString &extra = QString(),
        const QString &extraValues = QString(), QString *error = nullptr)
    {
        QSqlQuery q(db.connection());
        const bool ok = q.exec(QStringLiteral("INSERT INTO contribution (campaign_id, title, channel, received_at, "
                                              "created_by, created_at, updated_at%1) VALUES (1, 'Par psql', "
                                              "'courrier', '%2', 'anna_admin', '2021-01-05T10:00:00Z', "
                                              "'2021-01-05T10:00:00Z'%3) RETURNING id")
                                   .arg(extra, receivedAt, extraValues))
            && q.next();
        if (error)
            *error = q.lastError().text();
        const qint64 id = ok ? q.value(0).toLongLong() : 0;
        // Filed under a theme, as a testimony is before anyone validates it.
        if (id && !q.exec(QStringLiteral("INSERT INTO contribution_theme (contribution_id, theme_code) "
                                         "VALUES (%1, 'cohesion')").arg(id)) && error)
            *error = q.lastError().text();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        RECUEIL_REQUIRE_POSTGRES();
        m_database = PostgresServer::instance().createDatabase();
        ensureLogin(QStringLiteral("anna_admin"), QStringLiteral("recueil_admin"));
        ensureLogin(QStringLiteral("remi_reviewer"), QStringLiteral("recueil_reviewer"));
        ensureLogin(QStringLiteral("cleo_coordinator"), QStringLiteral("recueil_coordinator"));
    }

    void receiptTimesDoNotDependOnTheSession_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("receivedAt");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("no offset, far east") << "SET TIME ZONE 'Etc/GMT-14'" << "2021-03-21T09:00:00" << "";
        QTest::newRow("offset beyond 14 h") << "" << "2021-03-20T23:00:00+15:59" << "";
        QTest::newRow("minus infinity") << "" << "-infinity" << "";
        QTest::newRow("epoch") << "" << "epoch" << "";
        QTest::newRow("before Christ") << "" << "2021-03-21 10:00:00+00 BC" << "";
        QTest::newRow("month first") << "SET DateStyle = 'MDY'" << "03/20/2021 10:00:00+00" << "";
        QTest::newRow("year 1") << "" << "0001-03-20T10:00:00Z" << "";
        QTest::newRow("in time, Paris offset")
            << "SET TIME ZONE 'Pacific/Kiritimati'" << "2021-03-20T23:30:00+01:00" << "2021-03-20T22:30:00Z";
        QTest::newRow("in time, UTC with milliseconds") << "" << "2021-03-19T10:00:00.250Z" << "2021-03-19T10:00:00.250Z";
        QTest::newRow("late, even written with a far offset") << "" << "2021-03-21T14:00:00+14:00" << "";
    }
    void receiptTimesDoNotDependOnTheSession()
    {
        QFETCH(QString, session);
        QFETCH(QString, receivedAt);
        QFETCH(QString, stored);
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(cleo);
        if (!session.isEmpty())
            QVERIFY(rawSql(*cleo, session));
        QString error;
        const qint64 id = insert(*cleo, receivedAt, {}, {}, &error);
        if (stored.isEmpty()) {
            QVERIFY2(!id, qPrintable(receivedAt + QStringLiteral(" was accepted")));
            QCOMPARE(value(*cleo, QStringLiteral("SELECT count(*) FROM contribution")), QStringLiteral("0"));
        } else {
            QVERIFY2(id, qPrintable(error));
            QCOMPARE(value(*cleo, QStringLiteral("SELECT received_at FROM contribution WHERE id = %1").arg(id)), stored);
        }
    }

    void theLoginIsWhoDidIt()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(cleo);
        QString error;
        // Entered « as » the administrator: the server writes the coordinator's login.
        const qint64 id = insert(*cleo, QStringLiteral("2021-03-01T10:00:00Z"), {}, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT created_by FROM contribution WHERE id = %1").arg(id)),
            QStringLiteral("cleo_coordinator"));
        QVERIFY(rawSql(*cleo, QStringLiteral("UPDATE contribution SET created_by = 'remi_reviewer' WHERE id = %1").arg(id)));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT created_by FROM contribution WHERE id = %1").arg(id)),
            QStringLiteral("cleo_coordinator"));
        // Soft-deleted « as » someone else.
        QVERIFY(rawSql(*cleo, QStringLiteral("UPDATE contribution SET deleted_at = '2021-03-02T10:00:00Z', deleted_by = "
                                          "'anna_admin' WHERE id = %1")
                               .arg(id)));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT deleted_by FROM contribution WHERE id = %1").arg(id)),
            QStringLiteral("cleo_coordinator"));
        // An audit row or a comment signed by another.
        QVERIFY2(rawSql(*cleo,
                     QStringLiteral("INSERT INTO audit_log (at, actor, contribution_id, action) VALUES "
                                    "('2021-03-02T10:00:00Z', 'anna_admin', %1, 'status')")
                         .arg(id),
                     &error),
            qPrintable(error));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")),
            QStringLiteral("cleo_coordinator"));
        QVERIFY2(rawSql(*cleo,
                     QStringLiteral("INSERT INTO comment (contribution_id, author, at, body) VALUES (%1, 'anna_admin', "
                                    "'2021-03-02T10:00:00Z', 'Validé par Anna')")
                         .arg(id),
                     &error),
            qPrintable(error));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT author FROM comment")), QStringLiteral("cleo_coordinator"));
    }

    void nobodyValidatesTheirOwnContribution()
    {
        auto anna = openAs(QStringLiteral("anna_admin"));
        auto remi = openAs(QStringLiteral("remi_reviewer"));
        QVERIFY(anna && remi);
        QString error;
        // Entered already validated: refused.
        QVERIFY(!insert(*anna, QStringLiteral("2021-03-01T10:00:00Z"), QStringLiteral(", status"),
            QStringLiteral(", 'validated'"), &error));
        QVERIFY2(error.contains(QStringLiteral("four eyes")), qPrintable(error));
        // Entered, then validated by the same login: refused; by another: accepted.
        const qint64 id = insert(*anna, QStringLiteral("2021-03-01T10:00:00Z"), {}, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(!rawSql(*anna, QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(id), &error));
        QVERIFY2(error.contains(QStringLiteral("four eyes")), qPrintable(error));
        QVERIFY2(rawSql(*remi, QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(id), &error),
            qPrintable(error));
        QCOMPARE(value(*remi, QStringLiteral("SELECT status FROM contribution WHERE id = %1").arg(id)),
            QStringLiteral("validated"));
    }

    void aValidatedTextThatChangesGoesBackToReview()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        auto remi = openAs(QStringLiteral("remi_reviewer"));
        QVERIFY(cleo && remi);
        QString error;
        const qint64 id = insert(*cleo, QStringLiteral("2021-03-01T10:00:00Z"), {}, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(rawSql(*remi, QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(id), &error));
        QVERIFY2(rawSql(*cleo, QStringLiteral("UPDATE contribution SET body = 'Réécrit après validation' WHERE id = %1").arg(id),
                     &error),
            qPrintable(error));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT status FROM contribution WHERE id = %1").arg(id)),
            QStringLiteral("in_review"));
    }

    // A testimony typed after the close waits, held, whoever enters it; it leaves the holding
    // list only by an administrator's acceptance with a reason, whatever a coordinator or a
    // reviewer writes by hand. Through the application, held rows are in no list or search.
    void aHeldTestimonyLeavesOnlyWithAnAdministrator()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        auto remi = openAs(QStringLiteral("remi_reviewer"));
        auto anna = openAs(QStringLiteral("anna_admin"));
        QVERIFY(cleo && remi && anna);
        QString error;
        const QString late = QStringLiteral("2021-03-22T09:00:00Z");
        QVERIFY(!insert(*cleo, late, QStringLiteral(", hold"), QStringLiteral(", 'late'"), &error));
        QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
        const qint64 id = insert(*cleo, late, QStringLiteral(", hold, hold_reason"),
                                 QStringLiteral(", 'late', 'Lettre reçue le 22 mars'"), &error);
        QVERIFY2(id, qPrintable(error));
        for (Database *who : {cleo.get(), remi.get()}) {
            QVERIFY(!rawSql(*who, QStringLiteral("UPDATE contribution SET hold = NULL WHERE id = %1").arg(id), &error));
            QVERIFY(!rawSql(*who,
                            QStringLiteral("UPDATE contribution SET hold = NULL, late_override_by = 'anna_admin', "
                                           "late_override_reason = 'Je passe outre' WHERE id = %1")
                                .arg(id),
                            &error));
            QVERIFY2(error.contains(QStringLiteral("only an administrator")), qPrintable(error));
        }
        // Set aside by the coordinator, then let out by hand: refused too.
        QVERIFY2(rawSql(*cleo, QStringLiteral("UPDATE contribution SET hold = 'discarded' WHERE id = %1").arg(id), &error),
                 qPrintable(error));
        QVERIFY(!rawSql(*cleo,
                        QStringLiteral("UPDATE contribution SET hold = NULL, late_override_by = 'cleo_coordinator', "
                                       "late_override_reason = 'x' WHERE id = %1")
                            .arg(id)));
        QCOMPARE(value(*anna, QStringLiteral("SELECT hold FROM contribution WHERE id = %1").arg(id)),
                 QStringLiteral("discarded"));

        // Through the application: held, it is in no list or search until Anna accepts it.
        Contribution typed = sampleContribution(QStringLiteral("Lettre tardive sur le télétravail"));
        typed.receivedAt = utc("2021-03-22T09:00:00Z");
        ContributionRepository asCleo(*cleo);
        QVERIFY2(asCleo.hold(typed, QStringLiteral("Appel du 22 mars"), &error), qPrintable(error));
        QCOMPARE(asCleo.count(ContributionFilter()), 0);
        QCOMPARE(asCleo.search(QStringLiteral("tardive"), ContributionFilter(), 0, 10).size(), 0);
        QVERIFY(!asCleo.acceptHeld(typed.id, QStringLiteral("Je passe outre"), &error));
        ContributionRepository asAnna(*anna);
        QVERIFY2(asAnna.acceptHeld(typed.id, QStringLiteral("Posté le 19 mars"), &error), qPrintable(error));
        QCOMPARE(asCleo.count(ContributionFilter()), 1);
        QCOMPARE(asCleo.search(QStringLiteral("tardive"), ContributionFilter(), 0, 10).size(), 1);
        QCOMPARE(value(*anna, QStringLiteral("SELECT late_override_by FROM contribution WHERE id = %1").arg(typed.id)),
                 QStringLiteral("anna_admin"));
    }

    // The email's text of an imported testimony stays as it came: no login rewrites it by hand;
    // a complement may only add to it.
    void theOriginalTextStaysAsItCame()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        auto anna = openAs(QStringLiteral("anna_admin"));
        QVERIFY(cleo && anna);
        QString error;
        const qint64 id = insert(*cleo, QStringLiteral("2021-03-01T10:00:00Z"), QStringLiteral(", original_text"),
                                 QStringLiteral(", 'Bonjour, le portail a tenu.'"), &error);
        QVERIFY2(id, qPrintable(error));
        for (Database *who : {cleo.get(), anna.get()}) {
            QVERIFY(!rawSql(*who, QStringLiteral("UPDATE contribution SET original_text = 'Rien de tel.' WHERE id = %1").arg(id),
                            &error));
            QVERIFY2(error.contains(QStringLiteral("kept as it came")), qPrintable(error));
            QVERIFY(!rawSql(*who, QStringLiteral("UPDATE contribution SET original_text = NULL WHERE id = %1").arg(id)));
        }
        QVERIFY2(rawSql(*cleo,
                        QStringLiteral("UPDATE contribution SET original_text = original_text || E'\\n\\nComplément.' "
                                       "WHERE id = %1")
                            .arg(id),
                        &error),
                 qPrintable(error));
        QCOMPARE(value(*anna, QStringLiteral("SELECT original_text FROM contribution WHERE id = %1").arg(id)),
                 QStringLiteral("Bonjour, le portail a tenu.\n\nComplément."));
    }

    // What the client leaves out of the history, the server writes itself: plain SQL by each role
    // leaves a db_* row under the true login, with what changed (never an email's bytes); the
    // window's history shows the application's rows only.
    void theServerRecordsEveryChangeItself()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        auto remi = openAs(QStringLiteral("remi_reviewer"));
        auto anna = openAs(QStringLiteral("anna_admin"));
        QVERIFY(cleo && remi && anna);
        QString error;
        const qint64 id = insert(*cleo, QStringLiteral("2021-03-01T10:00:00Z"), {}, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(rawSql(*remi, QStringLiteral("UPDATE contribution SET body = 'Relu en silence' WHERE id = %1").arg(id), &error),
            qPrintable(error));
        QVERIFY2(rawSql(*cleo,
                     QStringLiteral("INSERT INTO source_message (hold, from_address, raw, sha256, size, imported_at, "
                                    "imported_by, received_at) VALUES ('late', 'x@y.fr', 'Subject: secret bytes', "
                                    "'abc', 21, '2021-03-22T10:00:00Z', 'cleo_coordinator', '2021-03-22T10:00:00Z')"),
                     &error),
            qPrintable(error));
        QVERIFY2(rawSql(*cleo, QStringLiteral("UPDATE source_message SET hold = 'discarded'"), &error), qPrintable(error));
        QVERIFY2(rawSql(*anna, QStringLiteral("INSERT INTO person (login, display_name, role, active, created_at) VALUES "
                                           "('zoe', 'Zoé', 'reviewer', 1, '2021-03-01T10:00:00Z')"),
                     &error),
            qPrintable(error));

        auto record = [&](const QString &where) {
            return value(*anna, QStringLiteral("SELECT actor || ' ' || coalesce(new_value, '') FROM audit_log WHERE %1 "
                                               "ORDER BY id DESC LIMIT 1")
                                    .arg(where));
        };
        const QString inserted = record(QStringLiteral("action = 'db_insert' AND field = 'contribution'"));
        QVERIFY2(inserted.startsWith(QStringLiteral("cleo_coordinator ")), qPrintable(inserted));
        const QString edited = record(QStringLiteral("action = 'db_update' AND field = 'contribution'"));
        QVERIFY2(edited.startsWith(QStringLiteral("remi_reviewer ")), qPrintable(edited));
        QVERIFY2(edited.contains(QStringLiteral("Relu en silence")), qPrintable(edited));
        QVERIFY2(!edited.contains(QStringLiteral("\"title\"")), qPrintable(edited)); // only what changed
        const QString person = record(QStringLiteral("action = 'db_insert' AND field = 'person'"));
        QVERIFY2(person.startsWith(QStringLiteral("anna_admin ")) && person.contains(QStringLiteral("Zoé")),
            qPrintable(person));
        const QString held = record(QStringLiteral("action = 'db_update' AND field = 'source_message'"));
        QVERIFY2(held.startsWith(QStringLiteral("cleo_coordinator ")) && held.contains(QStringLiteral("discarded")),
            qPrintable(held));
        QVERIFY2(value(*anna, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%secret bytes%'"))
                == QStringLiteral("0"),
            "an email's bytes are not copied into the history");
        // The window's history: the application's own rows only.
        for (const AuditEntry &e : AuditLog(anna->connection()).history(id))
            QVERIFY2(!e.action.startsWith(QStringLiteral("db_")), qPrintable(e.action));
        // And nobody can take those rows back.
        QVERIFY(!rawSql(*anna, QStringLiteral("DELETE FROM audit_log WHERE action LIKE 'db_%'"), &error));
    }

    void aStoredEmailStaysAsItCame()
    {
        auto cleo = openAs(QStringLiteral("cleo_coordinator"));
        QVERIFY(cleo);
        QString error;
        QVERIFY2(rawSql(*cleo,
                     QStringLiteral("INSERT INTO source_message (hold, from_address, raw, sha256, size, imported_at, "
                                    "imported_by, received_at) VALUES ('late', 'x@y.fr', 'Subject: x', 'abc', 10, "
                                    "'2021-03-22T10:00:00Z', 'cleo_coordinator', '2021-03-22T10:00:00Z')"),
                     &error),
            qPrintable(error));
        QVERIFY(!rawSql(*cleo, QStringLiteral("UPDATE source_message SET raw = 'Subject: y'"), &error));
        QVERIFY2(error.contains(QStringLiteral("kept as it came")), qPrintable(error));
        QVERIFY(!rawSql(*cleo, QStringLiteral("UPDATE source_message SET received_at = '2021-03-19T10:00:00Z'"), &error));
        QVERIFY2(error.contains(QStringLiteral("set once")), qPrintable(error));
        QCOMPARE(value(*cleo, QStringLiteral("SELECT received_at FROM source_message")),
            QStringLiteral("2021-03-22T10:00:00Z"));
    }

    // The login that sets the database up (it owns the database and holds CREATEROLE, as
    // docs/team-mode.md asks) hands the schema to recueil_schema, which nobody logs in as, and
    // keeps nothing: it cannot switch the triggers off, drop or rewrite the audit log, nor read
    // the testimonies. Upgrading again takes the owner's role for the upgrade only.
    void theSetupLoginDoesNotOwnTheRecord()
    {
        auto &server = PostgresServer::instance();
        QString error;
        const QString name = createSetupDatabase(QStringLiteral("olga_setup"), &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));

        const QString url = server.url(name, QStringLiteral("olga_setup"));
        {
            Database setup;
            setup.setSchemaSetupOnly(true);
            QVERIFY2(setup.open(url, &error), qPrintable(error));
            QVERIFY(setup.isSetupLogin());
            QCOMPARE(setup.schemaVersion(), Database::latestSchemaVersion());
            auto olga = [&](const QString &sql) { return rawSql(setup, sql, &error); };
            QCOMPARE(value(setup, QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables "
                                                 "WHERE schemaname = 'public'")),
                QStringLiteral("recueil_schema"));
            QCOMPARE(value(setup, QStringLiteral("SELECT pg_get_userbyid(nspowner) FROM pg_namespace "
                                                 "WHERE nspname = 'public'")),
                QStringLiteral("recueil_schema"));
            QCOMPARE(value(setup, QStringLiteral("SELECT pg_has_role('olga_setup', 'recueil_schema', 'MEMBER')")),
                QStringLiteral("false"));
            QCOMPARE(value(setup, QStringLiteral("SELECT current_user")), QStringLiteral("olga_setup"));
            QVERIFY(!olga(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")));
            QVERIFY(!olga(QStringLiteral("DROP TABLE audit_log CASCADE")));
            QVERIFY(!olga(QStringLiteral("DROP FUNCTION recueil_is_campaign_login() CASCADE")));
            QVERIFY(!olga(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY(!olga(QStringLiteral("SELECT count(*) FROM contribution")));
            QVERIFY(!olga(QStringLiteral("SET ROLE recueil_schema")));
        }
        // The window and every other command refuse it with a sentence.
        {
            Database window;
            QVERIFY(!window.open(url, &error));
            QVERIFY2(error.contains(QStringLiteral("none of the campaign's groups")), qPrintable(error));
        }
        // The campaign's people work on it: the seeds are there, the rules hold.
        auto anna = openServerAs(name, QStringLiteral("anna_admin"));
        QVERIFY(anna);
        QCOMPARE(value(*anna, QStringLiteral("SELECT count(*) FROM theme")), QStringLiteral("3"));
        QVERIFY(insert(*anna, QStringLiteral("2021-03-01T10:00:00Z")) > 0);
        QVERIFY(value(*anna, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 0);
        QVERIFY(!rawSql(*anna, QStringLiteral("DELETE FROM audit_log"), &error));
        anna.reset();

        // An upgrade (here the last step again) is run as the owner, and the role is given back.
        const QString replayLastStep =
            QStringLiteral("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)");
        QVERIFY2(server.exec(replayLastStep, &error, name),
            qPrintable(error));
        {
            Database upgrade;
            upgrade.setSchemaSetupOnly(true);
            QVERIFY2(upgrade.open(url, &error), qPrintable(error));
            QCOMPARE(upgrade.schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(value(upgrade, QStringLiteral("SELECT pg_has_role('olga_setup', 'recueil_schema', 'MEMBER')")),
                QStringLiteral("false"));
            QCOMPARE(value(upgrade, QStringLiteral("SELECT current_user")), QStringLiteral("olga_setup"));
        }
        // A campaign login cannot run an upgrade: one sentence, nothing changed.
        QVERIFY2(server.exec(replayLastStep, &error, name),
            qPrintable(error));
        {
            Database remi;
            QVERIFY(!remi.open(server.url(name, QStringLiteral("remi_reviewer")), &error));
            QVERIFY2(error.contains(QStringLiteral("only the login which set it up")), qPrintable(error));
        }
    }

    // The call's settings are the administrators': a coordinator's or a reviewer's login cannot
    // move the close, change the zone or delete a theme with raw SQL; the server refuses a zone
    // it does not know (its deadline trigger reads it), even from an administrator; and a theme
    // that contributions carry cannot be deleted by anyone.
    void theCallIsTheAdministratorsAlone_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal");
        const QString earlier = QStringLiteral("UPDATE campaign SET closes_on = '2021-03-01'");
        const QString zone = QStringLiteral("UPDATE campaign SET time_zone = 'Pacific/Kiritimati'");
        const QString theme = QStringLiteral("DELETE FROM theme WHERE code = 'cohesion'");
        const QString four = QStringLiteral("UPDATE campaign SET four_eyes = 0");
        QTest::newRow("coordinator moves the close") << "cleo_coordinator" << earlier << "permission denied";
        QTest::newRow("reviewer moves the close") << "remi_reviewer" << earlier << "permission denied";
        QTest::newRow("reviewer changes the zone") << "remi_reviewer" << zone << "permission denied";
        QTest::newRow("reviewer turns four eyes off") << "remi_reviewer" << four << "permission denied";
        QTest::newRow("coordinator deletes a theme") << "cleo_coordinator" << theme << "permission denied";
        QTest::newRow("administrator, unknown zone")
            << "anna_admin" << QStringLiteral("UPDATE campaign SET time_zone = 'Mars/Olympus_Mons'") << "time zone";
        QTest::newRow("administrator deletes a theme in use") << "anna_admin" << theme << "foreign key";
    }

    void theCallIsTheAdministratorsAlone()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        auto anna = openAs(QStringLiteral("anna_admin"));
        QVERIFY(anna);
        QVERIFY(insert(*anna, QStringLiteral("2021-03-02T10:00:00Z")) > 0);
        QString error;
        QVERIFY2(rawSql(*anna, QStringLiteral("INSERT INTO contribution_theme (contribution_id, theme_code) "
                                              "SELECT id, 'cohesion' FROM contribution ON CONFLICT DO NOTHING"), &error),
            qPrintable(error));
        const QString before = value(*anna, QStringLiteral("SELECT closes_on || time_zone || four_eyes FROM campaign"));
        auto who = openAs(login);
        QVERIFY(who);
        QVERIFY2(!rawSql(*who, sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QCOMPARE(value(*anna, QStringLiteral("SELECT closes_on || time_zone || four_eyes FROM campaign")), before);
        QCOMPARE(value(*anna, QStringLiteral("SELECT count(*) FROM theme WHERE code = 'cohesion'")), QStringLiteral("1"));
        // The administrator may move the close, and to any zone the server knows.
        QVERIFY2(rawSql(*anna, QStringLiteral("UPDATE campaign SET time_zone = 'America/Cayenne'"), &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstServerTrust)
#include "tst_servertrust.moc"
