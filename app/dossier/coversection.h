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

    static QString subtitle() { return QStringLiteral("Recueil des contributions des collectivités"); }

private:
    const DossierData &m_data;
    const DossierOptions &m_options;
};
