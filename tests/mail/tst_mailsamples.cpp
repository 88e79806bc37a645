// SPDX-License-Identifier: GPL-3.0-or-later
// Every sample email reads exactly as tests/data/mail/expected.json says.
#include "mail/mailreader.h"
#include "mail/mboxreader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(RECUEIL_TEST_DATA) + u"/mail/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject expectations()
{
    return QJsonDocument::fromJson(readFile(dataPath(u"expected.json"_s))).object();
}

QString utc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QString normalised(const QString &s)
{
    return s.simplified();
}

void checkMessage(const ParsedMessage &m, const QJsonObject &e)
{
    if (e.contains(u"from_name"))
        QCOMPARE(m.fromName, e.value(u"from_name").toString());
    QCOMPARE(m.fromAddress, e.value(u"from_address").toString());
    QCOMPARE(m.subject, e.value(u"subject").toString());
    if (e.contains(u"message_id"))
        QCOMPARE(m.messageId, e.value(u"message_id").toString());
    QCOMPARE(utc(m.sentAt), e.value(u"date_utc").toString());
    QCOMPARE(utc(m.receivedAt), e.value(u"received_utc").toString());
    QCOMPARE(m.inReplyTo, e.value(u"in_reply_to").toString());
    const QString text = normalised(m.text);
    for (const QJsonValue &fragment : e.value(u"body_contains").toArray()) {
        if (!text.contains(normalised(fragment.toString())))
            QFAIL(qPrintable(u"body lacks «%1» in:\n%2"_s.arg(fragment.toString(), m.text)));
    }
    if (e.contains(u"attachments")) {
        const QJsonArray expected = e.value(u"attachments").toArray();
        QCOMPARE(m.attachments.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject a = expected[i].toObject();
            const MailAttachment &got = m.attachments[i];
            QCOMPARE(got.originalName, a.value(u"filename").toString());
            QCOMPARE(got.mimeType, a.value(u"mime").toString());
            QCOMPARE(got.data.size(), a.value(u"size").toInteger());
            QCOMPARE(got.sha256.size(), 64);
            QVERIFY(!got.safeName.isEmpty());
        }
    }
}

} // namespace

class TestMailSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSample_data()
    {
        QTest::addColumn<QString>("file");
        const QJsonObject all = expectations();
        QVERIFY(!all.isEmpty());
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it.key().endsWith(u".eml"))
                QTest::newRow(qPrintable(it.key())) << it.key();
        }
    }

    void readsSample()
    {
        QFETCH(QString, file);
        const QByteArray raw = readFile(dataPath(file));
        QVERIFY(!raw.isEmpty());
        QString error;
        const std::optional<ParsedMessage> m = MailReader::read(raw, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        checkMessage(*m, expectations().value(file).toObject());
        QCOMPARE(m->raw, raw);
    }

    void forwardKeepsTheEnvelope()
    {
        const QByteArray raw = readFile(dataPath(u"09-forwarded-as-attachment.eml"_s));
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QVERIFY(m->isForward);
        QCOMPARE(m->forwarderAddress, u"coordination@villesdefrance.example"_s);
        QCOMPARE(m->forwarderName, u"Coordination Villes de France"_s);
        QCOMPARE(m->outerMessageId, u"fwd-0309-1539@villesdefrance.example"_s);
        QCOMPARE(m->outerSubject, u"TR\u00a0: Drive des producteurs locaux"_s);
        QCOMPARE(utc(m->outerSentAt), u"2021-03-09T14:39:50Z"_s);
        QVERIFY(m->forwarderNote.contains(u"je vous la transfère"));
    }

    void inlineImageIsKept()
    {
        const auto m = MailReader::read(readFile(dataPath(u"04-bethune-applemail.eml"_s)));
        QVERIFY(m.has_value());
        QCOMPARE(m->attachments.size(), 1);
        QCOMPARE(m->attachments[0].contentId, u"affiche@bethune.fr"_s);
        QVERIFY(m->attachments[0].isInline);
        QVERIFY(m->html.contains(u"cid:affiche@bethune.fr"));
    }

    void htmlOnlyNeverKeepsTheTracker()
    {
        const auto m = MailReader::read(readFile(dataPath(u"08-albi-html-only.eml"_s)));
        QVERIFY(m.has_value());
        QVERIFY(!m->text.contains(u"tracker.example.net"));
        QVERIFY(m->text.contains(u"- plus de 600 appels"));
        QVERIFY(m->attachments.isEmpty());
    }

    void mboxSplitsIntoThree()
    {
        QFile file(dataPath(u"10-thunderbird-export.mbox"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(MboxReader::looksLikeMbox(file.peek(100)));
        MboxReader mbox(&file);
        QList<ParsedMessage> messages;
        QByteArray raw;
        while (mbox.next(&raw)) {
            const auto m = MailReader::read(raw);
            QVERIFY(m.has_value());
            messages.append(*m);
        }
        const QJsonObject e = expectations().value(u"10-thunderbird-export.mbox").toObject();
        QCOMPARE(messages.size(), e.value(u"messages").toInt());
        QCOMPARE(mbox.index(), 2);
        checkMessage(messages[0], e.value(u"first_message").toObject());
        // ">From the first week" was an mboxrd escape.
        QVERIFY(messages[0].text.contains(u"\nFrom the first week"));
        const QJsonArray duplicates = e.value(u"duplicates_after_importing_01_to_09").toArray();
        QCOMPARE(messages[1].messageId, duplicates[0].toString());
        QCOMPARE(messages[2].messageId, duplicates[1].toString());
        // The same bytes as the lone .eml give the same reading.
        const auto latin1 = MailReader::read(readFile(dataPath(u"05-longwy-latin1.eml"_s)));
        QCOMPARE(messages[1].text, latin1->text);
    }
};

QTEST_GUILESS_MAIN(TestMailSamples)
#include "tst_mailsamples.moc"
