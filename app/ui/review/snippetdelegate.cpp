// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/snippetdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace {

constexpr QChar Open(0x00AB); // «
constexpr QChar Close(0x00BB); // »

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

// Calls emit(text, bold) for each run of the snippet. A match mark hugs its word («mot»);
// French quotation marks in the text are followed (or preceded) by a space and stay text.
template<typename Emit> void splitRuns(const QString &snippet, Emit emitRun)
{
    QString run;
    bool bold = false;
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        const QChar c = snippet.at(i);
        if (!bold && c == Open && i + 1 < snippet.size() && !isSpace(snippet.at(i + 1))
            && snippet.indexOf(Close, i + 1) > i + 1) {
            emitRun(run, false);
            run.clear();
            bold = true;
        } else if (bold && c == Close) {
            emitRun(run, true);
            run.clear();
            bold = false;
        } else {
            run.append(c);
        }
    }
    emitRun(run, bold);
}

} // namespace

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString SnippetDelegate::toHtml(const QString &snippet)
{
    QString html;
    splitRuns(snippet, [&html](const QString &run, bool bold) {
        if (run.isEmpty())
            return;
        html +=
            bold ? QStringLiteral("<b>") + run.toHtmlEscaped() + QStringLiteral("</b>") : run.toHtmlEscaped();
    });
    return html;
}

QString SnippetDelegate::toPlainText(const QString &snippet)
{
    QString text;
    splitRuns(snippet, [&text](const QString &run, bool) { text += run; });
    return text;
}

QString SnippetDelegate::displayHtml(const QModelIndex &index) const
{
    return toHtml(index.data(Qt::DisplayRole).toString().simplified());
}

QString SnippetDelegate::fitted(const QString &snippet, const QFontMetrics &metrics, int width)
{
    // The words before the first match give way ("…") so that the match shows in a narrow cell.
    const qsizetype mark = snippet.indexOf(Open);
    if (mark <= 0 || width <= 0)
        return snippet;
    QString before = snippet.left(mark);
    const QString rest = snippet.mid(mark);
    bool cut = false;
    while (!before.trimmed().isEmpty() && metrics.horizontalAdvance(before) > width / 3) {
        const qsizetype space = before.indexOf(QLatin1Char(' '), 1);
        if (space < 0) {
            before.clear();
        } else {
            before = before.mid(space);
        }
        cut = true;
    }
    if (!cut)
        return snippet;
    return QString(QChar(0x2026)) + before + rest;
}

void SnippetDelegate::prepare(
    QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    doc.setDocumentMargin(0);
    doc.setDefaultFont(option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(textOption);
    const QString snippet = index.data(Qt::DisplayRole).toString().simplified();
    doc.setHtml(toHtml(width > 0 ? fitted(snippet, option.fontMetrics, width) : snippet));
}

void SnippetDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool empty = opt.text.isEmpty();
    opt.text.clear(); // the style draws the background, focus and selection; the text is ours
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (empty)
        return;

    QTextDocument doc;
    prepare(doc, opt, index, textRect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text,
        opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->setClipRect(textRect);
    const int top = textRect.top() + qMax(0, (textRect.height() - int(doc.size().height())) / 2);
    painter->translate(textRect.left(), top);
    context.clip = QRectF(0, 0, textRect.width(), textRect.height());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    prepare(doc, opt, index, 0);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {int(doc.idealWidth()) + 8, qMax(base.height(), int(doc.size().height()))};
}
