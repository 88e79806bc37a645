// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Named and numeric HTML character references, as mail programs write them.
class HtmlEntities
{
public:
    // The text for "eacute" or "#233" / "#xE9" (without '&' and ';'); null when unknown.
    static QString lookup(QStringView name);
};
