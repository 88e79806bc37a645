// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/columnchart.h"

#include "core/frenchtext.h"
#include "dossier/dossierstyle.h"
#include "dossier/textblock.h"

#include <QPainter>

ColumnChart::ColumnChart(const QRectF &rect, const QList<DossierStatistics::Band> &bands)
    : m_rect(rect)
    , m_bands(bands)
{ }

void ColumnChart::paint(QPainter *painter) const
{
    const QColor communeColor = DossierStyle::accent();
    const QColor epciColor = DossierStyle::themeColor(1);
    const QFont small = DossierStyle::sans(7.5);
    const QFont value = DossierStyle::sans(7.5, true);

    // Legend on top.
    qreal x = m_rect.left();
    for (const auto &[label, color] : { std::pair { QStringLiteral("Communes"), communeColor },
             std::pair { QStringLiteral("Intercommunalités"), epciColor } }) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(QRectF(x, m_rect.top() + 2, 8, 8));
        TextBlock::drawLabel(painter, label, small, DossierStyle::ink(),
            QRectF(x + 11, m_rect.top(), 120, 12), Qt::AlignLeft | Qt::AlignVCenter);
        x += 14 + TextBlock::labelWidth(label, small) + 14;
    }

    const QRectF plot(m_rect.left(), m_rect.top() + 30, m_rect.width(), m_rect.height() - 30 - 26);
    int maximum = 1;
    for (const DossierStatistics::Band &b : m_bands)
        maximum = qMax(maximum, qMax(b.communes, b.intercommunalites));
    const qreal slot = plot.width() / qMax<qsizetype>(1, m_bands.size());
    const qreal column = qMin<qreal>(22, slot / 3.2);
    for (int i = 0; i < m_bands.size(); ++i) {
        const DossierStatistics::Band &b = m_bands.at(i);
        const qreal centre = plot.left() + slot * (i + 0.5);
        const int values[] = { b.communes, b.intercommunalites };
        const QColor colors[] = { communeColor, epciColor };
        for (int k = 0; k < 2; ++k) {
            const qreal h = plot.height() * values[k] / maximum;
            const QRectF bar(centre - column - 1 + k * (column + 2), plot.bottom() - h, column, h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors[k]);
            painter->drawRect(bar);
            TextBlock::drawLabel(painter, FrenchText::number(values[k]), value,
                values[k] ? DossierStyle::ink() : DossierStyle::muted(),
                QRectF(bar.left() - 6, bar.top() - 12, bar.width() + 12, 11),
                Qt::AlignHCenter | Qt::AlignBottom);
        }
        TextBlock::drawLabel(painter, b.label, small, DossierStyle::ink(),
            QRectF(centre - slot / 2, plot.bottom() + 4, slot, 12), Qt::AlignHCenter | Qt::AlignTop);
    }
    TextBlock::drawLabel(painter, QStringLiteral("habitants"), small, DossierStyle::muted(),
        QRectF(plot.left(), plot.bottom() + 15, plot.width(), 11), Qt::AlignHCenter | Qt::AlignTop);
    painter->setPen(QPen(DossierStyle::muted(), 0.6));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
}
