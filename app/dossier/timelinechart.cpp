// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/timelinechart.h"

#include "core/frenchtext.h"
#include "dossier/dossierstyle.h"
#include "dossier/textblock.h"

#include <QPainter>
#include <QPainterPath>

namespace {

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QString shortMonth(int month)
{
    static const char *const names[] = { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
        "sept.", "oct.", "nov.", "déc." };
    return QString::fromUtf8(names[month - 1]);
}

} // namespace

TimelineChart::TimelineChart(
    const QRectF &rect, const QList<QDate> &receipts, const QDate &opensOn, const QDate &closesOn)
    : m_rect(rect)
    , m_receipts(receipts)
    , m_opensOn(opensOn)
    , m_closesOn(closesOn)
{ }

void TimelineChart::paint(QPainter *painter) const
{
    const QFont small = DossierStyle::sans(7.5);
    const QColor weekly = DossierStyle::themeColor(0).lighter(165);
    const QColor cumulative = DossierStyle::accent();
    const QColor deadline = DossierStyle::themeColor(1);

    QDate first = m_opensOn.isValid() ? m_opensOn : (m_receipts.isEmpty() ? m_closesOn : m_receipts.first());
    QDate last = m_closesOn.isValid() ? m_closesOn : first;
    if (!m_receipts.isEmpty()) {
        first = qMin(first, m_receipts.first());
        last = qMax(last, m_receipts.last());
    }
    if (!first.isValid() || !last.isValid())
        return;
    const QDate start = mondayOf(first);
    const int weeks = int(start.daysTo(last) / 7) + 1;
    QList<int> perWeek(weeks, 0);
    for (const QDate &d : m_receipts)
        ++perWeek[qBound(0, int(start.daysTo(d) / 7), weeks - 1)];
    // Scales with four round steps, so that every tick is a whole number.
    auto roundedUp = [](int value) {
        const int step = qMax(1, (value + 3) / 4);
        const int nice = step <= 5 ? step
            : step <= 10           ? 10
            : step <= 25           ? 25
            : step <= 50           ? 50
                                   : ((step + 99) / 100) * 100;
        return nice * 4;
    };
    int busiest = 1;
    for (int n : std::as_const(perWeek))
        busiest = qMax(busiest, n);
    const int weeklyMax = roundedUp(busiest);
    const int total = roundedUp(qMax<int>(1, int(m_receipts.size())));

    // Legend.
    qreal lx = m_rect.left();
    painter->setPen(Qt::NoPen);
    painter->setBrush(weekly);
    painter->drawRect(QRectF(lx, m_rect.top() + 2, 8, 8));
    TextBlock::drawLabel(painter, QStringLiteral("reçues dans la semaine"), small, DossierStyle::ink(),
        QRectF(lx + 11, m_rect.top(), 150, 12), Qt::AlignLeft | Qt::AlignVCenter);
    lx += 11 + TextBlock::labelWidth(QStringLiteral("reçues dans la semaine"), small) + 16;
    painter->setPen(QPen(cumulative, 1.6));
    painter->drawLine(QPointF(lx, m_rect.top() + 6), QPointF(lx + 12, m_rect.top() + 6));
    TextBlock::drawLabel(painter, QStringLiteral("total cumulé (échelle de droite)"), small,
        DossierStyle::ink(), QRectF(lx + 16, m_rect.top(), 200, 12), Qt::AlignLeft | Qt::AlignVCenter);

    const QRectF plot(m_rect.left() + 22, m_rect.top() + 34, m_rect.width() - 50, m_rect.height() - 34 - 20);
    const qreal slot = plot.width() / weeks;
    auto xOfDay = [&](const QDate &d) {
        return plot.left() + plot.width() * start.daysTo(d) / (weeks * 7.0);
    };

    // Left scale: per week; right scale: cumulative total.
    for (int k = 1; k <= 4; ++k) {
        const qreal y = plot.bottom() - plot.height() * k / 4;
        painter->setPen(QPen(DossierStyle::rule(), 0.4));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        TextBlock::drawLabel(painter, FrenchText::number(weeklyMax * k / 4), small, DossierStyle::muted(),
            QRectF(m_rect.left(), y - 6, 18, 12), Qt::AlignRight | Qt::AlignVCenter);
        TextBlock::drawLabel(painter, FrenchText::number(total * k / 4), small, cumulative,
            QRectF(plot.right() + 4, y - 6, 24, 12), Qt::AlignLeft | Qt::AlignVCenter);
    }
    for (int w = 0; w < weeks; ++w) {
        const qreal h = plot.height() * perWeek.at(w) / weeklyMax;
        painter->setPen(Qt::NoPen);
        painter->setBrush(weekly);
        painter->drawRect(QRectF(plot.left() + w * slot + slot * 0.12, plot.bottom() - h, slot * 0.76, h));
    }
    QPainterPath line(QPointF(plot.left(), plot.bottom()));
    int running = 0;
    for (int w = 0; w < weeks; ++w) {
        running += perWeek.at(w);
        line.lineTo(QPointF(plot.left() + (w + 1) * slot, plot.bottom() - plot.height() * running / total));
    }
    painter->setPen(QPen(cumulative, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);

    // Month ticks along the time axis.
    painter->setPen(QPen(DossierStyle::muted(), 0.6));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    for (QDate m(start.year(), start.month(), 1); m <= last; m = m.addMonths(1)) {
        if (m < start)
            continue;
        const qreal x = xOfDay(m);
        painter->setPen(QPen(DossierStyle::muted(), 0.6));
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        TextBlock::drawLabel(painter,
            shortMonth(m.month())
                + (m.month() == 1 || m == QDate(start.year(), start.month(), 1)
                        ? QLatin1Char(' ') + QString::number(m.year())
                        : QString()),
            small, DossierStyle::muted(), QRectF(x + 2, plot.bottom() + 4, 60, 12),
            Qt::AlignLeft | Qt::AlignTop);
    }

    // The close of the call: end of its last day.
    if (m_closesOn.isValid()) {
        const qreal x = xOfDay(m_closesOn.addDays(1));
        QPen pen(deadline, 1.1, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top() - 6), QPointF(x, plot.bottom()));
        const QString label =
            QStringLiteral("clôture le ") + FrenchText::longDate(m_closesOn, FrenchText::Ordinal::Raised);
        const qreal w = TextBlock::labelWidth(label, DossierStyle::sans(7.5, true));
        const bool left = x + 4 + w > m_rect.right();
        TextBlock::drawLabel(painter, label, DossierStyle::sans(7.5, true), deadline,
            QRectF(left ? x - 4 - w : x + 4, plot.top() - 14, w, 11), Qt::AlignLeft | Qt::AlignTop);
    }
}
