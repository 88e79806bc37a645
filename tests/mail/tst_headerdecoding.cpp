// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded words, RFC 2231 parameters and address headers, read as mail programs write them.
#include "mail/mailaddress.h"
#include "mail/mailheaders.h"
#include "mail/mailreader.h"
#include "mail/mimeparameters.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHeaderDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain ascii") << QByteArray("Hello world") << u"Hello world"_s;
        QTest::newRow("Q with underscores")
            << QByteArray("=?utf-8?Q?Caf=C3=A9_au_lait?=") << u"Café au lait"_s;
        QTest::newRow("B utf-8") << QByteArray("=?UTF-8?B?VMOpbMOpdHJhdmFpbA==?=") << u"Télétravail"_s;
        QTest::newRow("adjacent words joined") << QByteArray(
            "=?iso-8859-1?Q?T=E9moignage_gestion_de_crise_=96_march=E9_de_primeurs_en?=\r\n "
            "=?iso-8859-1?Q?_ligne?=") << u"Témoignage gestion de crise – marché de primeurs en ligne"_s;
        // "é" is C3 A9: split across two words, the bytes must be joined before decoding.
        QTest::newRow("multibyte split across Q words")
            << QByteArray("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=") << u"café"_s;
        QTest::newRow("multibyte split across B words")
            << QByteArray("=?utf-8?B?Y2Fmww==?= =?utf-8?B?qQ==?=") << u"café"_s;
        // GMime 3.2.13 truncates after the first padded word; every word must count.
        QTest::newRow("consecutive padded B words")
            << QByteArray("=?UTF-8?B?VMOpbMOp?= =?UTF-8?B?dHJhdmFpbA==?= =?UTF-8?B?IGRlcyBhZ2VudHM=?=")
            << u"Télétravail des agents"_s;
        QTest::newRow("mixed charsets")
            << QByteArray("=?iso-8859-1?Q?Ch=E9ri?= =?utf-8?B?4oCT?= =?koi8-r?B?8NLJ18XU?=")
            << u"Chéri–Привет"_s;
        QTest::newRow("text between words kept") << QByteArray("=?utf-8?Q?a?= - =?utf-8?Q?b?=") << u"a - b"_s;
        QTest::newRow("iso-8859-1 label means windows-1252")
            << QByteArray("=?iso-8859-1?Q?l=92eau?=") << u"l’eau"_s;
        QTest::newRow("lower-case encoding letter") << QByteArray("=?utf-8?b?w6k=?=") << u"é"_s;
        QTest::newRow("language suffix") << QByteArray("=?utf-8*fr?Q?=C3=A9t=C3=A9?=") << u"été"_s;
        QTest::newRow("unknown encoding left as is") << QByteArray("=?utf-8?X?abc?=") << u"=?utf-8?X?abc?="_s;
        QTest::newRow("unterminated word left as is") << QByteArray("=?utf-8?Q?abc") << u"=?utf-8?Q?abc"_s;
        QTest::newRow("empty charset left as is") << QByteArray("=??Q?abc?=") << u"=??Q?abc?="_s;
        QTest::newRow("unknown charset falls back") << QByteArray("=?x-nonsense?Q?caf=C3=A9?=") << u"café"_s;
        QTest::newRow("raw utf-8 header") << QByteArray("R\xc3\xa9union") << u"Réunion"_s;
        QTest::newRow("raw latin-1 header") << QByteArray("R\xe9union \x93ok\x94") << u"Réunion “ok”"_s;
        QTest::newRow("stray base64 characters") << QByteArray("=?utf-8?B?w6k*!?=") << u"é"_s;
        QTest::newRow("missing padding") << QByteArray("=?utf-8?B?w6k?=") << u"é"_s;
        QTest::newRow("glued to text") << QByteArray("Re:=?utf-8?Q?=C3=A9?=") << u"Re:é"_s;
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=") << u"日本語"_s;
        QTest::newRow("shift_jis") << QByteArray("=?shift_jis?B?k/qWe4zq?=") << u"日本語"_s;
    }

    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, decoded);
        QCOMPARE(MailReader::decodeHeader(raw), decoded);
    }

    void parameters_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"a b.pdf\"") << QByteArray("filename")
                                << u"a b.pdf"_s;
        QTest::newRow("unquoted with spaces")
            << QByteArray("attachment; filename=a b.pdf") << QByteArray("filename") << u"a b.pdf"_s;
        QTest::newRow("escaped quote") << QByteArray("attachment; filename=\"say \\\"hi\\\".txt\"")
                                       << QByteArray("filename") << u"say \"hi\".txt"_s;
        QTest::newRow("2231 continuations with charset") << QByteArray(
            "attachment;\r\n filename*0*=UTF-8''Bilan%20entraide%20solidaire%20%E2%80%93%20;\r\n "
            "filename*1*=Saumur.pdf") << QByteArray("filename")
                                                         << u"Bilan entraide solidaire – Saumur.pdf"_s;
        QTest::newRow("2231 single extended")
            << QByteArray("attachment; filename*=iso-8859-1'fr'r%E9sum%E9.txt") << QByteArray("filename")
            << u"résumé.txt"_s;
        QTest::newRow("2231 plain continuations out of order")
            << QByteArray("application/pdf; name*1=\"part2.pdf\"; name*0=\"part1-\"") << QByteArray("name")
            << u"part1-part2.pdf"_s;
        QTest::newRow("2231 mixed encoded and plain sections")
            << QByteArray("attachment; filename*0*=utf-8''%C3%A9t%C3%A9; filename*1=\" 2021.txt\"")
            << QByteArray("filename") << u"été 2021.txt"_s;
        QTest::newRow("2231 wins over plain")
            << QByteArray("attachment; filename=\"plain.txt\"; filename*=utf-8''%C3%A9.txt")
            << QByteArray("filename") << u"é.txt"_s;
        QTest::newRow("2047 inside quotes (Outlook)")
            << QByteArray("attachment; filename=\"=?utf-8?B?w6l0w6kucGRm?=\"") << QByteArray("filename")
            << u"été.pdf"_s;
        QTest::newRow("raw 8-bit name") << QByteArray("attachment; filename=\"r\xe9sum\xe9.doc\"")
                                        << QByteArray("filename") << u"résumé.doc"_s;
        QTest::newRow("case-insensitive name")
            << QByteArray("text/plain; CHARSET=\"UTF-8\"") << QByteArray("charset") << u"UTF-8"_s;
        QTest::newRow("absent") << QByteArray("text/plain") << QByteArray("charset") << QString();
    }

    void parameters()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, name);
        QFETCH(QString, value);
        QCOMPARE(MimeParameters::parse(raw).parameter(name), value);
    }

    void mediaValue()
    {
        QCOMPARE(MimeParameters::parse("Text/HTML; charset=utf-8").value(), QByteArray("text/html"));
        QCOMPARE(MimeParameters::parse("  attachment ").value(), QByteArray("attachment"));
    }

    void addresses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::newRow("name and address") << QByteArray("Claire Moreau <claire.moreau@ville-saumur.fr>")
                                          << u"Claire Moreau"_s << u"claire.moreau@ville-saumur.fr"_s;
        QTest::newRow("quoted name") << QByteArray("\"Moreau, Claire\" <c@x.fr>") << u"Moreau, Claire"_s
                                     << u"c@x.fr"_s;
        QTest::newRow("encoded name")
            << QByteArray("=?iso-8859-1?Q?Julien_Lef=E8vre?= <j.lefevre@beauvais.fr>") << u"Julien Lefèvre"_s
            << u"j.lefevre@beauvais.fr"_s;
        QTest::newRow("encoded words inside quotes")
            << QByteArray("\"=?utf-8?Q?Mairie_d=27Albi?=\" <m@albi.fr>") << u"Mairie d'Albi"_s
            << u"m@albi.fr"_s;
        QTest::newRow("bare address")
            << QByteArray("ccas@mairie-longwy.fr") << QString() << u"ccas@mairie-longwy.fr"_s;
        QTest::newRow("comment form")
            << QByteArray("j@x.fr (Jean Dupont)") << u"Jean Dupont"_s << u"j@x.fr"_s;
        QTest::newRow("domain lower-cased, local part kept")
            << QByteArray("<John.Doe@Example.COM>") << QString() << u"John.Doe@example.com"_s;
        QTest::newRow("raw 8-bit name")
            << QByteArray("Secr\xe9tariat <s@x.fr>") << u"Secrétariat"_s << u"s@x.fr"_s;
        QTest::newRow("group") << QByteArray("Mairie: a@x.fr, b@x.fr;") << QString() << u"a@x.fr"_s;
        QTest::newRow("first of two") << QByteArray("A <a@x.fr>, B <b@x.fr>") << u"A"_s << u"a@x.fr"_s;
        QTest::newRow("route address")
            << QByteArray("<@relay.example:user@host.example>") << QString() << u"user@host.example"_s;
        QTest::newRow("comments in address") << QByteArray("pete(his account)@silly.test(his host)")
                                             << u"his account"_s << u"pete@silly.test"_s;
        QTest::newRow("name without quotes or brackets")
            << QByteArray("Big Bug bb@bug.com") << u"Big Bug"_s << u"bb@bug.com"_s;
        QTest::newRow("empty") << QByteArray("") << QString() << QString();
    }

    void addresses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, name);
        QFETCH(QString, address);
        const MailAddress a = MailAddress::parse(raw);
        QCOMPARE(a.name, name);
        QCOMPARE(a.address, address);
    }

    void messageIds()
    {
        QCOMPARE(MailHeaders::messageIds("<a@b> <c@d>"), (QStringList { u"a@b"_s, u"c@d"_s }));
        QCOMPARE(MailHeaders::messageIds("  <a@b>  (comment)"), QStringList { u"a@b"_s });
        QCOMPARE(MailHeaders::messageIds("a@b"), QStringList { u"a@b"_s });
        QVERIFY(MailHeaders::messageIds("").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderDecoding)
#include "tst_headerdecoding.moc"
