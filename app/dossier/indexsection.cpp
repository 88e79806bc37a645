// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/indexsection.h"

#include "core/frenchtext.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/pagecomposer.h"
#include "dossier/textlinesitem.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <map>

using namespace DossierStyle;

namespace {

struct IndexEntry
{
    Authority authority;
    QList<AnchorPtr> anchors; // the contributions, in page order after layout
};

// The first letter a reader looks for: "Étampes" under E, "L'Isle-d'Abeau" under L.
QString initialOf(const QString &name)
{
    const QString folded = FrenchText::foldForSearch(name);
    return folded.isEmpty() ? QStringLiteral("#") : folded.left(1).toUpper();
}

} // namespace

IndexSection::IndexSection(const DossierData &data, std::function<AnchorPtr(int)> entryAnchor)
    : m_data(data)
    , m_entryAnchor(std::move(entryAnchor))
{ }

QString IndexSection::label(const Authority &authority)
{
    return DossierText::name(authority.name) + QStringLiteral(" (") + authority.departement
        + QLatin1Char(')');
}

void IndexSection::compose(PageComposer &composer, DossierLayout *layout, const AnchorPtr &self) const
{
    QHash<QString, IndexEntry> byCode;
    for (int i = 0; i < m_data.entries.size(); ++i) {
        const DossierEntry &e = m_data.entries.at(i);
        const AnchorPtr anchor = m_entryAnchor(i);
        if (!e.authority.isValid() || !anchor || !anchor->isPlaced())
            continue;
        IndexEntry &entry = byCode[e.authority.code];
        entry.authority = e.authority;
        entry.anchors.append(anchor);
    }
    QList<IndexEntry> entries = byCode.values();
    QCollator collator { QLocale(QLocale::French, QLocale::France) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(), [&](const IndexEntry &l, const IndexEntry &r) {
        const int c = collator.compare(l.authority.name, r.authority.name);
        return c != 0 ? c < 0 : l.authority.departement < r.authority.departement;
    });

    composer.setSection(title());
    composer.breakPage();
    composer.place(self);
    composer.addText(
        PageComposer::text(title(), { sans(22, true), accent(), Qt::AlignLeft, 30, 0 }, composer.width()));
    composer.addText(
        PageComposer::text(QStringLiteral("Les numéros renvoient aux pages où commencent les contributions."),
            { sans(8.5), muted(), Qt::AlignLeft, 12, 0 }, composer.width()));
    composer.skip(14);

    // Two columns, filled top to bottom, then the next page.
    constexpr qreal gutter = 22;
    const QRectF frame = composer.frame();
    const qreal columnWidth = (frame.width() - gutter) / 2;
    qreal pageTop = composer.y(); // below the title on the first page
    int column = 0;
    qreal y = pageTop;
    const TextBlock::Style entryStyle { sans(8.5), ink(), Qt::AlignLeft, 12.5, 0 };
    const TextBlock::Style letterStyle { sans(11, true), accent(), Qt::AlignLeft, 16, 0 };
    QTextCharFormat numberFormat;
    numberFormat.setFontWeight(QFont::Bold);
    numberFormat.setForeground(accent());

    // Places a block in the current column, moving on first if `keep` points do not fit.
    auto place = [&](const std::shared_ptr<const TextBlock> &block, qreal keep) {
        if (y + keep > frame.bottom() && y > pageTop + 0.01) {
            if (column == 0) {
                column = 1;
            } else {
                composer.breakPage();
                column = 0;
                pageTop = frame.top();
            }
            y = pageTop;
        }
        const QPointF at(frame.left() + column * (columnWidth + gutter), y);
        composer.addItem(std::make_unique<TextLinesItem>(block, at, 0, block->lineCount()));
        y += block->height();
        return at;
    };

    QString letter;
    for (const IndexEntry &entry : std::as_const(entries)) {
        // Page numbers once each, in order; the first contribution on a page is the link target.
        std::map<int, AnchorPtr> pages;
        for (const AnchorPtr &a : entry.anchors)
            pages.emplace(a->page, a);
        QString text = label(entry.authority) + QStringLiteral("\u2002");
        QList<QTextLayout::FormatRange> formats;
        QList<std::pair<QTextLayout::FormatRange, AnchorPtr>> numbers;
        bool first = true;
        for (const auto &[page, anchor] : pages) {
            if (!first)
                text += QStringLiteral(", ");
            first = false;
            const QString n = QString::number(page + 1);
            const QTextLayout::FormatRange range { int(text.size()), int(n.size()), numberFormat };
            formats.append(range);
            numbers.append({ range, anchor });
            text += n;
        }
        const QString initial = initialOf(entry.authority.name);
        const auto block = PageComposer::text(text, entryStyle, columnWidth, formats);
        if (initial != letter) {
            letter = initial;
            const auto heading = PageComposer::text(letter, letterStyle, columnWidth);
            if (y > pageTop + 0.01)
                y += 6;
            place(heading, heading->height() + block->height());
        }
        const QPointF at = place(block, block->height());
        const int placedPage = composer.pageIndex();
        for (const auto &[range, anchor] : numbers)
            for (const QRectF &r : block->rangeRects(range.start, range.length))
                layout->links.append({ placedPage, r.translated(at), anchor });
    }
}
