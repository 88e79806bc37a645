// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QtTest>

using namespace TestSupport;

// A campaign's settings in the store: seeded from a file, read back, and changed live by an
// administrator by the rules (storage/campaignrepository.h). Runs on SQLite and PostgreSQL.
class TestCampaignRepository : public QObject
{
    Q_OBJECT

    static void addPeople(Database &db)
    {
        PersonRepository people(db.connection());
        QString error;
        people.save({QStringLiteral("test"), QStringLiteral("Admin"), Role::Admin, true}, QStringLiteral("test"), &error);
        people.save({QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator, true}, QStringLiteral("test"), &error);
    }

    static qint64 enter(Database &db, const char *receivedAt, const QStringList &themes, const QStringList &subtopics = {})
    {
        Contribution c = sampleContribution(QStringLiteral("Reçue le %1").arg(QLatin1String(receivedAt)));
        c.receivedAt = utc(receivedAt);
        c.themes = themes;
        c.primaryTheme = themes.value(0);
        c.subtopics = subtopics;
        QString error;
        if (!ContributionRepository(db).create(c, &error))
            qFatal("cannot enter a contribution: %s", qPrintable(error));
        return c.id;
    }

private Q_SLOTS:
    void seededFromTheFile()
    {
        const CampaignSettings noumea = campaignFile("noumea");
        TempDatabase t(&noumea);
        const CampaignSettings stored = CampaignRepository(*t.db).settings();
        QCOMPARE(stored.toJson(), noumea.toJson());
        QCOMPARE(t.db->deadlineGuard().timeZone().id(), QByteArrayLiteral("Pacific/Noumea"));
        QCOMPARE(t.db->campaign().eligibility.populationMax, 50000);
    }

    void defaultIsThe2021Call()
    {
        TempDatabase t;
        QCOMPARE(CampaignRepository(*t.db).settings().toJson(), CampaignSettings::defaults().toJson());
    }

    void onlyAnAdministratorChangesIt()
    {
        TempDatabase t;
        addPeople(*t.db);
        t.db->setActor(QStringLiteral("carol"));
        CampaignSettings s = CampaignRepository(*t.db).settings();
        s.campaign.name = QStringLiteral("Autre nom");
        QString error;
        QVERIFY(!CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));
        QVERIFY(t.db->campaign().name != QStringLiteral("Autre nom"));
    }

    void changesAreAudited()
    {
        TempDatabase t;
        addPeople(*t.db);
        CampaignSettings s = CampaignRepository(*t.db).settings();
        s.campaign.name = QStringLiteral("Le numérique au quotidien");
        s.campaign.timeZone = QStringLiteral("America/Cayenne");
        s.campaign.closesOn = QDate(2021, 6, 30);
        QString error;
        QVERIFY2(CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
        QCOMPARE(t.db->campaign().name, QStringLiteral("Le numérique au quotidien"));
        QCOMPARE(t.db->deadlineGuard().timeZone().id(), QByteArrayLiteral("America/Cayenne"));
        SqlQuery q(t.db->connection(), QStringLiteral("SELECT field, old_value, new_value, actor FROM audit_log "
                                                      "WHERE action = 'campaign' ORDER BY field"));
        QVERIFY(q.exec());
        QStringList fields;
        while (q.next()) {
            fields << q.value(0).toString();
            QCOMPARE(q.value(3).toString(), t.db->actor());
        }
        QCOMPARE(fields, (QStringList {QStringLiteral("campaign_name"), QStringLiteral("closes_on"),
                             QStringLiteral("time_zone")}));
    }

    void deadlineEarlier_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("hold them") << false;
        QTest::newRow("keep them with a reason") << true;
    }

    // Moving the close from 20 March to 10 March 2021 (Paris): what came after 10 March waits
    // in the holding list, or stays with the administrator's reason; nothing is lost.
    void deadlineEarlier()
    {
        QFETCH(bool, keep);
        TempDatabase t;
        addPeople(*t.db);
        const qint64 before = enter(*t.db, "2021-03-10T22:59:00Z", {QStringLiteral("cohesion")});
        const qint64 after1 = enter(*t.db, "2021-03-10T23:01:00Z", {QStringLiteral("cohesion")});
        const qint64 after2 = enter(*t.db, "2021-03-19T10:00:00Z", {QStringLiteral("economie")});
        CampaignSettings s = CampaignRepository(*t.db).settings();
        s.campaign.closesOn = QDate(2021, 3, 10);
        CampaignRepository repository(*t.db);
        QCOMPARE(repository.lateUnder(s.campaign), (QList<qint64> {after1, after2}));
        QString error;
        if (keep) {
            QVERIFY(!repository.save(s, CampaignRepository::LateChoice::Keep, {}, &error));
            QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
            QCOMPARE(t.db->campaign().closesOn, QDate(2021, 3, 20));
        }
        const QString reason = QStringLiteral("Annoncé en réunion le 9 mars");
        QVERIFY2(repository.save(s, keep ? CampaignRepository::LateChoice::Keep : CampaignRepository::LateChoice::Hold,
                     keep ? reason : QString(), &error),
            qPrintable(error));
        QCOMPARE(t.db->campaign().closesOn, QDate(2021, 3, 10));
        ContributionRepository contributions(*t.db);
        QVERIFY(contributions.find(before)->hold.isEmpty());
        for (const qint64 id : {after1, after2}) {
            const auto c = contributions.find(id);
            QVERIFY(c); // nothing lost
            const AuditEntry last = AuditLog(t.db->connection()).history(id).first();
            if (keep) {
                QVERIFY(c->hold.isEmpty());
                QVERIFY(c->lateOverride);
                QCOMPARE(c->lateOverride->reason, reason);
                QCOMPARE(last.action, QStringLiteral("late_override"));
            } else {
                QCOMPARE(c->hold, QStringLiteral("late"));
                QVERIFY2(c->holdReason.contains(QStringLiteral("2021-03-10")), qPrintable(c->holdReason));
                QCOMPARE(last.action, QStringLiteral("hold"));
            }
        }
        QCOMPARE(contributions.heldCount(), keep ? 0 : 2);
        QVERIFY(repository.lateUnder(t.db->campaign()).isEmpty());
    }

    void renameKeepsClassificationAndHistory()
    {
        TempDatabase t;
        addPeople(*t.db);
        const qint64 id = enter(*t.db, "2021-03-01T10:00:00Z", {QStringLiteral("economie")}, {QStringLiteral("livraisons")});
        const int historyBefore = AuditLog(t.db->connection()).history(id).size();
        CampaignSettings s = CampaignRepository(*t.db).settings();
        s.themes[1].frenchLabel = QStringLiteral("Économie de proximité");
        s.themes[1].englishLabel = QStringLiteral("Local economy");
        s.subtopics[6].frenchLabel = QStringLiteral("Livraisons et portage");
        QString error;
        QVERIFY2(CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
        const auto c = ContributionRepository(*t.db).find(id);
        QCOMPARE(c->themes, QStringList {QStringLiteral("economie")});
        QCOMPARE(c->subtopics, QStringList {QStringLiteral("livraisons")});
        QCOMPARE(AuditLog(t.db->connection()).history(id).size(), historyBefore);
        const CampaignSettings stored = CampaignRepository(*t.db).settings();
        QCOMPARE(stored.theme(QStringLiteral("economie"))->frenchLabel, QStringLiteral("Économie de proximité"));
        SqlQuery q(t.db->connection(),
            QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE action = 'taxonomy' AND field = 'theme:economie'"));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("Soutien à l'économie locale")));
        QVERIFY(q.value(1).toString().startsWith(QStringLiteral("Économie de proximité")));
    }

    void mergeMovesEveryContribution()
    {
        TempDatabase t;
        addPeople(*t.db);
        const qint64 onlyEconomy = enter(*t.db, "2021-03-01T10:00:00Z", {QStringLiteral("economie")}, {QStringLiteral("livraisons")});
        const qint64 both = enter(*t.db, "2021-03-02T10:00:00Z", {QStringLiteral("economie"), QStringLiteral("cohesion")});
        const qint64 untouched = enter(*t.db, "2021-03-03T10:00:00Z", {QStringLiteral("organisation")});
        // One validated, so that the merge never leaves it without a theme (one person here:
        // the four-eyes rule off, a setting of the call).
        QString error;
        CampaignSettings oneDesk = CampaignRepository(*t.db).settings();
        oneDesk.campaign.fourEyes = false;
        QVERIFY2(CampaignRepository(*t.db).save(oneDesk, CampaignRepository::LateChoice::Hold, {}, &error),
            qPrintable(error));
        ReviewRepository review(*t.db);
        QVERIFY2(review.changeStatus({both}, ReviewState::InReview, {}, &error), qPrintable(error));
        QVERIFY2(review.changeStatus({both}, ReviewState::Validated, {}, &error), qPrintable(error));
        QVERIFY2(CampaignRepository(*t.db).mergeTheme(QStringLiteral("economie"), QStringLiteral("cohesion"), &error),
            qPrintable(error));
        ContributionRepository contributions(*t.db);
        auto c = contributions.find(onlyEconomy);
        QCOMPARE(c->themes, QStringList {QStringLiteral("cohesion")});
        QCOMPARE(c->primaryTheme, QStringLiteral("cohesion"));
        QCOMPARE(c->subtopics, QStringList {QStringLiteral("livraisons")}); // the sub-topic followed
        c = contributions.find(both);
        QCOMPARE(c->themes, QStringList {QStringLiteral("cohesion")});
        QCOMPARE(c->status, ReviewState::Validated);
        QCOMPARE(contributions.find(untouched)->themes, QStringList {QStringLiteral("organisation")});
        // Each moved contribution says so in its own history.
        const AuditEntry last = AuditLog(t.db->connection()).history(onlyEconomy).first();
        QCOMPARE(last.field, QStringLiteral("themes"));
        QCOMPARE(last.oldValue, QStringLiteral("economie"));
        QCOMPARE(last.newValue, QStringLiteral("cohesion"));
        QVERIFY(last.reason.contains(QStringLiteral("merged")) || last.reason.contains(QStringLiteral("fusionné")));
        const CampaignSettings s = CampaignRepository(*t.db).settings();
        QVERIFY(s.theme(QStringLiteral("economie"))->retired);
        for (const Subtopic &st : s.subtopics)
            QVERIFY(st.themeCode != QStringLiteral("economie"));
    }

    void aThemeInUseIsRetiredNotDeleted()
    {
        TempDatabase t;
        addPeople(*t.db);
        const qint64 id = enter(*t.db, "2021-03-01T10:00:00Z", {QStringLiteral("economie")});
        CampaignSettings s = CampaignRepository(*t.db).settings();
        s.subtopics.erase(std::remove_if(s.subtopics.begin(), s.subtopics.end(),
                              [](const Subtopic &st) { return st.themeCode == QLatin1String("economie"); }),
            s.subtopics.end());
        s.themes.removeAt(1);
        QString error;
        QVERIFY(!CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("retire")), qPrintable(error));
        QVERIFY(CampaignRepository(*t.db).settings().theme(QStringLiteral("economie")));
        // Retired: kept on its contribution, no longer offered.
        s = CampaignRepository(*t.db).settings();
        s.themes[1].retired = true;
        QVERIFY2(CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
        QCOMPARE(ContributionRepository(*t.db).find(id)->themes, QStringList {QStringLiteral("economie")});
        // A theme nobody used goes away; a new one comes.
        s = CampaignRepository(*t.db).settings();
        s.themes.removeAt(0);
        s.subtopics.erase(std::remove_if(s.subtopics.begin(), s.subtopics.end(),
                              [](const Subtopic &st) { return st.themeCode == QLatin1String("organisation"); }),
            s.subtopics.end());
        s.themes.append({QStringLiteral("mobilite"), QStringLiteral("Mobilité"), QStringLiteral("Mobility")});
        QVERIFY2(CampaignRepository(*t.db).save(s, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
        const CampaignSettings stored = CampaignRepository(*t.db).settings();
        QVERIFY(!stored.theme(QStringLiteral("organisation")));
        QVERIFY(stored.theme(QStringLiteral("mobilite")));
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
