// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

// Something drawn on a dossier page, in points from the page's top left corner.
class PageItem
{
public:
    virtual ~PageItem() = default;
    virtual void paint(QPainter *painter) const = 0;
};
