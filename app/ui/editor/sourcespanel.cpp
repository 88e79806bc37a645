// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/sourcespanel.h"

#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "ui/common/exportnotice.h"
#include "ui/common/uitext.h"
#include "ui/editor/attachmentexporter.h"
#include "ui/editor/mailviewerdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;

// One column takes the width left by the others, which fit their content: no sideways scrolling
// in the narrow editor.
void setUpList(QTreeWidget *list, const QStringList &headers, int stretchedColumn)
{
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < headers.size(); ++c)
        header->setSectionResizeMode(
            c, c == stretchedColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

// As tall as its rows (up to six), so that one email does not leave an empty box below it.
void fitHeight(QTreeWidget *list)
{
    const int rows = qBound(1, list->topLevelItemCount(), 6);
    const int rowHeight =
        list->topLevelItemCount() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 6;
    list->setFixedHeight(list->header()->sizeHint().height() + rows * rowHeight + 2 * list->frameWidth() + 2);
}

QString typeLabel(const QString &mimeType)
{
    static const QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForName(mimeType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mimeType;
}
} // namespace

SourcesPanel::SourcesPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_messagesLabel(new QLabel(tr("Emails:"), this))
    , m_messages(new QTreeWidget(this))
    , m_attachmentsLabel(new QLabel(tr("Attachments:"), this))
    , m_attachments(new QTreeWidget(this))
    , m_showButton(new QPushButton(tr("Show the &email"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_messages->setObjectName(QStringLiteral("sourceMessages"));
    m_attachments->setObjectName(QStringLiteral("sourceAttachments"));
    m_messages->setAccessibleName(tr("Source emails"));
    m_attachments->setAccessibleName(tr("Attachments"));
    setUpList(m_messages, { tr("Received"), tr("Sender"), tr("Subject"), tr("Role") }, 2);
    setUpList(m_attachments, { tr("Name"), tr("Type"), tr("Size") }, 0);
    m_attachments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messagesLabel->setBuddy(m_messages);
    m_attachmentsLabel->setBuddy(m_attachments);
    m_openButton->setToolTip(tr("Opens the file with the program your computer uses for this type"));
    m_exportButton->setToolTip(tr("Saves the selected files (or all of them) into a folder you choose"));

    auto *messageButtons = new QHBoxLayout;
    messageButtons->addStretch(1);
    messageButtons->addWidget(m_showButton);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addStretch(1);
    attachmentButtons->addWidget(m_openButton);
    attachmentButtons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messagesLabel);
    layout->addWidget(m_messages);
    layout->addLayout(messageButtons);
    layout->addWidget(m_attachmentsLabel);
    layout->addWidget(m_attachments);
    layout->addLayout(attachmentButtons);

    connect(m_messages, &QTreeWidget::itemActivated, this, &SourcesPanel::showCurrentMessage);
    connect(m_attachments, &QTreeWidget::itemActivated, this, &SourcesPanel::openCurrentAttachment);
    connect(m_showButton, &QPushButton::clicked, this, &SourcesPanel::showCurrentMessage);
    connect(m_openButton, &QPushButton::clicked, this, &SourcesPanel::openCurrentAttachment);
    connect(m_exportButton, &QPushButton::clicked, this, &SourcesPanel::exportAttachments);
    connect(m_messages, &QTreeWidget::currentItemChanged, this, &SourcesPanel::updateButtons);
    connect(m_attachments, &QTreeWidget::itemSelectionChanged, this, &SourcesPanel::updateButtons);
    connect(m_attachments, &QTreeWidget::currentItemChanged, this, &SourcesPanel::updateButtons);
    updateButtons();
}

bool SourcesPanel::isEmpty() const
{
    return m_messages->topLevelItemCount() == 0;
}

void SourcesPanel::showContribution(qint64 contributionId)
{
    m_contributionId = contributionId;
    m_messages->clear();
    m_attachments->clear();
    if (contributionId && m_db.isOpen()) {
        const SourceMessageRepository sources(m_db.connection());
        const QTimeZone zone = m_db.deadlineGuard().timeZone();
        for (const StoredMessage &m : sources.ofContribution(contributionId)) {
            auto *item = new QTreeWidgetItem(m_messages);
            item->setData(0, IdRole, m.id);
            item->setText(
                0, m.receivedAt.isValid() ? UiText::longDateTime(m.receivedAt, zone) : tr("unknown"));
            item->setText(1, m.fromName.isEmpty() ? m.fromAddress : m.fromName);
            item->setToolTip(1, m.fromAddress);
            item->setText(2, m.subject.isEmpty() ? tr("(no subject)") : m.subject);
            item->setToolTip(2, m.subject);
            item->setText(3, m.role == QLatin1String("complement") ? tr("Complement") : tr("Testimony"));
        }
        for (const StoredAttachment &a : sources.attachmentsOfContribution(contributionId, false)) {
            auto *item = new QTreeWidgetItem(m_attachments);
            item->setData(0, IdRole, a.id);
            item->setText(0, a.filename.isEmpty() ? a.safeName : a.filename);
            item->setToolTip(0, a.filename);
            item->setText(1, typeLabel(a.mimeType));
            item->setToolTip(1, a.mimeType);
            item->setText(2, UiText::fileSize(a.size));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (m_messages->topLevelItemCount() > 0)
        m_messages->setCurrentItem(m_messages->topLevelItem(0));
    // Current but not selected: "Open" has a file to open, "Export" still takes them all.
    if (m_attachments->topLevelItemCount() > 0)
        m_attachments->selectionModel()->setCurrentIndex(
            m_attachments->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    fitHeight(m_messages);
    fitHeight(m_attachments);
    const bool hasAttachments = m_attachments->topLevelItemCount() > 0;
    m_attachmentsLabel->setVisible(hasAttachments);
    m_attachments->setVisible(hasAttachments);
    m_openButton->setVisible(hasAttachments);
    m_exportButton->setVisible(hasAttachments);
    updateButtons();
    Q_EMIT availabilityChanged(!isEmpty());
}

void SourcesPanel::updateButtons()
{
    m_showButton->setEnabled(m_messages->currentItem() != nullptr);
    m_openButton->setEnabled(m_attachments->currentItem() != nullptr);
    m_exportButton->setEnabled(m_attachments->topLevelItemCount() > 0);
}

void SourcesPanel::showCurrentMessage()
{
    const QTreeWidgetItem *item = m_messages->currentItem();
    if (!item)
        return;
    const std::optional<StoredMessage> m =
        SourceMessageRepository(m_db.connection()).find(item->data(0, IdRole).toLongLong());
    if (m)
        MailViewerDialog::open(this, m->raw, m->subject);
}

QList<StoredAttachment> SourcesPanel::selectedAttachments(bool withData) const
{
    QSet<qint64> wanted;
    for (const QTreeWidgetItem *item : m_attachments->selectedItems())
        wanted.insert(item->data(0, IdRole).toLongLong());
    QList<StoredAttachment> result;
    for (const StoredAttachment &a :
        SourceMessageRepository(m_db.connection()).attachmentsOfContribution(m_contributionId, withData))
        if (wanted.isEmpty() || wanted.contains(a.id))
            result.append(a);
    return result;
}

void SourcesPanel::openCurrentAttachment()
{
    const QTreeWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const StoredAttachment &a :
        SourceMessageRepository(m_db.connection()).attachmentsOfContribution(m_contributionId, true)) {
        if (a.id != id)
            continue;
        AttachmentExporter::open(this, a);
        return;
    }
}

QStringList SourcesPanel::exportAttachmentsTo(const QString &folder, QString *error)
{
    return AttachmentExporter::exportTo(folder, selectedAttachments(true), error);
}

void SourcesPanel::exportAttachments()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the attachments to"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = exportAttachmentsTo(folder, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export incomplete"), error);
        return;
    }
    const QString where = QDir::toNativeSeparators(folder);
    ExportNotice::show(this, tr("Attachments exported"),
        tr("%Ln file(s) written into “%1”.", nullptr, int(written.size())).arg(where),
        written.size() == 1 ? written.constFirst() : QString(), folder);
}
