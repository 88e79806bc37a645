// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverlocation.h"

#include <QtTest>

class TestServerLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << "postgresql://cmoreau@db.example.fr:5433/recueil?sslmode=verify-full"
                              << "db.example.fr" << 5433 << "cmoreau"
                              << "recueil"
                              << "sslmode='verify-full'"
                              << "postgresql://cmoreau@db.example.fr:5433/recueil?sslmode=verify-full";
        QTest::newRow("socket folder") << "postgresql://cmoreau@/recueil?host=/var/run/postgresql"
                                       << "/var/run/postgresql" << -1 << "cmoreau"
                                       << "recueil"
                                       << ""
                                       << "postgresql://cmoreau@/recueil?host=/var/run/postgresql";
        QTest::newRow("encoded socket") << "postgres://%2Ftmp%2Fpg/campagne"
                                        << "/tmp/pg" << -1 << ""
                                        << "campagne"
                                        << ""
                                        << "postgresql:///campagne?host=/tmp/pg";
        QTest::newRow("password never shown") << "postgresql://cmoreau:secret@localhost/recueil"
                                              << "localhost" << -1 << "cmoreau"
                                              << "recueil"
                                              << ""
                                              << "postgresql://cmoreau@localhost/recueil";
        QTest::newRow("ipv6 and options") << "postgresql://[::1]:5432/r?connect_timeout=3&application_name=x"
                                          << "::1" << 5432 << ""
                                          << "r"
                                          << "connect_timeout='3';application_name='x'"
                                          << "postgresql://[::1]:5432/r?connect_timeout=3&application_name=x";
    }

    void parses()
    {
        QFETCH(QString, uri);
        ServerLocation s;
        QString error;
        QVERIFY2(ServerLocation::parse(uri, &s, &error), qPrintable(error));
        QTEST(s.host, "host");
        QTEST(s.port, "port");
        QTEST(s.user, "user");
        QTEST(s.database, "database");
        QTEST(s.connectOptions(), "options");
        QTEST(s.display(), "display");
        QVERIFY(!s.display().contains(QStringLiteral("secret")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("no database") << "postgresql://localhost";
        QTest::newRow("bad option") << "postgresql://localhost/r?ssl mode=1";
        QTest::newRow("not a uri") << "postgresql:/localhost/r";
        QTest::newRow("port in letters, password") << "postgresql://u:s3cr/et@host:abc/db";
        QTest::newRow("password option") << "postgresql://u@host:abc/db?sslmode=require&password=s3cr/et";
    }

    void refuses()
    {
        QFETCH(QString, uri);
        ServerLocation s;
        QString error;
        QVERIFY(!ServerLocation::parse(uri, &s, &error));
        QVERIFY(!error.isEmpty());
        // The message may be shown and logged: never the password.
        QVERIFY2(!error.contains(QLatin1String("s3cr")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
