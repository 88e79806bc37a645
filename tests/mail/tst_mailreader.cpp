// SPDX-License-Identifier: GPL-3.0-or-later
// MailReader as a whole: refusals, best-effort reading of damaged mail, attachments, forwards.
#include "mail/mailreader.h"
#include "mail/tnefreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kHead = "From: Claire <c@x.fr>\r\nDate: Tue, 2 Feb 2021 10:13:58 +0100\r\nSubject: "
                         "s\r\nMessage-ID: <m1@x.fr>\r\n";

// A minimal TNEF stream: version, then one attachment with a title and its data.
QByteArray tnefAttribute(char level, quint32 id, const QByteArray &data)
{
    QByteArray out;
    out.append(level);
    for (int i = 0; i < 4; ++i)
        out.append(char((id >> (8 * i)) & 0xFF));
    for (int i = 0; i < 4; ++i)
        out.append(char((quint32(data.size()) >> (8 * i)) & 0xFF));
    out.append(data);
    quint16 sum = 0;
    for (const char c : data)
        sum = quint16(sum + uchar(c));
    out.append(char(sum & 0xFF));
    out.append(char(sum >> 8));
    return out;
}

QByteArray craftedTnef()
{
    QByteArray t("\x78\x9f\x3e\x22\x01\x00", 6);
    t += tnefAttribute(1, 0x00089006, QByteArray("\x00\x00\x01\x00", 4)); // attTnefVersion
    t += tnefAttribute(2, 0x00069002, QByteArray(14, '\0')); // attAttachRenddata
    t += tnefAttribute(2, 0x00018010, QByteArray("rapport.txt\0", 12)); // attAttachTitle
    t += tnefAttribute(2, 0x0006800F, QByteArray("Bonjour depuis Outlook")); // attAttachData
    return t;
}

} // namespace

class TestMailReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatIsNotMail_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("reason");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG image"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n1 0 obj") << u"PDF"_s;
        QTest::newRow("outlook msg") << QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10) << u".msg"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \r\n\n") << u"empty"_s;
        QTest::newRow("binary") << QByteArray("Subject: x\n\0\x01\x02\x03", 15) << u"binary"_s;
        QTest::newRow("prose") << QByteArray("Dear all,\nhere is my text.\n")
                               << u"does not start with mail headers"_s;
        QTest::newRow("not mail headers")
            << QByteArray("Name: value\nOther: thing\n\nbody") << u"mail header"_s;
    }

    void refusesWhatIsNotMail()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!MailReader::read(raw, &error).has_value());
        QVERIFY2(error.startsWith(u"This file is not an email: "), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void readsDamagedMailBestEffort()
    {
        const QByteArray raw = "From: a@x.fr\nSubject: =?utf-8?Q?caf=C3=A9?=\nDate: yesterday\nContent-Type: "
                               "multipart/mixed; boundary=zz\n\n"
                               "--zz\nContent-Type: text/plain\n\nbody without an end";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->subject, u"café"_s);
        QVERIFY(!m->sentAt.isValid());
        QVERIFY(!m->receivedAt.isValid());
        QVERIFY(m->text.contains(u"body without an end"));
        QVERIFY(!m->warnings.isEmpty());
    }

    void receiptTimeSaysWhereItComesFrom_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("receivedAt"); // empty: none
        QTest::addColumn<QString>("warning"); // empty: none expected
        QTest::newRow("Received header")
            << QByteArray("Received: from a by b; Tue, 2 Mar 2021 10:00:00 +0100\n"
                          "Date: Tue, 2 Mar 2021 09:00:00 +0100\n")
            << u"2021-03-02T09:00:00Z"_s << QString();
        // Judged on the sender's own clock: the report must say so.
        QTest::newRow("only a Date header") << QByteArray("Date: Tue, 2 Mar 2021 09:00:00 +0100\n")
                                            << u"2021-03-02T08:00:00Z"_s << u"sender's Date header"_s;
        QTest::newRow("year 2150") << QByteArray("Received: from a by b; Tue, 2 Mar 2150 10:00:00 +0100\n")
                                   << u"2150-03-02T09:00:00Z"_s << u"outside the years 1990 to 2100"_s;
        QTest::newRow("year 1985") << QByteArray("Date: Sat, 2 Mar 1985 10:00:00 +0100\n")
                                   << u"1985-03-02T09:00:00Z"_s << u"outside the years 1990 to 2100"_s;
        QTest::newRow("offset +1559")
            << QByteArray("Date: Tue, 2 Mar 2021 09:00:00 +1559\n") << QString() << u"could not be read"_s;
    }

    void receiptTimeSaysWhereItComesFrom()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, receivedAt);
        QFETCH(QString, warning);
        const auto m = MailReader::read("From: a@x.fr\nSubject: s\n" + headers + "\nTexte.\n");
        QVERIFY(m.has_value());
        QCOMPARE(m->receivedAt.isValid() ? m->receivedAt.toString(Qt::ISODate) : QString(), receivedAt);
        const QString all = m->warnings.join(u" | "_s);
        if (warning.isEmpty())
            QVERIFY2(all.isEmpty(), qPrintable(all));
        else
            QVERIFY2(all.contains(warning), qPrintable(all));
    }

    void missingBlankLineAfterHeadersKeepsTheBody_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("in a part") << QByteArray(
            "From: a@x.fr\nSubject: s\nContent-Type: multipart/mixed; boundary=zz\n\n"
            "--zz\nContent-Type: text/plain\nbar\n--zz--\n");
        QTest::newRow("in a part, CRLF")
            << QByteArray("From: a@x.fr\r\nSubject: s\r\nContent-Type: multipart/mixed; "
                          "boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/plain; "
                          "charset=utf-8\r\n bar-continued=1\r\nbar\r\n--zz--\r\n");
        QTest::newRow("in the message")
            << QByteArray("From: a@x.fr\nSubject: s\nContent-Type: text/plain\nbar\n");
    }

    void missingBlankLineAfterHeadersKeepsTheBody()
    {
        // GMime dropped « bar »; the reference reader keeps it as the body.
        QFETCH(QByteArray, raw);
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->text.trimmed(), u"bar"_s);
        QVERIFY2(m->warnings.join(u' ').contains(u"no blank line between its headers and its body"),
            qPrintable(m->warnings.join(u'|')));
        QCOMPARE(m->raw, raw); // kept as received
        // A well-formed message is read as before, without the warning.
        QByteArray fine = raw;
        fine.replace("text/plain\nbar", "text/plain\n\nbar");
        fine.replace("bar-continued=1\r\nbar", "bar-continued=1\r\n\r\nbar");
        const auto ok = MailReader::read(fine);
        QCOMPARE(ok->text.trimmed(), u"bar"_s);
        QVERIFY(!ok->warnings.join(u' ').contains(u"no blank line"));
    }

    void bomAndEnvelopeLineAreSkipped()
    {
        const auto m = MailReader::read("\xef\xbb\xbf"
                                        "From a@x Fri Mar 12 20:15:33 2021\n"
            + kHead + "\r\nhello\r\n");
        QVERIFY(m.has_value());
        QCOMPARE(m->fromAddress, u"c@x.fr"_s);
        QCOMPARE(m->text.trimmed(), u"hello"_s);
    }

    void receivedAtRules()
    {
        // Topmost Received first, then Date, else nothing: never the clock.
        auto m = MailReader::read("Received: by a; Tue, 2 Feb 2021 11:00:00 +0100\r\nReceived: by b; Tue, 2 "
                                  "Feb 2021 10:30:00 +0100\r\n"
            + kHead + "\r\nx");
        QCOMPARE(m->receivedAt.toString(Qt::ISODate), u"2021-02-02T10:00:00Z"_s);
        m = MailReader::read(kHead + "\r\nx");
        QCOMPARE(m->receivedAt, m->sentAt);
        m = MailReader::read("From: a@x.fr\r\nSubject: s\r\n\r\nx");
        QVERIFY(!m->receivedAt.isValid());
    }

    void senderFallback()
    {
        const auto m = MailReader::read("Sender: Mairie <mairie@x.fr>\r\nSubject: s\r\n\r\nx");
        QVERIFY(m.has_value());
        QCOMPARE(m->fromAddress, u"mairie@x.fr"_s);
        QCOMPARE(m->fromName, u"Mairie"_s);
        QVERIFY(!m->warnings.isEmpty());
    }

    void threadIds()
    {
        const auto m =
            MailReader::read(kHead + "In-Reply-To: <a@x>\r\nReferences: <r1@x>\r\n <a@x>\r\n\r\nx");
        QCOMPARE(m->messageId, u"m1@x.fr"_s);
        QCOMPARE(m->inReplyTo, u"a@x"_s);
        QCOMPARE(m->references, (QStringList { u"r1@x"_s, u"a@x"_s }));
    }

    void textAttachmentIsAnAttachment()
    {
        const QByteArray raw = kHead
            + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nLe "
              "corps.\r\n"
              "--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; "
              "filename=notes.txt\r\n\r\n"
              "Des notes.\r\n--b\r\nContent-Type: application/octet-stream; name=\"../../x.bin\"\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\nAAEC\r\n!!A\r\nw==\r\n--b--\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->text.trimmed(), u"Le corps."_s);
        QCOMPARE(m->attachments.size(), 2);
        QCOMPARE(m->attachments[0].originalName, u"notes.txt"_s);
        QCOMPARE(m->attachments[0].mimeType, u"text/plain"_s);
        // The line break before a boundary belongs to the boundary (RFC 2046).
        QCOMPARE(m->attachments[0].data, QByteArray("Des notes."));
        QCOMPARE(m->attachments[1].originalName, u"../../x.bin"_s);
        QCOMPARE(m->attachments[1].safeName, u"_.._x.bin"_s);
        // Base64 with a stray "!!" and an odd line length still decodes.
        QCOMPARE(m->attachments[1].data, QByteArray("\x00\x01\x02\x03", 4));
        QCOMPARE(m->attachments[1].sha256,
            QByteArray("054edec1d0211f624fed0cbca9d4f9400b0e491c43742af2c5b0abebf0c990d8"));
    }

    void deepNestingIsBounded()
    {
        QByteArray raw = kHead + "Content-Type: multipart/mixed; boundary=b0\r\n\r\n";
        const int depth = 200;
        for (int i = 0; i < depth; ++i) {
            raw += "--b" + QByteArray::number(i) + "\r\nContent-Type: multipart/mixed; boundary=b"
                + QByteArray::number(i + 1) + "\r\n\r\n";
        }
        raw += "--b" + QByteArray::number(depth) + "\r\nContent-Type: text/plain\r\n\r\ndeep\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QVERIFY(m->warnings.join(u' ').contains(u"levels deep"));
    }

    void forwardNeedsAForwardShape()
    {
        const QByteArray inner =
            "From: Ville <v@ville.fr>\r\nDate: Tue, 9 Mar 2021 11:05:00 +0100\r\nSubject: Drive\r\n"
            "Message-ID: <inner@ville.fr>\r\n\r\nLe drive des producteurs.\r\n";
        const QByteArray outer = "From: Coordination <c@coord.fr>\r\nDate: Tue, 9 Mar 2021 15:39:50 "
                                 "+0100\r\nSubject: %SUBJECT%\r\n"
                                 "Content-Type: multipart/mixed; boundary=f\r\n\r\n--f\r\nContent-Type: "
                                 "text/plain\r\n\r\n%NOTE%\r\n"
                                 "--f\r\nContent-Type: message/rfc822\r\n\r\n"
            + inner + "--f--\r\n";
        // A short note: the attached message is the testimony.
        auto m =
            MailReader::read(QByteArray(outer).replace("%SUBJECT%", "Pour vous").replace("%NOTE%", "Voici."));
        QVERIFY(m->isForward);
        QCOMPARE(m->fromAddress, u"v@ville.fr"_s);
        QCOMPARE(m->messageId, u"inner@ville.fr"_s);
        QCOMPARE(m->forwarderAddress, u"c@coord.fr"_s);
        QVERIFY(m->attachments.isEmpty());
        // A long letter with an old message attached for reference is not a forward.
        const QByteArray letter = QByteArray("Une longue contribution. ").repeated(40);
        m = MailReader::read(
            QByteArray(outer).replace("%SUBJECT%", "Contribution").replace("%NOTE%", letter));
        QVERIFY(!m->isForward);
        QCOMPARE(m->fromAddress, u"c@coord.fr"_s);
        QCOMPARE(m->attachments.size(), 1);
        QCOMPARE(m->attachments[0].mimeType, u"message/rfc822"_s);
        QCOMPARE(m->attachments[0].originalName, u"Drive.eml"_s);
        // ...unless its subject says it is one.
        m = MailReader::read(QByteArray(outer).replace("%SUBJECT%", "Fwd: Drive").replace("%NOTE%", letter));
        QVERIFY(m->isForward);
    }

    void bounceIsNotAForward()
    {
        const QByteArray raw =
            "From: MAILER-DAEMON@x.fr\r\nSubject: Undelivered\r\nContent-Type: multipart/report; "
            "boundary=r\r\n\r\n"
            "--r\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n--r\r\nContent-Type: message/rfc822\r\n\r\n"
            "From: a@b.fr\r\nSubject: orig\r\n\r\nx\r\n--r--\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(!m->isForward);
        QCOMPARE(m->fromAddress, u"MAILER-DAEMON@x.fr"_s);
    }

    void tnefFilesAreExtracted()
    {
        if (!TnefReader::available())
            QSKIP("Built without libytnef.");
        const QByteArray raw = kHead
            + "Content-Type: multipart/mixed; boundary=t\r\n\r\n--t\r\nContent-Type: "
              "text/plain\r\n\r\nCi-joint.\r\n"
              "--t\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: "
              "base64\r\n\r\n"
            + craftedTnef().toBase64() + "\r\n--t--\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->attachments.size(), 1);
        QCOMPARE(m->attachments[0].originalName, u"rapport.txt"_s);
        QCOMPARE(m->attachments[0].data, QByteArray("Bonjour depuis Outlook"));
        QVERIFY(m->attachments[0].fromTnef);
    }

    void brokenTnefIsKept()
    {
        const QByteArray raw = kHead
            + "Content-Type: multipart/mixed; boundary=t\r\n\r\n--t\r\nContent-Type: "
              "text/plain\r\n\r\nCi-joint.\r\n"
              "--t\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: "
              "base64\r\n\r\n"
            + QByteArray("\x78\x9f\x3e\x22\x01\x00\x01\xff\xff\xff\x7f", 11).toBase64() + "\r\n--t--\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->attachments.size(), 1);
        QCOMPARE(m->attachments[0].originalName, u"winmail.dat"_s);
    }
};

QTEST_GUILESS_MAIN(TestMailReader)
#include "tst_mailreader.moc"
