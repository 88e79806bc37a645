// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemamigrator.h"

#include <QtTest>

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumbered()
    {
        // Increasing, without repeats, from 1. Numbers are handed out per change (008 for the
        // message content hash), so one may be missing on a branch until the others land.
        for (const char *dialect : { "sqlite", "postgresql" }) {
            const SchemaMigrator m(QString::fromLatin1(dialect));
            QVERIFY(m.latestVersion() >= 1);
            QCOMPARE(m.steps().first().version, 1);
            int previous = 0;
            for (const auto &step : m.steps()) {
                QVERIFY2(step.version > previous, dialect);
                previous = step.version;
            }
            QCOMPARE(m.latestVersion(), previous);
        }
    }

    void split_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("two tables") << "CREATE TABLE a (x);\nCREATE TABLE b (y);\n" << 2;
        QTest::newRow("comments skipped") << "-- hello;\nCREATE TABLE a (x);\n" << 1;
        QTest::newRow("trigger kept whole")
            << "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\nCREATE TABLE b (y);\n" << 2;
        QTest::newRow("multi-line table") << "CREATE TABLE a (\n  x INTEGER,\n  y TEXT\n);\n" << 1;
        QTest::newRow("no final semicolon") << "CREATE TABLE a (x)" << 1;
    }

    void split()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(SchemaMigrator::splitStatements(sql).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
