// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as mail programs write them, every zone read by its real offset (CET is not UTC).
#include "mail/maildate.h"
#include "mail/mailreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMailDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("utc"); // empty: invalid
        QTest::newRow("rfc 5322") << QByteArray("Tue, 2 Feb 2021 10:13:58 +0100")
                                  << u"2021-02-02T09:13:58Z"_s;
        QTest::newRow("negative offset")
            << QByteArray("Fri, 12 Mar 2021 15:15:20 -0400") << u"2021-03-12T19:15:20Z"_s;
        QTest::newRow("no day of week")
            << QByteArray("2 Feb 2021 10:13:58 +0100") << u"2021-02-02T09:13:58Z"_s;
        QTest::newRow("wrong day of week")
            << QByteArray("Sun, 2 Feb 2021 10:13:58 +0100") << u"2021-02-02T09:13:58Z"_s;
        QTest::newRow("missing seconds")
            << QByteArray("Tue, 2 Feb 2021 10:13 +0100") << u"2021-02-02T09:13:00Z"_s;
        QTest::newRow("comment after offset")
            << QByteArray("Tue, 2 Feb 2021 10:13:58 +0100 (CET)") << u"2021-02-02T09:13:58Z"_s;
        QTest::newRow("numeric offset wins over comment")
            << QByteArray("Sat, 20 Mar 2021 23:30:00 +0000 (CET)") << u"2021-03-20T23:30:00Z"_s;
        QTest::newRow("CET") << QByteArray("Sat, 20 Mar 2021 23:30:00 CET") << u"2021-03-20T22:30:00Z"_s;
        QTest::newRow("cet lower case")
            << QByteArray("Sat, 20 Mar 2021 23:30:00 cet") << u"2021-03-20T22:30:00Z"_s;
        QTest::newRow("CEST") << QByteArray("Mon, 5 Apr 2021 10:00:00 CEST") << u"2021-04-05T08:00:00Z"_s;
        QTest::newRow("cest lower case")
            << QByteArray("Mon, 5 Apr 2021 10:00:00 cest") << u"2021-04-05T08:00:00Z"_s;
        QTest::newRow("MET") << QByteArray("Sat, 20 Mar 2021 12:00:00 MET") << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("met lower case")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 met") << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("MEST") << QByteArray("Sat, 20 Jun 2021 12:00:00 MEST") << u"2021-06-20T10:00:00Z"_s;
        QTest::newRow("WET") << QByteArray("Sat, 20 Mar 2021 12:00:00 WET") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("WEST") << QByteArray("Sat, 20 Jun 2021 12:00:00 WEST") << u"2021-06-20T11:00:00Z"_s;
        QTest::newRow("EET") << QByteArray("Sat, 20 Mar 2021 12:00:00 EET") << u"2021-03-20T10:00:00Z"_s;
        QTest::newRow("EEST") << QByteArray("Sat, 20 Jun 2021 12:00:00 EEST") << u"2021-06-20T09:00:00Z"_s;
        QTest::newRow("BST") << QByteArray("Sat, 20 Jun 2021 12:00:00 BST") << u"2021-06-20T11:00:00Z"_s;
        QTest::newRow("GMT") << QByteArray("Sat, 20 Mar 2021 12:00:00 GMT") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("UT") << QByteArray("Sat, 20 Mar 2021 12:00:00 UT") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("Z") << QByteArray("Sat, 20 Mar 2021 12:00:00 Z") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("EST") << QByteArray("Sat, 20 Mar 2021 12:00:00 EST") << u"2021-03-20T17:00:00Z"_s;
        QTest::newRow("EDT") << QByteArray("Sat, 20 Mar 2021 12:00:00 EDT") << u"2021-03-20T16:00:00Z"_s;
        QTest::newRow("CST") << QByteArray("Sat, 20 Mar 2021 12:00:00 CST") << u"2021-03-20T18:00:00Z"_s;
        QTest::newRow("CDT") << QByteArray("Sat, 20 Mar 2021 12:00:00 CDT") << u"2021-03-20T17:00:00Z"_s;
        QTest::newRow("MST") << QByteArray("Sat, 20 Mar 2021 12:00:00 MST") << u"2021-03-20T19:00:00Z"_s;
        QTest::newRow("MDT") << QByteArray("Sat, 20 Mar 2021 12:00:00 MDT") << u"2021-03-20T18:00:00Z"_s;
        QTest::newRow("PST") << QByteArray("Sat, 20 Mar 2021 12:00:00 PST") << u"2021-03-20T20:00:00Z"_s;
        QTest::newRow("pdt lower case")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 pdt") << u"2021-03-20T19:00:00Z"_s;
        QTest::newRow("military letter read as UTC")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 A") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("-0000") << QByteArray("Sat, 20 Mar 2021 12:00:00 -0000") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("no zone at all")
            << QByteArray("Sat, 20 Mar 2021 12:00:00") << u"2021-03-20T12:00:00Z"_s;
        QTest::newRow("zone only in a comment")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 (CET)") << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("two-digit year 21")
            << QByteArray("Sat, 20 Mar 21 12:00:00 +0100") << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("two-digit year 49")
            << QByteArray("1 Jan 49 00:00:00 +0000") << u"2049-01-01T00:00:00Z"_s;
        QTest::newRow("two-digit year 50")
            << QByteArray("1 Jan 50 00:00:00 +0000") << u"1950-01-01T00:00:00Z"_s;
        QTest::newRow("two-digit year 96")
            << QByteArray("Mon, 22 Apr 96 18:20:32 -0500") << u"1996-04-22T23:20:32Z"_s;
        QTest::newRow("three-digit year")
            << QByteArray("1 Jan 121 00:00:00 +0000") << u"2021-01-01T00:00:00Z"_s;
        QTest::newRow("obsolete spacing and comments")
            << QByteArray("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600") << u"1997-11-21T15:55:06Z"_s;
        QTest::newRow("folded") << QByteArray("Thu,\r\n 13\r\n   Feb\r\n  1969\r\n 23:32\r\n  -0330")
                                << u"1969-02-14T03:02:00Z"_s;
        QTest::newRow("asctime") << QByteArray("Fri Mar 12 20:15:33 2021") << u"2021-03-12T20:15:33Z"_s;
        QTest::newRow("full month name")
            << QByteArray("20 March 2021 23:59:59 +0100") << u"2021-03-20T22:59:59Z"_s;
        QTest::newRow("french month")
            << QByteArray("sam. 20 mars 2021 23:59:59 +0100") << u"2021-03-20T22:59:59Z"_s;
        QTest::newRow("iso 8601") << QByteArray("2021-03-12T20:15:33+01:00") << u"2021-03-12T19:15:33Z"_s;
        QTest::newRow("GMT+0100") << QByteArray("Sat, 20 Mar 2021 12:00:00 GMT+0100")
                                  << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("offset with colon")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 +01:00") << u"2021-03-20T11:00:00Z"_s;
        QTest::newRow("leap second") << QByteArray("31 Dec 2016 23:59:60 +0000") << u"2016-12-31T23:59:59Z"_s;
        // Offsets within ±14:00 (Kiribati, Samoa); further is no zone on Earth.
        QTest::newRow("offset +1400")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 +1400") << u"2021-03-19T22:00:00Z"_s;
        QTest::newRow("offset -1200")
            << QByteArray("Sat, 20 Mar 2021 12:00:00 -1200") << u"2021-03-21T00:00:00Z"_s;
        QTest::newRow("offset +1401") << QByteArray("Sat, 20 Mar 2021 12:00:00 +1401") << QString();
        QTest::newRow("offset +1559") << QByteArray("Sat, 20 Mar 2021 12:00:00 +1559") << QString();
        QTest::newRow("offset -1559") << QByteArray("Sat, 20 Mar 2021 12:00:00 -1559") << QString();
        QTest::newRow("offset +23:59") << QByteArray("2021-03-20T12:00:00+23:59") << QString();
        // A year of one digit is none (it was read as 2000).
        QTest::newRow("year 0") << QByteArray("Sat, 20 Mar 0 12:00:00 +0100") << QString();
        QTest::newRow("year 1 digit") << QByteArray("20 Mar 7 12:00:00 +0100") << QString();
        QTest::newRow("year 0001") << QByteArray("20 Mar 0001 12:00:00 +0100") << QString();
        QTest::newRow("garbage") << QByteArray("not a date") << QString();
        QTest::newRow("empty") << QByteArray("") << QString();
        QTest::newRow("impossible day") << QByteArray("31 Feb 2021 10:00:00 +0000") << QString();
        QTest::newRow("impossible hour") << QByteArray("1 Feb 2021 25:00:00 +0000") << QString();
        QTest::newRow("no month") << QByteArray("1 2021 10:00:00") << QString();
        QTest::newRow("huge numbers") << QByteArray("99999999999 Feb 99999999999 10:00:00") << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, utc);
        const QDateTime dt = MailReader::parseDate(value);
        QCOMPARE(dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString(), utc);
        if (dt.isValid())
            QCOMPARE(dt.timeSpec(), Qt::UTC);
    }

    void received_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("utc");
        QTest::newRow("after last semicolon") << QByteArray(
            "from a (a [192.0.2.1])\r\n\tby b with ESMTPS id 4F2k1x0Q; Tue, 02 Feb 2021 10:14:07 +0100")
                                              << u"2021-02-02T09:14:07Z"_s;
        QTest::newRow("semicolon inside and comment after") << QByteArray(
            "by x (Postfix; v3) with SMTP id y;\r\n        Fri, 26 Feb 2021 08:05:44 -0800 (PST)")
                                                            << u"2021-02-26T16:05:44Z"_s;
        QTest::newRow("no semicolon")
            << QByteArray("from x by y Fri, 26 Feb 2021 08:05:44 -0800") << u"2021-02-26T16:05:44Z"_s;
        QTest::newRow("no date") << QByteArray("from x by y with SMTP") << QString();
    }

    void received()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, utc);
        const QDateTime dt = MailDate::parseReceived(value);
        QCOMPARE(dt.isValid() ? dt.toString(Qt::ISODate) : QString(), utc);
    }
};

QTEST_GUILESS_MAIN(TestMailDate)
#include "tst_maildate.moc"
