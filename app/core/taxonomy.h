// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The call's three themes and their sub-topics (contracts.md). Codes never change;
// an administrator may add sub-topics, which live in the database.
struct Theme
{
    QString code;
    QString frenchLabel;
    QString englishLabel;
};

struct Subtopic
{
    QString code;
    QString themeCode;
    QString frenchLabel;
    QString englishLabel;
};

namespace Taxonomy {
const QList<Theme> &defaultThemes();
const QList<Subtopic> &defaultSubtopics();
} // namespace Taxonomy
