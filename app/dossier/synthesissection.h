// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/anchor.h"
#include "dossier/dossierdata.h"
#include "dossier/dossierstatistics.h"

class PageComposer;

// The figures up front: key numbers, a few sentences, and charts drawn as vectors.
class SynthesisSection
{
public:
    explicit SynthesisSection(const DossierData &data);
    void compose(PageComposer &composer, const AnchorPtr &self) const;

    static QString title() { return QStringLiteral("Synthèse"); }
    // The few sentences that open the synthesis.
    QString summary() const;
    const DossierStatistics &statistics() const { return m_stats; }

private:
    void chartHeading(
        PageComposer &composer, const QString &title, const QString &note, qreal chartHeight) const;

    DossierStatistics m_stats;
    Eligibility m_target; // the call's population band, said in the summary
};
