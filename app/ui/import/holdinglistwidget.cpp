// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/holdinglistwidget.h"

#include "storage/contributionrepository.h"

#include "mail/mailimporter.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "ui/common/uitext.h"
#include "ui/editor/mailviewerdialog.h"
#include "ui/import/accepthelddialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

HoldingListWidget::HoldingListWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(tr("No email is waiting."), this))
    , m_showButton(new QPushButton(tr("&Show the email"), this))
    , m_acceptButton(new QPushButton(tr("&Accept…"), this))
    , m_discardButton(new QPushButton(tr("Set &aside…"), this))
{
    setObjectName(QStringLiteral("holdingList"));
    m_list->setObjectName(QStringLiteral("heldMessages"));
    m_list->setAccessibleName(tr("Pending emails"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Received"), tr("Sender"), tr("Subject"), tr("Why it waits") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const QFontMetrics fm = fontMetrics();
    m_list->header()->resizeSection(
        0, fm.horizontalAdvance(QStringLiteral("22 septembre 2021 à 23 h 59")) + 16);
    m_list->header()->resizeSection(1, fm.horizontalAdvance(QLatin1Char('M')) * 18);
    m_list->header()->resizeSection(2, fm.horizontalAdvance(QLatin1Char('M')) * 26);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    m_acceptButton->setObjectName(QStringLiteral("acceptHeldButton"));
    m_discardButton->setObjectName(QStringLiteral("discardHeldButton"));
    m_showButton->setObjectName(QStringLiteral("showHeldButton"));
    m_acceptButton->setToolTip(tr("Makes a contribution of the selected email"));
    m_discardButton->setToolTip(tr("Takes the email out of this list; it stays in the database"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showButton);
    buttons->addStretch(1);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_acceptButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HoldingListWidget::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &HoldingListWidget::showCurrent);
    connect(m_showButton, &QPushButton::clicked, this, &HoldingListWidget::showCurrent);
    connect(m_acceptButton, &QPushButton::clicked, this, &HoldingListWidget::acceptCurrent);
    connect(m_discardButton, &QPushButton::clicked, this, &HoldingListWidget::discardCurrent);
    reload();
}

int HoldingListWidget::count() const
{
    return m_list->topLevelItemCount();
}

qint64 HoldingListWidget::currentSourceId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void HoldingListWidget::setCurrentSourceId(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void HoldingListWidget::reload()
{
    const qint64 current = currentSourceId();
    m_list->clear();
    const QTimeZone zone = m_db.deadlineGuard().timeZone();
    const QList<StoredMessage> held =
        m_db.isOpen() ? SourceMessageRepository(m_db.connection()).held() : QList<StoredMessage>();
    for (const StoredMessage &m : held) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, m.id);
        item->setText(0, m.receivedAt.isValid() ? UiText::longDateTime(m.receivedAt, zone) : tr("unknown"));
        item->setText(1, m.fromName.isEmpty() ? m.fromAddress : m.fromName);
        item->setToolTip(1, m.fromAddress);
        item->setText(2, m.subject.isEmpty() ? tr("(no subject)") : m.subject);
        item->setToolTip(2, m.subject);
        const QString why = m.hold == QLatin1String("late") ? tr("Received after the close")
            : m.hold == QLatin1String("complement")
            ? tr("Reply to contribution No. %1, to check").arg(m.heldReplyTo)
            : tr("No receipt date");
        item->setText(3, why);
    }
    setCurrentSourceId(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(count() > 0);
    m_emptyLabel->setVisible(count() == 0);
    updateButtons();
    if (count() != m_count) {
        m_count = count();
        Q_EMIT countChanged(m_count);
    }
}

void HoldingListWidget::updateButtons()
{
    const bool selected = currentSourceId() != 0;
    m_showButton->setEnabled(selected);
    m_acceptButton->setEnabled(selected && !m_db.isReadOnly());
    m_discardButton->setEnabled(selected && !m_db.isReadOnly());
}

void HoldingListWidget::showCurrent()
{
    const std::optional<StoredMessage> m = SourceMessageRepository(m_db.connection()).find(currentSourceId());
    if (m)
        MailViewerDialog::open(this, m->raw, m->subject);
}

bool HoldingListWidget::accept(
    qint64 sourceId, const QDateTime &receivedAt, const QString &reason, QString *error)
{
    qint64 id = 0;
    if (!MailImporter(m_db).acceptHeld(sourceId, receivedAt, reason, &id, error))
        return false;
    reload();
    Q_EMIT contributionCreated(id);
    return true;
}

bool HoldingListWidget::discard(qint64 sourceId, const QString &reason, QString *error)
{
    if (!MailImporter(m_db).discardHeld(sourceId, reason, error))
        return false;
    reload();
    return true;
}

void HoldingListWidget::acceptCurrent()
{
    const std::optional<StoredMessage> m = SourceMessageRepository(m_db.connection()).find(currentSourceId());
    if (!m)
        return;
    if (m->hold == QLatin1String("complement")) {
        acceptComplement(*m);
        return;
    }
    AcceptHeldDialog dialog(*m, m_db.deadlineGuard(), UiText::personName(m_db, m_db.actor()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!accept(m->id, dialog.receivedAt(), dialog.reason(), &error))
        QMessageBox::warning(this, tr("Not accepted"), error);
}

void HoldingListWidget::acceptComplement(const StoredMessage &m)
{
    const std::optional<Contribution> target = ContributionRepository(m_db).find(m.heldReplyTo);
    QString why;
    if (target) {
        why = MailImporter::complementHoldReason(*target, m.fromAddress);
        if (why.isEmpty())
            why = tr("it came while the contribution's review was finished");
    }
    QMessageBox box(QMessageBox::Question, tr("Accept a reply"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("acceptComplementBox"));
    if (target) {
        box.setText(tr("Add this email from %1 to contribution No. %2, “%3”, as a complement?")
                        .arg(m.fromName.isEmpty() ? m.fromAddress : m.fromName)
                        .arg(target->id)
                        .arg(target->title));
        box.setInformativeText(tr("It waited because %1. Its text is added at the end of the testimony, "
                                  "which goes back to review if its review was finished.")
                                   .arg(why));
    } else {
        box.setText(tr("The contribution this email answers is no longer there. Make a new contribution of it?"));
    }
    QPushButton *add = box.addButton(target ? tr("&Add as a complement") : tr("&Make a contribution"),
                                     QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addComplementButton"));
    box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() != add)
        return;
    QString error;
    if (!accept(m.id, {}, {}, &error))
        QMessageBox::warning(this, tr("Not accepted"), error);
}

void HoldingListWidget::discardCurrent()
{
    const qint64 id = currentSourceId();
    if (!id)
        return;
    QInputDialog input(this);
    input.setObjectName(QStringLiteral("discardReasonDialog"));
    input.setWindowTitle(tr("Set an email aside"));
    input.setLabelText(tr("Why is this email set aside? It leaves this list but stays in the database."));
    input.setOption(QInputDialog::UsePlainTextEditForTextInput);
    input.setOkButtonText(tr("Set &aside"));
    input.setCancelButtonText(tr("&Cancel"));
    if (input.exec() != QDialog::Accepted)
        return;
    const QString reason = input.textValue().trimmed();
    if (reason.isEmpty()) {
        QMessageBox::warning(this, tr("Not set aside"), tr("A reason is required to set an email aside."));
        return;
    }
    QString error;
    if (!discard(id, reason, &error))
        QMessageBox::warning(this, tr("Not set aside"), error);
}
