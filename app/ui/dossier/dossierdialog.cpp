// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dossier/dossierdialog.h"

#include <QRadioButton>
#include "ui_dossierdialog.h"

#include "core/reviewstate.h"
#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossierpdfwriter.h"
#include "dossier/odtdossierwriter.h"
#include "dossier/dossierrenderer.h"
#include "dossier/dossierstyle.h"
#include "storage/database.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/exportnotice.h"
#include "ui/common/uitext.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace {
constexpr int CodeRole = Qt::UserRole;
}

DossierDialog::DossierDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::DossierDialog>())
    , m_db(db)
{
    ui->setupUi(this);
    DossierStyle::loadFonts(); // here, on the UI thread, before any worker lays text out
    populate();
    connect(ui->filterRadio, &QRadioButton::toggled, this, [this](bool on) {
        ui->statusList->setEnabled(on);
        ui->themeList->setEnabled(on);
    });
    connect(ui->exportButton, &QPushButton::clicked, this, &DossierDialog::exportPdf);
    connect(ui->printButton, &QPushButton::clicked, this, &DossierDialog::print);
    connect(ui->previewButton, &QPushButton::clicked, this, &DossierDialog::preview);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

DossierDialog::~DossierDialog() = default;

void DossierDialog::populate()
{
    ui->groupingCombo->addItem(
        tr("Theme and sub-topic"), DossierOptions::groupingCode(DossierOptions::Grouping::Theme));
    ui->groupingCombo->addItem(
        tr("Local authority"), DossierOptions::groupingCode(DossierOptions::Grouping::Authority));
    ui->groupingCombo->addItem(
        tr("Région and département"), DossierOptions::groupingCode(DossierOptions::Grouping::Region));
    for (ReviewState::State s : ReviewState::all()) {
        auto *item = new QListWidgetItem(ReviewState::label(s), ui->statusList);
        item->setData(CodeRole, ReviewState::code(s));
        item->setCheckState(s == ReviewState::Validated ? Qt::Checked : Qt::Unchecked);
    }
    const bool french = QLocale().language() == QLocale::French;
    for (const Theme &t : TaxonomyRepository(m_db).themes()) {
        auto *item = new QListWidgetItem(french ? UiText::frenchLabel(t.frenchLabel) : t.englishLabel, ui->themeList);
        item->setData(CodeRole, t.code);
        item->setCheckState(Qt::Unchecked);
    }
}

DossierOptions DossierDialog::options() const
{
    DossierOptions o;
    if (m_listRadio && m_listRadio->isChecked()) {
        o.statuses.clear();
        o.useListFilter = true;
        o.listFilter = m_listFilter;
        o.listLabel = m_listLabel;
    } else if (ui->filterRadio->isChecked()) {
        o.statuses.clear();
        for (int i = 0; i < ui->statusList->count(); ++i)
            if (ui->statusList->item(i)->checkState() == Qt::Checked)
                o.statuses.append(ui->statusList->item(i)->data(CodeRole).toString());
        for (int i = 0; i < ui->themeList->count(); ++i)
            if (ui->themeList->item(i)->checkState() == Qt::Checked)
                o.themes.append(ui->themeList->item(i)->data(CodeRole).toString());
    }
    DossierOptions::groupingFromCode(ui->groupingCombo->currentData().toString(), &o.grouping);
    o.includeSynthesis = ui->synthesisCheck->isChecked();
    o.includeContacts = ui->contactsCheck->isChecked();
    o.listAttachments = ui->attachmentsCheck->isChecked();
    return o;
}

void DossierDialog::setListSelection(const ContributionFilter &filter, const QString &label)
{
    m_listFilter = filter;
    m_listLabel = label;
    if (!m_listRadio) {
        m_listRadio = new QRadioButton(ui->selectionGroup);
        m_listRadio->setAccessibleName(tr("What the list shows"));
        ui->selectionLayout->addWidget(m_listRadio, ui->selectionLayout->rowCount(), 0, 1, -1);
    }
    m_listRadio->setText(tr("What the list shows: %1").arg(label));
    m_listRadio->setChecked(true);
}

void DossierDialog::setOptions(const DossierOptions &o)
{
    const bool onlyValidated =
        o.statuses == QStringList { QStringLiteral("validated") } && o.themes.isEmpty();
    (onlyValidated ? ui->validatedRadio : ui->filterRadio)->setChecked(true);
    for (int i = 0; i < ui->statusList->count(); ++i) {
        QListWidgetItem *item = ui->statusList->item(i);
        item->setCheckState(
            o.statuses.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    for (int i = 0; i < ui->themeList->count(); ++i) {
        QListWidgetItem *item = ui->themeList->item(i);
        item->setCheckState(o.themes.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    ui->groupingCombo->setCurrentIndex(ui->groupingCombo->findData(DossierOptions::groupingCode(o.grouping)));
    ui->synthesisCheck->setChecked(o.includeSynthesis);
    ui->contactsCheck->setChecked(o.includeContacts);
    ui->attachmentsCheck->setChecked(o.listAttachments);
}

void DossierDialog::fail(const QString &message)
{
    QMessageBox::warning(this, tr("Dossier"), message);
}

bool DossierDialog::loadSelection(DossierData *data, QString *error)
{
    const DossierOptions o = options();
    if (ui->filterRadio->isChecked() && o.statuses.isEmpty()) {
        *error = tr("Check at least one review state.");
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool loaded = DossierLoader(m_db).load(o, data, error);
    QGuiApplication::restoreOverrideCursor();
    if (loaded && data->entries.isEmpty()) {
        *error = tr("No contribution matches this selection: there is nothing to put in a dossier.");
        return false;
    }
    return loaded;
}

bool DossierDialog::runWithProgress(const QString &label, const Job &job)
{
    return BackgroundTask::runWithProgress(this, label, job);
}

std::unique_ptr<DossierLayout> DossierDialog::buildLayout(
    const DossierData &data, int percentAfter, QString *error)
{
    std::unique_ptr<DossierLayout> layout;
    const DossierOptions o = options();
    const bool done = runWithProgress(
        tr("Laying out the dossier…"), [&](const auto &report, const std::atomic_bool *cancel) {
            DossierBuilder builder(data, o);
            builder.setCancelFlag(cancel);
            builder.setProgressCallback(
                [&](int n, int total) { report(total ? n * percentAfter / total : 0); });
            std::optional<DossierLayout> built = builder.build();
            if (built)
                layout = std::make_unique<DossierLayout>(std::move(*built));
            return bool(built);
        });
    if (!done) {
        *error = tr("The dossier was cancelled.");
        return nullptr;
    }
    return layout;
}

bool DossierDialog::exportTo(const QString &path, QString *error)
{
    DossierData data;
    if (!loadSelection(&data, error))
        return false;
    const DossierOptions o = options();
    // For the report's authors: an OpenDocument text, with headings, contents and charts.
    if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool written = OdtDossierWriter(data, o).write(path, error);
        QApplication::restoreOverrideCursor();
        return written;
    }
    // Layout and writing in one job: one progress bar from start to finish.
    QString failure;
    const bool done =
        runWithProgress(tr("Writing the PDF…"), [&](const auto &report, const std::atomic_bool *cancel) {
            DossierBuilder builder(data, o);
            builder.setCancelFlag(cancel);
            builder.setProgressCallback([&](int n, int total) { report(total ? n * 40 / total : 0); });
            const std::optional<DossierLayout> layout = builder.build();
            if (!layout)
                return false;
            DossierPdfWriter writer(*layout);
            writer.setCancelFlag(cancel);
            writer.setProgressCallback([&](int n, int total) { report(40 + (total ? n * 60 / total : 0)); });
            return writer.write(path, &failure);
        });
    if (!done)
        *error = failure.isEmpty() ? tr("The export was cancelled: no file was written.") : failure;
    return done;
}

void DossierDialog::exportPdf()
{
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("dossier/folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("dossier-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString pdf = tr("PDF files (*.pdf)");
    const QString odt = tr("OpenDocument text, for the report's authors (*.odt)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the dossier"), suggested, pdf + QStringLiteral(";;") + odt, &filter);
    if (path.isEmpty())
        return;
    const QString extension = filter == odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        path += extension;
        // The file dialog asked about the name typed, not this one: ask before replacing it.
        if (QFileInfo::exists(path)
            && QMessageBox::question(this, tr("Dossier"),
                   tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return;
    }
    settings.setValue(QStringLiteral("dossier/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        return fail(error);
    tellWhereItWent(path);
}

void DossierDialog::tellWhereItWent(const QString &path)
{
    const QFileInfo file(path);
    ExportNotice::show(this, tr("Dossier exported"),
        tr("The dossier was saved as “%1” in the folder “%2”.")
            .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
        file.absoluteFilePath(), file.absolutePath(), m_openUrl);
}

std::unique_ptr<DossierLayout> DossierDialog::layoutFor(QPrinter *printer)
{
    DossierData data;
    QString error;
    if (!loadSelection(&data, &error)) {
        fail(error);
        return nullptr;
    }
    std::unique_ptr<DossierLayout> layout = buildLayout(data, 100, &error);
    if (!layout) {
        fail(error);
        return nullptr;
    }
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(layout->info.title);
    return layout;
}

void DossierDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const std::unique_ptr<DossierLayout> layout = layoutFor(&printer);
    if (!layout)
        return;
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, layout->pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int first = printer.printRange() == QPrinter::PageRange ? printer.fromPage() : 1;
    const int last = printer.printRange() == QPrinter::PageRange ? printer.toPage() : 0;
    // A QPrinter may be painted from another thread (Qt: "Threads and QObjects").
    const bool printed =
        runWithProgress(tr("Printing the dossier…"), [&](const auto &report, const std::atomic_bool *cancel) {
            DossierRenderer renderer(*layout);
            renderer.setCancelFlag(cancel);
            renderer.setProgressCallback([&](int n, int total) { report(total ? n * 100 / total : 0); });
            return renderer.render(&printer, first, last);
        });
    if (!printed)
        fail(tr("Printing was cancelled or failed."));
}

void DossierDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    const std::unique_ptr<DossierLayout> layout = layoutFor(&printer);
    if (!layout)
        return;
    // The preview paints on this thread (Qt asks for the pages synchronously); the costly part,
    // the layout, is already done.
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Dossier preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        DossierRenderer(*layout).render(target);
        QGuiApplication::restoreOverrideCursor();
    });
    dialog.exec();
}
