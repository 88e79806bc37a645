// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprobe.h"

#include <poppler-qt6.h>

#include <algorithm>
#include <functional>

PdfProbe::PdfProbe(const QString &path)
    : m_document(Poppler::Document::load(path))
{
    if (m_document)
        m_texts.resize(m_document->numPages());
}

PdfProbe::~PdfProbe() = default;

bool PdfProbe::isValid() const
{
    return m_document && !m_document->isLocked();
}

int PdfProbe::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QString PdfProbe::simplified(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x2011), QLatin1Char('-')); // in case a hyphen was not mapped back
    return out.simplified();
}

QString PdfProbe::pageText(int page) const
{
    if (page < 1 || page > pageCount())
        return {};
    QString &cached = m_texts[page - 1];
    if (cached.isNull())
        cached = simplified(m_document->page(page - 1)->text(QRectF()));
    return cached;
}

QString PdfProbe::allText() const
{
    QString all;
    for (int p = 1; p <= pageCount(); ++p)
        all += pageText(p) + QLatin1Char('\n');
    return all;
}

QList<PdfProbe::Word> PdfProbe::words(int page) const
{
    QList<Word> result;
    if (page < 1 || page > pageCount())
        return result;
    for (const auto &box : m_document->page(page - 1)->textList())
        result.append({ box->text(), box->boundingBox(), box->hasSpaceAfter() });
    return result;
}

QList<QList<PdfProbe::Segment>> PdfProbe::lines(int page) const
{
    QList<Word> all = words(page);
    std::sort(all.begin(), all.end(), [](const Word &l, const Word &r) {
        if (qAbs(l.box.center().y() - r.box.center().y()) > 2.5)
            return l.box.center().y() < r.box.center().y();
        return l.box.left() < r.box.left();
    });
    QList<QList<Word>> rows;
    for (const Word &w : std::as_const(all)) {
        if (!rows.isEmpty() && qAbs(rows.last().first().box.center().y() - w.box.center().y()) <= 2.5)
            rows.last().append(w);
        else
            rows.append({ w });
    }
    QList<QList<Segment>> result;
    for (QList<Word> &row : rows) {
        std::sort(
            row.begin(), row.end(), [](const Word &l, const Word &r) { return l.box.left() < r.box.left(); });
        QList<Segment> segments;
        for (const Word &w : std::as_const(row)) {
            // A gap wider than a few spaces separates a title from its page number, or two columns.
            if (!segments.isEmpty() && w.box.left() - segments.last().box.right() < w.box.height() * 1.2) {
                segments.last().text +=
                    (segments.last().spaceAfter ? QStringLiteral(" ") : QString()) + w.text;
                segments.last().box = segments.last().box.united(w.box);
                segments.last().spaceAfter = w.spaceAfter;
            } else {
                segments.append({ w.text, w.box, w.spaceAfter });
            }
        }
        for (Segment &s : segments)
            s.text = simplified(s.text);
        result.append(segments);
    }
    return result;
}

QList<PdfProbe::Bookmark> PdfProbe::bookmarks() const
{
    QList<Bookmark> result;
    std::function<void(const QVector<Poppler::OutlineItem> &, int)> walk = [&](const QVector<
                                                                                   Poppler::OutlineItem>
                                                                                   &items,
                                                                               int level) {
        for (const Poppler::OutlineItem &item : items) {
            const auto destination = item.destination();
            result.append({ simplified(item.name()), level, destination ? destination->pageNumber() : 0 });
            walk(item.children(), level + 1);
        }
    };
    if (m_document)
        walk(m_document->outline(), 1);
    return result;
}

QList<PdfProbe::Link> PdfProbe::links(int page) const
{
    QList<Link> result;
    if (page < 1 || page > pageCount())
        return result;
    for (const auto &link : m_document->page(page - 1)->links()) {
        if (link->linkType() != Poppler::Link::Goto)
            continue;
        const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
        result.append({ link->linkArea().normalized(), go->destination().pageNumber() });
    }
    return result;
}

QList<PdfProbe::Font> PdfProbe::fonts() const
{
    QList<Font> result;
    if (m_document)
        for (const Poppler::FontInfo &f : m_document->fonts())
            result.append({ f.name(), f.isEmbedded() });
    return result;
}

QString PdfProbe::metadata() const
{
    if (!m_document)
        return {};
    // Poppler decodes the XMP stream as a PDF text string (PDFDocEncoding); XMP is UTF-8.
    // Undo that decoding, then read the bytes as UTF-8.
    static const char16_t pdfDoc80[] = { 0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
        0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01,
        0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E };
    const QString decoded = m_document->metadata();
    QByteArray bytes;
    for (const QChar c : decoded) {
        if (c.unicode() == 0x20AC) {
            bytes.append(char(0xA0));
            continue;
        }
        const auto *hit = std::find(std::begin(pdfDoc80), std::end(pdfDoc80), c.unicode());
        if (hit != std::end(pdfDoc80))
            bytes.append(char(0x80 + (hit - std::begin(pdfDoc80))));
        else if (c.unicode() < 0x100)
            bytes.append(char(c.unicode()));
        else
            return decoded; // already decoded as text by a newer Poppler
    }
    return QString::fromUtf8(bytes);
}

QString PdfProbe::info(const QString &key) const
{
    return m_document ? m_document->info(key) : QString();
}

qreal PdfProbe::gapBetween(int page, const QString &left, const QString &right) const
{
    const QList<Word> all = words(page);
    for (int i = 0; i + 1 < all.size(); ++i) {
        const Word &a = all.at(i);
        const Word &b = all.at(i + 1);
        if (a.text == left && b.text == right && qAbs(a.box.center().y() - b.box.center().y()) < 2)
            return b.box.left() - a.box.right();
    }
    return -1;
}
