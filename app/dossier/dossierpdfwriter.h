// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierlayout.h"
#include "dossier/pdfupdate.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

// Writes a laid-out dossier as a PDF/A-1b file: fonts embedded, document properties and XMP,
// bookmarks and clickable table of contents and index. Runs on any thread.
class DossierPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierPdfWriter)

public:
    using Progress = std::function<void(int done, int total)>;

    explicit DossierPdfWriter(const DossierLayout &layout);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The whole file or nothing: an existing file is replaced only once the new one is complete.
    bool write(const QString &path, QString *error) const;
    bool write(QByteArray *pdf, QString *error) const;

    static PdfDocumentInfo documentInfo(const DossierInfo &info);

private:
    const DossierLayout &m_layout;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
