// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>

namespace Poppler {
class Document;
}

// Reads a PDF back as a reader's viewer sees it (Poppler): the text of each page, lines
// split into segments where there is a wide gap (table of contents numbers, index columns),
// the bookmarks, the links, the fonts and the metadata.
class PdfProbe
{
public:
    struct Word
    {
        QString text;
        QRectF box; // points, from the page's top left
        bool spaceAfter = true;
    };
    struct Segment
    {
        QString text;
        QRectF box;
        bool spaceAfter = true;
    };
    struct Bookmark
    {
        QString title;
        int level = 1;
        int page = 0; // 1-based
    };
    struct Link
    {
        QRectF area; // normalised 0..1, from the top left
        int targetPage = 0; // 1-based
    };
    struct Font
    {
        QString name;
        bool embedded = false;
    };

    explicit PdfProbe(const QString &path);
    ~PdfProbe();

    bool isValid() const;
    int pageCount() const;
    // Whitespace simplified (NBSP, narrow NBSP and line breaks become one space).
    QString pageText(int page) const; // 1-based
    QString allText() const;
    QList<Word> words(int page) const;
    // Lines top to bottom, each as segments left to right.
    QList<QList<Segment>> lines(int page) const;
    QList<Bookmark> bookmarks() const;
    QList<Link> links(int page) const;
    QList<Font> fonts() const;
    QString metadata() const;
    QString info(const QString &key) const;
    // Horizontal gap between two consecutive words on the same line of a page, or -1.
    qreal gapBetween(int page, const QString &left, const QString &right) const;

    static QString simplified(const QString &text);

private:
    std::unique_ptr<Poppler::Document> m_document;
    mutable QList<QString> m_texts;
};
