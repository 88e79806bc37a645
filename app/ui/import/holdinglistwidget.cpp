// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/holdinglistwidget.h"

#include "core/authoritydirectory.h"
#include "mail/mailimporter.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sourcemessagerepository.h"
#include "ui/common/uitext.h"
#include "ui/editor/mailviewerdialog.h"
#include "ui/import/accepthelddialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2; // "email", or "typed" for a testimony typed after the close
const QString Email = QStringLiteral("email");
const QString Typed = QStringLiteral("typed");
}

HoldingListWidget::HoldingListWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(tr("Nothing is waiting."), this))
    , m_showButton(new QPushButton(tr("&Show"), this))
    , m_acceptButton(new QPushButton(tr("&Accept…"), this))
    , m_discardButton(new QPushButton(tr("Set &aside…"), this))
{
    setObjectName(QStringLiteral("holdingList"));
    m_list->setObjectName(QStringLiteral("heldMessages"));
    m_list->setAccessibleName(tr("Pending"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Received"), tr("From"), tr("Subject"), tr("Why it waits") });
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
    m_showButton->setToolTip(tr("Shows the selected email or typed testimony"));
    m_acceptButton->setToolTip(tr("Makes a contribution of the selected item"));
    m_discardButton->setToolTip(tr("Takes the selected item out of this list; it stays in the database"));

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

qint64 HoldingListWidget::currentId(const QString &kind) const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->data(0, KindRole).toString() == kind ? item->data(0, IdRole).toLongLong() : 0;
}

void HoldingListWidget::setCurrentId(const QString &kind, qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, KindRole).toString() == kind && item->data(0, IdRole).toLongLong() == id)
            m_list->setCurrentItem(item);
    }
}

qint64 HoldingListWidget::currentSourceId() const
{
    return currentId(Email);
}

void HoldingListWidget::setCurrentSourceId(qint64 id)
{
    setCurrentId(Email, id);
}

qint64 HoldingListWidget::currentHeldContributionId() const
{
    return currentId(Typed);
}

void HoldingListWidget::setCurrentHeldContributionId(qint64 id)
{
    reload(); // it may have just come
    setCurrentId(Typed, id);
}

void HoldingListWidget::reload()
{
    const QTreeWidgetItem *currentItem = m_list->currentItem();
    const QString currentKind = currentItem ? currentItem->data(0, KindRole).toString() : QString();
    const qint64 current = currentItem ? currentItem->data(0, IdRole).toLongLong() : 0;
    m_list->clear();
    const QTimeZone zone = m_db.deadlineGuard().timeZone();
    const QList<StoredMessage> held =
        m_db.isOpen() ? SourceMessageRepository(m_db.connection()).held() : QList<StoredMessage>();
    for (const StoredMessage &m : held) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, m.id);
        item->setData(0, KindRole, Email);
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
        item->setToolTip(3, why);
    }
    const QList<Contribution> typed = m_db.isOpen() ? ContributionRepository(m_db).held() : QList<Contribution>();
    for (const Contribution &c : typed) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, c.id);
        item->setData(0, KindRole, Typed);
        item->setText(0, UiText::longDateTime(c.receivedAt, zone));
        const QString authority = AuthorityDirectory::official().find(c.authorityCode).name;
        item->setText(1, c.contact.name.isEmpty() ? authority : c.contact.name);
        item->setToolTip(1, authority);
        item->setText(2, c.title);
        item->setToolTip(2, c.title);
        const QString why = tr("Testimony received after the close (%1): %2")
                                .arg(Channel::label(c.channel).toLower(), c.holdReason);
        item->setText(3, why);
        item->setToolTip(3, why);
    }
    setCurrentId(currentKind, current);
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
    const bool selected = m_list->currentItem() != nullptr;
    m_showButton->setEnabled(selected);
    m_acceptButton->setEnabled(selected && !m_db.isReadOnly());
    m_discardButton->setEnabled(selected && !m_db.isReadOnly());
}

void HoldingListWidget::showCurrent()
{
    if (const qint64 typed = currentHeldContributionId()) {
        showTyped(typed);
        return;
    }
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
    if (currentHeldContributionId()) {
        acceptCurrentTyped();
        return;
    }
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

QString HoldingListWidget::askReason(const QString &title, const QString &label, const QString &okText)
{
    QInputDialog input(this);
    input.setObjectName(QStringLiteral("holdingReasonDialog"));
    input.setWindowTitle(title);
    input.setLabelText(label);
    input.setOption(QInputDialog::UsePlainTextEditForTextInput);
    input.setOkButtonText(okText);
    input.setCancelButtonText(tr("&Cancel"));
    // No reason, no step: the button waits for one, and the dialog stays open meanwhile.
    if (auto *buttons = input.findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(&input, &QInputDialog::textValueChanged, ok,
                [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    }
    if (input.exec() != QDialog::Accepted)
        return {};
    return input.textValue().trimmed();
}

void HoldingListWidget::discardCurrent()
{
    const qint64 typed = currentHeldContributionId();
    const qint64 id = currentSourceId();
    if (!id && !typed)
        return;
    const QString reason = typed
        ? askReason(tr("Set a testimony aside"),
                    tr("Why is this testimony set aside? It leaves this list but stays in the database."),
                    tr("Set &aside"))
        : askReason(tr("Set an email aside"),
                    tr("Why is this email set aside? It leaves this list but stays in the database."),
                    tr("Set &aside"));
    if (reason.isEmpty())
        return;
    QString error;
    if (!(typed ? discardTyped(typed, reason, &error) : discard(id, reason, &error)))
        QMessageBox::warning(this, tr("Not set aside"), error);
}

bool HoldingListWidget::acceptTyped(qint64 contributionId, const QString &reason, QString *error)
{
    if (!ContributionRepository(m_db).acceptHeld(contributionId, reason, error))
        return false;
    reload();
    Q_EMIT contributionCreated(contributionId);
    return true;
}

bool HoldingListWidget::discardTyped(qint64 contributionId, const QString &reason, QString *error)
{
    if (!ContributionRepository(m_db).discardHeld(contributionId, reason, error))
        return false;
    reload();
    return true;
}

void HoldingListWidget::acceptCurrentTyped()
{
    const qint64 id = currentHeldContributionId();
    // The role the database gives the person acting, not an answer to a question.
    const Role::Value role = PersonRepository(m_db.connection()).roleOf(m_db.actor());
    if (role != Role::Admin) {
        QMessageBox::information(this, tr("Accept a late testimony"),
            tr("Only an administrator of the campaign may accept a testimony received after the close, "
               "and %1 is %2 here. It waits in this list for an administrator.")
                .arg(UiText::personName(m_db, m_db.actor()), Role::label(role).toLower()));
        return;
    }
    const QString reason = askReason(tr("Accept a late testimony"),
        tr("Why is this testimony accepted after the close? The acceptance and its reason are recorded "
           "in the history under the name %1.")
            .arg(UiText::ofPerson(UiText::personName(m_db, m_db.actor()))),
        tr("&Accept"));
    if (reason.isEmpty())
        return;
    QString error;
    if (!acceptTyped(id, reason, &error))
        QMessageBox::warning(this, tr("Not accepted"), error);
}

void HoldingListWidget::showTyped(qint64 contributionId)
{
    const std::optional<Contribution> c = ContributionRepository(m_db).find(contributionId);
    if (!c)
        return;
    const QTimeZone zone = m_db.deadlineGuard().timeZone();
    auto paragraph = [](const QString &label, const QString &text) {
        return text.trimmed().isEmpty() ? QString()
                                        : QStringLiteral("<h3>%1</h3><p style=\"white-space: pre-wrap\">%2</p>")
                                              .arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    const Authority authority = AuthorityDirectory::official().find(c->authorityCode);
    QString html = QStringLiteral("<h2>%1</h2>").arg(c->title.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(authority.name.toHtmlEscaped(),
                     tr("Received on %1 (%2)")
                         .arg(UiText::longDateTime(c->receivedAt, zone), Channel::label(c->channel).toLower())
                         .toHtmlEscaped(),
                     tr("Why it came late: %1").arg(c->holdReason).toHtmlEscaped());
    QStringList contact;
    for (const QString &part : {c->contact.name, c->contact.role, c->contact.email, c->contact.phone})
        if (!part.trimmed().isEmpty())
            contact.append(part.trimmed());
    html += paragraph(tr("Contact"), contact.join(QStringLiteral(" · ")));
    html += paragraph(tr("Testimony"), c->text) + paragraph(tr("Difficulties"), c->difficulties);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("heldTestimonyDialog"));
    dialog.setWindowTitle(tr("Testimony waiting: %1").arg(c->title));
    auto *view = new QTextBrowser(&dialog);
    view->setOpenLinks(false);
    view->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
    dialog.exec();
}
