// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/synthesissection.h"

#include "core/frenchtext.h"
#include "dossier/barchart.h"
#include "dossier/columnchart.h"
#include "dossier/donutchart.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/pagecomposer.h"
#include "dossier/shapeitem.h"
#include "dossier/textlinesitem.h"
#include "dossier/timelinechart.h"

#include <algorithm>
#include <cmath>

using namespace DossierStyle;

SynthesisSection::SynthesisSection(const DossierData &data)
    : m_stats(DossierStatistics::compute(data))
    , m_target(data.campaign.eligibility)
{ }

QString SynthesisSection::summary() const
{
    const DossierStatistics &s = m_stats;
    if (s.contributions == 0)
        return QStringLiteral("Aucune contribution ne correspond à cette sélection.");
    QString text = QStringLiteral("Ce dossier réunit ")
        + DossierText::count(
            s.contributions, QStringLiteral("contribution"), QStringLiteral("contributions"));
    if (s.authorities > 0)
        text += QStringLiteral(" de ")
            + DossierText::count(
                s.authorities, QStringLiteral("collectivité"), QStringLiteral("collectivités"))
            + QStringLiteral(", situées dans ")
            + DossierText::count(
                s.departements, QStringLiteral("département"), QStringLiteral("départements"))
            + QStringLiteral(" et ")
            + DossierText::count(s.regions, QStringLiteral("région"), QStringLiteral("régions"));
    if (!s.receipts.isEmpty())
        text += QStringLiteral(", reçues entre le ")
            + FrenchText::longDate(s.receipts.first(), FrenchText::Ordinal::Raised) + QStringLiteral(" et le ")
            + FrenchText::longDate(s.receipts.last(), FrenchText::Ordinal::Raised);
    text += QStringLiteral(". ");
    if (s.communes + s.intercommunalites > 0) {
        text += QStringLiteral("Elles émanent de ")
            + DossierText::count(s.communes, QStringLiteral("commune"), QStringLiteral("communes"))
            + QStringLiteral(" et de ")
            + DossierText::count(
                s.intercommunalites, QStringLiteral("intercommunalité"), QStringLiteral("intercommunalités"));
        const Eligibility &target = m_target;
        QString band;
        if (target.populationMax > 0)
            band = QStringLiteral("de ") + FrenchText::number(target.populationMin) + QStringLiteral(" à ")
                + FrenchText::number(target.populationMax) + QStringLiteral(" habitants");
        else if (target.populationMin > 0)
            band = QStringLiteral("au moins ") + FrenchText::number(target.populationMin) + QStringLiteral(" habitants");
        // A call open to every size of town has no core target to speak of.
        if (band.isEmpty())
            text += QStringLiteral(".");
        else if (s.inTargetBand > 1)
            text += QStringLiteral("; ") + FrenchText::number(s.inTargetBand) + QStringLiteral(" de ces communes comptent ")
                + band + QStringLiteral(", le cœur de cible de l'appel.");
        else if (s.inTargetBand == 1)
            text += QStringLiteral("; une de ces communes compte ") + band + QStringLiteral(", le cœur de cible de l'appel.");
        else
            text += QStringLiteral("; aucune de ces communes ne compte ") + band + QStringLiteral(".");
    }
    const auto top = std::max_element(s.perTheme.cbegin(), s.perTheme.cend(),
        [](const auto &l, const auto &r) { return l.count < r.count; });
    if (top != s.perTheme.cend() && top->count > 0)
        text += QStringLiteral(" Le thème le plus traité est « ") + top->label + QStringLiteral(" », avec ")
            + DossierText::count(top->count, QStringLiteral("contribution"), QStringLiteral("contributions"))
            + QStringLiteral(" (") + QString::number(std::lround(100.0 * top->count / s.contributions))
            + QStringLiteral("\u202F%).");
    // prose() settles the spaces before « ; : » and the apostrophes once, for the whole paragraph.
    return DossierText::prose(text);
}

void SynthesisSection::chartHeading(
    PageComposer &composer, const QString &title, const QString &note, qreal chartHeight) const
{
    const auto heading =
        PageComposer::text(title, { sans(11, true), accent(), Qt::AlignLeft, 15, 0 }, composer.width());
    const auto sub = note.isEmpty() ? nullptr
                                    : PageComposer::text(DossierText::prose(note),
                                        { sans(8), muted(), Qt::AlignLeft, 11.5, 0 }, composer.width());
    composer.skip(20);
    composer.ensureSpace(heading->height() + (sub ? sub->height() : 0) + 10 + chartHeight);
    composer.addText(heading);
    if (sub)
        composer.addText(sub);
    composer.moveTo(composer.y() + 10);
}

void SynthesisSection::compose(PageComposer &composer, const AnchorPtr &self) const
{
    const qreal width = composer.width();
    composer.setSection(title());
    composer.breakPage();
    composer.place(self);
    composer.addText(PageComposer::text(title(), { sans(22, true), accent(), Qt::AlignLeft, 30, 0 }, width));
    composer.skip(10);
    composer.addText(PageComposer::text(summary(), { serif(10.5), ink(), Qt::AlignJustify, 15, 0 }, width));
    composer.skip(16);

    // Key figures in a row of four tinted boxes.
    const std::pair<int, QString> figures[] = {
        { m_stats.contributions,
            m_stats.contributions > 1 ? QStringLiteral("contributions") : QStringLiteral("contribution") },
        { m_stats.authorities,
            m_stats.authorities > 1 ? QStringLiteral("collectivités") : QStringLiteral("collectivité") },
        { m_stats.departements,
            m_stats.departements > 1 ? QStringLiteral("départements") : QStringLiteral("département") },
        { m_stats.regions, m_stats.regions > 1 ? QStringLiteral("régions") : QStringLiteral("région") }
    };
    const QRectF row = composer.reserve(62);
    const qreal boxWidth = (width - 3 * 10) / 4;
    for (int i = 0; i < 4; ++i) {
        const QRectF box(row.left() + i * (boxWidth + 10), row.top(), boxWidth, row.height());
        composer.addItem(ShapeItem::rect(box, tint()));
        composer.addItem(
            ShapeItem::rect(QRectF(box.left(), box.top(), boxWidth, 2.5), i < 3 ? themeColor(i) : accent()));
        const auto number = PageComposer::text(FrenchText::number(figures[i].first),
            { sans(21, true), accent(), Qt::AlignLeft, 27, 0 }, boxWidth - 20);
        composer.addItem(std::make_unique<TextLinesItem>(number, box.topLeft() + QPointF(10, 9), 0, 1));
        const auto label =
            PageComposer::text(figures[i].second, { sans(8.5), ink(), Qt::AlignLeft, 12, 0 }, boxWidth - 20);
        composer.addItem(std::make_unique<TextLinesItem>(label, box.topLeft() + QPointF(10, 38), 0, 1));
    }

    const qreal themeHeight = BarChart::heightFor(m_stats.perTheme);
    chartHeading(composer, QStringLiteral("Contributions par thème principal"),
        QStringLiteral("Chaque contribution est rangée sous un thème principal."), themeHeight);
    composer.addItem(std::make_unique<BarChart>(composer.reserve(themeHeight), m_stats.perTheme));

    chartHeading(composer, QStringLiteral("Réception des contributions"),
        QStringLiteral("Contributions reçues chaque semaine et total cumulé, jusqu'à la clôture de l'appel."),
        190);
    composer.addItem(std::make_unique<TimelineChart>(
        composer.reserve(190), m_stats.receipts, m_stats.opensOn, m_stats.closesOn));

    const qreal subHeight = BarChart::heightFor(m_stats.perSubtopic);
    chartHeading(composer, QStringLiteral("Sous-thèmes abordés"),
        QStringLiteral(
            "Nombre de contributions citant chaque sous-thème ; une contribution peut en citer plusieurs."),
        subHeight);
    composer.addItem(std::make_unique<BarChart>(composer.reserve(subHeight), m_stats.perSubtopic));

    chartHeading(composer, QStringLiteral("Communes et intercommunalités"),
        QStringLiteral("Collectivités ayant contribué, selon leur nature."), 96);
    QList<DonutChart::Slice> slices { { QStringLiteral("Communes"), m_stats.communes, accent() },
        { QStringLiteral("Intercommunalités"), m_stats.intercommunalites, themeColor(1) } };
    if (m_stats.unknownAuthorities > 0)
        slices.append({ QStringLiteral("Collectivité non précisée (contributions)"),
            m_stats.unknownAuthorities, rule() });
    composer.addItem(
        std::make_unique<DonutChart>(composer.reserve(96), slices, QStringLiteral("collectivités")));

    chartHeading(composer, DossierText::prose(QStringLiteral("Collectivités par nombre d'habitants")),
        QStringLiteral("Population municipale (communes) ou totale (intercommunalités)."), 170);
    composer.addItem(std::make_unique<ColumnChart>(composer.reserve(170), m_stats.perBand));

    const qreal regionHeight = BarChart::heightFor(m_stats.perRegion);
    chartHeading(composer, QStringLiteral("Contributions par région"),
        QStringLiteral("Régions de métropole, puis d'outre-mer."), regionHeight);
    composer.addItem(std::make_unique<BarChart>(composer.reserve(regionHeight), m_stats.perRegion));
}
