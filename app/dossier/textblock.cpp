// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/textblock.h"

#include "dossier/referencedevice.h"

#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QTextLine>
#include <algorithm>
#include <memory>

namespace {
// Longer than any word a reader needs whole; a run without a break opportunity longer than
// this gets a zero-width space every so many characters. Qt looks for a word boundary to the
// end of the run for every line it sets, so an unbroken run costs its length squared.
constexpr qsizetype LongestUnbrokenRun = 48;
constexpr QChar ZeroWidthSpace(0x200B);

// Where a zero-width space goes (before the character at each index, in the original text).
QList<qsizetype> forcedBreaks(const QString &text)
{
    QList<qsizetype> breaks;
    if (text.size() <= LongestUnbrokenRun)
        return breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype previous = 0;
    for (qsizetype next = finder.toNextBoundary(); previous < text.size(); next = finder.toNextBoundary()) {
        if (next < 0)
            next = text.size();
        qsizetype run = 0;
        for (qsizetype i = previous + 1; i < next; ++i) {
            ++run;
            // Never inside a surrogate pair, nor before an accent that belongs to a letter.
            if (run >= LongestUnbrokenRun && !text.at(i).isLowSurrogate() && !text.at(i).isMark()) {
                breaks.append(i);
                run = 0;
            }
        }
        previous = next;
    }
    return breaks;
}
} // namespace

TextBlock::TextBlock(
    const QString &text, const Style &style, qreal width, const QList<QTextLayout::FormatRange> &formats)
    : m_breaks(forcedBreaks(text))
    , m_layout(std::make_unique<QTextLayout>(withBreaks(text), style.font, ReferenceDevice::instance()))
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
    if (!formats.isEmpty()) {
        QList<QTextLayout::FormatRange> moved = formats;
        for (QTextLayout::FormatRange &range : moved) {
            const int end = int(layoutPosition(range.start + range.length));
            range.start = int(layoutPosition(range.start));
            range.length = end - range.start;
        }
        m_layout->setFormats(moved);
    }
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

QString TextBlock::withBreaks(const QString &text) const
{
    if (m_breaks.isEmpty())
        return text;
    QString out;
    out.reserve(text.size() + m_breaks.size());
    qsizetype from = 0;
    for (const qsizetype at : m_breaks) {
        out += QStringView(text).mid(from, at - from);
        out += ZeroWidthSpace;
        from = at;
    }
    out += QStringView(text).mid(from);
    return out;
}

qsizetype TextBlock::layoutPosition(qsizetype position) const
{
    // Each break inserted before a position moves it one further.
    return position + (std::upper_bound(m_breaks.cbegin(), m_breaks.cend(), position) - m_breaks.cbegin());
}

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
    const int end = int(layoutPosition(start + length));
    start = int(layoutPosition(start));
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

namespace {

// A label: one line, never wrapped, measured as the PDF prints it.
std::unique_ptr<QTextLayout> singleLine(const QString &text, const QFont &font)
{
    auto layout = std::make_unique<QTextLayout>(text, font, ReferenceDevice::instance());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->beginLayout();
    layout->createLine();
    layout->endLayout();
    return layout;
}

} // namespace

void TextBlock::drawLabel(QPainter *painter, const QString &text, const QFont &font, const QColor &color,
    const QRectF &rect, Qt::Alignment alignment)
{
    const std::unique_ptr<QTextLayout> layout = singleLine(text, font);
    QTextLine line = layout->lineAt(0);
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
    const std::unique_ptr<QTextLayout> layout = singleLine(text, font);
    const QTextLine line = layout->lineAt(0);
    return line.isValid() ? line.naturalTextWidth() : 0;
}
