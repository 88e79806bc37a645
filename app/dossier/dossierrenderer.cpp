// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierrenderer.h"

#include "dossier/dossierstyle.h"
#include "dossier/referencedevice.h"
#include "dossier/textblock.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>

DossierRenderer::DossierRenderer(const DossierLayout &layout)
    : m_layout(layout)
{ }

QString DossierRenderer::footerText(int page, int pageCount)
{
    return QStringLiteral("page ") + QString::number(page) + QStringLiteral(" / ")
        + QString::number(pageCount);
}

void DossierRenderer::paintPage(QPainter *painter, int index) const
{
    using namespace DossierStyle;
    const DossierPage &page = m_layout.pages.at(size_t(index));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const auto &item : page.items)
        item->paint(painter);
    if (page.decorated) {
        const QRectF content = contentRect();
        const QFont font = sans(7.5);
        const qreal top = headerBaseline - TextBlock::ascent(font);
        const qreal half = content.width() / 2 - 8;
        // Long campaign names are cut rather than wrapped: the header is one line.
        const QString left = QFontMetricsF(font, ReferenceDevice::instance())
                                 .elidedText(m_layout.info.runningTitle, Qt::ElideRight,
                                     page.section.isEmpty() ? content.width() : half + 40);
        TextBlock::drawLabel(painter, left, font, muted(), QRectF(content.left(), top, content.width(), 10),
            Qt::AlignLeft | Qt::AlignTop);
        if (!page.section.isEmpty())
            TextBlock::drawLabel(painter,
                QFontMetricsF(font, ReferenceDevice::instance())
                    .elidedText(page.section, Qt::ElideRight, half - 40),
                sans(7.5, true), muted(), QRectF(content.left(), top, content.width(), 10),
                Qt::AlignRight | Qt::AlignTop);
        painter->setPen(QPen(rule(), 0.5));
        painter->drawLine(
            QPointF(content.left(), headerBaseline + 6), QPointF(content.right(), headerBaseline + 6));
        const QFont footer = sans(8);
        TextBlock::drawLabel(painter, footerText(index + 1, m_layout.pageCount()), footer, muted(),
            QRectF(content.left(), footerBaseline - TextBlock::ascent(footer), content.width(), 11),
            Qt::AlignHCenter | Qt::AlignTop);
    }
    painter->restore();
}

bool DossierRenderer::render(QPagedPaintDevice *device, int first, int last) const
{
    const int count = m_layout.pageCount();
    first = qBound(1, first, qMax(1, count));
    last = last <= 0 ? count : qMin(last, count);
    if (auto *printer = dynamic_cast<QPrinter *>(device)) {
        // Paper chosen in the print dialog is kept; the dossier draws its own margins.
        printer->setFullPage(true);
    } else {
        device->setPageSize(QPageSize(QPageSize::A4));
        device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    }

    QPainter painter;
    if (!painter.begin(device))
        return false;
    // Points to device pixels; a page smaller than A4 (Letter) is scaled down to fit, centred.
    const qreal scale =
        qMin(device->width() / DossierStyle::pageWidth, device->height() / DossierStyle::pageHeight);
    const QPointF offset((device->width() - DossierStyle::pageWidth * scale) / 2,
        (device->height() - DossierStyle::pageHeight * scale) / 2);
    for (int page = first; page <= last; ++page) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            painter.end();
            return false;
        }
        if (page > first)
            device->newPage();
        painter.resetTransform();
        painter.translate(offset);
        painter.scale(scale, scale);
        paintPage(&painter, page - 1);
        if (m_progress)
            m_progress(page - first + 1, last - first + 1);
    }
    return painter.end();
}
