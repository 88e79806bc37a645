// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossieroptions.h"

QString DossierOptions::groupingCode(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Theme:
        return QStringLiteral("theme");
    case Grouping::Authority:
        return QStringLiteral("authority");
    case Grouping::Region:
        return QStringLiteral("region");
    }
    return {};
}

bool DossierOptions::groupingFromCode(const QString &code, Grouping *grouping)
{
    for (Grouping g : { Grouping::Theme, Grouping::Authority, Grouping::Region }) {
        if (code == groupingCode(g)) {
            *grouping = g;
            return true;
        }
    }
    return false;
}
