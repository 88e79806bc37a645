// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barchart.h"

#include "core/frenchtext.h"
#include "dossier/dossierstyle.h"
#include "dossier/textblock.h"

#include <QPainter>
#include <algorithm>

namespace {
constexpr qreal captionHeight = 20;
}

BarChart::BarChart(const QRectF &rect, const QList<DossierStatistics::Row> &rows)
    : m_rect(rect)
    , m_rows(rows)
{ }

qreal BarChart::heightFor(const QList<DossierStatistics::Row> &rows)
{
    qreal h = 0;
    for (const DossierStatistics::Row &r : rows)
        h += rowHeight + (r.caption.isEmpty() ? 0 : captionHeight);
    return h;
}

void BarChart::paint(QPainter *painter) const
{
    const QFont labelFont = DossierStyle::sans(8);
    const QFont valueFont = DossierStyle::sans(8, true);
    qreal labelWidth = 0;
    int maximum = 1;
    for (const DossierStatistics::Row &r : m_rows) {
        labelWidth = qMax(labelWidth, TextBlock::labelWidth(r.label, labelFont));
        maximum = qMax(maximum, r.count);
    }
    labelWidth = qMin(labelWidth + 8, m_rect.width() * 0.45);
    const qreal barLeft = m_rect.left() + labelWidth;
    const qreal barSpan = m_rect.right() - barLeft - 28; // room for the value

    // Light vertical guides at round values help read the bars without a full grid; they run
    // behind the rows only, not through the group captions.
    int step = 1;
    for (int candidate : { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 })
        if (maximum / candidate <= 6) {
            step = candidate;
            break;
        }
    auto guides = [&](qreal top, qreal bottom) {
        painter->setPen(QPen(DossierStyle::rule(), 0.4));
        for (int v = step; v <= maximum; v += step) {
            const qreal x = barLeft + barSpan * v / maximum;
            painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        }
        painter->setPen(QPen(DossierStyle::muted(), 0.6));
        painter->drawLine(QPointF(barLeft, top), QPointF(barLeft, bottom));
    };

    qreal y = m_rect.top();
    for (const DossierStatistics::Row &r : m_rows) {
        if (!r.caption.isEmpty()) {
            if (y > m_rect.top()) {
                painter->setPen(QPen(DossierStyle::rule(), 0.6));
                painter->drawLine(QPointF(m_rect.left(), y + 3), QPointF(m_rect.right(), y + 3));
            }
            const QColor captionColor =
                r.colorIndex >= 0 ? DossierStyle::themeColor(r.colorIndex) : DossierStyle::muted();
            TextBlock::drawLabel(painter, r.caption.toUpper(), DossierStyle::sans(6.5, true), captionColor,
                QRectF(m_rect.left(), y + 6, m_rect.width(), captionHeight - 6),
                Qt::AlignLeft | Qt::AlignVCenter);
            y += captionHeight;
        }
        const QRectF row(m_rect.left(), y, m_rect.width(), rowHeight);
        guides(row.top(), row.bottom());
        TextBlock::drawLabel(painter, r.label, labelFont,
            r.count ? DossierStyle::ink() : DossierStyle::muted(),
            QRectF(row.left(), row.top(), labelWidth - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter);
        const qreal w = barSpan * r.count / maximum;
        const QColor color =
            r.colorIndex >= 0 ? DossierStyle::themeColor(r.colorIndex) : DossierStyle::accent();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(QRectF(barLeft, row.top() + 2.5, qMax(w, r.count ? 1.0 : 0.0), row.height() - 5));
        TextBlock::drawLabel(painter, FrenchText::number(r.count), valueFont,
            r.count ? DossierStyle::ink() : DossierStyle::muted(),
            QRectF(barLeft + w + 4, row.top(), 40, row.height()), Qt::AlignLeft | Qt::AlignVCenter);
        y += rowHeight;
    }
}
