// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>
#include <QTextOption>
#include <memory>

class QPainter;

// A paragraph broken into lines at a given width, measured in points against the reference
// device, so it can be split across pages and drawn later on any device with the same breaks.
class TextBlock
{
public:
    struct Style
    {
        QFont font;
        QColor color;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal lineHeight = 0; // points; 0 means 1.4 × the font size
        qreal firstLineIndent = 0;
    };

    TextBlock(const QString &text, const Style &style, qreal width,
        const QList<QTextLayout::FormatRange> &formats = {});
    ~TextBlock();

    int lineCount() const { return m_lineCount; }
    qreal lineHeight() const { return m_lineHeight; }
    qreal height() const { return m_lineCount * m_lineHeight; }
    qreal width() const { return m_width; }
    // The widest line, and where the last one ends: for leaders and labels that follow the text.
    qreal naturalWidth() const;
    qreal lastLineEnd() const;
    // Baseline of a line, from the top of the block: to align other text with it.
    qreal baseline(int line) const;
    // Where characters [start, start + length) sit, relative to the block's top left (one
    // rectangle per line they span): for links on page numbers.
    QList<QRectF> rangeRects(int start, int length) const;

    // Draws lines [first, first + count) with the top of line `first` at topLeft.
    void draw(QPainter *painter, const QPointF &topLeft, int first, int count) const;

    // One line of text drawn in a rectangle (charts, running heads).
    static void drawLabel(QPainter *painter, const QString &text, const QFont &font, const QColor &color,
        const QRectF &rect, Qt::Alignment alignment);
    static qreal labelWidth(const QString &text, const QFont &font);
    static qreal ascent(const QFont &font);

private:
    QString withBreaks(const QString &text) const;
    qsizetype layoutPosition(qsizetype position) const;

    QList<qsizetype> m_breaks; // before m_layout: the laid-out text is built from it
    std::unique_ptr<QTextLayout> m_layout;
    QColor m_color;
    qreal m_width = 0;
    qreal m_lineHeight = 0;
    int m_lineCount = 0;
};
