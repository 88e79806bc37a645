// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/anchor.h"
#include "dossier/pageitem.h"

#include <QColor>
#include <QFont>
#include <QRectF>

// A page number known only once the dossier is laid out (a table of contents line): reads
// its anchor when painted, so the front matter is laid out once, before the body.
class PageRefItem : public PageItem
{
public:
    PageRefItem(AnchorPtr target, const QRectF &rect, const QFont &font, const QColor &color);
    void paint(QPainter *painter) const override;

private:
    AnchorPtr m_target;
    QRectF m_rect;
    QFont m_font;
    QColor m_color;
};
