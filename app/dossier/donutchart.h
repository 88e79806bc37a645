// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/pageitem.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

// Shares of a whole as a ring, with its total in the middle and a legend beside it.
class DonutChart : public PageItem
{
public:
    struct Slice
    {
        QString label;
        int value = 0;
        QColor color;
    };

    DonutChart(const QRectF &rect, const QList<Slice> &slices, const QString &centreCaption);
    void paint(QPainter *painter) const override;

private:
    QRectF m_rect;
    QList<Slice> m_slices;
    QString m_centreCaption;
};
