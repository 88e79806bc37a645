// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/anchor.h"
#include "dossier/dossierdata.h"
#include "dossier/dossierlayout.h"

#include <functional>

class PageComposer;

// The index of local authorities at the end: names in French alphabetical order, in two
// columns, with the pages where their contributions start (clickable in the PDF).
class IndexSection
{
public:
    IndexSection(const DossierData &data, std::function<AnchorPtr(int)> entryAnchor);
    void compose(PageComposer &composer, DossierLayout *layout, const AnchorPtr &self) const;

    static QString title() { return QStringLiteral("Index des collectivités"); }
    // "Saumur (49)": how an authority is named in the index.
    static QString label(const Authority &authority);

private:
    const DossierData &m_data;
    std::function<AnchorPtr(int)> m_entryAnchor;
};
