// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierlayout.h"

class PageComposer;

// The table of contents. It is laid out before the body, so its page numbers are read from
// anchors when the pages are painted; its length does not depend on them (fixed column).
class ContentsSection
{
public:
    explicit ContentsSection(const QList<OutlineEntry> &entries);
    void compose(PageComposer &composer, DossierLayout *layout, const AnchorPtr &self) const;

    static QString title() { return QStringLiteral("Sommaire"); }

private:
    QList<OutlineEntry> m_entries;
};
