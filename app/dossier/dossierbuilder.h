// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"
#include "dossier/dossierlayout.h"
#include "dossier/dossieroptions.h"

#include <atomic>
#include <functional>
#include <optional>

// Lays out a dossier: cover, table of contents, synthesis, body, index of authorities.
// One layout serves the preview, the printer and the PDF. Uses no widgets and no database,
// so it runs on a worker thread; it reports progress and stops when asked to.
class DossierBuilder
{
public:
    using Progress = std::function<void(int done, int total)>;

    DossierBuilder(const DossierData &data, const DossierOptions &options);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // Checked between contributions; build() then returns nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    std::optional<DossierLayout> build() const;

    // What the PDF says about itself.
    static DossierInfo info(const DossierData &data, const DossierOptions &options);

private:
    const DossierData &m_data;
    const DossierOptions &m_options;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
