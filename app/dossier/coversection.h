// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"
#include "dossier/dossieroptions.h"

class PageComposer;

// The first page: what the dossier is, who made the call, when, and how much it holds.
class CoverSection
{
public:
    CoverSection(const DossierData &data, const DossierOptions &options);
    void compose(PageComposer &composer) const;

    // The line under the call's name: the campaign's own, or the usual one.
    static QString subtitle(const Campaign &campaign)
    {
        return campaign.coverSubtitle.trimmed().isEmpty() ? QStringLiteral("Recueil des contributions des collectivités")
                                                          : campaign.coverSubtitle.trimmed();
    }

private:
    const DossierData &m_data;
    const DossierOptions &m_options;
};
