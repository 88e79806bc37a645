// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/historyview.h"
#include "ui/common/palettecolors.h"

#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "ui/common/uitext.h"
#include "ui/review/audithistorymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The history in one column, for a narrow panel: each change on a few lines (when · who, what
// changed, why), the whole of it in the tooltip.
class CompactHistory : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 1; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
            return HistoryView::tr("Changes");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QIdentityProxyModel::data(index, role);
        auto cell = [&](int column, int r = Qt::DisplayRole) {
            return sourceModel()->index(index.row(), column).data(r).toString();
        };
        using M = AuditHistoryModel;
        const QString change = cell(M::ChangeColumn, role);
        QStringList lines {cell(M::WhenColumn) + QStringLiteral(" · ") + cell(M::WhoColumn),
                           change.isEmpty() ? cell(M::WhatColumn)
                                            : HistoryView::tr("%1: %2").arg(cell(M::WhatColumn), change)};
        if (const QString reason = cell(M::ReasonColumn); !reason.isEmpty())
            lines.append(reason);
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace

HistoryView::HistoryView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AuditHistoryModel(db, this))
{
    m_compact = new CompactHistory(this);
    m_compact->setSourceModel(m_model);
    setObjectName(QStringLiteral("historyView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_auditView = new QTreeView(this);
    m_auditView->setObjectName(QStringLiteral("auditView"));
    m_auditView->setAccessibleName(tr("History"));
    m_auditView->setModel(m_model);
    m_auditView->setRootIsDecorated(false);
    m_auditView->setUniformRowHeights(false); // an entry of the narrow panel has several lines
    m_auditView->setAlternatingRowColors(true);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setTextElideMode(Qt::ElideRight);
    m_auditView->header()->setStretchLastSection(true);
    m_auditView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_auditView->viewport()->installEventFilter(this);

    auto *commentsLabel = new QLabel(tr("Comments"), this);
    commentsLabel->setFont(titleFont);
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setAccessibleName(tr("Comments"));
    m_thread->setOpenLinks(false);
    m_commentEdit = new QPlainTextEdit(this);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setAccessibleName(tr("New comment"));
    m_commentEdit->setPlaceholderText(tr("Write a comment for the other reviewers…"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setMaximumHeight(m_commentEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_addButton = new QPushButton(tr("Add a comment"), this);
    m_addButton->setObjectName(QStringLiteral("addCommentButton"));
    m_addButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_title);
    upperLayout->addWidget(m_auditView);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(commentsLabel);
    lowerLayout->addWidget(m_thread, 1);
    lowerLayout->addWidget(m_commentEdit);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_message, 1);
    buttonRow->addStretch();
    buttonRow->addWidget(m_addButton, 0, Qt::AlignTop);
    lowerLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, &HistoryView::updateButton);
    connect(m_addButton, &QPushButton::clicked, this, &HistoryView::addComment);
    setContribution(0);
}

void HistoryView::setContribution(qint64 id)
{
    if (id != m_id)
        m_commentEdit->clear();
    m_id = id;
    m_message->hide();
    reload();
}

void HistoryView::reload()
{
    m_title->setText(m_id ? tr("History of contribution no. %1").arg(m_id) : tr("History"));
    m_model->setContribution(m_id);
    // The date, the person and the action fit their content; the change takes what is left.
    m_naturalWidths.clear();
    m_auditView->setModel(m_model);
    for (int c = 0; c < AuditHistoryModel::ColumnCount; ++c) {
        if (c == AuditHistoryModel::ChangeColumn) {
            m_naturalWidths.append(
                m_auditView->fontMetrics().averageCharWidth() * (AuditHistoryModel::ShortValueLength / 2 + 10));
            continue;
        }
        m_auditView->resizeColumnToContents(c);
        m_naturalWidths.append(m_auditView->columnWidth(c));
    }
    fitColumns(true);
    loadComments();
    updateButton();
}

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_auditView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void HistoryView::fitColumns(bool again)
{
    if (m_naturalWidths.isEmpty())
        return;
    int natural = 0;
    for (int c = 0; c < AuditHistoryModel::ReasonColumn; ++c)
        natural += m_naturalWidths.at(c);
    const bool narrow = natural > m_auditView->viewport()->width();
    const bool compact = m_auditView->model() == m_compact;
    if (!again && narrow == compact)
        return;
    // A narrow panel shows each change as one entry of a few lines: when and who, what changed,
    // why; a wide one, the columns.
    m_auditView->setModel(narrow ? static_cast<QAbstractItemModel *>(m_compact) : m_model);
    if (!narrow)
        for (int c = 0; c < m_naturalWidths.size(); ++c)
            m_auditView->header()->resizeSection(c, m_naturalWidths.at(c));
}

void HistoryView::loadComments()
{
    const QList<Comment> comments = m_id ? ReviewRepository(m_db).comments(m_id) : QList<Comment>();
    m_commentCount = int(comments.size());
    QHash<QString, QString> names;
    for (const Person &p : PersonRepository(m_db.connection()).all())
        names.insert(p.login, p.displayName.isEmpty() ? p.login : p.displayName);
    const QTimeZone zone = m_db.deadlineGuard().timeZone();
    QString html;
    for (const Comment &c : comments) {
        html += QStringLiteral(
            "<p style='margin-bottom:8px'><b>%1</b> <span style='color:%4'>— %2</span><br/>%3</p>")
                    .arg(names.value(c.author, c.author).toHtmlEscaped(),
                        UiText::longDateTime(c.at, zone).toHtmlEscaped(),
                        c.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                        PaletteColors::muted(palette()).name());
    }
    if (comments.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>")
                   .arg((m_id ? tr("No comment yet.") : QString()).toHtmlEscaped());
    m_thread->setHtml(html);
}

void HistoryView::updateButton()
{
    m_addButton->setEnabled(m_id && !m_db.isReadOnly() && !m_commentEdit->toPlainText().trimmed().isEmpty());
    m_commentEdit->setEnabled(m_id && !m_db.isReadOnly());
}

QString HistoryView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool HistoryView::addComment()
{
    QString error;
    if (!ReviewRepository(m_db).addComment(m_id, m_commentEdit->toPlainText().trimmed(), &error)) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_commentEdit->clear();
    reload();
    Q_EMIT commentAdded(m_id);
    return true;
}
