// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/conflictdialog.h"

#include "ui_conflictdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

namespace {
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("authority"), QT_TRANSLATE_NOOP("ConflictDialog", "Authority") },
        { QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("ConflictDialog", "Contact") },
        { QStringLiteral("contact_role"), QT_TRANSLATE_NOOP("ConflictDialog", "Contact's role") },
        { QStringLiteral("contact_email"), QT_TRANSLATE_NOOP("ConflictDialog", "Contact's email") },
        { QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("ConflictDialog", "Contact's phone") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictDialog", "Title") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("ConflictDialog", "Testimony") },
        { QStringLiteral("difficulties"), QT_TRANSLATE_NOOP("ConflictDialog", "Difficulties") },
        { QStringLiteral("themes"), QT_TRANSLATE_NOOP("ConflictDialog", "Themes") },
        { QStringLiteral("primary_theme"), QT_TRANSLATE_NOOP("ConflictDialog", "Main theme") },
        { QStringLiteral("subtopics"), QT_TRANSLATE_NOOP("ConflictDialog", "Sub-topics") },
        { QStringLiteral("tags"), QT_TRANSLATE_NOOP("ConflictDialog", "Tags") },
        { QStringLiteral("channel"), QT_TRANSLATE_NOOP("ConflictDialog", "Received by") },
        { QStringLiteral("received_at"), QT_TRANSLATE_NOOP("ConflictDialog", "Received on") },
        { QStringLiteral("consent_name"), QT_TRANSLATE_NOOP("ConflictDialog", "Name may be published") },
        { QStringLiteral("late_override"), QT_TRANSLATE_NOOP("ConflictDialog", "Accepted after the close") },
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("ConflictDialog", label) : field;
}
} // namespace

ConflictDialog::ConflictDialog(
    const Contribution &base, const Contribution &mine, const Contribution &theirs, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConflictDialog>())
    , m_merge(base, mine, theirs)
{
    ui->setupUi(this);
    ui->explanationLabel->setText(tr(
        "Contribution No. %1 was saved by someone else while you were editing it. Here are both versions of "
        "the fields that differ. Keep theirs, keep yours, or merge: fields only one of you changed are kept "
        "as changed; for a field you both changed, choose.")
                                      .arg(theirs.id));
    const QStringList fields = m_merge.differingFields();
    ui->fieldTable->setColumnCount(4);
    ui->fieldTable->setHorizontalHeaderLabels(
        { tr("Field"), tr("Their version"), tr("Your version"), tr("Merge keeps") });
    ui->fieldTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QString &field = fields.at(row);
        ui->fieldTable->setItem(row, 0, new QTableWidgetItem(fieldLabel(field)));
        ui->fieldTable->setItem(
            row, 1, new QTableWidgetItem(m_merge.value(ContributionMerge::Side::Theirs, field)));
        ui->fieldTable->setItem(
            row, 2, new QTableWidgetItem(m_merge.value(ContributionMerge::Side::Mine, field)));
        if (m_merge.conflictingFields().contains(field)) {
            auto *chooser = new QComboBox(ui->fieldTable);
            chooser->addItem(tr("Yours"), int(ContributionMerge::Side::Mine));
            chooser->addItem(tr("Theirs"), int(ContributionMerge::Side::Theirs));
            connect(chooser, &QComboBox::currentIndexChanged, this, [this, field, chooser] {
                m_merge.choose(field, ContributionMerge::Side(chooser->currentData().toInt()));
            });
            ui->fieldTable->setCellWidget(row, 3, chooser);
            m_choosers.insert(field, chooser);
        } else {
            const bool mineChanged =
                m_merge.value(ContributionMerge::Side::Mine, field) != m_merge.baseValue(field);
            ui->fieldTable->setItem(row, 3, new QTableWidgetItem(mineChanged ? tr("Yours") : tr("Theirs")));
        }
    }
    ui->fieldTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->fieldTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->fieldTable->verticalHeader()->hide();
    ui->fieldTable->resizeRowsToContents();

    QPushButton *theirsButton = ui->buttonBox->addButton(tr("Keep &theirs"), QDialogButtonBox::ResetRole);
    QPushButton *mineButton = ui->buttonBox->addButton(tr("Keep &mine"), QDialogButtonBox::AcceptRole);
    QPushButton *mergeButton = ui->buttonBox->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    theirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    mineButton->setObjectName(QStringLiteral("keepMineButton"));
    mergeButton->setObjectName(QStringLiteral("mergeButton"));
    mergeButton->setDefault(true);
    connect(theirsButton, &QPushButton::clicked, this, [this] { finish(Choice::KeepTheirs); });
    connect(mineButton, &QPushButton::clicked, this, [this] { finish(Choice::KeepMine); });
    connect(mergeButton, &QPushButton::clicked, this, [this] { finish(Choice::Merge); });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::chooseField(const QString &field, ContributionMerge::Side side)
{
    if (QComboBox *chooser = m_choosers.value(field))
        chooser->setCurrentIndex(chooser->findData(int(side)));
}

void ConflictDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

Contribution ConflictDialog::result() const
{
    switch (m_choice) {
    case Choice::KeepTheirs:
        return m_merge.keepTheirs();
    case Choice::KeepMine:
        return m_merge.keepMine();
    case Choice::Merge:
    case Choice::Cancel:
        break;
    }
    return m_merge.merged();
}
