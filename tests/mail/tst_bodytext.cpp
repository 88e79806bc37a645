// SPDX-License-Identifier: GPL-3.0-or-later
// Body text: charsets as mail programs mean them, format=flowed undone, HTML made readable.
#include "mail/charset.h"
#include "mail/flowedtext.h"
#include "mail/htmltotext.h"
#include "mail/mailreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBodyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso-8859-1 with 0x92 is windows-1252")
            << QByteArray("l\x92\x65tat") << QByteArray("iso-8859-1") << u"l’etat"_s;
        QTest::newRow("latin1 label") << QByteArray("\x80 \xe9") << QByteArray("latin1") << u"€ é"_s;
        QTest::newRow("us-ascii with 8-bit latin1")
            << QByteArray("caf\xe9") << QByteArray("us-ascii") << u"café"_s;
        QTest::newRow("us-ascii with 8-bit utf-8")
            << QByteArray("caf\xc3\xa9") << QByteArray("us-ascii") << u"café"_s;
        QTest::newRow("unlabelled latin1")
            << QByteArray("a\xeen\xe9s \x96 ok") << QByteArray() << u"aînés – ok"_s;
        QTest::newRow("unlabelled valid utf-8")
            << QByteArray("a\xc3\xaen\xc3\xa9s") << QByteArray() << u"aînés"_s;
        QTest::newRow("unknown label, utf-8 bytes")
            << QByteArray("\xc3\xa9t\xc3\xa9") << QByteArray("x-unheard-of") << u"été"_s;
        QTest::newRow("unknown label, latin1 bytes")
            << QByteArray("\xe9t\xe9") << QByteArray("x-unheard-of") << u"été"_s;
        QTest::newRow("utf-8 mislabelled latin1 bytes")
            << QByteArray("\xe9t\xe9") << QByteArray("utf-8") << u"été"_s;
        QTest::newRow("quoted label") << QByteArray("\xc3\xa9") << QByteArray("\"UTF-8\"") << u"é"_s;
        QTest::newRow("iso-8859-15 euro") << QByteArray("\xa4") << QByteArray("iso-8859-15") << u"€"_s;
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r")
                                << u"Привет"_s;
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b\x8c\xea") << QByteArray("shift_jis")
                                   << u"日本語"_s;
        QTest::newRow("iso-2022-jp") << QByteArray("\x1b$BF|K\\8l\x1b(B") << QByteArray("iso-2022-jp")
                                     << u"日本語"_s;
        QTest::newRow("windows-1251")
            << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2") << QByteArray("windows-1251") << u"Привет"_s;
        QTest::newRow("utf-16le") << QByteArray("\xe9\x00t\x00", 4) << QByteArray("utf-16le") << u"ét"_s;
    }

    void charsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QFETCH(QString, text);
        QCOMPARE(
            charset.isEmpty() ? Charset::decodeUnlabelled(bytes) : Charset::decode(bytes, charset), text);
    }

    void unknownCharsetIsReported()
    {
        bool known = true;
        Charset::decode("abc", "x-unheard-of", &known);
        QVERIFY(!known);
        Charset::decode("abc", "windows-1250", &known);
        QVERIFY(known);
    }

    void invalidBytesNeverStopDecoding()
    {
        // A broken shift_jis byte is marked, the rest still comes through.
        const QString text = Charset::decode(QByteArray("ok \x81 fin"), "shift_jis");
        QVERIFY(text.startsWith(u"ok "));
        QVERIFY(text.endsWith(u"fin"));
    }

    void flowed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("output");
        QTest::newRow("soft breaks joined") << u"Une plateforme \nd'entraide \nsolidaire.\nFin."_s << false
                                            << u"Une plateforme d'entraide solidaire.\nFin."_s;
        QTest::newRow("delsp removes the space") << u"Lorem ips\num."_s << false << u"Lorem ips\num."_s;
        QTest::newRow("delsp=yes") << u"Télé \ntravail"_s << true << u"Télétravail"_s;
        QTest::newRow("quoted lines keep depth")
            << u"> a \n> b\n>> c \n>> d"_s << false << u"> a b\n>> c d"_s;
        QTest::newRow("signature separator kept")
            << u"Merci \n-- \nClaire"_s << false << u"Merci \n-- \nClaire"_s;
        QTest::newRow("space-stuffed line")
            << u" From here\nand there"_s << false << u"From here\nand there"_s;
        QTest::newRow("empty lines stay") << u"a\n\nb"_s << false << u"a\n\nb"_s;
    }

    void flowed()
    {
        QFETCH(QString, input);
        QFETCH(bool, delSp);
        QFETCH(QString, output);
        QCOMPARE(FlowedText::unflow(input, delSp), output);
    }

    void flowedInAMessage()
    {
        const QByteArray raw = "From: a@b.fr\r\nDate: Tue, 2 Feb 2021 10:13:58 +0100\r\nSubject: s\r\n"
                               "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n\r\n"
                               "T\xc3\xa9l\xc3\xa9 \r\ntravail des agents\r\n";
        const auto m = MailReader::read(raw);
        QVERIFY(m.has_value());
        QCOMPARE(m->text.trimmed(), u"Télétravail des agents"_s);
    }

    void html_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("named entities")
            << u"<p>&Agrave; Albi&nbsp;: caf&eacute; &amp; th&eacute; &ndash; ok</p>"_s
            << u"À Albi : café & thé – ok\n"_s;
        QTest::newRow("numeric entities") << u"l&#39;eau &#x2019; &#8364; &#150;"_s << u"l'eau ’ € –\n"_s;
        QTest::newRow("unknown entity kept") << u"a &bogus; b & c"_s << u"a &bogus; b & c\n"_s;
        QTest::newRow("br and paragraphs")
            << u"<p>Bonjour,</p><p>ligne 1<br>ligne 2</p>"_s << u"Bonjour,\n\nligne 1\nligne 2\n"_s;
        QTest::newRow("two br leave a blank line") << u"ligne 1<br><br>ligne 2"_s << u"ligne 1\n\nligne 2\n"_s;
        QTest::newRow("an empty div between paragraphs, as Outlook and Gmail write them")
            << u"<div>Bonjour,</div><div><br></div><div>Texte.</div>"_s << u"Bonjour,\n\nTexte.\n"_s;
        QTest::newRow("divs one after the other are lines")
            << u"<div>Claire Moreau</div><div>Ville de Saumur</div>"_s << u"Claire Moreau\nVille de Saumur\n"_s;
        QTest::newRow("a br ending a div is not a blank line")
            << u"<div>Claire Moreau<br></div><div>Ville de Saumur</div>"_s << u"Claire Moreau\nVille de Saumur\n"_s;
        QTest::newRow("list items") << u"<ul><li>3 médiateurs</li><li>600 appels</li></ul>"_s
                                    << u"- 3 médiateurs\n- 600 appels\n"_s;
        QTest::newRow("script and style dropped")
            << u"<style>p{color:red}</style>a<script>alert(1)</script>b"_s << u"ab\n"_s;
        QTest::newRow("head dropped")
            << u"<html><head><title>T</title><meta charset=utf-8></head><body>x</body></html>"_s << u"x\n"_s;
        QTest::newRow("whitespace collapsed") << u"<div>  a \n\n  b\t c </div>"_s << u"a b c\n"_s;
        QTest::newRow("comments dropped") << u"a<!-- hidden -->b<!-- unclosed"_s << u"ab\n"_s;
        QTest::newRow("attribute with >") << u"<a title=\"x > y\">lien</a>"_s << u"lien\n"_s;
        QTest::newRow("remote image ignored")
            << u"texte<img src=\"https://tracker.example/p.gif\">"_s << u"texte\n"_s;
        QTest::newRow("lone angle bracket") << u"1 < 2 and 3 > 2"_s << u"1 < 2 and 3 > 2\n"_s;
        QTest::newRow("table cells") << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s
                                     << u"a b\nc\n"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void html()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }
};

QTEST_GUILESS_MAIN(TestBodyText)
#include "tst_bodytext.moc"
