// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"

#include <QtTest>

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumbered()
    {
        const SchemaMigrator m(QStringLiteral("sqlite"));
        QVERIFY(m.latestVersion() >= 1);
        int expected = 1;
        for (const auto &step : m.steps())
            QCOMPARE(step.version, expected++);
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
