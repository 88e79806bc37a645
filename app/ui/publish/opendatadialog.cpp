// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publish/opendatadialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

enum Choice { Ods, CsvSemicolon, CsvComma, Json };

} // namespace

OpenDataDialog::OpenDataDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_formats(new QButtonGroup(this))
    , m_contacts(new QCheckBox(tr("Add the &contacts who agreed to be named"), this))
{
    setWindowTitle(tr("Export as open data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The validated contributions, for a spreadsheet or an open-data portal: one row "
                                "each, with the authority's INSEE or SIREN code, themes and dates. Names, "
                                "addresses and phone numbers in the texts are masked as in the dossier."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<std::pair<Choice, QString>> choices {
        { Ods, tr("&Spreadsheet (OpenDocument, .ods): LibreOffice, Excel") },
        { CsvSemicolon, tr("CSV with “;” (.csv): French spreadsheets") },
        { CsvComma, tr("CSV with “,” (.csv): open-data portals, scripts") },
        { Json, tr("&JSON (.json): programs") },
    };
    for (const auto &[id, label] : choices) {
        auto *button = new QRadioButton(label, this);
        button->setObjectName(QStringLiteral("format%1").arg(int(id)));
        m_formats->addButton(button, id);
        layout->addWidget(button);
    }
    m_formats->button(Ods)->setChecked(true);
    m_contacts->setToolTip(tr("Without it, no name, address or phone number of a contact is written."));
    layout->addWidget(m_contacts);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &OpenDataDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

OpenDataExport::Options OpenDataDialog::options() const
{
    OpenDataExport::Options o;
    switch (m_formats->checkedId()) {
    case CsvSemicolon:
        o.format = OpenDataExport::Format::Csv;
        o.separator = QLatin1Char(';');
        break;
    case CsvComma:
        o.format = OpenDataExport::Format::Csv;
        break;
    case Json:
        o.format = OpenDataExport::Format::Json;
        break;
    default:
        o.format = OpenDataExport::Format::Ods;
    }
    o.withContacts = m_contacts->isChecked();
    return o;
}

QString OpenDataDialog::suggestedPath() const
{
    const OpenDataExport::Format f = options().format;
    const QString extension = f == OpenDataExport::Format::Csv ? QStringLiteral("csv")
        : f == OpenDataExport::Format::Json                    ? QStringLiteral("json")
                                                               : QStringLiteral("ods");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(tr("validated-contributions") + QLatin1Char('.') + extension);
}

void OpenDataDialog::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as open data"), suggestedPath());
    if (!path.isEmpty() && exportTo(path))
        accept();
}

bool OpenDataDialog::exportTo(const QString &path)
{
    int count = 0;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = OpenDataExport::write(m_db, options(), path, &count, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export as open data"), error);
        return false;
    }
    ExportNotice::show(this, tr("Open data exported"),
        tr("%n validated contribution(s) written to “%1”.", nullptr, count).arg(QFileInfo(path).fileName()), path,
        QFileInfo(path).absolutePath(), m_opener);
    return true;
}
