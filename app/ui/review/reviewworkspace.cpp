// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewworkspace.h"

#include "storage/database.h"
#include "storage/personrepository.h"
#include "ui/people/profilepicker.h"
#include "ui/review/bindialog.h"
#include "ui/review/historyview.h"
#include "ui/review/queuepanel.h"
#include "ui/review/reviewactions.h"
#include "ui/review/searchresultsmodel.h"
#include "ui/review/snippetdelegate.h"
#include "ui/review/taxonomydialog.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

ReviewWorkspace::ReviewWorkspace(Database &db, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_window(parent)
{
    // No parent yet: each goes where the window places it, and is not drawn until then.
    m_queues = new QueuePanel(db);
    m_actions = new ReviewActions(db);
    m_history = new HistoryView(db);
    m_profile = new ProfilePicker(db);
    setUpSearchView();

    m_undoAction = m_actions->undoStack()->createUndoAction(this, tr("Undo in the re&view:"));
    m_undoAction->setObjectName(QStringLiteral("actionUndoReview"));
    m_taxonomyAction = new QAction(tr("Sub-topics and &tags…"), this);
    m_taxonomyAction->setObjectName(QStringLiteral("actionTaxonomy"));
    m_peopleAction = new QAction(tr("&People…"), this);
    m_peopleAction->setObjectName(QStringLiteral("actionPeople"));
    connect(m_taxonomyAction, &QAction::triggered, this, &ReviewWorkspace::editTaxonomy);
    connect(m_peopleAction, &QAction::triggered, m_profile, &ProfilePicker::managePeople);

    connect(m_queues, &QueuePanel::queueSelected, this, &ReviewWorkspace::queueSelected);
    connect(m_queues, &QueuePanel::heldSelected, this, &ReviewWorkspace::heldSelected);
    connect(m_queues, &QueuePanel::binSelected, this, [this] {
        BinDialog bin(m_db, m_window);
        connect(&bin, &BinDialog::restored, this, &ReviewWorkspace::restored);
        bin.exec();
        m_queues->refresh();
    });
    connect(m_actions, &ReviewActions::contributionsChanged, this, [this](const QList<qint64> &ids) {
        m_queues->refresh();
        if (ids.contains(m_history->contribution()))
            m_history->reload();
        m_searchModel->refresh(ids); // in place: the selection stays
        Q_EMIT contributionsChanged(ids);
    });
    connect(m_profile, &ProfilePicker::actorChanged, this, [this](const QString &login) {
        // Undo belongs to the person who acted: the next person starts with nothing to undo.
        m_actions->undoStack()->clear();
        updateAdminActions();
        m_actions->reload();
        m_queues->refresh();
        m_history->reload();
        Q_EMIT actorChanged(login);
    });
    updateAdminActions();
}

ReviewWorkspace::~ReviewWorkspace()
{
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_queues, m_actions, m_history, m_profile, m_searchView})
        if (w && !w->parent())
            delete w;
}

void ReviewWorkspace::setUpSearchView()
{
    m_searchModel = new SearchResultsModel(m_db, this);
    m_snippets = new SnippetDelegate(this);
    m_searchView = new QTableView;
    m_searchView->setObjectName(QStringLiteral("searchResultsView"));
    m_searchView->setAccessibleName(tr("Search results"));
    m_searchView->setModel(m_searchModel);
    m_searchView->setItemDelegateForColumn(SearchResultsModel::MatchColumn, m_snippets);
    m_searchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_searchView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_searchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_searchView->setAlternatingRowColors(true);
    m_searchView->setShowGrid(false);
    m_searchView->setWordWrap(false);
    m_searchView->verticalHeader()->hide();
    m_searchView->horizontalHeader()->setStretchLastSection(true);
    m_searchView->setHorizontalScrollBarPolicy(
        Qt::ScrollBarAlwaysOff); // the extract is cut, whole in the tooltip
    m_searchView->horizontalHeader()->setHighlightSections(false);
    connect(m_searchView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex &current) { Q_EMIT searchCurrentChanged(m_searchModel->idAt(current.row())); });
    connect(m_searchView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &row : m_searchView->selectionModel()->selectedRows())
            ids.append(m_searchModel->idAt(row.row()));
        Q_EMIT searchSelectionChanged(ids);
    });
}

QueuePanel *ReviewWorkspace::queuePanel() const
{
    return m_queues;
}

ReviewActions *ReviewWorkspace::reviewActions() const
{
    return m_actions;
}

HistoryView *ReviewWorkspace::historyView() const
{
    return m_history;
}

ProfilePicker *ReviewWorkspace::profilePicker() const
{
    return m_profile;
}

QTableView *ReviewWorkspace::searchView() const
{
    return m_searchView;
}

QUndoStack *ReviewWorkspace::undoStack() const
{
    return m_actions->undoStack();
}

void ReviewWorkspace::setSelection(const QList<qint64> &ids)
{
    m_actions->setContributions(ids);
    if (ids.size() == 1 && ids.first() != m_history->contribution())
        m_history->setContribution(ids.first());
}

void ReviewWorkspace::search(const ContributionFilter &criteria)
{
    m_searchModel->setSearch(criteria.text, criteria);
    // The extract is what a search is read by: the other columns keep to a modest width.
    const int em = m_searchView->fontMetrics().averageCharWidth();
    m_searchView->resizeColumnToContents(SearchResultsModel::NumberColumn);
    m_searchView->setColumnWidth(SearchResultsModel::TitleColumn, 28 * em);
    m_searchView->setColumnWidth(SearchResultsModel::AuthorityColumn, 16 * em);
    m_searchView->resizeColumnToContents(SearchResultsModel::ReceivedColumn);
    m_searchView->resizeColumnToContents(SearchResultsModel::StatusColumn);
}

void ReviewWorkspace::reload()
{
    m_profile->reload();
    updateAdminActions();
    m_queues->refresh();
    m_actions->reload();
    m_history->reload();
    if (!m_searchModel->query().isEmpty())
        m_searchModel->reload();
}

void ReviewWorkspace::refreshPeople()
{
    m_profile->reload();
    updateAdminActions();
    m_actions->reload();
}

void ReviewWorkspace::updateAdminActions()
{
    const bool admin = PersonRepository(m_db.connection()).roleOf(m_db.actor()) == Role::Admin;
    for (QAction *a : {m_taxonomyAction, m_peopleAction}) {
        a->setVisible(admin);
        a->setEnabled(admin && !m_db.isReadOnly());
    }
}

void ReviewWorkspace::editTaxonomy()
{
    TaxonomyDialog dialog(m_db, m_window);
    dialog.exec();
    if (!dialog.changed())
        return;
    m_actions->reload();
    m_history->reload();
    Q_EMIT taxonomyChanged();
}

void ReviewWorkspace::addDocksTo(QMainWindow *window, QMenu *viewMenu, QAction *before)
{
    const auto dock = [&](QWidget *widget, const QString &title, const QString &menuText, const QString &name,
                          Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, window);
        d->setObjectName(name);
        d->setWidget(widget);
        window->addDockWidget(area, d);
        d->toggleViewAction()->setText(menuText);
        viewMenu->insertAction(before, d->toggleViewAction());
    };
    dock(queuePanel(), tr("Queues"), tr("&Queues"), QStringLiteral("queueDock"), Qt::LeftDockWidgetArea);
    auto *tabs = new QTabWidget;
    tabs->addTab(reviewActions(), tr("Review"));
    tabs->addTab(historyView(), tr("History"));
    dock(tabs, tr("Review"), tr("Re&view panel"), QStringLiteral("reviewDock"), Qt::RightDockWidgetArea);
}
