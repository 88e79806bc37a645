// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierlayout.h"

int DossierLayout::pageOf(const QString &title) const
{
    for (const OutlineEntry &e : outline)
        if (e.title == title && e.target)
            return e.target->page;
    return -1;
}
