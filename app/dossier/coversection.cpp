// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/coversection.h"

#include "core/frenchtext.h"
#include "dossier/dossierstatistics.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/pagecomposer.h"
#include "dossier/shapeitem.h"
#include "dossier/textlinesitem.h"

#include <QSet>

namespace {

// The dossier's dates raise the ordinal of the first of the month (« 1ᵉʳ »).
constexpr auto Raised = FrenchText::Ordinal::Raised;

void put(
    PageComposer &composer, const QString &text, const TextBlock::Style &style, qreal x, qreal y, qreal width)
{
    const auto block = PageComposer::text(text, style, width);
    composer.addItem(std::make_unique<TextLinesItem>(block, QPointF(x, y), 0, block->lineCount()));
}

} // namespace

CoverSection::CoverSection(const DossierData &data, const DossierOptions &options)
    : m_data(data)
    , m_options(options)
{ }

void CoverSection::compose(PageComposer &composer) const
{
    using namespace DossierStyle;
    composer.setDecorated(false);
    composer.breakPage();
    const qreal left = marginLeft;
    const qreal width = pageWidth - marginLeft - marginRight;

    // A deep band across the top holds the title, a strip of the themes' colours closes it.
    constexpr qreal bandHeight = 372;
    composer.addItem(ShapeItem::rect(QRectF(0, 0, pageWidth, bandHeight), accent()));
    const int themes = qMax<int>(1, int(m_data.themes.size()));
    for (int i = 0; i < themes; ++i)
        composer.addItem(ShapeItem::rect(
            QRectF(pageWidth * i / themes, bandHeight, pageWidth / themes + 0.5, 7), themeColor(i)));

    const QColor light(0xdc, 0xe6, 0xf0);
    put(composer, QStringLiteral("APPEL À TÉMOIGNAGES"), { sans(9, true), light, Qt::AlignLeft, 12, 0 }, left,
        96, width);
    const auto title = PageComposer::text(
        DossierText::prose(m_data.campaign.name), { sans(25, true), Qt::white, Qt::AlignLeft, 32, 0 }, width);
    composer.addItem(std::make_unique<TextLinesItem>(title, QPointF(left, 118), 0, title->lineCount()));
    const qreal afterTitle = 118 + title->height() + 16;
    composer.addItem(ShapeItem::line(QPointF(left, afterTitle), QPointF(left + 56, afterTitle), light, 1.5));
    put(composer, DossierText::prose(CoverSection::subtitle(m_data.campaign)), { serif(14, false, true), Qt::white, Qt::AlignLeft, 20, 0 }, left,
        afterTitle + 12, width);
    put(composer, DossierText::prose(m_data.selectionLabel), { sans(9.5), light, Qt::AlignLeft, 14, 0 }, left,
        afterTitle + 40, width);

    // Who and when.
    qreal y = bandHeight + 46;
    put(composer, QStringLiteral("Une initiative de"), { sans(8.5), muted(), Qt::AlignLeft, 12, 0 }, left, y,
        width);
    put(composer, DossierText::prose(m_data.campaign.organisers),
        { serif(15, true), ink(), Qt::AlignLeft, 20, 0 }, left, y + 14, width);
    y += 58;
    QString period;
    if (m_data.campaign.opensOn.isValid())
        period = QStringLiteral("Appel ouvert du ") + FrenchText::longDate(m_data.campaign.opensOn, Raised)
            + QStringLiteral(" au ") + FrenchText::longDate(m_data.campaign.closesOn, Raised);
    else
        period = QStringLiteral("Appel clos le ") + FrenchText::longDate(m_data.campaign.closesOn, Raised);
    put(composer, period, { serif(11.5), ink(), Qt::AlignLeft, 16, 0 }, left, y, width);

    // The dossier in two figures.
    const DossierStatistics stats = DossierStatistics::compute(m_data);
    y += 56;
    const qreal boxWidth = (width - 16) / 2;
    const std::pair<int, QString> figures[] = {
        { stats.contributions,
            stats.contributions > 1 ? QStringLiteral("contributions") : QStringLiteral("contribution") },
        { stats.authorities,
            stats.authorities > 1 ? QStringLiteral("collectivités") : QStringLiteral("collectivité") }
    };
    for (int i = 0; i < 2; ++i) {
        const qreal x = left + i * (boxWidth + 16);
        composer.addItem(ShapeItem::rect(QRectF(x, y, boxWidth, 78), tint()));
        composer.addItem(ShapeItem::rect(QRectF(x, y, 3, 78), themeColor(i)));
        put(composer, FrenchText::number(figures[i].first),
            { sans(30, true), accent(), Qt::AlignLeft, 38, 0 }, x + 18, y + 10, boxWidth - 24);
        put(composer, figures[i].second, { sans(10), ink(), Qt::AlignLeft, 14, 0 }, x + 18, y + 50,
            boxWidth - 24);
    }
    y += 78 + 12;
    QString detail = DossierText::count(stats.communes, QStringLiteral("commune"), QStringLiteral("communes"))
        + QStringLiteral(" et ")
        + DossierText::count(
            stats.intercommunalites, QStringLiteral("intercommunalité"), QStringLiteral("intercommunalités"))
        + QStringLiteral(", dans ")
        + DossierText::count(stats.regions, QStringLiteral("région"), QStringLiteral("régions"));
    put(composer, detail, { sans(9), muted(), Qt::AlignLeft, 13, 0 }, left, y, width);

    // The campaign's own words, if it has any for the cover.
    if (const QString note = m_data.campaign.coverNote.trimmed(); !note.isEmpty())
        put(composer, DossierText::prose(note), { serif(10.5, false, true), ink(), Qt::AlignLeft, 15, 0 }, left,
            y + 34, width);

    // Edition date at the foot, as on a report's title page.
    const qreal foot = pageHeight - marginBottom - 14;
    composer.addItem(
        ShapeItem::line(QPointF(left, foot - 10), QPointF(left + width, foot - 10), rule(), 0.6));
    put(composer, QStringLiteral("Édition du ") + FrenchText::longDate(m_options.editionDate, Raised),
        { sans(9, true), ink(), Qt::AlignLeft, 13, 0 }, left, foot, width / 2);
    put(composer, DossierText::prose(m_data.campaign.organisers), { sans(9), muted(), Qt::AlignRight, 13, 0 },
        left + width / 2, foot, width / 2);
}
