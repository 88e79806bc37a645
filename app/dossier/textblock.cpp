// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblock.h"

#include "referencedevice.h"

#include <QPainter>
#include <QTextLine>

TextBlock::TextBlock(
    const QString &text, const Style &style, qreal width, const QList<QTextLayout::FormatRange> &formats)
    : m_layout(std::make_unique<QTextLayout>(text, style.font, ReferenceDevice::instance()))
    , m_color(style.color)
    , m_width(width)
    , m_lineHeight(style.lineHeight > 0 ? style.lineHeight : style.font.pointSizeF() * 1.4)
{
    QTextOption option(style.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Advances as designed, not rounded to 72 dpi pixels: the breaks must not depend on a device.
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    if (!formats.isEmpty())
        m_layout->setFormats(formats);
    const QFontMetricsF metrics(style.font, ReferenceDevice::instance());
    // Centre the glyphs in a line box of fixed height: an even rhythm down the page.
    const qreal glyphOffset = (m_lineHeight - (metrics.ascent() + metrics.descent())) / 2;
    m_layout->beginLayout();
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = m_lineCount == 0 ? style.firstLineIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, m_lineCount * m_lineHeight + glyphOffset));
        ++m_lineCount;
    }
    m_layout->endLayout();
}

TextBlock::~TextBlock() = default;

qreal TextBlock::naturalWidth() const
{
    qreal w = 0;
    for (int i = 0; i < m_lineCount; ++i)
        w = qMax(w, m_layout->lineAt(i).x() + m_layout->lineAt(i).naturalTextWidth());
    return w;
}

qreal TextBlock::lastLineEnd() const
{
    if (m_lineCount == 0)
        return 0;
    const QTextLine line = m_layout->lineAt(m_lineCount - 1);
    return line.x() + line.naturalTextWidth();
}

qreal TextBlock::baseline(int line) const
{
    if (line < 0 || line >= m_lineCount)
        return 0;
    const QTextLine l = m_layout->lineAt(line);
    return l.y() + l.ascent();
}

qreal TextBlock::ascent(const QFont &font)
{
    return QFontMetricsF(font, ReferenceDevice::instance()).ascent();
}

QList<QRectF> TextBlock::rangeRects(int start, int length) const
{
    QList<QRectF> rects;
    const int end = start + length;
    for (int i = 0; i < m_lineCount; ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const int from = qMax(start, line.textStart());
        const int to = qMin(end, line.textStart() + line.textLength());
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        rects.append(QRectF(qMin(x1, x2), i * m_lineHeight, qAbs(x2 - x1), m_lineHeight));
    }
    return rects;
}

void TextBlock::draw(QPainter *painter, const QPointF &topLeft, int first, int count) const
{
    painter->setPen(m_color);
    const QPointF origin = topLeft - QPointF(0, first * m_lineHeight);
    for (int i = first; i < first + count && i < m_lineCount; ++i)
        m_layout->lineAt(i).draw(painter, origin);
}

void TextBlock::drawLabel(QPainter *painter, const QString &text, const QFont &font, const QColor &color,
    const QRectF &rect, Qt::Alignment alignment)
{
    QTextLayout layout(text, font, ReferenceDevice::instance());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const qreal w = line.naturalTextWidth();
    const qreal h = line.ascent() + line.descent();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - w;
    else if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - w / 2;
    qreal y = rect.top();
    if (alignment & Qt::AlignBottom)
        y = rect.bottom() - h;
    else if (alignment & Qt::AlignVCenter)
        y = rect.center().y() - h / 2;
    painter->setPen(color);
    line.draw(painter, QPointF(x, y));
}

qreal TextBlock::labelWidth(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font, ReferenceDevice::instance());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}
