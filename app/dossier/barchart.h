// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierstatistics.h"
#include "dossier/pageitem.h"

#include <QRectF>

// Horizontal bars, one per row, labelled on the left and valued at their end. A row with a
// caption starts a group (the sub-topics of a theme, the overseas régions).
class BarChart : public PageItem
{
public:
    BarChart(const QRectF &rect, const QList<DossierStatistics::Row> &rows);

    static constexpr qreal rowHeight = 15;
    static qreal heightFor(const QList<DossierStatistics::Row> &rows);

    void paint(QPainter *painter) const override;

private:
    QRectF m_rect;
    QList<DossierStatistics::Row> m_rows;
};
