// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment names from hostile senders become names safe on every system.
#include "mail/mailreader.h"
#include "mail/safefilename.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSafeFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("ordinary") << u"Bilan entraide solidaire – Saumur.pdf"_s
                                  << u"Bilan entraide solidaire – Saumur.pdf"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
        QTest::newRow("windows traversal") << u"..\\..\\Windows\\system.ini"_s << u"_.._Windows_system.ini"_s;
        QTest::newRow("absolute path") << u"/etc/passwd"_s << u"_etc_passwd"_s;
        QTest::newRow("reserved CON.txt") << u"CON.txt"_s << u"_CON.txt"_s;
        QTest::newRow("reserved lower case") << u"nul"_s << u"_nul"_s;
        QTest::newRow("reserved COM1 with two extensions") << u"com1.tar.gz"_s << u"_com1.tar.gz"_s;
        QTest::newRow("reserved LPT9") << u"LPT9.doc"_s << u"_LPT9.doc"_s;
        QTest::newRow("not reserved CONSOLE") << u"console.txt"_s << u"console.txt"_s;
        QTest::newRow("control character") << u"a\x01"
                                              "b.txt"_s
                                           << u"ab.txt"_s;
        QTest::newRow("newline") << u"a\nb.txt"_s << u"a b.txt"_s;
        QTest::newRow("empty") << QString() << u"piece-jointe"_s;
        QTest::newRow("dot") << u"."_s << u"piece-jointe"_s;
        QTest::newRow("dot dot") << u".."_s << u"piece-jointe"_s;
        QTest::newRow("slashes only") << u"//\\\\"_s << u"piece-jointe"_s;
        QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("trailing dots and spaces") << u"rapport.pdf. . "_s << u"rapport.pdf"_s;
        QTest::newRow("windows forbidden punctuation")
            << u"a:b*c?d\"e<f>g|h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
        // U+202E makes "exe.pdf" display as "fdp.exe"; it must go.
        QTest::newRow("RTL override") << u"facture\u202Efdp.exe"_s << u"facturefdp.exe"_s;
        QTest::newRow("zero width") << u"a\u200Bb.txt"_s << u"ab.txt"_s;
        QTest::newRow("only an extension") << u".pdf"_s << u"pdf"_s;
        QTest::newRow("unicode kept")
            << u"Compte-rendu réunion 日本.odt"_s << u"Compte-rendu réunion 日本.odt"_s;
    }

    void safeName()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(MailReader::safeFileName(name), safe);
    }

    void longNamesKeepTheirExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("extension");
        QTest::newRow("ascii") << QString(500, u'a') + u".pdf"_s << u".pdf"_s;
        QTest::newRow("two-byte") << QString(300, u'é') + u".docx"_s << u".docx"_s;
        QTest::newRow("astral") << QString(u"😀"_s).repeated(120) + u".png"_s << u".png"_s;
        QTest::newRow("no extension") << QString(400, u'b') << QString();
    }

    void longNamesKeepTheirExtension()
    {
        QFETCH(QString, name);
        QFETCH(QString, extension);
        const QString safe = MailReader::safeFileName(name);
        QVERIFY(safe.toUtf8().size() <= SafeFileName::maxBytes);
        QVERIFY(safe.size() > 100);
        QVERIFY(safe.endsWith(extension));
        // Never a broken surrogate pair.
        QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
    }

    void fallbackUsesTheMimeType()
    {
        QCOMPARE(SafeFileName::make(QString(), u"application/pdf"_s), u"piece-jointe.pdf"_s);
        QCOMPARE(SafeFileName::make(u".."_s, u"image/png"_s), u"piece-jointe.png"_s);
        QCOMPARE(SafeFileName::make(QString(), u"application/x-unknown"_s), u"piece-jointe"_s);
    }

    void neverUnsafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("mixed") << u" ..\\../CON .txt. "_s;
        QTest::newRow("controls only") << u"\x01\x02\x7f"_s;
        QTest::newRow("aux with spaces") << u"aux .txt"_s;
    }

    void neverUnsafe()
    {
        QFETCH(QString, name);
        const QString safe = MailReader::safeFileName(name);
        QVERIFY(!safe.isEmpty());
        QVERIFY(!safe.contains(u'/') && !safe.contains(u'\\'));
        QVERIFY(!safe.startsWith(u'.') && !safe.endsWith(u'.') && !safe.endsWith(u' '));
        QVERIFY(safe != u".." && safe != u".");
        const QString base = safe.section(u'.', 0, 0).trimmed().toUpper();
        QVERIFY(base != u"CON" && base != u"AUX");
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
