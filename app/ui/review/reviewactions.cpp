// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewactions.h"

#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/elidedlabel.h"
#include "ui/editor/tagcompleter.h"
#include "ui/review/bulkchangepreviewdialog.h"
#include "ui/review/bulkreviewcommand.h"
#include "ui/review/classificationtree.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// Stands in for the reason when asking the workflow whether a button can be used at all:
// the reason is asked for only once the person chooses that state.
const QString reasonToBeGiven = QStringLiteral("…");
} // namespace

ReviewActions::ReviewActions(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("reviewActions"));
    m_undoStack->setUndoLimit(1); // one step: the last action, whatever its size

    m_heading = new ElidedLabel(this);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    // In a scroll area: a short dock scrolls the controls rather than squeezing them together.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    buildStateBox(layout);
    buildClassificationBox(layout);
    buildAssignmentBox(layout);

    m_undo =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo the last action"), this);
    m_undo->setObjectName(QStringLiteral("undoReviewButton"));
    m_undo->setEnabled(false);
    connect(m_undo, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    // The button is the context: the stack, a child, still speaks while this widget is destroyed.
    connect(m_undoStack, &QUndoStack::undoTextChanged, m_undo, [undo = m_undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? QString() : tr("Undo the %1").arg(text));
    });
    auto *undoRow = new QHBoxLayout;
    undoRow->addStretch();
    undoRow->addWidget(m_undo);
    layout->addLayout(undoRow);
    scroll->setWidget(content);
    // It scrolls up and down, never across: as wide as its buttons, so that none is hidden.
    scroll->setMinimumWidth(
        content->minimumSizeHint().width() + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    setContributions({});
}

void ReviewActions::buildStateBox(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Review state"), this);
    auto *grid = new QGridLayout;
    int i = 0;
    // In the order of the work: take it up, then validate, or ask for more, or set aside.
    for (ReviewState::State s : {ReviewState::InReview, ReviewState::Validated, ReviewState::NeedsChanges,
             ReviewState::Rejected, ReviewState::Received}) {
        auto *b = new QPushButton(buttonText(s), box);
        b->setObjectName(QStringLiteral("stateButton_") + ReviewState::code(s));
        connect(b, &QPushButton::clicked, this, [this, s] { changeState(s); });
        m_stateButtons.insert(int(s), b);
        grid->addWidget(b, i / 2, i % 2);
        ++i;
    }
    m_roleNote = new QLabel(box);
    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setText(
        tr("You act as a coordinator: reviewers change the state of contributions. You can send back "
           "a completed contribution to “Received”."));
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(grid);
    boxLayout->addWidget(m_roleNote);
    boxLayout->addWidget(m_message);
    layout->addWidget(box);
}

void ReviewActions::buildClassificationBox(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Classification"), this);
    m_tree = new ClassificationTree(box);
    m_tagsEdit = new QLineEdit(box);
    m_tagsEdit->setObjectName(QStringLiteral("reviewTagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Free tags, separated by commas"));
    m_tagsEdit->setAccessibleName(tr("Free tags"));
    m_completer = new TagCompleter(this);
    m_tagsEdit->setCompleter(m_completer);
    m_partialTags = new QLabel(box);
    m_partialTags->setWordWrap(true);
    m_partialTags->hide();
    m_applyTags = new QPushButton(tr("Save the c&lassification"), box);
    m_applyTags->setObjectName(QStringLiteral("applyClassificationButton"));
    auto *tagsLabel = new QLabel(tr("&Tags:"), box);
    tagsLabel->setBuddy(m_tagsEdit);
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(tagsLabel);
    tagsRow->addWidget(m_tagsEdit, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_applyTags);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_tree, 1);
    boxLayout->addLayout(tagsRow);
    boxLayout->addWidget(m_partialTags);
    boxLayout->addLayout(buttonRow);
    layout->addWidget(box, 1);
    connect(m_tree, &ClassificationTree::edited, this, &ReviewActions::updateClassificationButton);
    connect(m_tagsEdit, &QLineEdit::textEdited, this, &ReviewActions::updateClassificationButton);
    connect(m_applyTags, &QPushButton::clicked, this, &ReviewActions::applyClassification);
}

void ReviewActions::buildAssignmentBox(QVBoxLayout *layout)
{
    auto *box = new QGroupBox(tr("Assignment"), this);
    m_assignee = new QComboBox(box);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setAccessibleName(tr("Reviewer"));
    m_assign = new QPushButton(tr("Assi&gn"), box);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_assignee, 1);
    row->addWidget(m_assign);
    layout->addWidget(box);
    connect(m_assign, &QPushButton::clicked, this, &ReviewActions::assign);
}

QString ReviewActions::buttonText(ReviewState::State state)
{
    switch (state) {
    case ReviewState::Received:
        return tr("Back to “Received”");
    case ReviewState::InReview:
        return tr("Start reviewing");
    case ReviewState::NeedsChanges:
        return tr("Ask for more…");
    case ReviewState::Validated:
        return tr("Validate");
    case ReviewState::Rejected:
        return tr("Set aside…");
    }
    return {};
}

void ReviewActions::setContributions(const QList<qint64> &ids)
{
    m_ids = ids;
    m_message->hide();
    if (!m_taxonomyLoaded)
        reload();
    else
        loadAll();
}

void ReviewActions::reload()
{
    TaxonomyRepository taxonomy(m_db);
    m_tree->setTaxonomy(taxonomy.themes(), taxonomy.subtopics(), taxonomy.retiredSubtopics());
    m_completer->setTags(taxonomy.tags());
    m_taxonomyLoaded = true;
    loadAll();
}

void ReviewActions::loadAll()
{
    loadSelection();
    updateStateButtons();
    updateAssignment();
    updateClassificationButton();
}

void ReviewActions::loadSelection()
{
    m_states.clear();
    QHash<QString, int> carriers;
    QHash<QString, int> tagCount;
    QHash<QString, QString> tagSpelling; // lower case → as first written
    QString title;
    ContributionRepository repo(m_db);
    for (qint64 id : std::as_const(m_ids)) {
        const std::optional<Contribution> c = repo.find(id);
        if (!c)
            continue;
        m_states.insert(id, c->status);
        title = c->title;
        for (const QStringList &codes : {c->themes, c->subtopics})
            for (const QString &code : codes)
                ++carriers[code];
        for (const QString &tag : c->tags) {
            ++tagCount[tag.toLower()];
            tagSpelling.insert(tag.toLower(), tagSpelling.value(tag.toLower(), tag));
        }
    }
    const int n = int(m_states.size());
    m_tree->showCarriers(carriers, n);
    m_commonTags.clear();
    QStringList partial;
    for (auto it = tagCount.cbegin(); it != tagCount.cend(); ++it)
        (it.value() >= n ? m_commonTags : partial).append(tagSpelling.value(it.key()));
    m_commonTags.sort(Qt::CaseInsensitive);
    partial.sort(Qt::CaseInsensitive);
    m_tagsEdit->setText(TagCompleter::join(m_commonTags));
    m_tagsEdit->setEnabled(n > 0 && !m_db.isReadOnly());
    m_partialTags->setText(tr("On some of them only: %1").arg(partial.join(QStringLiteral(", "))));
    m_partialTags->setVisible(!partial.isEmpty());

    if (n == 0)
        m_heading->setFullText(tr("No contribution selected"));
    else if (n == 1) // the state before the title, which may be cut
        m_heading->setFullText(tr("No. %1 (%2) — %3")
                                   .arg(m_states.cbegin().key())
                                   .arg(ReviewState::label(m_states.cbegin().value()), title));
    else
        m_heading->setFullText(tr("%Ln contribution(s) selected", nullptr, n));
}

void ReviewActions::updateStateButtons()
{
    ReviewRepository review(m_db);
    const Role::Value role = review.actorRole();
    const QList<qint64> ids = selectedIds();
    m_roleNote->setVisible(role == Role::Coordinator && !ids.isEmpty());
    for (ReviewState::State to : ReviewState::all()) {
        QPushButton *b = m_stateButtons.value(int(to));
        bool offered = false;
        for (ReviewState::State from : std::as_const(m_states))
            offered = offered || ReviewWorkflow::isAllowed(from, to);
        b->setVisible(offered);
        if (!offered)
            continue;
        if (m_db.isReadOnly()) {
            b->setEnabled(false);
            b->setToolTip(tr("This database is open read-only: changes cannot be saved."));
            continue;
        }
        int allowed = 0;
        QString firstRefusal;
        for (const PlannedChange &p : review.planStatusChange(ids, to, reasonToBeGiven)) {
            if (p.refusal.isEmpty())
                ++allowed;
            else if (firstRefusal.isEmpty())
                firstRefusal = p.refusal;
        }
        b->setEnabled(allowed > 0);
        if (allowed == 0)
            b->setToolTip(firstRefusal);
        else if (ids.size() == 1)
            b->setToolTip(ReviewState::requiresReason(to)
                    ? tr("Set the state to “%1”; you will be asked why.").arg(ReviewState::label(to))
                    : tr("Set the state to “%1”.").arg(ReviewState::label(to)));
        else
            b->setToolTip(
                tr("%1 of the %2 selected contributions can go to “%3”; you will see the list before "
                   "anything changes.")
                    .arg(allowed)
                    .arg(ids.size())
                    .arg(ReviewState::label(to)));
    }
}

void ReviewActions::updateAssignment()
{
    const Role::Value role = ReviewRepository(m_db).actorRole();
    m_assignee->clear();
    m_assignee->addItem(tr("(nobody)"), QString());
    ContributionRepository repo(m_db);
    QString current;
    bool mixed = false;
    for (const Person &p : PersonRepository(m_db.connection()).all()) {
        if (!p.active || p.role == Role::Coordinator)
            continue;
        m_assignee->addItem(
            p.displayName.isEmpty() ? p.login : tr("%1 (%2)").arg(p.displayName, p.login), p.login);
        if (m_states.isEmpty())
            continue;
        ContributionFilter f;
        f.ids = selectedIds();
        f.assignedTo = p.login;
        const int n = repo.count(f);
        if (n == m_states.size())
            current = p.login;
        else if (n > 0)
            mixed = true;
    }
    m_assignee->setCurrentIndex(mixed ? -1 : m_assignee->findData(current));
    const bool may = role != Role::Coordinator && !m_states.isEmpty() && !m_db.isReadOnly();
    m_assignee->setEnabled(may);
    m_assign->setEnabled(may);
    const QString why = role == Role::Coordinator
        ? tr("Only a reviewer or an administrator can assign contributions.")
        : QString();
    m_assign->setToolTip(why);
    m_assignee->setToolTip(why);
}

void ReviewActions::updateClassificationButton()
{
    m_applyTags->setEnabled(!m_states.isEmpty() && !m_db.isReadOnly());
}

QList<qint64> ReviewActions::selectedIds() const
{
    // In the order of the selection, without the ones that no longer exist.
    QList<qint64> ids;
    for (qint64 id : m_ids)
        if (m_states.contains(id))
            ids.append(id);
    return ids;
}

QString ReviewActions::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReviewActions::showMessage(const QString &text, bool refused)
{
    m_message->setText(text);
    m_message->setStyleSheet(refused ? QStringLiteral("color: #a41e11;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ReviewActions::askReason(ReviewState::State to)
{
    bool ok = false;
    const QString reason =
        QInputDialog::getMultiLineText(this, tr("Reason for “%1”").arg(ReviewState::label(to)),
            tr("Say why the contribution is “%1”. The reason is kept in its history.")
                .arg(ReviewState::label(to)),
            QString(), &ok);
    return ok ? reason.trimmed() : QString();
}

void ReviewActions::onCommandReport(const QString &message, bool done, const QList<qint64> &ids)
{
    showMessage(message, !done);
    if (done)
        Q_EMIT contributionsChanged(ids);
    loadSelection();
    updateStateButtons();
    updateAssignment();
}

bool ReviewActions::push(BulkReviewCommand *command)
{
    QString error;
    if (!command->apply(&error)) {
        delete command;
        showMessage(error, true);
        return false;
    }
    command->setReport([this](const QString &m, bool done, const QList<qint64> &changed) {
        onCommandReport(m, done, changed);
    });
    m_undoStack->push(command);
    return true;
}

bool ReviewActions::changeState(ReviewState::State to)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    QString reason;
    if (ReviewState::requiresReason(to)) {
        reason = askReason(to);
        if (reason.isEmpty()) {
            showMessage(
                tr("Nothing changed: a reason is required for “%1”.").arg(ReviewState::label(to)), true);
            return false;
        }
    }
    QList<qint64> chosen = ids;
    int refused = 0;
    if (ids.size() > 1) {
        BulkChangePreviewDialog preview(ReviewRepository(m_db).planStatusChange(ids, to, reason), to, this);
        if (preview.exec() != QDialog::Accepted)
            return false;
        chosen = preview.allowedIds();
        refused = preview.refusedCount();
        if (chosen.isEmpty())
            return false;
    }
    if (!push(BulkReviewCommand::stateChange(m_db, chosen, to, reason)))
        return false;
    if (chosen.size() == 1 && ids.size() == 1)
        showMessage(
            tr("Contribution no. %1 is now “%2”.").arg(chosen.first()).arg(ReviewState::label(to)), false);
    else if (refused == 0)
        showMessage(tr("%Ln contribution(s) now “%1”.", nullptr, int(chosen.size())).arg(ReviewState::label(to)),
            false);
    else
        showMessage(tr("%Ln contribution(s) now “%1”; ", nullptr, int(chosen.size())).arg(ReviewState::label(to))
                + tr("%Ln could not change and stayed as it was.", nullptr, refused),
            false);
    Q_EMIT contributionsChanged(chosen);
    loadSelection();
    updateStateButtons();
    return true;
}

bool ReviewActions::applyClassification()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return false;
    ReviewRepository::Tagging t;
    t.addThemes = m_tree->addedThemes();
    t.removeThemes = m_tree->removedThemes();
    t.addSubtopics = m_tree->addedSubtopics();
    t.removeSubtopics = m_tree->removedSubtopics();
    const QStringList typed = TagCompleter::split(m_tagsEdit->text());
    for (const QString &tag : typed)
        if (!m_commonTags.contains(tag, Qt::CaseInsensitive))
            t.addTags.append(tag);
    for (const QString &tag : std::as_const(m_commonTags))
        if (!typed.contains(tag, Qt::CaseInsensitive))
            t.removeTags.append(tag);
    if (t.addThemes.isEmpty() && t.removeThemes.isEmpty() && t.addSubtopics.isEmpty()
        && t.removeSubtopics.isEmpty() && t.addTags.isEmpty() && t.removeTags.isEmpty()) {
        showMessage(tr("Nothing to save: the classification is unchanged."), false);
        return false;
    }
    if (!push(BulkReviewCommand::classification(m_db, ids, t)))
        return false;
    showMessage(ids.size() == 1 ? tr("Classification of contribution no. %1 saved.").arg(ids.first())
                                : tr("Classification of %1 contributions saved.").arg(ids.size()),
        false);
    Q_EMIT contributionsChanged(ids);
    m_completer->setTags(TaxonomyRepository(m_db).tags());
    loadSelection();
    updateStateButtons(); // « Valider » waits for a theme
    return true;
}

bool ReviewActions::assign()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_assignee->currentIndex() < 0)
        return false;
    const QString login = m_assignee->currentData().toString();
    QString error;
    if (!ReviewRepository(m_db).assign(ids, login, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(login.isEmpty() ? tr("No longer assigned to anyone.")
                                : tr("Assigned to %1.").arg(m_assignee->currentText()),
        false);
    Q_EMIT contributionsChanged(ids);
    return true;
}
