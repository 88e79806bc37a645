// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/pagecomposer.h"

#include "dossier/dossierstyle.h"
#include "dossier/textlinesitem.h"

PageComposer::PageComposer(std::vector<DossierPage> *pages)
    : m_pages(pages)
{
    if (m_pages->empty())
        newPage();
    else
        m_y = frame().top();
}

QRectF PageComposer::frame() const
{
    return DossierStyle::contentRect();
}

bool PageComposer::pageIsEmpty() const
{
    return m_pages->back().items.empty();
}

void PageComposer::newPage()
{
    DossierPage page;
    page.section = m_section;
    page.decorated = m_decorated;
    m_pages->push_back(std::move(page));
    m_y = frame().top();
}

void PageComposer::breakPage()
{
    if (pageIsEmpty()) {
        m_pages->back().section = m_section;
        m_pages->back().decorated = m_decorated;
        m_y = frame().top();
        return;
    }
    newPage();
}

void PageComposer::setSection(const QString &section)
{
    m_section = section;
    if (pageIsEmpty())
        m_pages->back().section = section;
}

void PageComposer::setDecorated(bool decorated)
{
    m_decorated = decorated;
    if (pageIsEmpty())
        m_pages->back().decorated = decorated;
}

void PageComposer::skip(qreal points)
{
    if (m_y <= frame().top() + 0.01)
        return;
    m_y += points;
    if (m_y > frame().bottom())
        newPage();
}

void PageComposer::ensureSpace(qreal points)
{
    if (remaining() < points && m_y > frame().top() + 0.01)
        newPage();
}

void PageComposer::place(const AnchorPtr &anchor) const
{
    anchor->page = pageIndex();
    anchor->y = m_y;
}

void PageComposer::addText(const std::shared_ptr<const TextBlock> &block, qreal indent)
{
    const int total = block->lineCount();
    const qreal lineHeight = block->lineHeight();
    int done = 0;
    while (done < total) {
        int fits = int((remaining() + 0.01) / lineHeight);
        const int left = total - done;
        if (fits < left) {
            // No widow: the last line of a paragraph does not go alone to the next page...
            if (left - fits == 1)
                fits -= 1;
            // ...and no orphan: its first line does not stay alone at the foot of this one.
            if (done == 0 && fits < 2 && !pageIsEmpty())
                fits = 0;
        }
        if (fits <= 0) {
            if (pageIsEmpty() && m_y <= frame().top() + 0.01)
                fits = 1; // a line taller than the page: print it anyway rather than loop
            else {
                newPage();
                continue;
            }
        }
        const int count = qMin(fits, left);
        addItem(std::make_unique<TextLinesItem>(block, QPointF(frame().left() + indent, m_y), done, count));
        m_y += count * lineHeight;
        done += count;
        if (done < total)
            newPage();
    }
}

QRectF PageComposer::reserve(qreal height)
{
    ensureSpace(height);
    const QRectF area(frame().left(), m_y, width(), height);
    m_y += height;
    return area;
}

void PageComposer::addItem(std::unique_ptr<PageItem> item)
{
    m_pages->back().items.push_back(std::move(item));
}

std::shared_ptr<const TextBlock> PageComposer::text(const QString &text, const TextBlock::Style &style,
    qreal width, const QList<QTextLayout::FormatRange> &formats)
{
    return std::make_shared<const TextBlock>(text, style, width, formats);
}
