// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierstatistics.h"
#include "dossier/pageitem.h"

#include <QRectF>

// Grouped columns: authorities by population band, communes and intercommunalités side by side.
class ColumnChart : public PageItem
{
public:
    ColumnChart(const QRectF &rect, const QList<DossierStatistics::Band> &bands);
    void paint(QPainter *painter) const override;

private:
    QRectF m_rect;
    QList<DossierStatistics::Band> m_bands;
};
