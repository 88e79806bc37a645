// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/isotime.h"

#include <QTest>
#include <QTimeZone>

class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQt_data()
    {
        QTest::addColumn<QDateTime>("time");
        const QTimeZone paris("Europe/Paris");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, utc);
        QTest::newRow("the deadline in Paris") << QDateTime(QDate(2021, 3, 20), QTime(23, 59, 59, 999), paris);
        QTest::newRow("summer time") << QDateTime(QDate(2021, 6, 30), QTime(0, 30), paris);
        QTest::newRow("offset") << QDateTime(QDate(2020, 12, 31), QTime(23, 10, 5, 7), QTimeZone(-5 * 3600));
        QTest::newRow("29 February") << QDateTime(QDate(2024, 2, 29), QTime(12, 0), utc);
        QTest::newRow("2000 is a leap year") << QDateTime(QDate(2000, 2, 29), QTime(1, 2, 3), utc);
        QTest::newRow("1900 is not") << QDateTime(QDate(1900, 3, 1), QTime(0, 0), utc);
        QTest::newRow("before the epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), utc);
        QTest::newRow("two-digit year read as 1970s") << QDateTime(QDate(1976, 1, 1), QTime(0, 0), utc);
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), utc);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), utc);
        QTest::newRow("year 10000 (Qt's spelling)") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), utc);
        QTest::newRow("year 0 (Qt's spelling)") << QDateTime(QDate(0, 6, 1), QTime(0, 0), utc);
        QTest::newRow("local time") << QDateTime(QDate(2021, 3, 28), QTime(3, 30), Qt::LocalTime);
        for (int step = 0; step < 40; ++step) {
            const qint64 ms = -62135596800000LL + step * 6311390400123LL; // 1 Jan 1 … 9999, every ~200 years
            QTest::addRow("step %d", step) << QDateTime::fromMSecsSinceEpoch(ms, utc);
        }
    }

    void matchesQt()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(IsoTime::utc(time), time.toUTC().toString(Qt::ISODate));
        QCOMPARE(IsoTime::utcWithMs(time), time.toUTC().toString(Qt::ISODateWithMs));
    }

    void invalidIsNull()
    {
        QVERIFY(IsoTime::utc(QDateTime()).isNull());
        QVERIFY(IsoTime::utcWithMs(QDateTime()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
