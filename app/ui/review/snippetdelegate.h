// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;
class QTextDocument;

// Draws a search extract with the matching words in bold: the repository marks them
// «like this»; the marks themselves are not shown.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "un «télétravail» organisé" → "un <b>télétravail</b> organisé", the rest HTML-escaped.
    // French quotation marks of the text itself (« with a space after it) are left alone.
    static QString toHtml(const QString &snippet);
    // The same, without marks: what a screen reader or a tooltip says.
    static QString toPlainText(const QString &snippet);
    // Drops words before the first match (marked "…") until the match shows within width.
    static QString fitted(const QString &snippet, const QFontMetrics &metrics, int width);
    // The HTML the delegate draws for this cell (when wide enough).
    QString displayHtml(const QModelIndex &index) const;

private:
    void prepare(
        QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};
