// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting mbox files written by real exporters, streaming.
#include "mail/mboxreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> split(const QByteArray &mbox)
{
    QBuffer buffer;
    buffer.setData(mbox);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(&buffer);
    QList<QByteArray> out;
    QByteArray message;
    while (reader.next(&message)) {
        if (reader.index() != out.size())
            return { "index mismatch" };
        out.append(message);
    }
    return out;
}

} // namespace

class TestMboxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QByteArray>("mbox");
        QTest::addColumn<QList<QByteArray>>("messages");
        QTest::newRow("two messages LF")
            << QByteArray("From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\nbody 1\n\nFrom b@x Fri Mar 12 "
                          "20:16:00 2021\nSubject: 2\n\nbody 2\n")
            << QList<QByteArray> { "Subject: 1\n\nbody 1\n", "Subject: 2\n\nbody 2\n" };
        QTest::newRow("CRLF") << QByteArray(
            "From a@x Fri Mar 12 20:15:33 2021\r\nSubject: 1\r\n\r\nbody 1\r\n\r\nFrom b@x Fri Mar 12 "
            "20:16:00 2021\r\nSubject: 2\r\n\r\nbody 2\r\n")
                              << QList<QByteArray> { "Subject: 1\r\n\r\nbody 1\r\n",
                                     "Subject: 2\r\n\r\nbody 2\r\n" };
        QTest::newRow("no final newline")
            << QByteArray("From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\nlast line")
            << QList<QByteArray> { "Subject: 1\n\nlast line" };
        QTest::newRow("mboxrd unescaping")
            << QByteArray(
                   "From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\n>From here\n>>From there\n>Not from\n")
            << QList<QByteArray> { "Subject: 1\n\nFrom here\n>From there\n>Not from\n" };
        QTest::newRow("From inside a body is not a separator")
            << QByteArray("From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\nline\nFrom the first week, "
                          "tablets.\n\nFrom the town hall\n")
            << QList<QByteArray> {
                   "Subject: 1\n\nline\nFrom the first week, tablets.\n\nFrom the town hall\n"
               };
        QTest::newRow("Thunderbird From - line") << QByteArray(
            "From - Fri Mar 12 20:15:33 2021\nSubject: 1\n\nx\n\nFrom - Sat Mar 13 08:00:00 2021\nSubject: "
            "2\n\ny\n") << QList<QByteArray> { "Subject: 1\n\nx\n", "Subject: 2\n\ny\n" };
        QTest::newRow("separator without blank line, header follows")
            << QByteArray("From - \nSubject: 1\n\nx\nFrom - \nSubject: 2\n\ny\n")
            << QList<QByteArray> { "Subject: 1\n\nx\n", "Subject: 2\n\ny\n" };
        QTest::newRow("envelope without blank line") << QByteArray(
            "From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\nx\nFrom b@x Sat Mar 13 08:00:00 2021\nSubject: "
            "2\n\ny\n") << QList<QByteArray> { "Subject: 1\n\nx\n", "Subject: 2\n\ny\n" };
        QTest::newRow("empty file") << QByteArray() << QList<QByteArray> {};
        QTest::newRow("blank lines only") << QByteArray("\n\n\r\n") << QList<QByteArray> {};
        QTest::newRow("leading blank lines")
            << QByteArray("\n\nFrom a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\nx\n")
            << QList<QByteArray> { "Subject: 1\n\nx\n" };
    }

    void splits()
    {
        QFETCH(QByteArray, mbox);
        QFETCH(QList<QByteArray>, messages);
        QCOMPARE(split(mbox), messages);
        // The count given before reading (« message 3 of 10 ») is the number read.
        QBuffer buffer(&mbox);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(MboxReader::count(&buffer), int(messages.size()));
    }

    void longLinesAreStreamed()
    {
        // A 1 MiB line crosses many read chunks and must come back whole.
        const QByteArray longLine(1 << 20, 'x');
        const QByteArray mbox = "From a@x Fri Mar 12 20:15:33 2021\nSubject: 1\n\n" + longLine
            + "\nFrom b@x Fri Mar 12 20:16:00 2021\nSubject: 2\n\n" + longLine + "From not a separator\n";
        const QList<QByteArray> messages = split(mbox);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0], "Subject: 1\n\n" + longLine + '\n');
        QCOMPARE(messages[1].size(), qsizetype(12 + longLine.size() + 21));
    }

    void recognisesMbox()
    {
        QVERIFY(MboxReader::looksLikeMbox("From a@x Fri Mar 12 20:15:33 2021\n"));
        QVERIFY(!MboxReader::looksLikeMbox("From: a@x\n"));
        QVERIFY(!MboxReader::looksLikeMbox("From : a@x\n"));
        QVERIFY(!MboxReader::looksLikeMbox("Subject: x\n"));
    }
};

QTEST_GUILESS_MAIN(TestMboxReader)
#include "tst_mboxreader.moc"
