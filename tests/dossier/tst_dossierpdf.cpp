// SPDX-License-Identifier: GPL-3.0-or-later
// Builds dossiers from a real SQLite file and reads the PDFs back with Poppler.
#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossierpdfwriter.h"
#include "dossier/dossierrenderer.h"
#include "dossiertestdata.h"
#include "pdfprobe.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QPrinter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QtTest>

using TestSupport::TempDatabase;

namespace {

const QRegularExpression emailPattern(QStringLiteral(R"([\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.\w{2,})"),
    QRegularExpression::UseUnicodePropertiesOption);

// A table of contents line as printed: its title and the page number at the end of the line.
struct TocLine
{
    QString title;
    int page = 0;
    int onPage = 0;
    qreal y = 0; // centre of the line, points
};

} // namespace

class TestDossierPdf : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_store;
    DossierTestData::Known m_known;
    QTemporaryDir m_dir;
    int m_files = 0;

    // Loads, lays out and writes a dossier; returns the PDF's path ("" on failure).
    QString render(const DossierOptions &options, int *pageCount = nullptr, DossierInfo *info = nullptr)
    {
        DossierData data;
        QString error;
        if (!DossierLoader(*m_store->db).load(options, &data, &error)) {
            qWarning() << error;
            return {};
        }
        const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
        if (!layout)
            return {};
        const QString path = m_dir.filePath(QStringLiteral("dossier-%1.pdf").arg(++m_files));
        if (!DossierPdfWriter(*layout).write(path, &error)) {
            qWarning() << error;
            return {};
        }
        if (pageCount)
            *pageCount = layout->pageCount();
        if (info)
            *info = layout->info;
        return path;
    }

    static DossierOptions grouped(const QString &code)
    {
        DossierOptions options;
        DossierOptions::groupingFromCode(code, &options.grouping);
        options.editionDate = QDate(2021, 6, 3);
        return options;
    }

    static int pageWithHeading(const PdfProbe &pdf, const QString &heading)
    {
        for (int p = 1; p <= pdf.pageCount(); ++p) {
            const auto lines = pdf.lines(p);
            for (const auto &line : lines)
                if (line.size() == 1 && line.first().text == heading && line.first().box.top() < 140)
                    return p;
        }
        return -1;
    }

    // The table of contents, read from the pages between "Sommaire" and the next part.
    static QList<TocLine> readContents(const PdfProbe &pdf)
    {
        QList<TocLine> entries;
        const int first = pageWithHeading(pdf, QStringLiteral("Sommaire"));
        if (first < 0)
            return entries;
        QString pending;
        for (int p = first; p <= pdf.pageCount(); ++p) {
            if (p > first && !pdf.pageText(p).contains(QLatin1String("Sommaire")))
                break; // the running header says which part a page belongs to
            for (const auto &line : pdf.lines(p)) {
                const qreal y = line.first().box.center().y();
                if (y < 60 || y > 790 || (line.size() == 1 && line.first().text == QLatin1String("Sommaire")))
                    continue; // running header, footer, heading
                bool isNumber = false;
                const int number = line.last().text.toInt(&isNumber);
                if (line.size() >= 2 && isNumber) {
                    QStringList parts;
                    for (int i = 0; i + 1 < line.size(); ++i)
                        parts.append(line.at(i).text);
                    entries.append(
                        { PdfProbe::simplified(pending + QLatin1Char(' ') + parts.join(QLatin1Char(' '))),
                            number, p, y });
                    pending.clear();
                } else {
                    pending += QLatin1Char(' ') + line.first().text; // a title wrapped onto two lines
                }
            }
        }
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<TempDatabase>();
        QString error;
        DossierTestData::Spec spec;
        spec.count = 40;
        spec.minChars = 600;
        spec.maxChars = 3500;
        QVERIFY2(DossierTestData::generate(*m_store->db, spec, &error), qPrintable(error));
        QVERIFY2(DossierTestData::addKnown(*m_store->db, &m_known, &error), qPrintable(error));
    }

    void pageCountAndFooter()
    {
        int pages = 0;
        const QString path = render(grouped(QStringLiteral("theme")), &pages);
        QVERIFY(!path.isEmpty());
        const PdfProbe pdf(path);
        QVERIFY(pdf.isValid());
        QCOMPARE(pdf.pageCount(), pages);
        QVERIFY(pages > 10);
        QVERIFY(!pdf.pageText(1).contains(QLatin1String("page 1 /"))); // the cover has no footer
        for (int p : { 2, pages / 2, pages })
            QVERIFY2(
                pdf.pageText(p).contains(DossierRenderer::footerText(p, pages)), qPrintable(pdf.pageText(p)));
    }

    void tableOfContents_data()
    {
        QTest::addColumn<QString>("grouping");
        QTest::addColumn<QStringList>("parts"); // level-1 entries expected, in order
        QTest::newRow("theme") << QStringLiteral("theme")
                               << QStringList { QStringLiteral("Synthèse"),
                                      QStringLiteral("Organisation de la fonction publique territoriale"),
                                      QStringLiteral("Soutien à l’économie locale"),
                                      QStringLiteral("Cohésion sociale"),
                                      QStringLiteral("Index des collectivités") };
        QTest::newRow("authority") << QStringLiteral("authority")
                                   << QStringList { QStringLiteral("Synthèse"), QStringLiteral("Les Abymes"),
                                          QStringLiteral("Saumur"),
                                          QStringLiteral("CA Saumur Val de Loire") };
        QTest::newRow("region") << QStringLiteral("region")
                                << QStringList { QStringLiteral("Synthèse"),
                                       QStringLiteral("Pays de la Loire"),
                                       QStringLiteral("Maine-et-Loire (49)"), QStringLiteral("Guadeloupe") };
    }

    void tableOfContents()
    {
        QFETCH(QString, grouping);
        QFETCH(QStringList, parts);
        const QString path = render(grouped(grouping));
        const PdfProbe pdf(path);
        const QList<TocLine> toc = readContents(pdf);
        // Every heading of the dossier is listed (the bookmarks hold the same headings, plus "Sommaire").
        QCOMPARE(toc.size(), pdf.bookmarks().size() - 1);
        for (int i = 0; i < parts.size(); ++i)
            QVERIFY2(std::any_of(
                         toc.cbegin(), toc.cend(), [&](const TocLine &l) { return l.title == parts.at(i); }),
                qPrintable(parts.at(i)));
        int previous = 0;
        for (const TocLine &line : toc) {
            QVERIFY2(line.page > 0 && line.page <= pdf.pageCount(), qPrintable(line.title));
            QVERIFY2(pdf.pageText(line.page).contains(line.title),
                qPrintable(QStringLiteral("“%1” is not on page %2").arg(line.title).arg(line.page)));
            QVERIFY2(line.page >= previous, qPrintable(line.title)); // in reading order
            previous = line.page;
        }
        // The index is the last part and the region grouping puts overseas after mainland France.
        QCOMPARE(toc.last().title, QStringLiteral("Index des collectivités"));
        if (grouping == QLatin1String("region")) {
            const auto at = [&](const QString &t) {
                return std::find_if(toc.cbegin(), toc.cend(), [&](const TocLine &l) { return l.title == t; })
                    - toc.cbegin();
            };
            QVERIFY(at(QStringLiteral("Pays de la Loire")) < at(QStringLiteral("Guadeloupe")));
        }
    }

    void tableOfContentsLinks()
    {
        const PdfProbe pdf(render(grouped(QStringLiteral("theme"))));
        const QList<TocLine> toc = readContents(pdf);
        QVERIFY(!toc.isEmpty());
        int checked = 0;
        for (const TocLine &line : toc) {
            const QList<PdfProbe::Link> links = pdf.links(line.onPage);
            const qreal y = line.y / 842.0;
            const auto link = std::find_if(links.cbegin(), links.cend(),
                [&](const PdfProbe::Link &l) { return l.area.top() <= y && y <= l.area.bottom(); });
            QVERIFY2(link != links.cend(), qPrintable(line.title));
            QCOMPARE(link->targetPage, line.page);
            ++checked;
        }
        QCOMPARE(checked, toc.size());
    }

    void bookmarks()
    {
        const PdfProbe pdf(render(grouped(QStringLiteral("theme"))));
        const QList<PdfProbe::Bookmark> marks = pdf.bookmarks();
        QVERIFY(marks.size() > 40);
        QStringList top;
        for (const PdfProbe::Bookmark &b : marks) {
            if (b.level == 1)
                top.append(b.title);
            QVERIFY2(b.page >= 1 && pdf.pageText(b.page).contains(b.title),
                qPrintable(QStringLiteral("bookmark “%1” → page %2").arg(b.title).arg(b.page)));
        }
        QCOMPARE(top,
            (QStringList { QStringLiteral("Sommaire"), QStringLiteral("Synthèse"),
                QStringLiteral("Organisation de la fonction publique territoriale"),
                QStringLiteral("Soutien à l’économie locale"), QStringLiteral("Cohésion sociale"),
                QStringLiteral("Index des collectivités") }));
        // Theme → sub-topic → contribution.
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const PdfProbe::Bookmark &b) {
            return b.level == 2 && b.title == QStringLiteral("Cybersécurité");
        }));
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const PdfProbe::Bookmark &b) {
            return b.level == 3 && b.title == QStringLiteral("Continuité des services publics aux Abymes");
        }));
    }

    void index_data()
    {
        QTest::addColumn<QString>("grouping");
        QTest::newRow("theme") << QStringLiteral("theme");
        QTest::newRow("authority") << QStringLiteral("authority");
        QTest::newRow("region") << QStringLiteral("region");
    }

    void index()
    {
        QFETCH(QString, grouping);
        const PdfProbe pdf(render(grouped(grouping)));
        const int first = pageWithHeading(pdf, QStringLiteral("Index des collectivités"));
        QVERIFY(first > 0);
        static const QRegularExpression entryPattern(QStringLiteral(R"(^(.+) \((\w{2,3})\) ([\d, ]+)$)"));
        int entries = 0;
        for (int p = first; p <= pdf.pageCount(); ++p) {
            // Column by column: the left one first, then the right one.
            QList<QString> columns[2];
            for (const auto &line : pdf.lines(p)) {
                const qreal y = line.first().box.center().y();
                if (y < 60 || y > 790)
                    continue;
                for (const PdfProbe::Segment &s : line)
                    columns[s.box.left() < 300 ? 0 : 1].append(s.text);
            }
            for (const QStringList &column : columns) {
                QString pending;
                for (const QString &text : column) {
                    const QString candidate = pending.isEmpty() ? text : pending + QLatin1Char(' ') + text;
                    const QRegularExpressionMatch m = entryPattern.match(candidate);
                    if (!m.hasMatch()) {
                        // A letter heading, the title, or a name wrapped before its numbers.
                        const bool heading = text.size() == 1
                            || text == QStringLiteral("Index des collectivités")
                            || text.startsWith(QStringLiteral("Les numéros renvoient"));
                        pending = heading ? QString() : candidate;
                        continue;
                    }
                    pending.clear();
                    const QString name = m.captured(1);
                    QSet<int> listed;
                    for (const QString &n : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                        listed.insert(n.trimmed().toInt());
                    // The pages where this authority's contributions start: its line "Name · commune…".
                    QSet<int> expected;
                    const QRegularExpression who(QStringLiteral("(^|\\s)") + QRegularExpression::escape(name)
                        + QStringLiteral(" · (commune|intercommunalité) · "));
                    for (int body = 3; body < first; ++body)
                        if (who.match(pdf.pageText(body)).hasMatch())
                            expected.insert(body);
                    QCOMPARE(listed, expected);
                    ++entries;
                }
            }
        }
        QVERIFY(entries >= 10);
    }

    void contributionContent()
    {
        const PdfProbe pdf(render(grouped(QStringLiteral("theme"))));
        const QString all = pdf.allText();
        QVERIFY(all.contains(QString::fromUtf8(DossierTestData::knownTextPhrase)));
        QVERIFY(all.contains(QStringLiteral("Difficultés rencontrées")));
        QVERIFY(all.contains(QStringLiteral("Pièce jointe : Bilan entraide solidaire – Saumur.pdf")));
        QVERIFY(all.contains(QStringLiteral("Saumur · commune · Maine-et-Loire (49) · 26 241 habitants")));
        QVERIFY(all.contains(QStringLiteral("CA Saumur Val de Loire · intercommunalité")));
        QVERIFY(all.contains(QStringLiteral("Sous-thèmes : Mobilisation des associations")));
        QVERIFY(all.contains(QStringLiteral("Mots-clés : entraide")));
        // Text is copied as typed: no "ﬁ" ligature characters.
        QVERIFY(!all.contains(QChar(0xFB01)));
        QVERIFY(!all.contains(QString::fromUtf8(DossierTestData::receivedOnlyTitle)));
    }

    void selection_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("themes");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString received = QString::fromUtf8(DossierTestData::receivedOnlyTitle);
        QTest::newRow("validated by default")
            << QStringList { QStringLiteral("validated") } << QStringList {}
            << QStringList { QStringLiteral("Un marché de producteurs en ligne") }
            << QStringList { received };
        QTest::newRow("received only")
            << QStringList { QStringLiteral("received") } << QStringList {} << QStringList { received }
            << QStringList { QStringLiteral("Continuité des services publics aux Abymes") };
        QTest::newRow("economy only")
            << QStringList { QStringLiteral("validated") } << QStringList { QStringLiteral("economie") }
            << QStringList { QStringLiteral("Un marché de producteurs en ligne") }
            << QStringList { QStringLiteral("Continuité des services publics aux Abymes") };
    }

    void selection()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, themes);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        DossierOptions options = grouped(QStringLiteral("theme"));
        options.statuses = statuses;
        options.themes = themes;
        const PdfProbe pdf(render(options));
        const QString all = pdf.allText();
        for (const QString &t : present)
            QVERIFY2(all.contains(t), qPrintable(t));
        for (const QString &t : absent)
            QVERIFY2(!all.contains(t), qPrintable(t));
    }

    void privacyByDefault()
    {
        const PdfProbe pdf(render(grouped(QStringLiteral("theme"))));
        const QString all = pdf.allText();
        const QRegularExpressionMatch found = emailPattern.match(all);
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));
        QVERIFY(!all.contains(QString::fromUtf8(DossierTestData::consentingName)));
        QVERIFY(!all.contains(QString::fromUtf8(DossierTestData::refusingName)));
        QVERIFY(!all.contains(QStringLiteral("03 44 79 40 00")));
        QVERIFY(all.contains(QStringLiteral("[adresse masquée]")));
        QVERIFY(all.contains(QStringLiteral("[téléphone masqué]")));
        for (const PdfProbe::Bookmark &b : pdf.bookmarks())
            QVERIFY(!b.title.contains(QLatin1Char('@')));
        QVERIFY(!pdf.metadata().contains(QLatin1Char('@')));
    }

    void privacyWithContacts()
    {
        DossierOptions options = grouped(QStringLiteral("theme"));
        options.includeContacts = true;
        const PdfProbe pdf(render(options));
        const QString all = pdf.allText();
        QVERIFY(all.contains(QStringLiteral("Contact : Claire Moreau, Chargée de mission")));
        QVERIFY(all.contains(QString::fromUtf8(DossierTestData::consentingEmail)));
        QVERIFY(!all.contains(QString::fromUtf8(DossierTestData::refusingName)));
        QVERIFY(!all.contains(QString::fromUtf8(DossierTestData::refusingEmail)));
        // Every address printed is the address of a contact who consented.
        QSet<QString> consented;
        QSqlQuery q(m_store->db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT ct.email FROM contribution c JOIN contact ct ON ct.id = c.contact_id "
                           "WHERE c.consent_name = 1")));
        while (q.next())
            consented.insert(q.value(0).toString());
        QRegularExpressionMatchIterator it = emailPattern.globalMatch(all);
        int printed = 0;
        while (it.hasNext()) {
            const QString address = it.next().captured();
            QVERIFY2(consented.contains(address), qPrintable(address));
            ++printed;
        }
        QVERIFY(printed >= 2);
    }

    void metadataIsPdfA()
    {
        DossierInfo info;
        const PdfProbe pdf(render(grouped(QStringLiteral("theme")), nullptr, &info));
        QXmlStreamReader xmp(pdf.metadata());
        QString part;
        QString conformance;
        while (!xmp.atEnd()) {
            xmp.readNext();
            if (!xmp.isStartElement())
                continue;
            if (xmp.namespaceUri() == QLatin1String("http://www.aiim.org/pdfa/ns/id/")) {
                if (xmp.name() == QLatin1String("part"))
                    part = xmp.readElementText();
                else if (xmp.name() == QLatin1String("conformance"))
                    conformance = xmp.readElementText();
            }
            for (const QXmlStreamAttribute &a : xmp.attributes()) {
                if (a.namespaceUri() == QLatin1String("http://www.aiim.org/pdfa/ns/id/")
                    && a.name() == QLatin1String("part"))
                    part = a.value().toString();
                if (a.namespaceUri() == QLatin1String("http://www.aiim.org/pdfa/ns/id/")
                    && a.name() == QLatin1String("conformance"))
                    conformance = a.value().toString();
            }
        }
        QVERIFY2(!xmp.hasError(), qPrintable(xmp.errorString()));
        QCOMPARE(part, QStringLiteral("1"));
        QCOMPARE(conformance, QStringLiteral("B"));
        QCOMPARE(pdf.info(QStringLiteral("Title")), info.title);
        QVERIFY(info.title.startsWith(QStringLiteral("Gestion de crise avec le numérique")));
        QCOMPARE(pdf.info(QStringLiteral("Author")), QStringLiteral("Villes de France et Villes Internet"));
        QVERIFY(pdf.info(QStringLiteral("Subject")).contains(QStringLiteral("contributions validées")));
        QVERIFY(pdf.info(QStringLiteral("Keywords")).contains(QStringLiteral("Cohésion sociale")));
        QVERIFY(pdf.info(QStringLiteral("Creator")).startsWith(QStringLiteral("Recueil")));
        // The XMP says the same as the document properties, as PDF/A requires.
        QVERIFY(pdf.metadata().contains(info.title.toHtmlEscaped()));
        QVERIFY(pdf.metadata().contains(QStringLiteral("Villes de France et Villes Internet")));
    }

    void fontsEmbedded()
    {
        const PdfProbe pdf(render(grouped(QStringLiteral("theme"))));
        const QList<PdfProbe::Font> fonts = pdf.fonts();
        QVERIFY(fonts.size() >= 3);
        for (const PdfProbe::Font &f : fonts) {
            QVERIFY2(f.embedded, qPrintable(f.name));
            QVERIFY2(f.name.contains(QLatin1String("Noto")), qPrintable(f.name));
        }
    }

    void typography_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << QStringLiteral("Reçue le 20 mars 2021 par courriel");
        QTest::newRow("first of the month")
            << QStringLiteral("Appel ouvert du 1\u1D49\u02B3 novembre 2020 au 20 mars 2021");
        QTest::newRow("edition date") << QStringLiteral("Édition du 3 juin 2021");
        QTest::newRow("population") << QStringLiteral(
            "Béthune · commune · Pas-de-Calais (62) · 25 224 habitants");
        QTest::newRow("thousands in the text") << QStringLiteral("12 000 commandes");
        QTest::newRow("guillemets from straight quotes")
            << QStringLiteral("Plateforme d’entraide solidaire : « Saumur solidaire »");
        QTest::newRow("colon") << QStringLiteral("Télétravail des agents : ce que nous avons appris");
        QTest::newRow("semicolon") << QStringLiteral("adresse e-mail ; nous avons");
    }

    void typography()
    {
        QFETCH(QString, text);
        static const QString all = PdfProbe(render(grouped(QStringLiteral("theme")))).allText();
        QVERIFY2(all.contains(text), qPrintable(text));
    }

    void narrowSpaces_data()
    {
        // Poppler turns every kind of space into " ": measure the gaps instead. A narrow no-break
        // space is about a third narrower than a word space.
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("nextWord"); // a plain space follows `right`, for comparison
        QTest::newRow("thousands (population)")
            << QStringLiteral("25") << QStringLiteral("224") << QStringLiteral("habitants");
        QTest::newRow("thousands (text)")
            << QStringLiteral("12") << QStringLiteral("000") << QStringLiteral("commandes");
        QTest::newRow("opening guillemet")
            << QStringLiteral("«") << QStringLiteral("drive") << QStringLiteral("fermier");
    }

    void narrowSpaces()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, nextWord);
        static const QString path = render(grouped(QStringLiteral("theme")));
        const PdfProbe pdf(path);
        bool found = false;
        for (int p = 3; p <= pdf.pageCount() && !found; ++p) {
            const qreal narrow = pdf.gapBetween(p, left, right);
            const qreal word = pdf.gapBetween(p, right, nextWord);
            if (narrow < 0 || word < 0)
                continue;
            found = true;
            QVERIFY2(narrow > 0.5 && narrow < word * 0.8,
                qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(word)));
        }
        QVERIFY(found);
    }

    void chartsAreVectors()
    {
        const QString path = render(grouped(QStringLiteral("theme")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("/Subtype /Image") && !bytes.contains("/Subtype/Image"));
        const PdfProbe pdf(path);
        const int synthesis = pageWithHeading(pdf, QStringLiteral("Synthèse"));
        QVERIFY(synthesis > 0);
        QString charts;
        for (int p = synthesis; p < synthesis + 4; ++p)
            charts += pdf.pageText(p);
        for (const char *label :
            { "Contributions par thème principal", "Réception des contributions", "clôture le 20 mars 2021",
                "Sous-thèmes abordés", "Cybersécurité", "Contributions par région", "OUTRE-MER", "Guadeloupe",
                "Intercommunalités", "50 000 à 100 000" })
            QVERIFY2(charts.contains(QString::fromUtf8(label)), label);
    }

    void withoutSynthesis()
    {
        DossierOptions options = grouped(QStringLiteral("theme"));
        options.includeSynthesis = false;
        const PdfProbe pdf(render(options));
        QCOMPARE(pageWithHeading(pdf, QStringLiteral("Synthèse")), -1);
        QVERIFY(pdf.allText().contains(QString::fromUtf8(DossierTestData::knownTextPhrase)));
    }

    void printerOnWorkerThread_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter, scaled to fit") << int(QPageSize::Letter);
    }

    void printerOnWorkerThread()
    {
        // The path the dialog's Imprimer button takes: the same layout painted on a QPrinter
        // from a worker thread (here a PDF printer, so that it can be read back).
        QFETCH(int, paper);
        DossierData data;
        QString error;
        const DossierOptions options = grouped(QStringLiteral("authority"));
        QVERIFY(DossierLoader(*m_store->db).load(options, &data, &error));
        const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
        QVERIFY(layout);
        const QString path = m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(paper));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::PageSizeId(paper)));
        bool printed = false;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { printed = DossierRenderer(*layout).render(&printer, 2, 4); }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY(printed);
        const PdfProbe pdf(path);
        QCOMPARE(pdf.pageCount(), 3); // pages 2 to 4
        QVERIFY(pdf.pageText(1).contains(DossierRenderer::footerText(2, layout->pageCount())));
        QVERIFY(pdf.pageText(1).contains(QStringLiteral("Sommaire")));
    }

    void progressAndCancel()
    {
        DossierData data;
        QString error;
        const DossierOptions options = grouped(QStringLiteral("theme"));
        QVERIFY(DossierLoader(*m_store->db).load(options, &data, &error));
        std::atomic_bool cancel = false;
        QList<std::pair<int, int>> calls;
        DossierBuilder builder(data, options);
        builder.setProgressCallback([&](int done, int total) { calls.append({ done, total }); });
        builder.setCancelFlag(&cancel);
        const std::optional<DossierLayout> layout = builder.build();
        QVERIFY(layout);
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), std::make_pair(int(data.entries.size()), int(data.entries.size())));

        // Cancelled while painting: no file is left behind.
        DossierPdfWriter writer(*layout);
        writer.setCancelFlag(&cancel);
        writer.setProgressCallback([&](int done, int) {
            if (done == 3)
                cancel = true;
        });
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(!writer.write(path, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!error.isEmpty());

        // Cancelled while laying out.
        cancel = true;
        QVERIFY(!builder.build());
    }
};

QTEST_MAIN(TestDossierPdf)
#include "tst_dossierpdf.moc"
