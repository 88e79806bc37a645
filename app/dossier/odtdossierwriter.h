// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"
#include "dossier/dossieroptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The dossier as an OpenDocument text for the people who write the report: the same selection,
// grouping and masking as the PDF, with real headings (Titre 1, 2, 3…) that LibreOffice Writer's
// table of contents and navigator read, named paragraph styles to restyle, and the synthesis'
// charts as pictures, each with its alternative text and its figures in a table beside it.
// Needs a QGuiApplication (the charts are painted); offscreen is enough.
class OdtDossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtDossierWriter)

public:
    OdtDossierWriter(const DossierData &data, const DossierOptions &options);

    QByteArray document() const;
    // Written whole or not at all; false with a sentence in *error.
    bool write(const QString &path, QString *error) const;

private:
    const DossierData &m_data;
    const DossierOptions &m_options;
};
