// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <memory>

// A place in the dossier that is referred to before it is laid out (table of contents,
// bookmarks, index): filled in when the heading lands on its page.
struct Anchor
{
    int page = -1; // 0-based
    qreal y = 0; // points from the top of the page

    bool isPlaced() const { return page >= 0; }
};

using AnchorPtr = std::shared_ptr<Anchor>;
