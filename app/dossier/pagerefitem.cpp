// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/pagerefitem.h"

#include "dossier/textblock.h"

PageRefItem::PageRefItem(AnchorPtr target, const QRectF &rect, const QFont &font, const QColor &color)
    : m_target(std::move(target))
    , m_rect(rect)
    , m_font(font)
    , m_color(color)
{ }

void PageRefItem::paint(QPainter *painter) const
{
    if (m_target && m_target->isPlaced())
        TextBlock::drawLabel(painter, QString::number(m_target->page + 1), m_font, m_color, m_rect,
            Qt::AlignRight | Qt::AlignTop);
}
