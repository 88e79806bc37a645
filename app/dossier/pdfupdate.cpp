// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/pdfupdate.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <functional>

namespace {

// The objects of an existing PDF, found through its cross-reference table(s).
class PdfReader
{
public:
    explicit PdfReader(const QByteArray &pdf)
        : m_pdf(pdf)
    { }

    bool parse(QString *error)
    {
        const qsizetype at = m_pdf.lastIndexOf("startxref");
        if (at < 0)
            return fail(error, "no startxref");
        m_startXref = m_pdf.mid(at + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
        qint64 section = m_startXref;
        QByteArray trailer;
        for (int guard = 0; section > 0 && guard < 64; ++guard) {
            QByteArray sectionTrailer;
            if (!readSection(section, &sectionTrailer))
                return fail(error, "unreadable cross-reference table");
            if (trailer.isEmpty())
                trailer = sectionTrailer;
            const QRegularExpressionMatch prev = match(sectionTrailer, R"(/Prev\s+(\d+))");
            section = prev.hasMatch() ? prev.captured(1).toLongLong() : 0;
        }
        m_size = match(trailer, R"(/Size\s+(\d+))").captured(1).toInt();
        m_root = match(trailer, R"(/Root\s+(\d+)\s+0\s+R)").captured(1).toInt();
        m_id = match(trailer, R"(/ID\s*(\[[^\]]*\]))").captured(1).toLatin1();
        if (m_size <= 0 || m_root <= 0)
            return fail(error, "no /Size or /Root in the trailer");
        return true;
    }

    QByteArray object(int number) const
    {
        const qint64 offset = m_offsets.value(number, -1);
        if (offset < 0)
            return {};
        const qsizetype begin = m_pdf.indexOf("obj", offset);
        const qsizetype end = m_pdf.indexOf("endobj", begin);
        if (begin < 0 || end < 0)
            return {};
        return m_pdf.mid(begin + 3, end - begin - 3).trimmed();
    }

    // The objects holding the fonts' character maps (/ToUnicode N 0 R).
    QList<int> toUnicodeMaps() const
    {
        QList<int> result;
        static const QRegularExpression ref(QStringLiteral(R"(^\s*(\d+)\s+0\s+R)"));
        for (qsizetype at = m_pdf.indexOf("/ToUnicode"); at >= 0; at = m_pdf.indexOf("/ToUnicode", at + 10)) {
            const QRegularExpressionMatch m = ref.match(QString::fromLatin1(m_pdf.mid(at + 10, 24)));
            if (m.hasMatch() && !result.contains(m.captured(1).toInt()))
                result.append(m.captured(1).toInt());
        }
        return result;
    }

    // Page objects in order, following the page tree.
    QList<int> pages() const
    {
        QList<int> result;
        const int tree = match(object(m_root), R"(/Pages\s+(\d+)\s+0\s+R)").captured(1).toInt();
        std::function<void(int, int)> walk = [&](int node, int depth) {
            const QByteArray body = object(node);
            if (depth > 32 || body.isEmpty())
                return;
            if (!QRegularExpression(QStringLiteral(R"(/Type\s*/Pages\b)"))
                     .match(QString::fromLatin1(body))
                     .hasMatch()) {
                result.append(node);
                return;
            }
            const QString kids = match(body, R"(/Kids\s*\[([^\]]*)\])").captured(1);
            QRegularExpressionMatchIterator it =
                QRegularExpression(QStringLiteral(R"((\d+)\s+0\s+R)")).globalMatch(kids);
            while (it.hasNext())
                walk(it.next().captured(1).toInt(), depth + 1);
        };
        if (tree > 0)
            walk(tree, 0);
        return result;
    }

    static QRegularExpressionMatch match(const QByteArray &text, const char *pattern)
    {
        return QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(text));
    }

    int size() const { return m_size; }
    int root() const { return m_root; }
    QByteArray id() const { return m_id; }
    qint64 startXref() const { return m_startXref; }

private:
    static bool fail(QString *error, const char *why)
    {
        *error = QString::fromLatin1(why);
        return false;
    }

    bool readSection(qint64 offset, QByteArray *trailer)
    {
        if (offset >= m_pdf.size() || !m_pdf.mid(offset, 4).startsWith("xref"))
            return false; // cross-reference streams are not written by QPdfWriter
        const qsizetype trailerAt = m_pdf.indexOf("trailer", offset);
        if (trailerAt < 0)
            return false;
        const QList<QByteArray> tokens =
            m_pdf.mid(offset + 4, trailerAt - offset - 4).simplified().split(' ');
        qsizetype i = 0;
        while (i + 1 < tokens.size()) {
            const int first = tokens.at(i).toInt();
            const int count = tokens.at(i + 1).toInt();
            i += 2;
            for (int k = 0; k < count && i + 2 < tokens.size(); ++k, i += 3) {
                // Newer sections are read first: they win.
                if (tokens.value(i + 2) == "n" && !m_offsets.contains(first + k))
                    m_offsets.insert(first + k, tokens.at(i).toLongLong());
            }
        }
        const qsizetype end = m_pdf.indexOf("startxref", trailerAt);
        *trailer = m_pdf.mid(trailerAt, end - trailerAt);
        return true;
    }

    const QByteArray &m_pdf;
    QHash<int, qint64> m_offsets;
    qint64 m_startXref = 0;
    int m_size = 0;
    int m_root = 0;
    QByteArray m_id;
};

QByteArray textString(const QString &text)
{
    // UTF-16BE with a byte order mark: any French character, safe in any PDF reader.
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray pdfDate(const QDateTime &t)
{
    return "(D:" + t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray number(qreal v)
{
    return QByteArray::number(v, 'f', 2);
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&apos;"));
}

} // namespace

QByteArray PdfUpdate::fixedToUnicode(const QByteArray &cmap)
{
    QList<QByteArray> lines = cmap.split('\n');
    enum class Section { None, Range, Char } section = Section::None;
    for (QByteArray &line : lines) {
        const QByteArray t = line.trimmed();
        if (t.endsWith("beginbfrange")) {
            section = Section::Range;
        } else if (t.endsWith("beginbfchar")) {
            section = Section::Char;
        } else if (t == "endbfrange" || t == "endbfchar") {
            section = Section::None;
        } else if (section != Section::None) {
            // Glyph codes come first (two in a range, one in a single mapping); characters follow.
            qsizetype pos = 0;
            for (int k = 0; k < (section == Section::Range ? 2 : 1) && pos >= 0; ++k) {
                pos = line.indexOf('>', pos);
                if (pos >= 0)
                    ++pos;
            }
            if (pos < 0)
                continue;
            QByteArray characters = line.mid(pos);
            characters.replace("<0009>", "<0020>").replace("<2011>", "<002D>");
            line = line.left(pos) + characters;
        }
    }
    return lines.join('\n');
}

QByteArray PdfUpdate::xmpPacket(const PdfDocumentInfo &info)
{
    const QString date = info.created.toUTC().toString(Qt::ISODate);
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
        "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <pdf:Producer>%5</pdf:Producer>\n"
        "   <pdf:Keywords>%6</pdf:Keywords>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "   <xmp:CreatorTool>%7</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%8</xmp:CreateDate>\n"
        "   <xmp:ModifyDate>%8</xmp:ModifyDate>\n"
        "   <xmp:MetadataDate>%8</xmp:MetadataDate>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "   <pdfaid:part>1</pdfaid:part>\n"
        "   <pdfaid:conformance>B</pdfaid:conformance>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n");
    xmp = xmp.arg(xmlEscaped(info.title), xmlEscaped(info.author), xmlEscaped(info.subject),
        xmlEscaped(info.language), xmlEscaped(info.producer),
        xmlEscaped(info.keywords.join(QStringLiteral(", "))), xmlEscaped(info.creator), date);
    // Room for tools that edit the packet in place, as the XMP specification recommends.
    QByteArray packet = xmp.toUtf8();
    for (int i = 0; i < 20; ++i)
        packet += QByteArray(99, ' ') + '\n';
    return packet + "<?xpacket end=\"w\"?>";
}

bool PdfUpdate::append(QByteArray *pdf, const PdfDocumentInfo &info, const QList<PdfOutlineItem> &outline,
    const QList<PdfLinkItem> &links, qreal pageWidthPoints, QString *error)
{
    PdfReader reader(*pdf);
    QString why;
    if (!reader.parse(&why)) {
        *error = why;
        return false;
    }
    const QList<int> pages = reader.pages();
    if (pages.isEmpty()) {
        *error = QStringLiteral("no pages");
        return false;
    }
    const QRegularExpressionMatch box = PdfReader::match(reader.object(pages.first()),
        R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])");
    const qreal mediaWidth = box.hasMatch() ? box.captured(3).toDouble() : 595;
    const qreal mediaHeight = box.hasMatch() ? box.captured(4).toDouble() : 842;
    const qreal scale = pageWidthPoints > 0 ? mediaWidth / pageWidthPoints : 1;
    auto destination = [&](int page, qreal y) -> QByteArray {
        const int p = qBound(0, page, int(pages.size()) - 1);
        return "[" + QByteArray::number(pages.at(p)) + " 0 R /XYZ 0 " + number(mediaHeight - y * scale)
            + " null]";
    };

    QMap<int, qint64> written; // object number → offset of its new version
    int next = reader.size();
    if (!pdf->endsWith('\n'))
        pdf->append('\n');
    auto write = [&](int objectNumber, const QByteArray &body) {
        written.insert(objectNumber, pdf->size());
        pdf->append(QByteArray::number(objectNumber) + " 0 obj\n" + body + "\nendobj\n");
    };

    // Bookmarks: a tree built from the levels; parts open, deeper levels closed.
    struct Node
    {
        int object = 0;
        int parent = -1; // index, -1 for the root
        QList<int> children;
        int level = 0;
    };
    QList<Node> nodes(outline.size());
    const int outlineRoot = next++;
    QList<int> topLevel;
    QList<int> stack; // indexes of the open ancestors
    for (int i = 0; i < outline.size(); ++i) {
        nodes[i].object = next++;
        nodes[i].level = qMax(1, outline.at(i).level);
        while (!stack.isEmpty() && nodes.at(stack.last()).level >= nodes[i].level)
            stack.removeLast();
        if (stack.isEmpty()) {
            topLevel.append(i);
        } else {
            nodes[i].parent = stack.last();
            nodes[stack.last()].children.append(i);
        }
        stack.append(i);
    }
    auto siblingsOf = [&](int i) -> const QList<int> & {
        return nodes.at(i).parent < 0 ? topLevel : nodes.at(nodes.at(i).parent).children;
    };
    int visible = int(topLevel.size());
    for (int i : std::as_const(topLevel))
        visible += int(nodes.at(i).children.size());
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes.at(i);
        const QList<int> &siblings = siblingsOf(i);
        const qsizetype at = siblings.indexOf(i);
        QByteArray body = "<< /Title " + textString(outline.at(i).title) + " /Parent "
            + QByteArray::number(n.parent < 0 ? outlineRoot : nodes.at(n.parent).object) + " 0 R";
        if (at > 0)
            body += " /Prev " + QByteArray::number(nodes.at(siblings.at(at - 1)).object) + " 0 R";
        if (at + 1 < siblings.size())
            body += " /Next " + QByteArray::number(nodes.at(siblings.at(at + 1)).object) + " 0 R";
        if (!n.children.isEmpty()) {
            const qsizetype count = n.children.size();
            body += " /First " + QByteArray::number(nodes.at(n.children.first()).object) + " 0 R /Last "
                + QByteArray::number(nodes.at(n.children.last()).object) + " 0 R /Count "
                + QByteArray::number(n.level == 1 ? count : -count);
        }
        body += " /Dest " + destination(outline.at(i).page, outline.at(i).y) + " >>";
        write(n.object, body);
    }
    QByteArray root = "<< /Type /Outlines";
    if (!topLevel.isEmpty())
        root += " /First " + QByteArray::number(nodes.at(topLevel.first()).object) + " 0 R /Last "
            + QByteArray::number(nodes.at(topLevel.last()).object) + " 0 R /Count "
            + QByteArray::number(visible);
    write(outlineRoot, root + " >>");

    // Links: annotations added to each page's /Annots array (QPdfWriter gives every page one).
    QMap<int, QList<int>> annotsOfPage;
    for (const PdfLinkItem &link : links) {
        if (link.page < 0 || link.page >= pages.size())
            continue;
        const QRectF r(link.rect.left() * scale, mediaHeight - link.rect.bottom() * scale,
            link.rect.width() * scale, link.rect.height() * scale);
        const int object = next++;
        // /F 4: printable, as PDF/A requires of every annotation.
        write(object,
            "<< /Type /Annot /Subtype /Link /Rect [" + number(r.left()) + ' ' + number(r.top()) + ' '
                + number(r.right()) + ' ' + number(r.bottom()) + "] /Border [0 0 0] /F 4 /Dest "
                + destination(link.targetPage, link.targetY) + " >>");
        annotsOfPage[link.page].append(object);
    }
    for (auto it = annotsOfPage.cbegin(); it != annotsOfPage.cend(); ++it) {
        const int pageObject = pages.at(it.key());
        QByteArray refs;
        for (int a : it.value())
            refs += ' ' + QByteArray::number(a) + " 0 R";
        const QByteArray page = reader.object(pageObject);
        const QRegularExpressionMatch indirect = PdfReader::match(page, R"(/Annots\s+(\d+)\s+0\s+R)");
        if (indirect.hasMatch()) {
            const int array = indirect.captured(1).toInt();
            QByteArray existing = reader.object(array).trimmed();
            existing = existing.mid(1, existing.size() - 2); // without [ ]
            write(array, "[" + existing + refs + " ]");
        } else {
            const qsizetype end = page.lastIndexOf(">>");
            if (end < 0) {
                *error = QStringLiteral("unreadable page object");
                return false;
            }
            QByteArray body = page;
            const QRegularExpressionMatch inlineArray = PdfReader::match(page, R"(/Annots\s*\[)");
            if (inlineArray.hasMatch())
                body.insert(inlineArray.capturedEnd(), refs + ' ');
            else
                body.insert(end, "/Annots [" + refs + " ]\n");
            write(pageObject, body);
        }
    }

    // Text mapping: Qt 6.4 writes the character maps uncompressed; compressed ones are left alone.
    for (int object : reader.toUnicodeMaps()) {
        const QByteArray body = reader.object(object);
        const qsizetype streamAt = body.indexOf("stream");
        const qsizetype endAt = body.lastIndexOf("endstream");
        if (streamAt < 0 || endAt < streamAt || body.left(streamAt).contains("/Filter"))
            continue;
        qsizetype dataAt = streamAt + 6;
        if (body.mid(dataAt, 2) == "\r\n")
            dataAt += 2;
        else if (body.at(dataAt) == '\n' || body.at(dataAt) == '\r')
            dataAt += 1;
        QByteArray data = body.mid(dataAt, endAt - dataAt);
        while (data.endsWith('\n') || data.endsWith('\r'))
            data.chop(1);
        const QByteArray fixed = fixedToUnicode(data);
        if (fixed != data)
            write(object,
                "<< /Length " + QByteArray::number(fixed.size()) + " >>\nstream\n" + fixed + "\nendstream");
    }

    // Properties, and the same in XMP, stored uncompressed as PDF/A-1 requires.
    const int infoObject = next++;
    write(infoObject,
        "<< /Title " + textString(info.title) + " /Author " + textString(info.author) + " /Subject "
            + textString(info.subject) + " /Keywords " + textString(info.keywords.join(QStringLiteral(", ")))
            + " /Creator " + textString(info.creator) + " /Producer " + textString(info.producer)
            + " /CreationDate " + pdfDate(info.created) + " /ModDate " + pdfDate(info.created) + " >>");
    const QByteArray xmp = xmpPacket(info);
    const int metadataObject = next++;
    write(metadataObject,
        "<< /Type /Metadata /Subtype /XML /Length " + QByteArray::number(xmp.size()) + " >>\nstream\n" + xmp
            + "\nendstream");

    QByteArray catalog = reader.object(reader.root());
    for (const char *key : { R"(/Metadata\s+\d+\s+0\s+R)", R"(/Outlines\s+\d+\s+0\s+R)",
             R"(/PageMode\s*/\w+)", R"(/Lang\s*\([^)]*\))" })
        catalog =
            QString::fromLatin1(catalog).remove(QRegularExpression(QString::fromLatin1(key))).toLatin1();
    const qsizetype end = catalog.lastIndexOf(">>");
    if (end < 0) {
        *error = QStringLiteral("unreadable catalog");
        return false;
    }
    catalog.insert(end,
        "/Metadata " + QByteArray::number(metadataObject) + " 0 R\n/Outlines "
            + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n/Lang "
            + textString(info.language) + "\n");
    write(reader.root(), catalog);

    // The cross-reference section of this update, in runs of consecutive numbers.
    const qint64 xref = pdf->size();
    QByteArray table = "xref\n";
    for (auto it = written.cbegin(); it != written.cend();) {
        auto runEnd = it;
        int count = 0;
        while (runEnd != written.cend() && runEnd.key() == it.key() + count) {
            ++runEnd;
            ++count;
        }
        table += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != runEnd; ++it)
            table += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    table += "trailer\n<< /Size " + QByteArray::number(next) + " /Root " + QByteArray::number(reader.root())
        + " 0 R /Info " + QByteArray::number(infoObject) + " 0 R /Prev "
        + QByteArray::number(reader.startXref());
    if (!reader.id().isEmpty())
        table += " /ID " + reader.id();
    table += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    pdf->append(table);
    return true;
}
