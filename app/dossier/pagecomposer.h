// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/anchor.h"
#include "dossier/dossierlayout.h"
#include "dossier/textblock.h"

#include <QRectF>
#include <memory>

// Flows blocks down the content area of successive pages: paragraphs split between lines
// (never leaving one line alone at the foot or head of a page), headings kept with what
// follows, figures moved whole to the next page when they do not fit.
class PageComposer
{
public:
    explicit PageComposer(std::vector<DossierPage> *pages);

    QRectF frame() const;
    qreal width() const { return frame().width(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return frame().bottom() - m_y; }
    int pageIndex() const { return int(m_pages->size()) - 1; }
    bool pageIsEmpty() const;

    // Starts a new page, or keeps the current one if nothing is on it yet.
    void breakPage();
    // The running header of the current page and the following ones.
    void setSection(const QString &section);
    void setDecorated(bool decorated);
    // Vertical space; swallowed at the top of a page.
    void skip(qreal points);
    // Moves to the next page unless `points` fit on this one.
    void ensureSpace(qreal points);
    void moveTo(qreal y) { m_y = y; }

    // Marks the current position for the table of contents and the bookmarks.
    void place(const AnchorPtr &anchor) const;
    // Flows a paragraph from the current position, indented by `indent` from the frame.
    void addText(const std::shared_ptr<const TextBlock> &block, qreal indent = 0);
    // Reserves `height` points on one page (after a break if needed) and returns the area.
    QRectF reserve(qreal height);
    // Draws on the current page (absolute page coordinates).
    void addItem(std::unique_ptr<PageItem> item);

    static std::shared_ptr<const TextBlock> text(const QString &text, const TextBlock::Style &style,
        qreal width, const QList<QTextLayout::FormatRange> &formats = {});

private:
    void newPage();

    std::vector<DossierPage> *m_pages;
    QString m_section;
    bool m_decorated = true;
    qreal m_y = 0;
};
