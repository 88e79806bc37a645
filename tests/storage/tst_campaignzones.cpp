// SPDX-License-Identifier: GPL-3.0-or-later
// A call closes at midnight in its own time zone, not in Paris's: for the Guyane call
// (America/Cayenne, UTC-3) and the Nouvelle-Calédonie one (Pacific/Noumea, UTC+11), a
// testimony received a minute before local midnight at the end of closes_on is in time, one
// received a minute after is late, whichever way it comes: an email imported (late: the
// holding list), a testimony typed with `recueil add` (late: refused), a row written by hand
// on the server (late: refused by its trigger).
//
// Judged in Paris time (or in UTC), rows flip: Cayenne's 23:59 is already 04:59 in Paris;
// Nouméa's 00:01 is still 15:01 the day before in Paris. The last row of each call is a time
// on the other side of midnight in Paris than in the call's zone.
#include "storage/contributionfilter.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

struct Call
{
    const char *file;  // under tests/data/campaigns
    const char *zone;  // its time_zone, as read back
    const char *theme; // one of its themes
};

const QMap<QString, Call> &calls()
{
    static const QMap<QString, Call> known {
        {QStringLiteral("cayenne"), {"cayenne.json", "America/Cayenne", "tiers-lieux"}},
        {QStringLiteral("noumea"), {"noumea.json", "Pacific/Noumea", "connectivite"}},
    };
    return known;
}

QString callFile(const QString &campaign)
{
    return testData(QStringLiteral("campaigns/") + QLatin1String(calls().value(campaign).file));
}

// "2027-04-01T02:59:00Z": the instant as stored.
QString utcText(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC().toString(Qt::ISODate);
}

} // namespace

class TstCampaignZones : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QMap<QString, QString> m_serverDatabases; // campaign → database on the throwaway server

    static void rows()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("receivedAt"); // ISO 8601, with its offset
        QTest::addColumn<bool>("inTime");
        // closes_on 2027-03-31: closed from 2027-04-01T03:00:00Z.
        QTest::newRow("cayenne, 23:59 on closes_on") << "cayenne" << "2027-03-31T23:59:00-03:00" << true;
        QTest::newRow("cayenne, 00:01 the day after") << "cayenne" << "2027-04-01T00:01:00-03:00" << false;
        QTest::newRow("cayenne, 01:00 the day after in Paris, 20:00 in Cayenne")
            << "cayenne" << "2027-04-01T01:00:00+02:00" << true;
        // closes_on 2027-04-30: closed from 2027-04-30T13:00:00Z.
        QTest::newRow("noumea, 23:59 on closes_on") << "noumea" << "2027-04-30T23:59:00+11:00" << true;
        QTest::newRow("noumea, 00:01 the day after") << "noumea" << "2027-05-01T00:01:00+11:00" << false;
        QTest::newRow("noumea, 23:00 on closes_on in Paris, 08:00 the day after in Noumea")
            << "noumea" << "2027-04-30T23:00:00+02:00" << false;
    }

    // Runs the application's command line on file; its exit code, or -1.
    static int recueil(const QString &file, const QStringList &args, QByteArray *out = nullptr,
        QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("LANGUAGE"));
        // Its sentences in English, whatever the language of whoever runs the test.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECUEIL_BINARY), QStringList {QStringLiteral("--database"), file} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // A new database file for the call, made as a coordinator would: `recueil init --campaign`.
    QString newDatabase(const QString &campaign)
    {
        const QString file = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(campaign).arg(++m_files));
        QByteArray err;
        const int code = recueil(file, {QStringLiteral("init"), QStringLiteral("--campaign"), callFile(campaign)},
            nullptr, &err);
        if (code != 0) {
            qWarning("recueil init --campaign %s: exit %d: %s", qPrintable(campaign), code, err.constData());
            return {};
        }
        return file;
    }

    // An email whose topmost Received header says receivedAt; the relay below it and the
    // sender's Date are earlier (a quarter of an hour), so that only the topmost header makes
    // a late one late.
    static QByteArray email(const QString &receivedAt, const QString &messageId)
    {
        const QDateTime received = QDateTime::fromString(receivedAt, Qt::ISODate);
        const auto rfc = [](const QDateTime &t) { return t.toString(Qt::RFC2822Date).toLatin1(); };
        return "Received: from relais.mairie.example by mx.recueil.example; " + rfc(received)
            + "\r\nReceived: from poste.mairie.example by relais.mairie.example; " + rfc(received.addSecs(-600))
            + "\r\nDate: " + rfc(received.addSecs(-900))
            + "\r\nFrom: Secrétariat <secretariat@mairie.example>\r\n"
              "To: temoignages@recueil.example\r\n"
              "Subject: Notre tiers-lieu\r\n"
              "Message-ID: <"
            + messageId.toLatin1()
            + "@mairie.example>\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n"
              "Bonjour,\r\nNotre tiers-lieu accueille un fablab et une salle de coworking.\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (auto it = calls().cbegin(); it != calls().cend(); ++it) {
            QString error;
            const auto settings = CampaignSettings::fromFile(callFile(it.key()), &error);
            QVERIFY2(settings, qPrintable(error));
            QCOMPARE(settings->campaign.timeZone, QString::fromLatin1(it->zone));
            QVERIFY(settings->theme(QString::fromLatin1(it->theme)));
        }
    }

    // The late email waits in the holding list; the one in time is a contribution.
    void importedEmail_data() { rows(); }
    void importedEmail()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, receivedAt);
        QFETCH(bool, inTime);
        const QString file = newDatabase(campaign);
        QVERIFY(!file.isEmpty());
        const QString eml = m_dir.filePath(QStringLiteral("message-%1.eml").arg(++m_files));
        {
            QFile f(eml);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(email(receivedAt, QStringLiteral("zone-%1").arg(m_files)));
        }
        QByteArray out, err;
        const int code = recueil(file, {QStringLiteral("import"), QStringLiteral("--json"), eml}, &out, &err);
        QJsonParseError parse;
        const QJsonObject line = QJsonDocument::fromJson(out.trimmed(), &parse).object();
        QVERIFY2(parse.error == QJsonParseError::NoError, out.constData());
        // The receipt read is the topmost Received header's.
        QCOMPARE(line.value(QStringLiteral("received_at")).toString(), utcText(receivedAt));
        QCOMPARE(line.value(QStringLiteral("outcome")).toString(),
            inTime ? QStringLiteral("created") : QStringLiteral("late"));
        QCOMPARE(code, inTime ? 0 : 1);
        QCOMPARE(line.value(QStringLiteral("contribution_id")).isNull(), !inTime);

        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        QCOMPARE(db.campaign().timeZone, QString::fromLatin1(calls().value(campaign).zone));
        QCOMPARE(ContributionRepository(db).count(ContributionFilter()), inTime ? 1 : 0);
        const QList<StoredMessage> held = SourceMessageRepository(db.connection()).held();
        QCOMPARE(held.size(), inTime ? 0 : 1);
        if (inTime) {
            QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT received_at FROM contribution")).toString(),
                utcText(receivedAt));
        } else {
            QCOMPARE(held.first().hold, QStringLiteral("late"));
            QCOMPARE(held.first().contributionId, 0);
            QCOMPARE(held.first().receivedAt.toUTC().toString(Qt::ISODate), utcText(receivedAt));
        }
    }

    // `recueil add`: in time, saved; late, refused with a sentence saying the close.
    void typedTestimony_data() { rows(); }
    void typedTestimony()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, receivedAt);
        QFETCH(bool, inTime);
        const QString file = newDatabase(campaign);
        QVERIFY(!file.isEmpty());
        QByteArray out, err;
        const int code = recueil(file,
            {QStringLiteral("add"), QStringLiteral("--authority"), QStringLiteral("49328"), QStringLiteral("--title"),
                QStringLiteral("Un tiers-lieu à la mairie"), QStringLiteral("--received"), receivedAt,
                QStringLiteral("--theme"), QString::fromLatin1(calls().value(campaign).theme)},
            &out, &err);
        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        if (inTime) {
            QVERIFY2(code == 0, err.constData());
            QCOMPARE(ContributionRepository(db).count(ContributionFilter()), 1);
            QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT received_at FROM contribution")).toString(),
                utcText(receivedAt));
        } else {
            QVERIFY2(code != 0 && code != -1, out.constData());
            const QString said = QString::fromUtf8(err);
            QVERIFY2(said.contains(QStringLiteral("after the call closed on")), err.constData());
            // The close and the receipt said in the call's own clock.
            const QString city = CampaignSettings::zoneCity(QString::fromLatin1(calls().value(campaign).zone));
            QVERIFY2(said.contains(city + QStringLiteral(" time")), err.constData());
            QVERIFY2(said.contains(campaign == QLatin1String("cayenne") ? QStringLiteral("31 March 2027")
                                                                       : QStringLiteral("30 April 2027")),
                err.constData());
            QCOMPARE(ContributionRepository(db).count(ContributionFilter()), 0);
            QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM contribution")).toInt(), 0);
        }
    }

    // The server's own trigger, with no application in between: a coordinator's INSERT by
    // hand, in a session set to Paris time.
    void serverTrigger_data() { rows(); }
    void serverTrigger()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, receivedAt);
        QFETCH(bool, inTime);
        RECUEIL_REQUIRE_POSTGRES();
        auto &server = PostgresServer::instance();
        QString error;
        if (!m_serverDatabases.contains(campaign)) {
            // An empty database, seeded with the call on its first open.
            const auto settings = CampaignSettings::fromFile(callFile(campaign), &error);
            QVERIFY2(settings, qPrintable(error));
            const QString name = server.createDatabase(false);
            QVERIFY(!name.isEmpty());
            Database db;
            db.setNewCampaign(*settings);
            QVERIFY2(db.open(server.url(name), &error), qPrintable(error));
            QVERIFY(db.seededCampaign());
            QCOMPARE(db.campaign().timeZone, QString::fromLatin1(calls().value(campaign).zone));
            m_serverDatabases.insert(campaign, name);
        }
        QVERIFY2(ensureServerLogin(QStringLiteral("cleo_coordinator"), QStringLiteral("recueil_coordinator"), &error),
            qPrintable(error));
        auto cleo = openServerAs(m_serverDatabases.value(campaign), QStringLiteral("cleo_coordinator"));
        QVERIFY(cleo);
        QVERIFY2(rawSql(*cleo, QStringLiteral("SET TIME ZONE 'Europe/Paris'"), &error), qPrintable(error));
        const QString campaignId =
            SqlQuery::scalar(cleo->connection(), QStringLiteral("SELECT id FROM campaign")).toString();
        QVERIFY(!campaignId.isEmpty());
        const int before =
            SqlQuery::scalar(cleo->connection(), QStringLiteral("SELECT count(*) FROM contribution")).toInt();

        QSqlQuery q(cleo->connection());
        const bool inserted =
            q.exec(QStringLiteral("INSERT INTO contribution (campaign_id, title, channel, received_at, created_by, "
                                  "created_at, updated_at) VALUES (%1, 'Par psql', 'courrier', '%2', "
                                  "'cleo_coordinator', '2027-03-01T10:00:00Z', '2027-03-01T10:00:00Z') RETURNING id")
                       .arg(campaignId, receivedAt))
            && q.next();
        const QString serverSaid = q.lastError().text();
        const int after =
            SqlQuery::scalar(cleo->connection(), QStringLiteral("SELECT count(*) FROM contribution")).toInt();
        if (inTime) {
            QVERIFY2(inserted, qPrintable(serverSaid));
            QCOMPARE(after, before + 1);
            const qint64 id = q.value(0).toLongLong();
            QCOMPARE(SqlQuery::scalar(cleo->connection(),
                         QStringLiteral("SELECT received_at FROM contribution WHERE id = %1").arg(id))
                         .toString(),
                utcText(receivedAt));
        } else {
            QVERIFY2(!inserted, qPrintable(receivedAt + QStringLiteral(" was accepted")));
            QVERIFY2(serverSaid.contains(QStringLiteral("after the close")), qPrintable(serverSaid));
            QCOMPARE(after, before);
        }
    }
};

QTEST_GUILESS_MAIN(TstCampaignZones)
#include "tst_campaignzones.moc"
