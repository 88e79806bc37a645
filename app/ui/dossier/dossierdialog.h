// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/backgroundtask.h"

#include "dossier/dossieroptions.h"

#include <QDialog>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class Database;
struct DossierData;
struct DossierLayout;
class QPrinter;

namespace Ui {
class DossierDialog;
}

// Chooses what goes into a dossier and makes it: preview, print, or export as PDF. The
// selection is read here (the database belongs to this thread); layout, printing and PDF
// writing run on a worker thread behind a progress dialog with Cancel.
class QRadioButton;

class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DossierDialog(Database &db, QWidget *parent = nullptr);
    ~DossierDialog() override;

    DossierOptions options() const;
    // Offers "what the list shows" as the selection (and picks it).
    void setListSelection(const ContributionFilter &filter, const QString &label);
    void setOptions(const DossierOptions &options);

    // Writes the dossier to `path` without asking where; false with a sentence if it failed or
    // was cancelled (nothing is left at `path` then).
    bool exportTo(const QString &path, QString *error);
    // After an export: says where the file went, with « Ouvrir » and « Ouvrir le dossier ».
    void tellWhereItWent(const QString &path);
    // How a file or folder is opened (the desktop's own application; tests look instead).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

public Q_SLOTS:
    void exportPdf();
    void print();
    void preview();

private:
    using Job = BackgroundTask::Work;

    void populate();
    bool loadSelection(DossierData *data, QString *error);
    std::unique_ptr<DossierLayout> buildLayout(const DossierData &data, int percentAfter, QString *error);
    // The selection laid out for printer (A4, the dossier's title); null after saying why.
    std::unique_ptr<DossierLayout> layoutFor(QPrinter *printer);
    bool runWithProgress(const QString &label, const Job &job);
    void fail(const QString &message);

    std::unique_ptr<Ui::DossierDialog> ui;
    Database &m_db;
    QRadioButton *m_listRadio = nullptr; // shown once the window offers its list's selection
    ContributionFilter m_listFilter;
    QString m_listLabel;
    std::function<bool(const QUrl &)> m_openUrl;
};
