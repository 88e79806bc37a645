// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/shapeitem.h"

#include <QPainter>
#include <cmath>

ShapeItem::ShapeItem(const QPainterPath &path, const QPen &pen, const QBrush &brush)
    : m_path(path)
    , m_pen(pen)
    , m_brush(brush)
{ }

std::unique_ptr<ShapeItem> ShapeItem::rect(const QRectF &rect, const QColor &fill)
{
    QPainterPath path;
    path.addRect(rect);
    return std::make_unique<ShapeItem>(path, Qt::NoPen, fill);
}

std::unique_ptr<ShapeItem> ShapeItem::line(
    const QPointF &from, const QPointF &to, const QColor &color, qreal width)
{
    QPainterPath path(from);
    path.lineTo(to);
    QPen pen(color, width);
    pen.setCapStyle(Qt::FlatCap);
    return std::make_unique<ShapeItem>(path, pen);
}

std::unique_ptr<ShapeItem> ShapeItem::leader(const QPointF &from, const QPointF &to, const QColor &color)
{
    // Round dots on a fixed 4-point grid, so that the leaders of successive lines align; one
    // dashed stroke rather than many small shapes keeps a long table of contents light.
    constexpr qreal step = 4;
    constexpr qreal width = 0.9;
    const qreal start = std::ceil(from.x() / step) * step;
    if (start > to.x())
        return std::make_unique<ShapeItem>(QPainterPath(), Qt::NoPen);
    QPainterPath path(QPointF(start, from.y()));
    path.lineTo(QPointF(start + std::floor((to.x() - start) / step) * step, from.y()));
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setDashPattern({ 0.001, step / width - 0.001 });
    return std::make_unique<ShapeItem>(path, pen);
}

void ShapeItem::paint(QPainter *painter) const
{
    painter->setPen(m_pen);
    painter->setBrush(m_brush);
    painter->drawPath(m_path);
}
