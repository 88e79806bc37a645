// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

class TestReviewRepository : public QObject
{
    Q_OBJECT

    // alice admin, bob reviewer, carol coordinator; carol entered two contributions.
    struct Desk
    {
        TempDatabase t;
        qint64 first = 0;
        qint64 second = 0;
        Desk()
        {
            PersonRepository people(t.db->connection());
            QString error;
            people.save({QStringLiteral("alice"), QStringLiteral("Alice"), Role::Admin, true}, QStringLiteral("alice"), &error);
            people.save({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Reviewer, true}, QStringLiteral("alice"), &error);
            people.save({QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator, true}, QStringLiteral("alice"), &error);
            t.db->setActor(QStringLiteral("carol"));
            Contribution a = sampleContribution(QStringLiteral("Entraide"));
            Contribution b = sampleContribution(QStringLiteral("Télétravail"));
            ContributionRepository repo(*t.db);
            repo.create(a, &error);
            repo.create(b, &error);
            first = a.id;
            second = b.id;
        }
        ReviewState::State status(qint64 id) { return ContributionRepository(*t.db).find(id)->status; }
    };

private Q_SLOTS:
    void onlyAdminsAddPeople()
    {
        Desk d;
        QString error;
        QVERIFY(!PersonRepository(d.t.db->connection()).save({QStringLiteral("eve"), {}, Role::Admin, true}, QStringLiteral("carol"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(PersonRepository(d.t.db->connection()).roleOf(QStringLiteral("eve")), Role::Coordinator);
    }

    void reviewerValidatesWithHistory()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        ReviewRepository review(*d.t.db);
        QString error;
        QVERIFY2(review.changeStatus({d.first}, ReviewState::InReview, {}, &error), qPrintable(error));
        QVERIFY2(review.changeStatus({d.first}, ReviewState::Validated, {}, &error), qPrintable(error));
        QCOMPARE(d.status(d.first), ReviewState::Validated);
        const QList<AuditEntry> history = AuditLog(d.t.db->connection()).history(d.first);
        QCOMPARE(history.first().action, QStringLiteral("status"));
        QCOMPARE(history.first().oldValue, QStringLiteral("in_review"));
        QCOMPARE(history.first().newValue, QStringLiteral("validated"));
        QCOMPARE(history.first().actor, QStringLiteral("bob"));
    }

    void coordinatorCannotValidate()
    {
        Desk d;
        QString error;
        QVERIFY(!ReviewRepository(*d.t.db).changeStatus({d.first}, ReviewState::Validated, {}, &error));
        QVERIFY(error.contains(QStringLiteral("reviewer")));
        QCOMPARE(d.status(d.first), ReviewState::Received);
    }

    void fourEyes()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        Contribution mine = sampleContribution(QStringLiteral("La mienne"));
        QString error;
        QVERIFY(ContributionRepository(*d.t.db).create(mine, &error));
        QVERIFY(!ReviewRepository(*d.t.db).changeStatus({mine.id}, ReviewState::Validated, {}, &error));
        QVERIFY(error.contains(QStringLiteral("four-eyes")));
        d.t.db->setActor(QStringLiteral("alice"));
        QVERIFY2(ReviewRepository(*d.t.db).changeStatus({mine.id}, ReviewState::Validated, {}, &error), qPrintable(error));
    }

    // The dossier files each testimony under its themes: one without any is not validated, by
    // the window or by plain SQL (the database's own rule, on both backends).
    void validatedOnlyWithATheme()
    {
        Desk d;
        QString error;
        Contribution bare = sampleContribution(QStringLiteral("Sans thème"));
        bare.themes.clear();
        bare.subtopics.clear();
        bare.primaryTheme.clear();
        QVERIFY2(ContributionRepository(*d.t.db).create(bare, &error), qPrintable(error));
        d.t.db->setActor(QStringLiteral("bob"));
        ReviewRepository review(*d.t.db);
        QVERIFY2(review.changeStatus({bare.id}, ReviewState::InReview, {}, &error), qPrintable(error));
        QVERIFY(!review.changeStatus({bare.id}, ReviewState::Validated, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("at least one theme")), qPrintable(error));
        QCOMPARE(d.status(bare.id), ReviewState::InReview);

        QSqlQuery q(d.t.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(bare.id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("no theme")), qPrintable(q.lastError().text()));
        QCOMPARE(d.status(bare.id), ReviewState::InReview);

        // With a theme it goes through.
        Contribution themed = *ContributionRepository(*d.t.db).find(bare.id);
        themed.themes = {QStringLiteral("cohesion")};
        QVERIFY2(ContributionRepository(*d.t.db).update(themed, &error), qPrintable(error));
        QVERIFY2(review.changeStatus({bare.id}, ReviewState::Validated, {}, &error), qPrintable(error));
        QCOMPARE(d.status(bare.id), ReviewState::Validated);
    }

    void reasonRequiredAndRecorded()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        QString error;
        QVERIFY(!ReviewRepository(*d.t.db).changeStatus({d.first}, ReviewState::NeedsChanges, {}, &error));
        QVERIFY2(ReviewRepository(*d.t.db).changeStatus({d.first}, ReviewState::NeedsChanges,
                                                        QStringLiteral("Préciser le nombre d'agents"), &error), qPrintable(error));
        QCOMPARE(AuditLog(d.t.db->connection()).history(d.first).first().reason, QStringLiteral("Préciser le nombre d'agents"));
    }

    void bulkIsAllOrNothing()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        ReviewRepository review(*d.t.db);
        QString error;
        QVERIFY(review.changeStatus({d.second}, ReviewState::InReview, {}, &error));
        QVERIFY(review.changeStatus({d.second}, ReviewState::Validated, {}, &error));
        // first is "received", second "validated": validated → rejected is not allowed.
        const QList<PlannedChange> plan = review.planStatusChange({d.first, d.second}, ReviewState::Rejected, QStringLiteral("hors sujet"));
        QCOMPARE(plan.size(), 2);
        QVERIFY(plan.at(0).refusal.isEmpty());
        QVERIFY(!plan.at(1).refusal.isEmpty());
        QVERIFY(!review.changeStatus({d.first, d.second}, ReviewState::Rejected, QStringLiteral("hors sujet"), &error));
        QCOMPARE(d.status(d.first), ReviewState::Received);
        QCOMPARE(d.status(d.second), ReviewState::Validated);
    }

    void tagging()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        ReviewRepository::Tagging t;
        t.addSubtopics = {QStringLiteral("teletravail")};
        t.primaryTheme = QStringLiteral("organisation");
        t.addTags = {QStringLiteral("VPN")};
        QString error;
        QVERIFY2(ReviewRepository(*d.t.db).tag({d.first, d.second}, t, &error), qPrintable(error));
        for (qint64 id : {d.first, d.second}) {
            const auto c = ContributionRepository(*d.t.db).find(id);
            QCOMPARE(c->primaryTheme, QStringLiteral("organisation"));
            QVERIFY(c->themes.contains(QStringLiteral("organisation")));
            QVERIFY(c->subtopics.contains(QStringLiteral("teletravail")));
            QVERIFY(c->tags.contains(QStringLiteral("VPN")));
        }
        ReviewRepository::Tagging bad;
        bad.addSubtopics = {QStringLiteral("football")};
        QVERIFY(!ReviewRepository(*d.t.db).tag({d.first}, bad, &error));
    }

    void assignAndComment()
    {
        Desk d;
        QString error;
        QVERIFY(!ReviewRepository(*d.t.db).assign({d.first}, QStringLiteral("bob"), &error)); // carol is a coordinator
        d.t.db->setActor(QStringLiteral("alice"));
        QVERIFY(!ReviewRepository(*d.t.db).assign({d.first}, QStringLiteral("carol"), &error)); // not a reviewer
        QVERIFY2(ReviewRepository(*d.t.db).assign({d.first}, QStringLiteral("bob"), &error), qPrintable(error));
        ContributionFilter mine;
        mine.assignedTo = QStringLiteral("bob");
        QCOMPARE(ContributionRepository(*d.t.db).count(mine), 1);
        QVERIFY(ReviewRepository(*d.t.db).addComment(d.first, QStringLiteral("Appeler la mairie"), &error));
        QVERIFY(!ReviewRepository(*d.t.db).addComment(d.first, QStringLiteral("   "), &error));
        const QList<Comment> thread = ReviewRepository(*d.t.db).comments(d.first);
        QCOMPARE(thread.size(), 1);
        QCOMPARE(thread.first().author, QStringLiteral("alice"));
    }

    void editingKeepsTheReviewState()
    {
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        QString error;
        QVERIFY(ReviewRepository(*d.t.db).changeStatus({d.first}, ReviewState::InReview, {}, &error));
        Contribution c = *ContributionRepository(*d.t.db).find(d.first);
        c.status = ReviewState::Validated; // an editor cannot go around the workflow
        c.title = QStringLiteral("Nouveau titre");
        QVERIFY(ContributionRepository(*d.t.db).update(c, &error));
        QCOMPARE(d.status(d.first), ReviewState::InReview);
    }

    // What was validated (or set aside) is what gets printed: a change to the text sends it back
    // to review, whoever makes it (the repository, or plain SQL on the file or the server), and
    // the history says so. A change that is not the text (the contact's phone) keeps the state.
    void finishedReviewGoesBackWhenTheTextChanges_data()
    {
        QTest::addColumn<int>("finished");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("plainSql");
        QTest::addColumn<int>("expected");
        const int validated = ReviewState::Validated, rejected = ReviewState::Rejected, inReview = ReviewState::InReview;
        QTest::newRow("validated, title") << validated << "title" << false << inReview;
        QTest::newRow("validated, text") << validated << "text" << false << inReview;
        QTest::newRow("validated, difficulties") << validated << "difficulties" << false << inReview;
        QTest::newRow("rejected, text") << rejected << "text" << false << inReview;
        QTest::newRow("validated, phone only") << validated << "phone" << false << validated;
        QTest::newRow("validated, text by plain SQL") << validated << "text" << true << inReview;
        QTest::newRow("rejected, title by plain SQL") << rejected << "title" << true << inReview;
    }
    void finishedReviewGoesBackWhenTheTextChanges()
    {
        QFETCH(int, finished);
        QFETCH(QString, field);
        QFETCH(bool, plainSql);
        QFETCH(int, expected);
        Desk d;
        d.t.db->setActor(QStringLiteral("bob"));
        QString error;
        const auto state = ReviewState::State(finished);
        QVERIFY2(ReviewRepository(*d.t.db).changeStatus({ d.first }, state,
                     ReviewState::requiresReason(state) ? QStringLiteral("Hors sujet") : QString(), &error),
            qPrintable(error));
        QCOMPARE(d.status(d.first), state);
        d.t.db->setActor(QStringLiteral("carol"));
        if (plainSql) {
            const QString column = field == QLatin1String("text") ? QStringLiteral("body") : field;
            QSqlQuery q(d.t.db->connection());
            QVERIFY2(q.exec(QStringLiteral("UPDATE contribution SET %1 = 'Réécrit' WHERE id = %2").arg(column).arg(d.first)),
                qPrintable(q.lastError().text()));
        } else {
            Contribution c = *ContributionRepository(*d.t.db).find(d.first);
            if (field == QLatin1String("title"))
                c.title = QStringLiteral("Réécrit");
            else if (field == QLatin1String("text"))
                c.text += QStringLiteral(" Une phrase de plus.");
            else if (field == QLatin1String("difficulties"))
                c.difficulties = QStringLiteral("Aucune");
            else
                c.contact.phone = QStringLiteral("05 63 49 10 10");
            QVERIFY2(ContributionRepository(*d.t.db).update(c, &error), qPrintable(error));
            QCOMPARE(int(c.status), expected); // the editor learns the state it now shows
            const QList<AuditEntry> history = AuditLog(d.t.db->connection()).history(d.first);
            const bool noted = std::any_of(history.cbegin(), history.cend(), [](const AuditEntry &e) {
                return e.action == QLatin1String("back_to_review") && e.actor == QLatin1String("carol")
                    && e.newValue == QLatin1String("in_review");
            });
            QCOMPARE(noted, expected == ReviewState::InReview);
        }
        QCOMPARE(int(d.status(d.first)), expected);
    }

    void onlyAnAdministratorAcceptsLateTestimonies()
    {
        Desk d;
        Contribution late = sampleContribution(QStringLiteral("En retard"));
        late.receivedAt = utc("2021-03-22T08:30:12Z");
        QString error;
        for (const char *who : {"carol", "bob"}) {
            d.t.db->setActor(QString::fromLatin1(who));
            late.lateOverride = LateOverride{d.t.db->actor(), QStringLiteral("Retenu par l'antispam")};
            QVERIFY(!ContributionRepository(*d.t.db).create(late, &error));
            QVERIFY(error.contains(QStringLiteral("administrator")));
        }
        d.t.db->setActor(QStringLiteral("alice"));
        late.lateOverride = LateOverride{d.t.db->actor(), QStringLiteral("Retenu par l'antispam")};
        QVERIFY2(ContributionRepository(*d.t.db).create(late, &error), qPrintable(error));
        // A reviewer may still edit it afterwards: the override is not new.
        d.t.db->setActor(QStringLiteral("bob"));
        Contribution edit = *ContributionRepository(*d.t.db).find(late.id);
        edit.title = QStringLiteral("Titre corrigé");
        QVERIFY2(ContributionRepository(*d.t.db).update(edit, &error), qPrintable(error));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("accents") << "teletravail" << 1;
        QTest::newRow("prefix") << "télé*" << 1;
        QTest::newRow("phrase") << "\"habitants volontaires\"" << 2;
        QTest::newRow("OR") << "entraide OR teletravail" << 2;
        QTest::newRow("broken syntax") << "NEAR((" << 0;
        QTest::newRow("quote alone") << "\"" << 0;
        QTest::newRow("hyphen") << "porte-à-porte" << 0;
        QTest::newRow("column filter") << "title:entraide" << 1;
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        Desk d;
        const QList<SearchHit> result = ContributionRepository(*d.t.db).search(query, {}, 0, 20);
        QCOMPARE(result.size(), hits);
        for (const SearchHit &h : result)
            QVERIFY(h.snippet.contains(QStringLiteral("«")) || query.startsWith(QStringLiteral("title:")));
    }

    void searchWithFilters()
    {
        Desk d;
        ContributionFilter f;
        f.departement = QStringLiteral("49");
        QCOMPARE(ContributionRepository(*d.t.db).search(QStringLiteral("habitants"), f, 0, 20).size(), 2);
        f.departement = QStringLiteral("13");
        QCOMPARE(ContributionRepository(*d.t.db).search(QStringLiteral("habitants"), f, 0, 20).size(), 0);
        f = {};
        f.populationMin = 10000;
        f.populationMax = 30000;
        QCOMPARE(ContributionRepository(*d.t.db).search(QStringLiteral("habitants"), f, 0, 20).size(), 2);
        f.receivedFrom = utc("2021-03-01T00:00:00Z");
        QCOMPARE(ContributionRepository(*d.t.db).search(QStringLiteral("habitants"), f, 0, 20).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
