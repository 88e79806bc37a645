// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A campaign's themes and sub-topics; the defaults are the 2021 call's (contracts.md). Codes
// never change; labels may, and an administrator may add, merge or retire entries.
struct Theme
{
    QString code;
    QString frenchLabel;
    QString englishLabel;
    bool retired = false; // kept on the contributions that carry it, no longer offered
};

struct Subtopic
{
    QString code;
    QString themeCode;
    QString frenchLabel;
    QString englishLabel;
    bool retired = false;
};

namespace Taxonomy {
const QList<Theme> &defaultThemes();
const QList<Subtopic> &defaultSubtopics();
} // namespace Taxonomy
