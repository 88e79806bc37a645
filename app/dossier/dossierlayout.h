// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/anchor.h"
#include "dossier/pageitem.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

// One page of a dossier: what is drawn on it, and what the running header says.
struct DossierPage
{
    std::vector<std::unique_ptr<PageItem>> items;
    QString section; // right side of the running header
    bool decorated = true; // header and footer ("page X / Y"); not on the cover
};

// A heading as the table of contents and the PDF bookmarks know it.
struct OutlineEntry
{
    QString title;
    int level = 1; // 1: part (theme, région…), 2: sub-part, 3: contribution
    AnchorPtr target;
};

// A clickable area (a table of contents line, an index page number).
struct LinkArea
{
    int page = 0;
    QRectF rect; // points from the page's top left
    AnchorPtr target;
};

// What the PDF says about itself (document properties and XMP).
struct DossierInfo
{
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString runningTitle; // left side of the running header
};

// The paginated dossier: built once, painted as often as needed (preview, printer, PDF).
struct DossierLayout
{
    std::vector<DossierPage> pages;
    QList<OutlineEntry> outline; // in reading order
    QList<LinkArea> links;
    DossierInfo info;

    int pageCount() const { return int(pages.size()); }
    // The page of each entry's heading, 0-based; -1 if it was never placed.
    int pageOf(const QString &title) const;
};
