// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/textlinesitem.h"

TextLinesItem::TextLinesItem(
    std::shared_ptr<const TextBlock> block, const QPointF &topLeft, int firstLine, int lineCount)
    : m_block(std::move(block))
    , m_topLeft(topLeft)
    , m_firstLine(firstLine)
    , m_lineCount(lineCount)
{ }

void TextLinesItem::paint(QPainter *painter) const
{
    m_block->draw(painter, m_topLeft, m_firstLine, m_lineCount);
}
