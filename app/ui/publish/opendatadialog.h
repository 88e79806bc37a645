// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/opendataexport.h"
#include "ui/common/exportnotice.h"

#include <QDialog>

class Database;
class QButtonGroup;
class QCheckBox;

// Fichier › Exporter les données ouvertes… : the validated contributions for a spreadsheet or an
// open-data portal (OpenDocument spreadsheet, CSV with « ; » or « , », JSON), contacts only
// those who consented and only when asked; then says where the file went and offers to open it.
class OpenDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDataDialog(Database &db, QWidget *parent = nullptr);

    OpenDataExport::Options options() const;
    // The file name offered, in the user's documents folder, with the format's extension.
    QString suggestedPath() const;
    // Writes path; on success says where (with « Ouvrir »), else the reason; true when written.
    bool exportTo(const QString &path);
    void setOpener(const ExportNotice::Opener &opener) { m_opener = opener; }

private:
    void chooseFileAndExport();

    Database &m_db;
    QButtonGroup *m_formats;
    QCheckBox *m_contacts;
    ExportNotice::Opener m_opener;
};
