// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierlayout.h"

#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;

// Paints a laid-out dossier onto any paged device (QPdfWriter, QPrinter, a print preview),
// page by page, scaling points to the device. Safe on a worker thread for PDF and printers.
class DossierRenderer
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit DossierRenderer(const DossierLayout &layout);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Pages first..last (1-based, inclusive; 0 for "to the end"). False when cancelled or
    // when the device cannot be painted on.
    bool render(QPagedPaintDevice *device, int first = 1, int last = 0) const;

    // One page in points, on a painter already scaled to points.
    void paintPage(QPainter *painter, int index) const;

    static QString footerText(int page, int pageCount);

private:
    const DossierLayout &m_layout;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
