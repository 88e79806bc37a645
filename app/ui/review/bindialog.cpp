// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/bindialog.h"

#include "core/authoritydirectory.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "ui/common/uitext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

BinDialog::BinDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(tr("The bin is empty: no contribution has been deleted."), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("binDialog"));
    setWindowTitle(tr("Bin"));
    auto *intro = new QLabel(tr("Deleted contributions are kept here with their sources and their history. "
                                "Restored, a contribution is back in the lists as it was."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("binList"));
    m_list->setAccessibleName(tr("Deleted contributions"));
    m_list->setHeaderLabels({tr("No."), tr("Title"), tr("Local authority"), tr("Deleted on"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const QFontMetrics fm = fontMetrics();
    m_list->header()->resizeSection(0, fm.horizontalAdvance(QStringLiteral("00000")) + 16);
    m_list->header()->resizeSection(1, fm.averageCharWidth() * 36);
    m_list->header()->resizeSection(2, fm.averageCharWidth() * 20);
    m_list->header()->resizeSection(3, fm.horizontalAdvance(QStringLiteral("22 septembre 2021 à 23 h 59")) + 16);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BinDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BinDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &BinDialog::restoreSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(buttons);
    resize(fm.averageCharWidth() * 110, fm.height() * 24);
    reload();
}

void BinDialog::reload()
{
    m_list->clear();
    const QTimeZone zone = m_db.deadlineGuard().timeZone();
    for (const DeletedContribution &c : ContributionRepository(m_db).deleted()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, c.id);
        item->setText(0, QString::number(c.id));
        item->setText(1, c.title);
        item->setToolTip(1, c.title);
        const Authority a = AuthorityDirectory::official().find(c.authorityCode);
        item->setText(2, a.isValid() ? UiText::authorityName(a.name, a.departement) : c.authorityCode);
        item->setText(3, UiText::longDateTime(c.deletedAt, zone));
        item->setText(4, UiText::personName(m_db, c.deletedBy));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_emptyLabel->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

void BinDialog::updateButtons()
{
    m_restore->setEnabled(!m_list->selectedItems().isEmpty() && !m_db.isReadOnly());
}

void BinDialog::restoreSelected()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(0, IdRole).toLongLong());
    ContributionRepository repository(m_db);
    for (qint64 id : std::as_const(ids)) {
        QString error;
        if (!repository.restore(id, &error)) {
            QMessageBox::warning(this, tr("Not restored"), tr("Contribution No. %1 was not restored: %2").arg(id).arg(error));
            break;
        }
        Q_EMIT restored(id);
    }
    reload();
}
