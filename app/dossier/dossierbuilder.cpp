// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierbuilder.h"

#include "core/frenchtext.h"
#include "dossier/bodysection.h"
#include "dossier/contentssection.h"
#include "dossier/coversection.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/indexsection.h"
#include "dossier/pagecomposer.h"
#include "dossier/synthesissection.h"

DossierBuilder::DossierBuilder(const DossierData &data, const DossierOptions &options)
    : m_data(data)
    , m_options(options)
{ }

DossierInfo DossierBuilder::info(const DossierData &data, const DossierOptions &options)
{
    DossierInfo info;
    const QString name = DossierText::prose(data.campaign.name);
    info.title = name + QStringLiteral(" — ") + CoverSection::subtitle(data.campaign);
    info.author = DossierText::prose(data.campaign.organisers);
    info.subject = DossierText::prose(QStringLiteral("Témoignages des collectivités en réponse à l'appel « ")
        + name + QStringLiteral(" » : ") + data.selectionLabel.toLower() + QStringLiteral(", édition du ")
        + FrenchText::longDate(options.editionDate, FrenchText::Ordinal::Raised) + QLatin1Char('.'));
    info.keywords =
        QStringList { QStringLiteral("collectivités territoriales"), QStringLiteral("témoignages") };
    for (const Theme &t : data.themes)
        if (options.themes.isEmpty() || options.themes.contains(t.code))
            info.keywords.append(DossierText::prose(t.frenchLabel));
    info.runningTitle = name;
    return info;
}

std::optional<DossierLayout> DossierBuilder::build() const
{
    DossierStyle::loadFonts();
    DossierLayout layout;
    layout.info = info(m_data, m_options);
    const int total = int(m_data.entries.size());
    auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    // Every heading gets its anchor first, so the table of contents can be laid out before
    // the pages it points to; the page numbers are read when the pages are painted.
    const BodySection body(m_data, m_options);
    const auto contents = std::make_shared<Anchor>();
    const auto synthesis = std::make_shared<Anchor>();
    const auto index = std::make_shared<Anchor>();
    layout.outline.append({ ContentsSection::title(), 1, contents });
    if (m_options.includeSynthesis)
        layout.outline.append({ SynthesisSection::title(), 1, synthesis });
    layout.outline += body.outline();
    layout.outline.append({ IndexSection::title(), 1, index });

    PageComposer composer(&layout.pages);
    CoverSection(m_data, m_options).compose(composer);
    ContentsSection(layout.outline.mid(1)).compose(composer, &layout, contents);
    if (cancelled())
        return std::nullopt;
    if (m_options.includeSynthesis)
        SynthesisSection(m_data).compose(composer, synthesis);
    if (m_progress)
        m_progress(0, total);
    const bool complete = body.compose(
        composer,
        [&](int done) {
            if (m_progress)
                m_progress(done, total);
        },
        m_cancel);
    if (!complete || cancelled())
        return std::nullopt;
    IndexSection(m_data, [&body](int i) { return body.entryAnchor(i); }).compose(composer, &layout, index);
    return layout;
}
