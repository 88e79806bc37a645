// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/taxonomyrepository.h"
#include "ui/campaign/campaignactions.h"
#include "ui/common/noticebanner.h"
#include "ui/common/uitext.h"
#include "ui/dossier/dossierdialog.h"
#include "ui/editor/contributioneditor.h"
#include "ui/import/holdinglistwidget.h"
#include "ui/import/importcontroller.h"
#include "ui/import/maildropfilter.h"
#include "ui/people/contacterasureprompt.h"
#include "ui/people/profilepicker.h"
#include "ui/publish/opendatadialog.h"
#include "ui/publish/sitepublishing.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/review/filterbar.h"
#include "ui/review/historyview.h"
#include "ui/review/queuepanel.h"
#include "ui/review/reviewworkspace.h"
#include "ui/review/searchresultsmodel.h"
#include "ui/server/serveraddressprompt.h"
#include "ui/server/serverwatch.h"
#include "ui/shell/aboutbox.h"
#include "ui/shell/campaignsession.h"
#include "ui/shell/deskactions.h"
#include "ui/shell/desklayout.h"
#include "ui/shell/deskstatusbar.h"
#include "ui/shell/helpdialog.h"
#include "ui/shell/listeditorlink.h"
#include "ui/shell/recentdatabases.h"
#include "ui/shell/samplecampaign.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/welcomedialog.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

MainWindow::MainWindow(Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_session(new CampaignSession(db, this))
{
    ui->setupUi(this);
    m_editor = new ContributionEditor(m_db, ui->splitter);
    ui->splitter->addWidget(m_editor);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({820, 520});

    setUpList();
    setUpActions();
    setUpStatusBar();
    setUpImport();
    setUpReview();
    setUpSafety();
    setUpServerWatch();
    m_layout = std::make_unique<DeskLayout>(DeskLayout::Panels { this, ui->splitter, ui->contributionView,
        ui->filterBar, m_listStack, m_editor, m_review, m_holdingDock, m_holding });
    m_layout->setUpListColumns();
    m_layout->arrangeKeyboardFocus();
    setUpSession();

    connect(m_editor, &ContributionEditor::saved, this, [this] {
        m_review->queuePanel()->refresh();
        m_review->historyView()->reload();
    });
    connect(m_editor, &ContributionEditor::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &ContributionEditor::contributionChanged, this, &MainWindow::updateActions);
    updateWindowTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children outlive ui and the members: while they go, none may call back into this half-destroyed form.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

FilterBar *MainWindow::filterBar() const
{
    return ui->filterBar;
}

QTableView *MainWindow::contributionView() const
{
    return ui->contributionView;
}

void MainWindow::setUpList()
{
    m_model = new ContributionListModel(m_db, this);
    QTableView *view = ui->contributionView;
    view->setModel(m_model);
    QHeaderView *header = view->horizontalHeader();
    header->setSortIndicator(m_model->sortedColumn(), m_model->sortOrder());
    view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::keepSortIndicator);

    const QList<Theme> themes = TaxonomyRepository(m_db).themes();
    ui->filterBar->setThemes(themes);
    connect(ui->filterBar, &FilterBar::criteriaChanged, this, &MainWindow::applyFilter);
    m_link = new ListEditorLink(view, m_model, m_editor, this);
    connect(m_link, &ListEditorLink::moved, this, &MainWindow::updateActions);
    connect(ui->splitter, &QSplitter::splitterMoved, this, [this] { m_layout->fitListColumns(); });
}

void MainWindow::setUpActions()
{
    DeskActions::decorate(*ui, style());
    // Del deletes a contribution only from the list: in a field it deletes characters.
    ui->actionDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui->contributionView->addAction(ui->actionDelete);
    const auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return DeskActions::icon(name, fallback, style());
    };

    // File › Open Recent, just below File › Open.
    auto *recentMenu = new QMenu(tr("Open &Recent"), this);
    recentMenu->setObjectName(QStringLiteral("menuRecent"));
    recentMenu->setIcon(icon("document-open-recent", QStyle::SP_DirOpenIcon));
    const QList<QAction *> fileActions = ui->menuFile->actions();
    ui->menuFile->insertMenu(fileActions.value(fileActions.indexOf(ui->actionOpenDatabase) + 1), recentMenu);
    m_recent = new RecentDatabases(recentMenu, this);
    connect(m_recent, &RecentDatabases::openRequested, this, [this](const QString &location) {
        if (m_editor->maybeSave())
            openDatabase(location);
    });

    // Help › Recueil Help (F1), Welcome, About.
    auto *help = new QAction(icon("help-contents", QStyle::SP_DialogHelpButton), tr("Recueil &Help"), this);
    help->setObjectName(QStringLiteral("actionHelp"));
    help->setShortcuts(QKeySequence::HelpContents);
    help->setShortcutContext(Qt::ApplicationShortcut);
    connect(help, &QAction::triggered, this, [this] { HelpDialog::showFor(this); });
    auto *welcome = new QAction(tr("&Welcome and sample campaign…"), this);
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);
    ui->menuHelp->insertActions(ui->actionAbout, {help, welcome});
    ui->menuHelp->insertSeparator(ui->actionAbout);
    addAction(help);

    QAction *save = m_editor->saveAction();
    ui->menuFile->insertAction(ui->actionOpenDatabase, save);
    ui->menuEdit->insertActions(ui->actionDelete, {m_editor->undoAction(), m_editor->redoAction()});
    ui->menuEdit->insertSeparator(ui->actionDelete);
    ui->mainToolBar->toggleViewAction()->setText(tr("&Toolbar"));
    ui->menuView->insertAction(ui->actionRefresh, ui->mainToolBar->toggleViewAction());
    ui->menuView->insertSeparator(ui->actionRefresh);
    ui->mainToolBar->addActions({save, ui->actionDelete});
    ui->mainToolBar->addSeparator();
    ui->mainToolBar->addActions({m_editor->undoAction(), m_editor->redoAction()});
    // The undo texts name the change ("Undo change to “Title”"): too long beside an icon.
    for (QAction *a : {m_editor->undoAction(), m_editor->redoAction()})
        if (auto *button = qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *calls = new CampaignActions(m_db, this);
    ui->menuFile->insertAction(ui->actionOpenDatabase, calls->newCallAction());
    ui->menuEdit->addAction(calls->settingsAction());
    connect(calls, &CampaignActions::openRequested, this, [this](const QString &location) {
        if (m_editor->maybeSave())
            openDatabase(location);
    });
    connect(ui->actionNew, &QAction::triggered, m_link, &ListEditorLink::newContribution);
    connect(ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    auto *connectAction = new QAction(tr("Connect to a &server…"), this);
    connectAction->setObjectName(QStringLiteral("actionConnectToServer"));
    ui->menuFile->insertAction(ui->actionOpenDatabase, connectAction);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionDelete, &QAction::triggered, m_link, &ListEditorLink::deleteContribution);
    connect(ui->actionFind, &QAction::triggered, ui->filterBar, &FilterBar::focusSearch);
    connect(ui->actionRefresh, &QAction::triggered, m_model, &ContributionListModel::reload);
    connect(ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::show(this, m_db); });
    connect(ui->actionDossier, &QAction::triggered, this, [this] {
        DossierDialog dialog(m_db, this);
        // A queue, a saved search or the filters of the list: print exactly that when asked.
        if (m_model->filter().narrows())
            dialog.setListSelection(m_model->filter(), m_status->countText());
        dialog.exec();
    });
    connect(ui->actionOpenData, &QAction::triggered, this, [this] { OpenDataDialog(m_db, this).exec(); });
    connect(ui->actionPublishSite, &QAction::triggered, this, [this] { SitePublishing::run(this, m_db); });
    // Ctrl+F, Ctrl+N and the rest work wherever the focus is in the window.
    addActions({ui->actionNew, ui->actionImport, ui->actionDossier, ui->actionOpenDatabase, ui->actionQuit, ui->actionFind,
                ui->actionRefresh});
}

void MainWindow::setUpStatusBar()
{
    m_status = new DeskStatusBar(statusBar(), m_db, m_clock, m_model);
}
void MainWindow::setUpImport()
{
    m_holding = new HoldingListWidget(m_db, this);
    m_holdingDock = new QDockWidget(this);
    m_holdingDock->setObjectName(QStringLiteral("holdingDock"));
    m_holdingDock->setWidget(m_holding);
    m_holdingDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                               | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_holdingDock);
    resizeDocks({ m_holdingDock }, { fontMetrics().height() * 8 }, Qt::Vertical);
    ui->menuView->insertAction(ui->actionRefresh, m_holdingDock->toggleViewAction());
    connect(m_holding, &HoldingListWidget::countChanged, this, &MainWindow::updateHeldCount);
    connect(m_holding, &HoldingListWidget::contributionCreated, this, &MainWindow::showArrived);
    connect(m_editor, &ContributionEditor::held, m_holding, &HoldingListWidget::setCurrentHeldContributionId);
    connect(m_editor, &ContributionEditor::held, this, &MainWindow::showHoldingList);
    connect(m_status, &DeskStatusBar::pendingRequested, this, &MainWindow::showHoldingList);
    updateHeldCount(m_holding->count());
    m_holdingDock->setVisible(m_holding->count() > 0);

    m_import = new ImportController(m_db, this);
    connect(ui->actionImport, &QAction::triggered, m_import, &ImportController::chooseFiles);
    connect(m_import, &ImportController::contributionsChanged, this, &MainWindow::onImportChanged);
    connect(m_import, &ImportController::showHeldRequested, this, &MainWindow::showHoldingList);
    connect(m_import, &ImportController::started, this, &MainWindow::updateActions);
    connect(m_import, &ImportController::finished, this, [this] {
        // The list was read again by contributionsChanged; an imported complement may have changed the contribution on show.
        if (m_editor->contributionId() && !m_editor->isModified())
            m_editor->openContribution(m_editor->contributionId());
        updateActions();
    });

    m_drops = new MailDropFilter(this);
    m_drops->watch(this);
    connect(m_drops, &MailDropFilter::dropped, m_import, &ImportController::start);
}

void MainWindow::setUpReview()
{
    m_review = new ReviewWorkspace(m_db, this);
    m_review->profilePicker()->restoreRememberedLogin();
    // The search results take the list's place while the search box holds words.
    m_listStack = new QStackedWidget(ui->listPanel);
    ui->listLayout->replaceWidget(ui->contributionView, m_listStack);
    m_listStack->addWidget(ui->contributionView);
    m_listStack->addWidget(m_review->searchView());
    m_review->addDocksTo(this, ui->menuView, ui->actionRefresh);
    connect(m_review->searchModel(), &SearchResultsModel::resultsChanged, m_status, &DeskStatusBar::showSearchCount);
    statusBar()->addPermanentWidget(m_review->profilePicker());
    ui->menuEdit->insertAction(ui->actionDelete, m_review->undoAction());
    ui->menuEdit->addSeparator();
    ui->menuEdit->addActions({m_review->taxonomyAction(), m_review->peopleAction()});

    m_review->queuePanel()->setCriteriaSource([this] { return ui->filterBar->criteria(); });
    ui->contributionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(ui->contributionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &row : ui->contributionView->selectionModel()->selectedRows())
            ids.append(m_model->idAt(row.row()));
        m_review->setSelection(ids);
    });
    connect(m_review, &ReviewWorkspace::searchSelectionChanged, m_review, &ReviewWorkspace::setSelection);
    connect(m_review, &ReviewWorkspace::searchCurrentChanged, this, [this](qint64 id) {
        if (id && id != m_editor->contributionId() && m_editor->maybeSave())
            m_editor->openContribution(id);
    });
    connect(m_editor, &ContributionEditor::contributionChanged, m_review->historyView(), &HistoryView::setContribution);
    connect(m_review, &ReviewWorkspace::queueSelected, this, [this](ContributionFilter f) {
        f.sortColumn = m_model->filter().sortColumn;
        f.descending = m_model->filter().descending;
        m_listStack->setCurrentWidget(ui->contributionView);
        // The filters say what the list shows, never something else.
        ui->filterBar->showCriteria(f);
        m_status->setSearching(false);
        m_model->setFilter(f);
    });
    connect(m_review, &ReviewWorkspace::heldSelected, this, &MainWindow::showHoldingList);
    connect(m_review, &ReviewWorkspace::restored, this, &MainWindow::showArrived);
    connect(m_holding, &HoldingListWidget::countChanged, m_review->queuePanel(), &QueuePanel::refresh);
    connect(m_review, &ReviewWorkspace::contributionsChanged, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            m_model->refresh(id);
        if (ids.contains(m_editor->contributionId()) && !m_editor->isModified())
            m_editor->openContribution(m_editor->contributionId());
    });
    connect(m_review, &ReviewWorkspace::taxonomyChanged, m_editor, &ContributionEditor::reloadTaxonomy);
    connect(m_review, &ReviewWorkspace::actorChanged, this, &MainWindow::updateActions);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!m_layout)
        return;
    m_layout->arrangeDocksForWidth();
    QTimer::singleShot(0, this, [this] { m_layout->fitListColumns(); });
}
bool MainWindow::focusNextPrevChild(bool next)
{
    return m_layout->moveFocus(next) || QMainWindow::focusNextPrevChild(next);
}
bool MainWindow::importFiles(const QStringList &paths)
{
    return m_import->importFiles(paths);
}

void MainWindow::onImportChanged()
{
    m_model->reload();
    m_holding->reload();
    m_review->queuePanel()->refresh();
}

void MainWindow::showArrived(qint64 id)
{
    m_model->reload();
    if (m_editor->maybeSave() && m_editor->openContribution(id))
        m_link->select(id);
}

void MainWindow::updateHeldCount(int count)
{
    m_holdingDock->setWindowTitle(tr("Pending (%1)").arg(UiText::number(count)));
    m_holdingDock->toggleViewAction()->setText(tr("&Pending (%1)").arg(UiText::number(count)));
    m_status->setPendingCount(count);
}

void MainWindow::showHoldingList()
{
    m_holding->reload();
    m_holdingDock->show();
    m_holdingDock->raise();
    m_holding->list()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setUpSession()
{
    // Another database opened: each panel reads it again.
    connect(m_session, &CampaignSession::opened, m_watch, &ServerWatch::attach);
    connect(m_session, &CampaignSession::opened, m_editor, [this] {
        m_editor->reloadTaxonomy();
        m_editor->newContribution();
    });
    connect(m_session, &CampaignSession::opened, ui->filterBar, [this] {
        ui->filterBar->setThemes(TaxonomyRepository(m_db).themes());
        ui->filterBar->clear();
    });
    connect(m_session, &CampaignSession::opened, m_model, [this] {
        ContributionFilter f;
        f.sortColumn = m_model->filter().sortColumn;
        f.descending = m_model->filter().descending;
        m_model->setFilter(f);
        m_model->reload();
    });
    connect(m_session, &CampaignSession::opened, m_holding, &HoldingListWidget::reload);
    connect(m_session, &CampaignSession::opened, m_review, [this] {
        m_review->profilePicker()->restoreRememberedLogin();
        m_review->reload();
    });
    connect(m_session, &CampaignSession::opened, this, [this] {
        m_status->refresh();
        updateWindowTitle();
        updateActions();
    });
}

void MainWindow::setUpServerWatch()
{
    m_watch = new ServerWatch(m_db, this);
    m_banner = m_watch->addBannerTo(this);
    connect(m_watch, &ServerWatch::contributionsChanged, this, &MainWindow::onRemoteChanges);
    connect(m_watch, &ServerWatch::peopleChanged, this, &MainWindow::refreshPeople);
    connect(m_watch, &ServerWatch::campaignChanged, this, [this] {
        // The call changed on another desk: its deadline and themes, read again; the open edit stays.
        m_db.forgetCampaign();
        m_editor->reloadTaxonomy();
        ui->filterBar->setThemes(TaxonomyRepository(m_db).themes());
        m_status->refresh();
        updateWindowTitle();
    });
    connect(m_watch, &ServerWatch::connectionRestored, this, [this] {
        // Others may have worked meanwhile: read the list again; the open edit is left as it is.
        onRemoteChanges({});
    });
}

void MainWindow::refreshPeople()
{
    // Someone added, changed or removed people (another window, `recueil people`, another desk).
    if (!m_db.isOpen())
        return;
    m_review->refreshPeople();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // On a file nobody announces changes, and a server does not announce new logins: the people
    // are read again whenever the window comes back to the front.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshPeople();
}

void MainWindow::onRemoteChanges(const QList<qint64> &ids)
{
    bool unknown = ids.isEmpty();
    for (qint64 id : ids) {
        if (m_model->rowOf(id) >= 0)
            m_model->refresh(id);
        else
            unknown = true;
    }
    m_review->queuePanel()->refresh();
    // New rows may sort anywhere: read the list again, keeping the selection.
    if (unknown) {
        const qint64 current = m_editor->contributionId();
        m_model->reload();
        if (current)
            m_link->select(current);
    }
}

void MainWindow::updateWindowTitle()
{
    // "recueil.sqlite[*]": Qt adds the application name and shows [*] as the unsaved mark.
    setWindowTitle(m_db.shortName() + QStringLiteral("[*] — ") + m_db.campaign().name);
    setWindowModified(m_editor->isModified());
}

void MainWindow::updateActions()
{
    ui->actionDelete->setEnabled(m_editor->contributionId() != 0 && !m_db.isReadOnly());
    ui->actionNew->setEnabled(!m_db.isReadOnly());
    const bool importing = m_import && m_import->isRunning();
    ui->actionImport->setEnabled(!m_db.isReadOnly() && !importing);
    ui->actionOpenDatabase->setEnabled(!importing);
    if (m_drops)
        m_drops->setEnabled(!m_db.isReadOnly() && !importing);
    if (m_forgetContact)
        m_forgetContact->setEnabled(!m_db.isReadOnly() && !importing);
    if (m_readOnlyBanner)
        m_readOnlyBanner->setVisible(m_db.isReadOnly());
}

void MainWindow::setUpSafety()
{
    // A band across the window while nothing can be changed.
    m_readOnlyBanner = new NoticeBanner(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setText(tr("This database is open read-only (the file or its folder cannot be written): you "
                                 "can read, search and print, but not change anything."));
    m_readOnlyBanner->setAccessibleName(tr("Read-only database"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);

    m_forgetContact = new QAction(tr("&Erase a person's details…"), this);
    m_forgetContact->setObjectName(QStringLiteral("actionForgetContact"));
    m_forgetContact->setToolTip(tr("Right to erasure: remove a person's name, address and phone number everywhere"));
    ui->menuEdit->addSeparator();
    ui->menuEdit->addAction(m_forgetContact);
    connect(m_forgetContact, &QAction::triggered, this, &MainWindow::forgetContact);
}

void MainWindow::forgetContact()
{
    if (!m_editor->maybeSave() || !ContactErasurePrompt::run(m_db, m_editor->contribution().contact.email, this))
        return;
    const qint64 shown = m_editor->contributionId();
    m_model->reload();
    if (shown)
        m_editor->openContribution(shown);
    m_review->historyView()->reload();
}
void MainWindow::applyFilter()
{
    ContributionFilter f = ui->filterBar->criteria();
    const ContributionFilter current = m_model->filter();
    f.sortColumn = current.sortColumn;
    f.descending = current.descending;
    m_model->setFilter(f);
    const bool searching = !f.text.trimmed().isEmpty();
    // The count is of what is shown: the search results in place of the list.
    m_status->setSearching(searching);
    if (searching)
        m_review->search(f);
    m_listStack->setCurrentWidget(searching ? static_cast<QWidget *>(m_review->searchView()) : ui->contributionView);
}

void MainWindow::keepSortIndicator()
{
    // The primary theme has no order of its own: put the arrow back where the list is sorted.
    QHeaderView *header = ui->contributionView->horizontalHeader();
    if (header->sortIndicatorSection() != m_model->sortedColumn()
        || header->sortIndicatorOrder() != m_model->sortOrder()) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortedColumn(), m_model->sortOrder());
    }
}

void MainWindow::chooseDatabase()
{
    if (!m_editor->maybeSave())
        return;
    const QString location =
        QFileDialog::getOpenFileName(this, tr("Open a database"), QFileInfo(m_db.location()).absolutePath(),
                                     tr("Recueil databases (*.sqlite *.db);;All files (*)"));
    if (!location.isEmpty())
        openDatabase(location);
}

bool MainWindow::openDatabase(const QString &location)
{
    if (m_import->isRunning()) {
        QMessageBox::information(this, tr("Import in progress"),
                                 tr("Wait for the import to finish before opening another database."));
        return false;
    }
    if (!m_session->open(location, this))
        return false;
    // The sample campaign is listed, but the next start goes back to the real desk.
    if (m_remembersSession)
        m_recent->add(m_db.location(), location != SampleCampaign::defaultLocation());
    if (m_instance)
        m_instance->listen(m_db.location());
    return true;
}
void MainWindow::restoreSession()
{
    if (m_layout->restore())
        keepSortIndicator();
    m_recent->add(m_db.location());
    m_remembersSession = true;
}
void MainWindow::fitToScreen()
{
    m_layout->fitToScreen();
}
void MainWindow::saveSession() const
{
    m_layout->save();
}
void MainWindow::setSingleInstance(SingleInstance *instance)
{
    m_instance = instance;
    connect(instance, &SingleInstance::filesReceived, this, &MainWindow::receiveFiles);
}

void MainWindow::receiveFiles(const QStringList &files)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (!files.isEmpty() && !m_import->importNowOrAfter(files))
        statusBar()->showMessage(tr("These emails will be imported once the current import is over."), 10000);
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(this);
    WelcomeDialog::setShown();
    if (dialog.exec() == WelcomeDialog::OpenSample)
        openSampleCampaign();
}

bool MainWindow::openSampleCampaign()
{
    if (!m_editor->maybeSave())
        return false;
    const QString location = SampleCampaign::createShowingWhy(this);
    return !location.isEmpty() && openDatabase(location);
}
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    if (!m_import->stopBeforeQuitting()) {
        event->ignore();
        return;
    }
    if (m_remembersSession)
        saveSession();
    event->accept();
}

void MainWindow::connectToServer()
{
    if (!m_editor->maybeSave())
        return;
    const QString address = ServerAddressPrompt::ask(this);
    if (!address.isEmpty() && openDatabase(address))
        ServerAddressPrompt::remember(address);
}
