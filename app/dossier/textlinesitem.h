// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/pageitem.h"
#include "dossier/textblock.h"

#include <QPointF>
#include <memory>

// The lines of a paragraph that fall on one page (a paragraph may continue on the next).
class TextLinesItem : public PageItem
{
public:
    TextLinesItem(
        std::shared_ptr<const TextBlock> block, const QPointF &topLeft, int firstLine, int lineCount);
    void paint(QPainter *painter) const override;

private:
    std::shared_ptr<const TextBlock> m_block;
    QPointF m_topLeft;
    int m_firstLine;
    int m_lineCount;
};
