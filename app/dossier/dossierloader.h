// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"
#include "dossier/dossieroptions.h"

#include <QCoreApplication>
#include <functional>

class Database;

// Reads a dossier's selection from the store into plain values. Runs on the thread that owns
// the database connection; the slow part (layout and painting) then runs anywhere.
class DossierLoader
{
    Q_DECLARE_TR_FUNCTIONS(DossierLoader)

public:
    explicit DossierLoader(Database &db);

    // False with a sentence in *error when the store cannot be read or a code is unknown.
    bool load(const DossierOptions &options, DossierData *data, QString *error) const;

    // "Contributions validées", "Contributions reçues et en relecture — Cohésion sociale".
    static QString selectionLabel(const DossierOptions &options, const QList<Theme> &themes);

private:
    Database &m_db;
};
