// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/contentssection.h"

#include "dossier/dossierstyle.h"
#include "dossier/pagecomposer.h"
#include "dossier/pagerefitem.h"
#include "dossier/shapeitem.h"

namespace {
constexpr qreal numberColumn = 34;
}

ContentsSection::ContentsSection(const QList<OutlineEntry> &entries)
    : m_entries(entries)
{ }

void ContentsSection::compose(PageComposer &composer, DossierLayout *layout, const AnchorPtr &self) const
{
    using namespace DossierStyle;
    composer.setDecorated(true);
    composer.setSection(title());
    composer.breakPage();
    composer.place(self);
    composer.addText(
        PageComposer::text(title(), { sans(22, true), accent(), Qt::AlignLeft, 30, 0 }, composer.width()));
    composer.skip(14);

    const QRectF frame = composer.frame();
    for (const OutlineEntry &entry : m_entries) {
        TextBlock::Style style;
        qreal indent = 0;
        qreal before = 0;
        switch (entry.level) {
        case 1:
            style = { sans(10.5, true), accent(), Qt::AlignLeft, 15, 0 };
            before = 9;
            break;
        case 2:
            style = { sans(9.5), ink(), Qt::AlignLeft, 13.5, 0 };
            indent = 14;
            before = 3;
            break;
        default:
            style = { serif(8.5), muted(), Qt::AlignLeft, 12, 0 };
            indent = 28;
            break;
        }
        const qreal width = frame.width() - indent - numberColumn - 8;
        const auto block = PageComposer::text(entry.title, style, width);
        composer.skip(before);
        composer.ensureSpace(block->height());
        const int page = composer.pageIndex();
        const qreal top = composer.y();
        composer.addText(block, indent);
        const qreal baseline = top + block->baseline(block->lineCount() - 1);
        const QFont numberFont = entry.level == 1 ? sans(10.5, true)
            : entry.level == 2                    ? sans(9.5)
                                                  : sans(8.5);
        composer.addItem(
            ShapeItem::leader(QPointF(frame.left() + indent + block->lastLineEnd() + 5, baseline),
                QPointF(frame.right() - numberColumn - 3, baseline), rule().darker(130)));
        composer.addItem(std::make_unique<PageRefItem>(entry.target,
            QRectF(frame.right() - numberColumn, baseline - TextBlock::ascent(numberFont), numberColumn,
                block->lineHeight()),
            numberFont, style.color));
        layout->links.append({ page,
            QRectF(frame.left() + indent, top, frame.width() - indent, block->height()), entry.target });
    }
}
