// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importsummarydialog.h"
#include "ui_importsummarydialog.h"

#include "ui/common/uitext.h"
#include "ui/common/wrappingitemdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>

namespace {
const QList<ImportOutcome::Kind> shownKinds = { ImportOutcome::Created, ImportOutcome::Complement,
    ImportOutcome::HeldComplement, ImportOutcome::Duplicate, ImportOutcome::Late, ImportOutcome::NeedsDate, ImportOutcome::Error,
    ImportOutcome::Skipped };
}

ImportSummaryDialog::ImportSummaryDialog(const DeadlineGuard &guard, QWidget *parent)
    : QDialog(parent)
    , m_guard(guard)
    , ui(std::make_unique<Ui::ImportSummaryDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("importSummaryDialog"));
    QHeaderView *header = ui->problemTree->header();
    header->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(0, fm.horizontalAdvance(QStringLiteral("10-thunderbird-export.mbox")) + 16);
    header->resizeSection(1, fm.horizontalAdvance(tr("message %1").arg(1000)) + 16);
    header->resizeSection(2, fm.horizontalAdvance(QLatin1Char('M')) * 20);
    // The sentence saying what happened is the point of the list: it wraps rather than being cut.
    ui->problemTree->setItemDelegate(new WrappingItemDelegate(ui->problemTree));
    connect(ui->copyButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(reportText()); });
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->showHeldButton, &QPushButton::clicked, this, [this] {
        Q_EMIT showHeldRequested();
        accept();
    });
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QTreeWidget *ImportSummaryDialog::problemList() const
{
    return ui->problemTree;
}

QString ImportSummaryDialog::kindLabel(ImportOutcome::Kind kind)
{
    switch (kind) {
    case ImportOutcome::Created:
        return tr("Created");
    case ImportOutcome::Complement:
        return tr("Complements");
    case ImportOutcome::HeldComplement:
        return tr("Replies to check");
    case ImportOutcome::Duplicate:
        return tr("Duplicates");
    case ImportOutcome::Late:
        return tr("Late");
    case ImportOutcome::NeedsDate:
        return tr("Undated");
    case ImportOutcome::Error:
        return tr("Errors");
    case ImportOutcome::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ImportSummaryDialog::explanation(const ImportOutcome &o) const
{
    switch (o.kind) {
    case ImportOutcome::Late:
        return tr(
            "Received on %1, after the close of %2: it waits in the pending list until an administrator "
            "accepts it, with a reason.")
            .arg(
                UiText::longDateTime(o.receivedAt, m_guard.timeZone()), UiText::longDate(m_guard.closesOn()));
    case ImportOutcome::NeedsDate:
        return tr(
            "No receipt date could be read from it: it waits in the pending list for you to enter the date "
            "it arrived.");
    case ImportOutcome::Error:
        return o.error;
    case ImportOutcome::Duplicate:
        return o.contributionId
            ? tr("Already imported (contribution No. %1): not imported twice.").arg(o.contributionId)
            : tr("Already imported: not imported twice.");
    case ImportOutcome::Skipped:
        return tr("Left out at review: nothing was saved. Import the file again to go back to it.");
    case ImportOutcome::HeldComplement:
        return tr("A reply to contribution No. %1 that waits in the pending list for a person to accept it: %2")
            .arg(o.contributionId)
            .arg(o.warnings.isEmpty() ? QString() : o.warnings.constLast());
    case ImportOutcome::Created:
    case ImportOutcome::Complement:
        // Kept, with what the reader noticed (a doubtful sender, a date taken from the sender's clock).
        return o.warnings.join(QLatin1Char(' '));
    }
    return {};
}

void ImportSummaryDialog::setOutcomes(
    const QList<ImportOutcome> &outcomes, bool stopped, const QString &failure)
{
    m_counts.clear();
    ui->problemTree->clear();
    for (const ImportOutcome &o : outcomes) {
        m_counts[o.kind] += 1;
        const QString why = explanation(o);
        if (why.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(ui->problemTree);
        item->setText(
            0, QFileInfo(o.source).fileName().isEmpty() ? o.source : QFileInfo(o.source).fileName());
        item->setToolTip(0, o.source);
        item->setText(1, o.index < 0 ? QString() : tr("message %1").arg(o.index + 1));
        item->setText(2, o.subject.isEmpty() ? tr("(no subject)") : o.subject);
        item->setToolTip(2, item->text(2));
        item->setText(3, why);
        item->setToolTip(3, why);
        item->setData(0, Qt::UserRole, int(o.kind));
    }
    buildCounts();

    const int total = int(outcomes.size());
    QString headline;
    if (!failure.isEmpty())
        headline = tr("The import could not start: %1").arg(failure);
    else if (stopped)
        headline = tr("The import was stopped after %Ln email(s): the following ones were not read.", nullptr, total);
    else
        headline = tr("The import is finished: %Ln email(s) read.", nullptr, total);
    ui->headlineLabel->setText(headline);

    const bool anyProblem = ui->problemTree->topLevelItemCount() > 0;
    ui->problemsLabel->setVisible(anyProblem);
    ui->problemTree->setVisible(anyProblem);
    const int held = count(ImportOutcome::Late) + count(ImportOutcome::NeedsDate) + count(ImportOutcome::HeldComplement);
    ui->heldHintLabel->setVisible(held > 0);
    ui->heldHintLabel->setText(
        tr("Late and undated emails, and replies to check, are kept: they wait in the pending list, where "
           "they can be accepted or set aside."));
    ui->showHeldButton->setVisible(held > 0);
    // A few lines do not need a tall empty list below them.
    const int problems = ui->problemTree->topLevelItemCount();
    if (!anyProblem)
        resize(width(), minimumSizeHint().height());
    else if (problems <= 4)
        resize(width(), qMax(minimumSizeHint().height(), 300 + problems * 2 * fontMetrics().height()));
}

void ImportSummaryDialog::buildCounts()
{
    delete ui->countsWidget->layout();
    qDeleteAll(ui->countsWidget->findChildren<QLabel *>(Qt::FindDirectChildrenOnly));
    auto *grid = new QGridLayout(ui->countsWidget);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(18);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    int column = 0;
    for (ImportOutcome::Kind kind : shownKinds) {
        const int n = count(kind);
        auto *number = new QLabel(UiText::number(n), ui->countsWidget);
        number->setFont(big);
        number->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        number->setObjectName(QStringLiteral("count_") + ImportOutcome::kindCode(kind));
        const bool attention = n > 0
            && (kind == ImportOutcome::Late || kind == ImportOutcome::NeedsDate
                || kind == ImportOutcome::HeldComplement || kind == ImportOutcome::Error);
        if (n == 0)
            number->setEnabled(false);
        else if (attention)
            number->setStyleSheet(QStringLiteral("color: #b3261e;"));
        auto *caption = new QLabel(kindLabel(kind), ui->countsWidget);
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        number->setAccessibleName(kindLabel(kind));
        grid->addWidget(number, 0, column);
        grid->addWidget(caption, 1, column);
        ++column;
    }
    grid->setColumnStretch(column, 1);
}

QString ImportSummaryDialog::reportText() const
{
    QStringList lines;
    lines << windowTitle() << ui->headlineLabel->text() << QString();
    for (ImportOutcome::Kind kind : shownKinds)
        lines << tr("%1: %2").arg(kindLabel(kind), UiText::number(count(kind)));
    if (ui->problemTree->topLevelItemCount() > 0) {
        lines << QString();
        QStringList header;
        for (int c = 0; c < ui->problemTree->columnCount(); ++c)
            header << ui->problemTree->headerItem()->text(c);
        lines << header.join(QLatin1Char('\t'));
        for (int i = 0; i < ui->problemTree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = ui->problemTree->topLevelItem(i);
            lines << QStringList { item->toolTip(0), item->text(1), item->text(2), item->text(3) }.join(
                QLatin1Char('\t'));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportSummaryDialog::copySelection()
{
    QStringList lines;
    for (int i = 0; i < ui->problemTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = ui->problemTree->topLevelItem(i);
        if (item->isSelected())
            lines << QStringList { item->toolTip(0), item->text(1), item->text(2), item->text(3) }.join(
                QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(
        lines.isEmpty() ? reportText() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ImportSummaryDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QDialog::keyPressEvent(event);
}
