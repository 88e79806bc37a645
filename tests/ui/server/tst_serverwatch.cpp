// SPDX-License-Identifier: GPL-3.0-or-later
// A window on a PostgreSQL server follows what others change, and survives a restart.
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/server/serverwatch.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

class TestServerWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { RECUEIL_REQUIRE_POSTGRES(); }

    void othersChangesRefreshTheListWithinASecond()
    {
        PostgresServer &server = PostgresServer::instance();
        const QString url = server.url(server.createDatabase());
        Database mine, theirs;
        QString error;
        QVERIFY2(mine.open(url, &error) && theirs.open(url, &error), qPrintable(error));
        Contribution c = sampleContribution(QStringLiteral("Avant"));
        QVERIFY2(ContributionRepository(theirs).create(c, &error), qPrintable(error));

        ContributionListModel model(mine);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        ServerWatch watch(mine);
        QObject::connect(
            &watch, &ServerWatch::contributionsChanged, &model, [&model](const QList<qint64> &ids) {
                for (qint64 id : ids)
                    model.refresh(id);
            });
        QSignalSpy changed(&watch, &ServerWatch::contributionsChanged);
        c.title = QStringLiteral("Après");
        QVERIFY2(ContributionRepository(theirs).update(c, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> { c.id });
        QCOMPARE(model.summaryAt(0).title, QStringLiteral("Après"));
    }

    void othersPeopleAreAnnounced()
    {
        PostgresServer &server = PostgresServer::instance();
        const QString url = server.url(server.createDatabase());
        Database mine, theirs;
        QString error;
        QVERIFY2(mine.open(url, &error) && theirs.open(url, &error), qPrintable(error));
        ServerWatch watch(mine);
        QSignalSpy people(&watch, &ServerWatch::peopleChanged);
        QSqlQuery q(theirs.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO person (login, display_name, role, active, created_at) VALUES "
                                       "('zoe', 'Zoé', 'reviewer', 1, '2021-03-01T10:00:00Z')")),
            qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!people.isEmpty(), 1000);
    }

    // An administrator moves the close on another desk: this one hears of it and reads the call
    // again (its deadline guard judges by the new close at once).
    void aChangedCallIsHeard()
    {
        PostgresServer &server = PostgresServer::instance();
        const QString url = server.url(server.createDatabase());
        Database mine;
        Database theirs;
        QString error;
        QVERIFY2(mine.open(url, &error) && theirs.open(url, &error), qPrintable(error));
        ServerWatch watch(mine);
        QSignalSpy call(&watch, &ServerWatch::campaignChanged);
        QSqlQuery q(theirs.connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE campaign SET closes_on = '2021-03-10'")), qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!call.isEmpty(), 1000);
        call.clear();
        QVERIFY2(q.exec(QStringLiteral("UPDATE theme SET label_fr = 'Cohésion' WHERE code = 'cohesion'")),
            qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!call.isEmpty(), 1000);
        mine.forgetCampaign();
        QCOMPARE(mine.campaign().closesOn, QDate(2021, 3, 10));
    }

    void lostConnectionIsNoticedAndReopened()
    {
        PostgresServer &server = PostgresServer::instance();
        const QString url = server.url(server.createDatabase());
        Database db;
        QString error;
        QVERIFY2(db.open(url, &error), qPrintable(error));
        ServerWatch watch(db);
        watch.setCheckInterval(100);
        QSignalSpy lost(&watch, &ServerWatch::connectionLost);
        QSignalSpy restored(&watch, &ServerWatch::connectionRestored);
        QVERIFY(server.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 3000);
        QVERIFY(lost.first().first().toString().contains(QStringLiteral("lost")));
        QVERIFY(!watch.isConnected());
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(!restored.isEmpty(), 5000);
        QVERIFY(watch.isConnected());
        // Notifications arrive again on the new connection.
        Database other;
        QVERIFY2(other.open(url, &error), qPrintable(error));
        QSignalSpy changed(&watch, &ServerWatch::contributionsChanged);
        Contribution c = sampleContribution();
        QVERIFY2(ContributionRepository(other).create(c, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    }
};

QTEST_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
