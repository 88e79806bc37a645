// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/pageitem.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

// A vector shape: rules, bands, dot leaders.
class ShapeItem : public PageItem
{
public:
    ShapeItem(const QPainterPath &path, const QPen &pen, const QBrush &brush = Qt::NoBrush);
    static std::unique_ptr<ShapeItem> rect(const QRectF &rect, const QColor &fill);
    static std::unique_ptr<ShapeItem> line(
        const QPointF &from, const QPointF &to, const QColor &color, qreal width);
    // A row of dots from `from` to `to`, as in a table of contents.
    static std::unique_ptr<ShapeItem> leader(const QPointF &from, const QPointF &to, const QColor &color);

    void paint(QPainter *painter) const override;

private:
    QPainterPath m_path;
    QPen m_pen;
    QBrush m_brush;
};
