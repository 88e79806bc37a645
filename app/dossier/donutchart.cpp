// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/donutchart.h"

#include "core/frenchtext.h"
#include "dossier/dossierstyle.h"
#include "dossier/textblock.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

DonutChart::DonutChart(const QRectF &rect, const QList<Slice> &slices, const QString &centreCaption)
    : m_rect(rect)
    , m_slices(slices)
    , m_centreCaption(centreCaption)
{ }

void DonutChart::paint(QPainter *painter) const
{
    int total = 0;
    for (const Slice &s : m_slices)
        total += s.value;
    const qreal diameter = qMin(m_rect.height(), m_rect.width() * 0.45);
    const QRectF outer(m_rect.left(), m_rect.top() + (m_rect.height() - diameter) / 2, diameter, diameter);
    const qreal thickness = diameter * 0.22;
    const QRectF inner = outer.adjusted(thickness, thickness, -thickness, -thickness);

    if (total == 0) {
        QPainterPath ring;
        ring.addEllipse(outer);
        ring.addEllipse(inner);
        painter->setPen(Qt::NoPen);
        painter->setBrush(DossierStyle::tint());
        painter->drawPath(ring);
    }
    // Clockwise from twelve o'clock, as people read a clock face.
    qreal start = 90;
    for (const Slice &s : m_slices) {
        if (s.value == 0 || total == 0)
            continue;
        const qreal sweep = -360.0 * s.value / total;
        QPainterPath path;
        path.arcMoveTo(outer, start);
        path.arcTo(outer, start, sweep);
        path.arcTo(inner, start + sweep, -sweep);
        path.closeSubpath();
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(s.color);
        painter->drawPath(path);
        start += sweep;
    }
    TextBlock::drawLabel(painter, FrenchText::number(total), DossierStyle::sans(15, true),
        DossierStyle::ink(), QRectF(inner.left(), inner.center().y() - 13, inner.width(), 18),
        Qt::AlignCenter);
    TextBlock::drawLabel(painter, m_centreCaption, DossierStyle::sans(6.5), DossierStyle::muted(),
        QRectF(inner.left() - 4, inner.center().y() + 5, inner.width() + 8, 9), Qt::AlignCenter);

    // Legend: colour, label, count and share.
    const QFont font = DossierStyle::sans(8);
    const QFont bold = DossierStyle::sans(8, true);
    qreal y = outer.center().y() - m_slices.size() * 16 / 2.0;
    const qreal x = outer.right() + 20;
    const qreal legendRight = qMin(m_rect.right(), x + 250);
    for (const Slice &s : m_slices) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.color);
        painter->drawRect(QRectF(x, y + 3, 8, 8));
        TextBlock::drawLabel(painter, s.label, font, DossierStyle::ink(), QRectF(x + 12, y, 200, 14),
            Qt::AlignLeft | Qt::AlignVCenter);
        const int percent = total ? int(std::lround(100.0 * s.value / total)) : 0;
        const QString figure = FrenchText::number(s.value) + QStringLiteral(" (") + QString::number(percent)
            + QStringLiteral("\u202F%)");
        TextBlock::drawLabel(painter, figure, bold, DossierStyle::ink(),
            QRectF(x + 12, y, legendRight - x - 12, 14), Qt::AlignRight | Qt::AlignVCenter);
        y += 16;
    }
}
