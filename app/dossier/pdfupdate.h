// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// What a PDF says about itself: document properties and the matching XMP packet (PDF/A-1b
// requires both to agree).
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString creator; // the application
    QString producer; // the library that wrote the bytes
    QString language = QStringLiteral("fr-FR");
    QDateTime created = QDateTime::currentDateTimeUtc();
};

// A bookmark: the PDF's own table of contents, in the viewer's side panel.
struct PdfOutlineItem
{
    QString title;
    int level = 1; // 1 = top
    int page = 0; // 0-based
    qreal y = 0; // points from the top of the dossier page
};

// A clickable area that jumps to a place in the document.
struct PdfLinkItem
{
    int page = 0;
    QRectF rect; // points from the top left of the dossier page
    int targetPage = 0;
    qreal targetY = 0;
};

// Completes a PDF written by QPdfWriter with what Qt 6.4 cannot write: bookmarks, internal
// links, the Author, Subject and Keywords properties (with matching XMP), and a text mapping
// that copies and searches as typed. It is a standard incremental update (new objects, a new
// catalog and information dictionary, an xref section with /Prev): the original bytes stay
// untouched, which PDF/A-1 allows, and no extra library is needed.
class PdfUpdate
{
public:
    // `pageWidthPoints` is the width of the dossier's pages in the coordinates used by the
    // outline and links (they are scaled to the PDF's media box). False with a reason if the
    // PDF is not laid out as QPdfWriter writes it.
    static bool append(QByteArray *pdf, const PdfDocumentInfo &info, const QList<PdfOutlineItem> &outline,
        const QList<PdfLinkItem> &links, qreal pageWidthPoints, QString *error);

    static QByteArray xmpPacket(const PdfDocumentInfo &info);

    // Qt maps each glyph back to the first character the font gives it: Noto's space glyph
    // reads as a tab (U+0009), and the non-breaking hyphen the dossier sets inside names
    // (U+2011) would not match a search for "Saint-Étienne". Map them to U+0020 and U+002D.
    static QByteArray fixedToUnicode(const QByteArray &cmap);
};
