// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/bulkchangepreviewdialog.h"
#include "ui/common/palettecolors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NumberColumn, TitleColumn, ChangeColumn, ColumnCount };
}

BulkChangePreviewDialog::BulkChangePreviewDialog(
    const QList<PlannedChange> &plan, ReviewState::State to, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("bulkChangePreviewDialog"));
    setWindowTitle(tr("Change the state of %1 contributions").arg(plan.size()));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("previewSummary"));

    m_table = new QTableWidget(int(plan.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const QIcon refusedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor refusedColor = PaletteColors::error(palette());
    int refused = 0;
    for (int row = 0; row < plan.size(); ++row) {
        const PlannedChange &p = plan.at(row);
        auto *number = new QTableWidgetItem(QString::number(p.contributionId));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *title = new QTableWidgetItem(p.title);
        title->setToolTip(p.title);
        auto *change = new QTableWidgetItem;
        if (p.refusal.isEmpty()) {
            change->setText(tr("%1 → %2").arg(ReviewState::label(p.from), ReviewState::label(to)));
        } else {
            ++refused;
            change->setText(tr("Refused: %1").arg(p.refusal));
            change->setToolTip(p.refusal);
            change->setIcon(refusedIcon);
            change->setForeground(refusedColor);
        }
        m_table->setItem(row, NumberColumn, number);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, ChangeColumn, change);
    }
    m_table->setCurrentItem(nullptr);
    m_table->resizeColumnToContents(TitleColumn);
    m_table->setColumnWidth(TitleColumn, qMin(m_table->columnWidth(TitleColumn), 320));

    const int allowed = int(plan.size()) - refused;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(allowed == int(plan.size()) ? tr("Change all %1").arg(allowed)
                                                             : tr("Change the %1 allowed").arg(allowed),
        QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("previewApplyButton"));
    m_apply->setEnabled(allowed > 0);
    m_apply->setDefault(allowed > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (refused == 0)
        m_summary->setText(tr("These %1 contributions will go to “%2”. You can undo it afterwards.")
                               .arg(allowed)
                               .arg(ReviewState::label(to)));
    else if (allowed == 0)
        m_summary->setText(tr("None of these %1 contributions can go to “%2”: see why below.")
                               .arg(plan.size())
                               .arg(ReviewState::label(to)));
    else
        m_summary->setText(
            tr("%1 of these %2 contributions will go to “%3”. %4 cannot and will stay as they are "
               "(see why below).")
                .arg(allowed)
                .arg(plan.size())
                .arg(ReviewState::label(to))
                .arg(refused));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, qMin(520, 160 + int(plan.size()) * m_table->verticalHeader()->defaultSectionSize()));
}

QList<qint64> BulkChangePreviewDialog::allowedIds() const
{
    QList<qint64> ids;
    for (const PlannedChange &p : m_plan)
        if (p.refusal.isEmpty())
            ids.append(p.contributionId);
    return ids;
}

int BulkChangePreviewDialog::refusedCount() const
{
    return int(m_plan.size() - allowedIds().size());
}

QString BulkChangePreviewDialog::summary() const
{
    return m_summary->text();
}
