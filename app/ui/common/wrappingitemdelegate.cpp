// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // QTreeView measures rows without knowing the column width: give it, and measure again on resize.
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == 0)
        width -= m_view->rootIsDecorated() ? m_view->indentation() : 0;
    opt.rect.setWidth(qMax(20, width));
    opt.rect.setHeight(1 << 20);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), m_view);
}
