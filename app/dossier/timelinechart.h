// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/pageitem.h"

#include <QDate>
#include <QList>
#include <QRectF>

// Receipts week by week (columns) and in total (line), against the close of the call.
class TimelineChart : public PageItem
{
public:
    TimelineChart(
        const QRectF &rect, const QList<QDate> &receipts, const QDate &opensOn, const QDate &closesOn);
    void paint(QPainter *painter) const override;

private:
    QRectF m_rect;
    QList<QDate> m_receipts; // sorted
    QDate m_opensOn;
    QDate m_closesOn;
};
