// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's building blocks without a PDF: French text, masking, grouping, figures,
// pagination rules, and the PDF character-map fix.
#include "core/authoritydirectory.h"
#include "dossier/contactmasker.h"
#include "dossier/dossiergrouping.h"
#include "dossier/dossierstatistics.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/pagecomposer.h"
#include "dossier/pdfupdate.h"
#include "dossier/textblock.h"

#include <QtTest>

namespace {
const QChar Nbsp(0x00A0);
const QChar NarrowNbsp(0x202F);

DossierEntry entry(
    const QString &authority, const QString &theme, const QStringList &subtopics, const char *received)
{
    DossierEntry e;
    e.authority = AuthorityDirectory::official().find(authority);
    e.regionName = AuthorityDirectory::official().regionName(e.authority.region);
    e.departementName = AuthorityDirectory::official().departementName(e.authority.departement);
    e.contribution.authorityCode = authority;
    e.contribution.primaryTheme = theme;
    e.contribution.themes = { theme };
    e.contribution.subtopics = subtopics;
    e.contribution.receivedAt = QDateTime::fromString(QString::fromLatin1(received), Qt::ISODate);
    return e;
}

DossierData sampleData()
{
    DossierData d;
    d.campaign.opensOn = QDate(2020, 11, 1);
    d.campaign.closesOn = QDate(2021, 3, 20);
    d.themes = Taxonomy::defaultThemes();
    d.subtopics = Taxonomy::defaultSubtopics();
    d.entries = { entry(QStringLiteral("49328"), QStringLiteral("cohesion"),
                      { QStringLiteral("associations") }, "2021-02-02T09:00:00Z"),
        entry(QStringLiteral("97101"), QStringLiteral("organisation"), { QStringLiteral("continuite") },
            "2020-12-08T09:00:00Z"),
        entry(QStringLiteral("60057"), QStringLiteral("organisation"), { QStringLiteral("teletravail") },
            "2021-01-12T09:00:00Z"),
        entry(QStringLiteral("200071876"), QStringLiteral("organisation"),
            { QStringLiteral("cybersecurite") }, "2021-02-25T09:00:00Z"),
        entry(QStringLiteral("62119"), QStringLiteral("economie"), {}, "2021-03-20T20:30:00Z"),
        entry(QStringLiteral("49328"), QStringLiteral("organisation"), { QStringLiteral("teletravail") },
            "2021-03-01T09:00:00Z") };
    return d;
}
} // namespace

class TestDossierText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(DossierStyle::loadFonts()); }

    void prose_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colon") << QStringLiteral("Bilan : positif")
                               << QStringLiteral("Bilan") + Nbsp + QStringLiteral(": positif");
        QTest::newRow("semicolon") << QStringLiteral("courses ; pharmacie")
                                   << QStringLiteral("courses") + NarrowNbsp + QStringLiteral("; pharmacie");
        QTest::newRow("quotes") << QStringLiteral("le \"drive\" fermier")
                                << QStringLiteral("le «") + NarrowNbsp + QStringLiteral("drive") + NarrowNbsp
                + QStringLiteral("» fermier");
        QTest::newRow("thousands") << QStringLiteral("12 000 commandes")
                                   << QStringLiteral("12") + NarrowNbsp + QStringLiteral("000 commandes");
        QTest::newRow("millions") << QStringLiteral("1 250 000 euros")
                                  << QStringLiteral("1") + NarrowNbsp + QStringLiteral("250") + NarrowNbsp
                + QStringLiteral("000 euros");
        QTest::newRow("years are not thousands")
            << QStringLiteral("en 2020 300 agents") << QStringLiteral("en 2020 300 agents");
        QTest::newRow("apostrophe") << QStringLiteral("l'aide d'urgence")
                                    << QStringLiteral("l’aide d’urgence");
        QTest::newRow("url untouched")
            << QStringLiteral("https://ville.fr") << QStringLiteral("https://ville.fr");
    }

    void prose()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DossierText::prose(input), expected);
    }

    void datesAndNumbers()
    {
        QCOMPARE(DossierText::date(QDateTime(QDate(2021, 3, 20), QTime(22, 30), Qt::UTC)),
            QStringLiteral("20") + Nbsp + QStringLiteral("mars 2021")); // 23 h 30 in Paris
        QCOMPARE(DossierText::date(QDateTime(QDate(2021, 3, 20), QTime(23, 30), Qt::UTC)),
            QStringLiteral("21") + Nbsp + QStringLiteral("mars 2021")); // past midnight in Paris
        QCOMPARE(DossierText::inhabitants(26241),
            QStringLiteral("26") + NarrowNbsp + QStringLiteral("241 habitants"));
        QCOMPARE(DossierText::count(1, QStringLiteral("région"), QStringLiteral("régions")),
            QStringLiteral("1") + Nbsp + QStringLiteral("région"));
    }

    void paragraphs()
    {
        const QString wrapped =
            QStringLiteral("Dès le premier confinement, la Ville a ouvert une plateforme d'entraide\n"
                           "solidaire qui met en relation les habitants.\n\n"
                           "Claire Moreau\nChargée de mission\n\n"
                           "Nos actions :\n- courses\n- pharmacie");
        const QStringList p = DossierText::paragraphs(wrapped);
        QCOMPARE(p.size(), 3);
        QVERIFY(p.at(0).contains(QStringLiteral("d'entraide solidaire"))); // unwrapped
        QCOMPARE(p.at(1),
            QStringLiteral("Claire Moreau") + QChar::LineSeparator + QStringLiteral("Chargée de mission"));
        QVERIFY(p.at(2).contains(QChar::LineSeparator + QStringLiteral("- courses")));
    }

    void namesDoNotBreakAtHyphens()
    {
        const TextBlock::Style style { DossierStyle::sans(10), Qt::black, Qt::AlignLeft, 14, 0 };
        const QString plain = QStringLiteral("Contribution de Saint-Étienne-du-Rouvray");
        // A width where "…de Saint-Étienne-" fits but not the whole name.
        const qreal width =
            TextBlock::labelWidth(QStringLiteral("Contribution de Saint-Étienne-"), style.font) + 2;
        const TextBlock broken(plain, style, width);
        QCOMPARE(broken.lineCount(), 2);
        QVERIFY(broken.rangeRects(int(plain.indexOf(QStringLiteral("du-"))), 2).first().top() > 0);
        QVERIFY(broken.rangeRects(int(plain.indexOf(QStringLiteral("Saint"))), 5).first().top() == 0);
        const QString protectedName = QStringLiteral("Contribution de ")
            + DossierText::name(QStringLiteral("Saint-Étienne-du-Rouvray"));
        const TextBlock kept(protectedName, style, width);
        QCOMPARE(kept.lineCount(), 2);
        QVERIFY(kept.rangeRects(int(protectedName.indexOf(QStringLiteral("Saint"))), 5).first().top()
            > 0); // whole name on line 2
    }

    void masking_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString address = ContactMasker::maskedAddress();
        const QString phone = ContactMasker::maskedPhone();
        const QString name = ContactMasker::maskedName();
        QTest::newRow("address") << QStringLiteral("écrire à claire.moreau@ville-saumur.fr.")
                                 << QStringLiteral("écrire à ") + address + QLatin1Char('.');
        QTest::newRow("mailto") << QStringLiteral("<mailto:jean@mairie.fr>")
                                << QStringLiteral("<mailto:") + address + QLatin1Char('>');
        QTest::newRow("accented address") << QStringLiteral("hélène.dupré@ville.fr") << address;
        QTest::newRow("disguised") << QStringLiteral("jean [at] ville [dot] fr") << address;
        QTest::newRow("phone pairs") << QStringLiteral("Tél. : 02 41 83 30 00")
                                     << QStringLiteral("Tél. : ") + phone;
        QTest::newRow("phone dots") << QStringLiteral("06.12.34.56.78") << phone;
        QTest::newRow("phone international") << QStringLiteral("+33 6 12 34 56 78") << phone;
        QTest::newRow("not a phone") << QStringLiteral("12 000 habitants en 2021")
                                     << QStringLiteral("12 000 habitants en 2021");
        QTest::newRow("name") << QStringLiteral("Signé : Claire Moreau, chargée")
                              << QStringLiteral("Signé : ") + name + QStringLiteral(", chargée");
        QTest::newRow("name reversed, other case") << QStringLiteral("MOREAU Claire") << name;
        QTest::newRow("first name alone stays")
            << QStringLiteral("Claire a répondu") << QStringLiteral("Claire a répondu");
    }

    void masking()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const ContactMasker masker({ QStringLiteral("Claire Moreau") });
        QCOMPARE(masker.mask(input), expected);
        QVERIFY(!ContactMasker::containsEmailAddress(masker.mask(input)));
    }

    void maskingKeepsTheConsentingContact()
    {
        const ContactMasker masker(
            {}, { QStringLiteral("claire.moreau@ville-saumur.fr"), QStringLiteral("02 41 83 30 00") });
        QCOMPARE(
            masker.mask(QStringLiteral("Claire.Moreau@ville-saumur.fr ou autre@ville.fr, 02.41.83.30.00")),
            QStringLiteral("Claire.Moreau@ville-saumur.fr ou ") + ContactMasker::maskedAddress()
                + QStringLiteral(", 02.41.83.30.00"));
    }

    void groupingByTheme()
    {
        const DossierData data = sampleData();
        const QList<DossierGroup> groups = DossierGrouping::group(data, DossierOptions::Grouping::Theme);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).title, QStringLiteral("Organisation de la fonction publique territoriale"));
        QVERIFY(groups.at(0).startsPage);
        QStringList subs;
        for (const DossierGroup &g : groups.at(0).children)
            subs.append(g.title);
        QCOMPARE(subs,
            (QStringList { QStringLiteral("Cybersécurité"), QStringLiteral("Continuité des services publics"),
                QStringLiteral("Télétravail des agents") })); // the campaign's order
        QCOMPARE(groups.at(0).children.at(2).entries, (QList<int> { 2, 5 })); // Beauvais before Saumur
        QCOMPARE(groups.at(1).title, QStringLiteral("Soutien à l’économie locale"));
        QCOMPARE(groups.at(1).entries, QList<int> { 4 }); // no sub-topic: directly under the theme
    }

    void groupingByRegionAndAuthority()
    {
        const DossierData data = sampleData();
        const QList<DossierGroup> regions = DossierGrouping::group(data, DossierOptions::Grouping::Region);
        QStringList names;
        for (const DossierGroup &g : regions)
            names.append(g.title);
        QCOMPARE(names.last(), QStringLiteral("Guadeloupe")); // overseas after mainland
        QCOMPARE(names.first(),
            QStringLiteral("Hauts") + QChar(0x2011) + QStringLiteral("de") + QChar(0x2011)
                + QStringLiteral("France"));
        const QList<DossierGroup> authorities =
            DossierGrouping::group(data, DossierOptions::Grouping::Authority);
        QCOMPARE(authorities.size(), 5);
        QCOMPARE(authorities.first().title, QStringLiteral("Beauvais"));
        const auto saumur = std::find_if(authorities.cbegin(), authorities.cend(),
            [](const DossierGroup &g) { return g.title == QLatin1String("Saumur"); });
        QCOMPARE(saumur->entries, (QList<int> { 0, 5 })); // in order of receipt
    }

    void statistics()
    {
        const DossierStatistics s = DossierStatistics::compute(sampleData());
        QCOMPARE(s.contributions, 6);
        QCOMPARE(s.authorities, 5);
        QCOMPARE(s.communes, 4);
        QCOMPARE(s.intercommunalites, 1);
        QCOMPARE(s.perTheme.at(0).count, 4); // organisation
        QCOMPARE(s.receipts.last(), QDate(2021, 3, 20)); // 21 h 30 in Paris, not the next day
        const auto overseas = std::find_if(s.perRegion.cbegin(), s.perRegion.cend(),
            [](const DossierStatistics::Row &r) { return !r.caption.isEmpty(); });
        QVERIFY(overseas != s.perRegion.cend());
        QCOMPARE(overseas->caption, QStringLiteral("Outre-mer"));
        QCOMPARE(s.perRegion.size(), 18); // every région, zero or not
        int banded = 0;
        for (const DossierStatistics::Band &b : s.perBand)
            banded += b.communes + b.intercommunalites;
        QCOMPARE(banded, 5);
    }

    void noWidowsNoOrphans()
    {
        std::vector<DossierPage> pages;
        PageComposer composer(&pages);
        const TextBlock::Style style { DossierStyle::serif(10), Qt::black, Qt::AlignLeft, 14, 0 };
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("Une phrase assez longue pour remplir une partie de la ligne. ");
        const auto block = PageComposer::text(text, style, composer.width());
        QVERIFY(block->lineCount() > 6);
        // Leave room for exactly one line: the paragraph must start on the next page.
        composer.moveTo(composer.frame().bottom() - 14.5);
        composer.addItem(std::make_unique<ShapeItemProbe>());
        composer.addText(block);
        QCOMPARE(int(pages.size()), 2);
        QCOMPARE(int(pages.at(0).items.size()), 1);
    }

    void longUnbrokenWordsLayOutInLinearTime_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("repeat");
        QTest::newRow("one letter") << QStringLiteral("A") << (1 << 20);
        QTest::newRow("accented letter") << QStringLiteral("é") << (1 << 19);
        QTest::newRow("letter and combining accent") << QStringLiteral("e\u0301") << (1 << 18);
        QTest::newRow("emoji (surrogate pairs)") << QStringLiteral("👩") << (1 << 18);
        QTest::newRow("address-like") << QStringLiteral("x.") << (1 << 19);
    }

    void longUnbrokenWordsLayOutInLinearTime()
    {
        // A Subject of one megabyte of « A » took a minute: Qt looked for a word boundary to the
        // end of the word for each line. Now it is cut into lines at once, and nothing is lost.
        QFETCH(QString, word);
        QFETCH(int, repeat);
        const QString text = QStringLiteral("Début ") + word.repeated(repeat) + QStringLiteral(" fin");
        const TextBlock::Style style { DossierStyle::serif(10), Qt::black, Qt::AlignJustify, 14, 0 };
        QElapsedTimer clock;
        clock.start();
        const TextBlock block(text, style, 300);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(block.lineCount() > 100);
        QVERIFY(block.naturalWidth() <= 300.5);
        // Formats and link areas keep their places in the original text.
        const QList<QRectF> end = block.rangeRects(int(text.size()) - 3, 3);
        QCOMPARE(end.size(), 1);
        QCOMPARE(end.first().top(), (block.lineCount() - 1) * 14.0);
    }

    void shortWordsAreNotCut()
    {
        const TextBlock::Style style { DossierStyle::serif(10), Qt::black, Qt::AlignLeft, 14, 0 };
        const QString url = QStringLiteral("https://www.mairie-exemple.fr/actualites/2021/teletravail");
        const TextBlock block(QStringLiteral("Voir ") + url, style, 1000);
        QCOMPARE(block.lineCount(), 1);
        QCOMPARE(block.rangeRects(5, int(url.size())).size(), 1);
    }

    void toUnicodeFix()
    {
        const QByteArray cmap =
            "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0009> <2011> <0061> ]\nendbfrange\n"
            "1 beginbfchar\n<0009> <2011>\nendbfchar\n";
        const QByteArray fixed = PdfUpdate::fixedToUnicode(cmap);
        QVERIFY(fixed.contains("<0001> <0003> [<0020> <002D> <0061> ]"));
        QVERIFY(fixed.contains("<0009> <002D>")); // the glyph code 0009 is kept, the character fixed
    }

private:
    struct ShapeItemProbe : PageItem
    {
        void paint(QPainter *) const override { }
    };
};

QTEST_MAIN(TestDossierText)
#include "tst_dossiertext.moc"
