// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/odtdossierwriter.h"

#include "core/frenchtext.h"
#include "core/zipwriter.h"
#include "dossier/barchart.h"
#include "dossier/bodysection.h"
#include "dossier/columnchart.h"
#include "dossier/coversection.h"
#include "dossier/dossiergrouping.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/synthesissection.h"
#include "dossier/timelinechart.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace {

QString x(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return out;
}

// The line breaks DossierText::paragraphs kept (U+2028) become Writer's line breaks.
QString paragraph(const QString &style, const QString &text)
{
    return QStringLiteral("<text:p text:style-name=\"%1\">%2</text:p>")
        .arg(style, x(text).replace(QChar::LineSeparator, QStringLiteral("<text:line-break/>")));
}

QString heading(int level, const QString &text, bool newPage = false)
{
    return QStringLiteral("<text:h text:style-name=\"%1\" text:outline-level=\"%2\">%3</text:h>")
        .arg(newPage ? QStringLiteral("Heading_20_1_20_page") : QStringLiteral("Heading_20_%1").arg(qMin(level, 6)))
        .arg(level)
        .arg(x(text));
}

constexpr qreal chartWidth = 460; // points, as on the PDF's page

struct Chart
{
    QString title;
    QString note;
    QString file; // Pictures/…
    QByteArray png;
    qreal height = 0; // points
    QList<std::pair<QString, int>> figures; // label, count: the table beside it
};

QByteArray paint(const PageItem &item, qreal height)
{
    constexpr qreal scale = 300.0 / 72; // 300 dpi
    QImage image(QSize(qCeil(chartWidth * scale), qCeil(height * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        item.paint(&painter);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString cm(qreal points)
{
    return QString::number(points / 72 * 2.54, 'f', 2) + QStringLiteral("cm");
}

const char *const Styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:font-face-decls>
<style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Noto Serif" fo:font-size="11pt" fo:language="fr" fo:country="FR" fo:hyphenate="true"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%" fo:text-align="justify"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="Noto Sans" fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f3b63"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="1cm"/><style:text-properties fo:font-size="15pt" fo:font-style="italic"/></style:style>
<style:style style:name="Cover" style:display-name="Cover" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Noto Sans" fo:font-size="11pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Noto Sans" fo:font-weight="bold" fo:color="#1f3b63"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="20pt"/></style:style>
<style:style style:name="Heading_20_1_20_page" style:display-name="Heading 1, new page" style:family="paragraph" style:parent-style-name="Heading_20_1" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="16pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="Heading_20_4" style:display-name="Heading 4" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="4" style:class="text"><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Heading_20_5" style:display-name="Heading 5" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="5" style:class="text"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Heading_20_6" style:display-name="Heading 6" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="6" style:class="text"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="Facts" style:display-name="Contribution facts" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Noto Sans" fo:font-size="8.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Difficulties_20_heading" style:display-name="Difficulties heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Noto Sans" fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#1f3b63"/></style:style>
<style:style style:name="Difficulties" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="0.4cm"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties style:font-name="Noto Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:text-properties fo:font-size="16pt"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>
<style:style style:name="Contents_20_3" style:display-name="Contents 3" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
</office:document-styles>
)";

} // namespace

OdtDossierWriter::OdtDossierWriter(const DossierData &data, const DossierOptions &options)
    : m_data(data)
    , m_options(options)
{ }

QByteArray OdtDossierWriter::document() const
{
    QString body;
    // The title page.
    body += paragraph(QStringLiteral("Title"), DossierText::prose(m_data.campaign.name));
    body += paragraph(QStringLiteral("Subtitle"), DossierText::prose(CoverSection::subtitle(m_data.campaign)));
    body += paragraph(QStringLiteral("Cover"), DossierText::prose(m_data.campaign.organisers));
    body += paragraph(QStringLiteral("Cover"), m_data.selectionLabel);
    if (!m_data.campaign.coverNote.trimmed().isEmpty())
        body += paragraph(QStringLiteral("Cover"), DossierText::prose(m_data.campaign.coverNote.trimmed()));
    body += paragraph(QStringLiteral("Cover"),
        QStringLiteral("Édition du ") + FrenchText::longDate(m_options.editionDate, FrenchText::Ordinal::Raised));

    // The parts, planned first: the table of contents lists them before they come.
    struct Heading
    {
        int level;
        QString text;
    };
    QList<Heading> outline;
    QString parts;
    const auto addEntry = [&](int index, int level) {
        const DossierEntry &e = m_data.entries.at(index);
        const Contribution &c = e.contribution;
        const ContactMasker masker = BodySection::masker(e, m_options);
        const QString title = BodySection::title(e, m_options);
        outline.append({ level, title });
        parts += heading(level, title);
        parts += paragraph(QStringLiteral("Facts"), BodySection::whoPhrase(e));
        parts += paragraph(QStringLiteral("Facts"), BodySection::receivedPhrase(c, m_data.campaign.timeZone));
        QStringList themes;
        for (const QString &code : c.themes)
            for (const Theme &t : m_data.themes)
                if (t.code == code)
                    themes << t.frenchLabel;
        if (!themes.isEmpty())
            parts += paragraph(QStringLiteral("Facts"),
                (themes.size() > 1 ? QStringLiteral("Thèmes\u00A0: ") : QStringLiteral("Thème\u00A0: "))
                    + themes.join(QStringLiteral(", ")));
        QStringList subtopics;
        for (const QString &code : c.subtopics)
            for (const Subtopic &s : m_data.subtopics)
                if (s.code == code)
                    subtopics << s.frenchLabel;
        if (!subtopics.isEmpty())
            parts += paragraph(QStringLiteral("Facts"), QStringLiteral("Sous-thèmes\u00A0: ") + subtopics.join(QStringLiteral(", ")));
        if (BodySection::printsContact(e, m_options))
            parts += paragraph(QStringLiteral("Facts"), QStringLiteral("Contact\u00A0: ") + BodySection::contactPhrase(c.contact));
        for (const QString &p : DossierText::paragraphs(masker.mask(c.text)))
            parts += paragraph(QStringLiteral("Text_20_body"), DossierText::prose(p));
        const QStringList difficulties = DossierText::paragraphs(masker.mask(c.difficulties));
        if (!difficulties.isEmpty()) {
            parts += paragraph(QStringLiteral("Difficulties_20_heading"), QStringLiteral("Difficultés rencontrées"));
            for (const QString &p : difficulties)
                parts += paragraph(QStringLiteral("Difficulties"), DossierText::prose(p));
        }
    };
    std::function<void(const DossierGroup &, int)> addGroup = [&](const DossierGroup &g, int level) {
        outline.append({ level, g.title });
        parts += heading(level, g.title, level == 1);
        for (const DossierGroup &child : g.children)
            addGroup(child, level + 1);
        for (int index : g.entries)
            addEntry(index, qMin(level + 1, 10));
    };
    const QList<DossierGroup> groups = DossierGrouping::group(m_data, m_options.grouping);
    for (const DossierGroup &g : groups)
        addGroup(g, 1);

    // The synthesis: its sentences, then each chart as a picture with its figures.
    QString synthesis;
    QList<Chart> charts;
    if (m_options.includeSynthesis && !m_data.entries.isEmpty()) {
        const SynthesisSection section(m_data);
        const DossierStatistics &stats = section.statistics();
        synthesis += heading(1, SynthesisSection::title(), true);
        synthesis += paragraph(QStringLiteral("Text_20_body"), section.summary());
        const auto rowsChart = [&](const QString &title, const QString &note, const QList<DossierStatistics::Row> &rows) {
            const qreal height = BarChart::heightFor(rows);
            Chart chart { title, note, QStringLiteral("Pictures/chart-%1.png").arg(charts.size() + 1),
                paint(BarChart(QRectF(0, 0, chartWidth, height), rows), height), height, {} };
            for (const DossierStatistics::Row &r : rows)
                chart.figures.append({ r.caption.isEmpty() ? r.label : r.caption + QStringLiteral(" — ") + r.label, r.count });
            charts << chart;
        };
        rowsChart(QStringLiteral("Contributions par thème principal"),
            QStringLiteral("Chaque contribution est rangée sous un thème principal."), stats.perTheme);
        {
            constexpr qreal height = 190;
            Chart chart { QStringLiteral("Réception des contributions"),
                QStringLiteral("Contributions reçues chaque semaine et total cumulé, jusqu'à la clôture de l'appel."),
                QStringLiteral("Pictures/chart-%1.png").arg(charts.size() + 1),
                paint(TimelineChart(QRectF(0, 0, chartWidth, height), stats.receipts, stats.opensOn, stats.closesOn),
                    height),
                height, {} };
            QMap<QDate, int> perWeek;
            for (const QDate &d : stats.receipts)
                ++perWeek[d.addDays(1 - d.dayOfWeek())];
            for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it)
                chart.figures.append({ QStringLiteral("Semaine du ") + FrenchText::longDate(it.key()), it.value() });
            charts << chart;
        }
        rowsChart(QStringLiteral("Sous-thèmes abordés"),
            QStringLiteral("Nombre de contributions citant chaque sous-thème ; une contribution peut en citer plusieurs."),
            stats.perSubtopic);
        {
            constexpr qreal height = 170;
            Chart chart { DossierText::prose(QStringLiteral("Collectivités par nombre d'habitants")),
                QStringLiteral("Population municipale (communes) ou totale (intercommunalités)."),
                QStringLiteral("Pictures/chart-%1.png").arg(charts.size() + 1),
                paint(ColumnChart(QRectF(0, 0, chartWidth, height), stats.perBand), height), height, {} };
            for (const DossierStatistics::Band &b : stats.perBand)
                chart.figures.append({ b.label, b.communes + b.intercommunalites });
            charts << chart;
        }
        rowsChart(QStringLiteral("Contributions par région"), QStringLiteral("Régions de métropole, puis d'outre-mer."),
            stats.perRegion);
        for (const Chart &c : std::as_const(charts)) {
            synthesis += heading(2, c.title);
            synthesis += paragraph(QStringLiteral("Caption"), DossierText::prose(c.note));
            QStringList described;
            for (const auto &[label, count] : c.figures)
                described << label + QStringLiteral("\u00A0: ") + FrenchText::number(count);
            synthesis += QStringLiteral(
                "<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"%1\" text:anchor-type=\"as-char\" "
                "svg:width=\"%2\" svg:height=\"%3\"><draw:image xlink:href=\"%4\" xlink:type=\"simple\" "
                "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>%5</svg:title><svg:desc>%6</svg:desc>"
                "</draw:frame></text:p>")
                             .arg(x(c.title), cm(chartWidth), cm(c.height), c.file, x(c.title),
                                 x(described.join(QStringLiteral(" ; "))));
            // The figures, for whoever cannot see the picture or wants to quote them.
            synthesis += QStringLiteral("<table:table table:name=\"%1\"><table:table-column table:number-columns-repeated=\"2\"/>")
                             .arg(x(c.title));
            for (const auto &[label, count] : c.figures)
                synthesis += QStringLiteral("<table:table-row><table:table-cell office:value-type=\"string\">%1</table:table-cell>"
                                            "<table:table-cell office:value-type=\"float\" office:value=\"%2\">%3</table:table-cell>"
                                            "</table:table-row>")
                                 .arg(paragraph(QStringLiteral("Table_20_Contents"), label))
                                 .arg(count)
                                 .arg(paragraph(QStringLiteral("Table_20_Contents"), FrenchText::number(count)));
            synthesis += QStringLiteral("</table:table>");
        }
    }

    // The table of contents, filled in already; Writer updates it with page numbers
    // (Outils › Mettre à jour › Tout).
    QString contents = QStringLiteral(
        "<text:table-of-content text:name=\"Sommaire\"><text:table-of-content-source text:outline-level=\"3\">"
        "<text:index-title-template text:style-name=\"Contents_20_Heading\">Sommaire</text:index-title-template>");
    for (int level = 1; level <= 3; ++level)
        contents += QStringLiteral(
            "<text:table-of-content-entry-template text:outline-level=\"%1\" text:style-name=\"Contents_20_%1\">"
            "<text:index-entry-link-start/><text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" "
            "style:leader-char=\".\"/><text:index-entry-page-number/><text:index-entry-link-end/>"
            "</text:table-of-content-entry-template>")
                        .arg(level);
    contents += QStringLiteral("</text:table-of-content-source><text:index-body><text:index-title text:name=\"Sommaire_Head\">")
        + paragraph(QStringLiteral("Contents_20_Heading"), QStringLiteral("Sommaire")) + QStringLiteral("</text:index-title>");
    if (!synthesis.isEmpty())
        contents += paragraph(QStringLiteral("Contents_20_1"), SynthesisSection::title());
    for (const Heading &h : std::as_const(outline))
        if (h.level <= 3)
            contents += paragraph(QStringLiteral("Contents_20_%1").arg(h.level), h.text);
    contents += QStringLiteral("</text:index-body></text:table-of-content>");

    const QString content = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">"
        "<office:body><office:text>")
        + body + contents + synthesis + parts + QStringLiteral("</office:text></office:body></office:document-content>\n");
    const QString meta = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\"><office:meta>"
        "<meta:generator>Recueil</meta:generator><dc:title>%1</dc:title><dc:language>fr-FR</dc:language>"
        "</office:meta></office:document-meta>\n")
                             .arg(x(m_data.campaign.name));

    const QByteArray mimetype = "application/vnd.oasis.opendocument.text";
    QString manifest = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"%1\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>")
                           .arg(QString::fromLatin1(mimetype));
    for (const Chart &c : std::as_const(charts))
        manifest += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"image/png\"/>")
                        .arg(c.file);
    manifest += QStringLiteral("</manifest:manifest>\n");

    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), mimetype, false);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest.toUtf8());
    zip.add(QStringLiteral("content.xml"), content.toUtf8());
    zip.add(QStringLiteral("styles.xml"), QByteArray(Styles));
    zip.add(QStringLiteral("meta.xml"), meta.toUtf8());
    for (const Chart &c : std::as_const(charts))
        zip.add(c.file, c.png, false); // PNG is compressed already
    return zip.archive();
}

bool OdtDossierWriter::write(const QString &path, QString *error) const
{
    const QByteArray bytes = document();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}
