// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"
#include "storage/serverlocation.h"
#include "ui/server/serverwatch.h"

#include "ui/dossier/dossierdialog.h"
#include "ui_mainwindow.h"

#include "core/authoritydirectory.h"
#include "core/clock.h"
#include "mail/contacteraser.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/uitext.h"
#include "ui/editor/contributioneditor.h"
#include "ui/import/holdinglistwidget.h"
#include "ui/import/importcontroller.h"
#include "ui/import/maildropfilter.h"
#include "ui/people/profilepicker.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/review/filterbar.h"
#include "ui/review/historyview.h"
#include "ui/review/queuepanel.h"
#include "ui/review/reviewactions.h"
#include "ui/review/reviewworkspace.h"
#include "ui/shell/databaserecovery.h"
#include "ui/shell/desktoplauncher.h"
#include "ui/shell/elidedlabel.h"
#include "ui/shell/helpdialog.h"
#include "ui/shell/recentdatabases.h"
#include "ui/shell/samplecampaign.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/welcomedialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

MainWindow::MainWindow(Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , ui(std::make_unique<Ui::MainWindow>())
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
    arrangeKeyboardFocus();

    connect(m_editor, &ContributionEditor::saved, this, &MainWindow::onSaved);
    connect(m_editor, &ContributionEditor::deleted, this, &MainWindow::onDeleted);
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
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ContributionListModel::TitleColumn, QHeaderView::Stretch);
    // Widths for typical French values; the title takes whatever is left.
    const QFontMetrics fm = fontMetrics();
    const int padding =
        2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + fm.horizontalAdvance(QStringLiteral("MM"));
    auto widthOf = [&](const char *sample) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + padding;
    };
    header->resizeSection(ContributionListModel::NumberColumn, widthOf("0000"));
    header->resizeSection(ContributionListModel::AuthorityColumn, widthOf("Saint-Quentin (02)"));
    header->resizeSection(ContributionListModel::ReceivedColumn, widthOf("28 février 2021"));
    header->resizeSection(ContributionListModel::StatusColumn, widthOf("En relecture"));
    header->resizeSection(ContributionListModel::ThemeColumn, widthOf("Organisation de la"));
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("N°")) + padding);
    header->setSortIndicator(m_model->sortedColumn(), m_model->sortOrder());
    view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::keepSortIndicator);

    const QList<Theme> themes = TaxonomyRepository(m_db).themes();
    ui->filterBar->setThemes(themes);
    connect(ui->filterBar, &FilterBar::criteriaChanged, this, &MainWindow::applyFilter);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    // A new filter or order reloads the list: keep the open contribution selected if it is there.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { selectContribution(m_editor->contributionId()); });
    connect(m_model, &ContributionListModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(ui->splitter, &QSplitter::splitterMoved, this, &MainWindow::fitListColumns);
}

void MainWindow::setUpActions()
{
    auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style()->standardIcon(fallback));
    };
    ui->actionNew->setShortcuts(QKeySequence::New);
    ui->actionNew->setIcon(icon("document-new", QStyle::SP_FileIcon));
    ui->actionImport->setIcon(icon("mail-message-new", QStyle::SP_ArrowDown));
    ui->actionDossier->setIcon(icon("document-print", QStyle::SP_FileDialogDetailedView));
    ui->actionOpenDatabase->setShortcuts(QKeySequence::Open);
    ui->actionOpenDatabase->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionQuit->setIcon(icon("application-exit", QStyle::SP_DialogCloseButton));
    ui->actionDelete->setShortcuts(QKeySequence::Delete);
    ui->actionDelete->setIcon(icon("edit-delete", QStyle::SP_TrashIcon));
    // Del deletes a contribution only from the list: in a field it deletes characters.
    ui->actionDelete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui->contributionView->addAction(ui->actionDelete);
    ui->actionFind->setShortcuts(QKeySequence::Find);
    ui->actionFind->setIcon(icon("edit-find", QStyle::SP_FileDialogContentsView));
    ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    ui->actionRefresh->setIcon(icon("view-refresh", QStyle::SP_BrowserReload));
    ui->actionAbout->setIcon(icon("help-about", QStyle::SP_MessageBoxInformation));
    ui->actionDossier->setShortcuts(QKeySequence::Print);

    // File › Open Recent, just below File › Open.
    auto *recentMenu = new QMenu(tr("Open &Recent"), this);
    recentMenu->setObjectName(QStringLiteral("menuRecent"));
    recentMenu->setIcon(icon("document-open-recent", QStyle::SP_DirOpenIcon));
    const QList<QAction *> fileActions = ui->menuFile->actions();
    ui->menuFile->insertMenu(fileActions.value(fileActions.indexOf(ui->actionOpenDatabase) + 1), recentMenu);
    m_recent = new RecentDatabases(recentMenu, this);
    connect(m_recent, &RecentDatabases::openRequested, this, [this](const QString &location) {
        if (!QFileInfo(location).isFile()) {
            QMessageBox::warning(this, tr("Cannot open the database"),
                                 tr("The database “%1” is no longer there: it has been removed from the list.")
                                     .arg(QDir::toNativeSeparators(location)));
            m_recent->remove(location);
            return;
        }
        if (m_editor->maybeSave())
            openDatabase(location);
    });

    // Help › Recueil Help (F1), Welcome, About.
    auto *help = new QAction(icon("help-contents", QStyle::SP_DialogHelpButton), tr("Recueil &Help"), this);
    help->setObjectName(QStringLiteral("actionHelp"));
    help->setShortcuts(QKeySequence::HelpContents);
    help->setShortcutContext(Qt::ApplicationShortcut);
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);
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

    ui->mainToolBar->addAction(save);
    ui->mainToolBar->addAction(ui->actionDelete);
    ui->mainToolBar->addSeparator();
    ui->mainToolBar->addAction(m_editor->undoAction());
    ui->mainToolBar->addAction(m_editor->redoAction());
    // The undo texts name the change ("Undo change to “Title”"): too long beside an icon.
    for (QAction *a : {m_editor->undoAction(), m_editor->redoAction()})
        if (auto *button = qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);

    connect(ui->actionNew, &QAction::triggered, this, &MainWindow::newContribution);
    connect(ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    auto *connectAction = new QAction(tr("Connect to a &server…"), this);
    connectAction->setObjectName(QStringLiteral("actionConnectToServer"));
    ui->menuFile->insertAction(ui->actionOpenDatabase, connectAction);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteContribution);
    connect(ui->actionFind, &QAction::triggered, ui->filterBar, &FilterBar::focusSearch);
    connect(ui->actionRefresh, &QAction::triggered, m_model, &ContributionListModel::reload);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionDossier, &QAction::triggered, this, [this] {
        DossierDialog dialog(m_db, this);
        // A queue, a saved search or the filters of the list: print exactly that when asked.
        const ContributionFilter shown = m_model->filter();
        const bool filtered = !shown.text.trimmed().isEmpty() || !shown.status.isEmpty() || !shown.theme.isEmpty()
            || !shown.authorityCode.isEmpty() || !shown.ids.isEmpty() || !shown.assignedTo.isEmpty();
        if (filtered)
            dialog.setListSelection(shown, m_countLabel->text());
        dialog.exec();
    });
    // Ctrl+F, Ctrl+N and the rest work wherever the focus is in the window.
    addActions({ui->actionNew, ui->actionImport, ui->actionDossier, ui->actionOpenDatabase, ui->actionQuit, ui->actionFind,
                ui->actionRefresh});
}

void MainWindow::setUpStatusBar()
{
    m_campaignLabel = new ElidedLabel(this);
    m_intakeLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_intakeLabel->setAccessibleName(tr("Intake state"));
    m_countLabel->setAccessibleName(tr("Contributions shown"));
    m_campaignLabel->setContentsMargins(6, 0, 6, 0);
    m_intakeLabel->setContentsMargins(12, 0, 12, 0);
    m_countLabel->setContentsMargins(12, 0, 6, 0);
    statusBar()->addWidget(m_campaignLabel, 1);
    m_heldButton = new QToolButton(this);
    m_heldButton->setAutoRaise(true);
    m_heldButton->setToolTip(tr("Show the emails waiting to be accepted or set aside"));
    statusBar()->addPermanentWidget(m_heldButton);
    statusBar()->addPermanentWidget(m_intakeLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    updateStatusBar();
    // Intake may close while the window is open: look again every minute.
    auto *tick = new QTimer(this);
    tick->start(60 * 1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatusBar);
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
    connect(m_holding, &HoldingListWidget::contributionCreated, this, &MainWindow::onHeldAccepted);
    connect(m_heldButton, &QToolButton::clicked, this, &MainWindow::showHoldingList);
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
        // Files handed over by another "recueil" while this import ran: their turn now.
        if (!m_queuedFiles.isEmpty())
            QTimer::singleShot(0, this, [this] { importFiles(std::exchange(m_queuedFiles, {})); });
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
    auto dock = [this](QWidget *widget, const QString &title, const QString &menuText, const QString &name,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        d->toggleViewAction()->setText(menuText);
        ui->menuView->insertAction(ui->actionRefresh, d->toggleViewAction());
    };
    dock(m_review->queuePanel(), tr("Queues"), tr("&Queues"), QStringLiteral("queueDock"), Qt::LeftDockWidgetArea);
    auto *tabs = new QTabWidget;
    tabs->addTab(m_review->reviewActions(), tr("Review"));
    tabs->addTab(m_review->historyView(), tr("History"));
    dock(tabs, tr("Review"), tr("Re&view panel"), QStringLiteral("reviewDock"), Qt::RightDockWidgetArea);
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
        m_model->setFilter(f);
    });
    connect(m_review, &ReviewWorkspace::heldSelected, this, &MainWindow::showHoldingList);
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

void MainWindow::arrangeKeyboardFocus()
{
    // A table's own Tab goes from cell to cell, opens the next contribution every few presses and
    // wraps round: a keyboard user would never get out to the editor.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    // The fields in a scrolling form are stops enough (they scroll into view); the area is not one.
    for (QScrollArea *area : findChildren<QScrollArea *>())
        area->setFocusPolicy(Qt::NoFocus);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrangeDocksForWidth();
    QTimer::singleShot(0, this, &MainWindow::fitListColumns);
}

void MainWindow::fitListColumns()
{
    // A narrow list keeps its titles readable: the main theme (shown in the editor) makes room.
    QTableView *view = ui->contributionView;
    QHeaderView *header = view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != ContributionListModel::TitleColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    if (!header->isSectionHidden(ContributionListModel::ThemeColumn))
        others -= header->sectionSize(ContributionListModel::ThemeColumn);
    // (A hidden section's size reads 0: the width it had is kept.)
    if (!header->isSectionHidden(ContributionListModel::ThemeColumn))
        m_themeColumnWidth = header->sectionSize(ContributionListModel::ThemeColumn);
    const int theme = m_themeColumnWidth;
    const int title = view->viewport()->width() - others - theme;
    header->setSectionHidden(
        ContributionListModel::ThemeColumn, title < fontMetrics().averageCharWidth() * 30);
}

void MainWindow::arrangeDocksForWidth()
{
    auto *queues = findChild<QDockWidget *>(QStringLiteral("queueDock"));
    auto *review = findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    if (!queues || !review || queues->isFloating() || review->isFloating())
        return;
    // Behind the queues as a tab (a laptop at 200 %, see fitToScreen()): left so.
    if (tabifiedDockWidgets(queues).contains(review))
        return;
    const bool narrow = width() < fontMetrics().averageCharWidth() * 230;
    if (m_narrowDocks == narrow)
        return;
    m_narrowDocks = narrow;
    if (narrow) {
        // Below the queues, both in sight and both on the way of Tab.
        splitDockWidget(queues, review, Qt::Vertical);
        resizeDocks({ queues, review }, { height() / 3, height() * 2 / 3 }, Qt::Vertical);
    } else if (dockWidgetArea(review) != Qt::RightDockWidgetArea) {
        addDockWidget(Qt::RightDockWidgetArea, review);
    }
}

QList<QWidget *> MainWindow::tabOrder() const
{
    // Reading order, left to right: the queues, the search and filters, the list, the editor,
    // the review panel, the pending emails, the status bar; inside each, the order of its form.
    const QList<QWidget *> panels { findChild<QDockWidget *>(QStringLiteral("queueDock")), ui->filterBar,
        m_listStack, m_editor, findChild<QDockWidget *>(QStringLiteral("reviewDock")), m_holdingDock,
        statusBar() };
    QList<QWidget *> stops;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() && w->isEnabled()
            && w->window() == this)
            stops.append(w);
    }
    QList<QWidget *> order;
    for (QWidget *panel : panels) {
        for (QWidget *w : std::as_const(stops))
            if (panel && panel->window() == this && panel->isAncestorOf(w))
                order.append(w);
    }
    for (QWidget *w : std::as_const(stops))
        if (!order.contains(w))
            order.append(w);
    return order;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const QList<QWidget *> order = tabOrder();
    const qsizetype at = order.indexOf(QApplication::focusWidget());
    if (at < 0)
        return QMainWindow::focusNextPrevChild(next);
    QWidget *target = order.at((at + (next ? 1 : order.size() - 1)) % order.size());
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    for (QWidget *p = target->parentWidget(); p && p != this; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(target);
    return true;
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

void MainWindow::onHeldAccepted(qint64 id)
{
    m_model->reload();
    if (m_editor->maybeSave() && m_editor->openContribution(id))
        selectContribution(id);
}

void MainWindow::updateHeldCount(int count)
{
    m_holdingDock->setWindowTitle(tr("Pending emails (%1)").arg(UiText::number(count)));
    m_holdingDock->toggleViewAction()->setText(tr("&Pending emails (%1)").arg(UiText::number(count)));
    m_heldButton->setText(count == 1 ? tr("1 email pending") : tr("%1 emails pending").arg(UiText::number(count)));
    m_heldButton->setVisible(count > 0);
}

void MainWindow::showHoldingList()
{
    m_holding->reload();
    m_holdingDock->show();
    m_holdingDock->raise();
    m_holding->list()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateStatusBar()
{
    const Campaign campaign = m_db.campaign();
    m_campaignLabel->setFullText(campaign.name);
    m_intakeLabel->setText(m_db.deadlineGuard().statusText(m_clock.now()));
    updateCount(m_model->totalCount());
}

void MainWindow::updateCount(int count)
{
    if (count == 0)
        m_countLabel->setText(tr("No contributions"));
    else if (count == 1)
        m_countLabel->setText(tr("1 contribution"));
    else if (m_model->totalCountIsEstimate())
        m_countLabel->setText(tr("More than %1 contributions").arg(UiText::number(count)));
    else
        m_countLabel->setText(tr("%1 contributions").arg(UiText::number(count)));
}

void MainWindow::setUpServerWatch()
{
    m_watch = new ServerWatch(m_db, this);
    m_banner = new QToolBar(tr("Connection"), this);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setMovable(false);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"));
    m_banner->addWidget(m_bannerLabel);
    addToolBar(Qt::TopToolBarArea, m_banner);
    m_banner->hide();
    connect(m_watch, &ServerWatch::contributionsChanged, this, &MainWindow::onRemoteChanges);
    connect(m_watch, &ServerWatch::peopleChanged, this, &MainWindow::refreshPeople);
    connect(m_watch, &ServerWatch::connectionLost, this, [this](const QString &message) {
        m_bannerLabel->setText(message);
        m_banner->show();
    });
    connect(m_watch, &ServerWatch::connectionRestored, this, [this] {
        m_banner->hide();
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
            selectContribution(current);
    }
}

void MainWindow::updateWindowTitle()
{
    // "recueil.sqlite[*]": Qt adds the application name and shows [*] as the unsaved mark.
    setWindowTitle(
        m_db.shortName() + QStringLiteral("[*]"));
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
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 6, 12, 6);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette palette = m_readOnlyBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_readOnlyBanner->setPalette(palette);
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
    if (!m_editor->maybeSave())
        return;
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Erase a person's details"),
                              tr("Email address of the person who asked to be forgotten:"), QLineEdit::Normal,
                              m_editor->contribution().contact.email, &ok)
            .trimmed();
    if (!ok || address.isEmpty())
        return;
    if (!address.contains(QLatin1Char('@'))) {
        QMessageBox::warning(this, tr("Erase a person's details"), tr("“%1” is not an email address.").arg(address));
        return;
    }
    ContactEraser eraser(m_db);
    ContactEraser::Plan plan;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool planned = eraser.plan(address, &plan, &error);
    QApplication::restoreOverrideCursor();
    if (!planned) {
        QMessageBox::critical(this, tr("Erase a person's details"), error);
        return;
    }
    if (plan.isEmpty()) {
        QMessageBox::information(this, tr("Erase a person's details"),
                                 tr("Nothing is known about “%1”: nothing to erase.").arg(address));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Erase a person's details"),
                    ContactEraser::summary(plan).join(QLatin1Char('\n')), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("erasePreview"));
    box.setInformativeText(tr("They are replaced by « [effacé] » everywhere, in the database and its automatic "
                              "backups. The testimonies stay. This cannot be undone."));
    // Every place, as `recueil forget-contact --dry-run` lists them.
    box.setDetailedText(plan.places().join(QLatin1Char('\n')));
    QPushButton *erase = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != erase)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool erased = eraser.erase(plan, &error);
    QApplication::restoreOverrideCursor();
    if (!erased)
        QMessageBox::critical(this, tr("Erase a person's details"), error);
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

void MainWindow::selectContribution(qint64 id)
{
    m_syncingSelection = true;
    const int row = id ? m_model->rowOf(id) : -1;
    QItemSelectionModel *selection = ui->contributionView->selectionModel();
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ContributionListModel::TitleColumn);
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ui->contributionView->scrollTo(index);
    } else {
        selection->clear();
    }
    m_syncingSelection = false;
    updateActions();
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncingSelection)
        return;
    const qint64 wanted = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (wanted == m_editor->contributionId())
        return;
    if (!wanted) {
        updateActions();
        return; // selection cleared: the editor keeps what it shows
    }
    // Give the person a chance to keep what they typed; then show the row they chose.
    const bool goOn = m_editor->maybeSave();
    if (goOn && !m_editor->openContribution(wanted)) {
        m_model->refresh(wanted); // gone meanwhile
        QMessageBox::information(this, tr("Contribution not found"),
                                 tr("This contribution has been deleted meanwhile."));
    }
    // Defer: the view is still handling the click that changed the row.
    QTimer::singleShot(0, this, [this] { selectContribution(m_editor->contributionId()); });
}

void MainWindow::newContribution()
{
    if (!m_editor->maybeSave())
        return;
    m_editor->newContribution();
    selectContribution(0);
    m_editor->focusFirstField();
}

void MainWindow::onSaved(qint64 id, bool created)
{
    m_review->queuePanel()->refresh();
    m_review->historyView()->reload();
    if (!created) {
        m_model->refresh(id);
        return;
    }
    // A new contribution may sort anywhere: read the list again, once the save is over.
    QTimer::singleShot(0, this, [this] {
        m_model->reload();
        selectContribution(m_editor->contributionId());
    });
    updateActions();
}

void MainWindow::deleteContribution()
{
    const int row = m_model->rowOf(m_editor->contributionId());
    m_deletedRow = row;
    m_editor->deleteContribution();
    m_deletedRow = -1;
}

void MainWindow::onDeleted(qint64 id)
{
    const int row = m_deletedRow >= 0 ? m_deletedRow : m_model->rowOf(id);
    m_model->refresh(id);
    // Go on with the next contribution of the list, as after deleting a line anywhere.
    const int next = qMin(row, m_model->rowCount() - 1);
    if (row >= 0 && next >= 0 && m_editor->openContribution(m_model->idAt(next)))
        selectContribution(m_editor->contributionId());
    else
        selectContribution(0);
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
    QString error;
    {
        // Try it aside first, so that a file that cannot be opened leaves the current one open.
        Database probe;
        if (!DesktopLauncher::openAskingPassword(probe, location, this, &error)
            && (error.isEmpty() || !DatabaseRecovery::offerBackup(this, probe, location, error)))
            return false;
    }
    const QString previous = m_db.location();
    if (!m_db.open(location, &error)) {
        QString again;
        m_db.open(previous, &again);
        QMessageBox::warning(this, tr("Cannot open the database"), error);
        return false;
    }
    m_watch->attach();
    m_editor->reloadTaxonomy();
    m_editor->newContribution();
    ui->filterBar->setThemes(TaxonomyRepository(m_db).themes());
    ui->filterBar->clear();
    ContributionFilter f;
    f.sortColumn = m_model->filter().sortColumn;
    f.descending = m_model->filter().descending;
    m_model->setFilter(f);
    m_model->reload();
    m_holding->reload();
    m_review->profilePicker()->restoreRememberedLogin();
    m_review->reload();
    updateStatusBar();
    updateWindowTitle();
    updateActions();
    // The sample campaign is listed, but the next start goes back to the real desk.
    if (m_remembersSession)
        m_recent->add(m_db.location(), location != SampleCampaign::defaultLocation());
    if (m_instance)
        m_instance->listen(m_db.location());
    DatabaseRecovery::backUpToday(this, m_db);
    return true;
}

namespace {
// Saved window states from another layout of the docks are ignored.
constexpr int windowStateVersion = 1;
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString listHeaderKey = QStringLiteral("window/listHeader");
} // namespace

void MainWindow::restoreSession()
{
    QSettings settings;
    // On a narrow screen (a laptop at 200 %) the editor may be narrower than it asks.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    const int em = fontMetrics().averageCharWidth();
    if (where && where->availableGeometry().width() < em * 150) {
        m_editor->setMinimumWidth(em * 45);
        // Likewise the review panel, behind the queues there (its buttons may then be cut).
        for (QScrollArea *area : m_review->reviewActions()->findChildren<QScrollArea *>())
            area->setMinimumWidth(0);
    }
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        fitToScreen();
    restoreState(settings.value(stateKey).toByteArray(), windowStateVersion);
    // The docks as the person left them: arranged again only when the width crosses the line.
    if (auto *queues = findChild<QDockWidget *>(QStringLiteral("queueDock")))
        m_narrowDocks =
            dockWidgetArea(queues) == dockWidgetArea(findChild<QDockWidget *>(QStringLiteral("reviewDock")));
    // An empty « En attente » panel would only take room: it opens again when something waits.
    if (m_holding->count() == 0)
        m_holdingDock->hide();
    ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
    QHeaderView *header = ui->contributionView->horizontalHeader();
    if (header->restoreState(settings.value(listHeaderKey).toByteArray()))
        keepSortIndicator();
    m_recent->add(m_db.location());
    m_remembersSession = true;
}

void MainWindow::fitToScreen()
{
    // The first time: as large as the screen allows, up to what the three panes need. On a
    // narrow screen, or at 200 % on a laptop, the review panel goes behind the queues (as a tab)
    // so that the list and the editor keep their room.
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const int em = fontMetrics().averageCharWidth();
    if (available.width() < em * 150) {
        auto *queues = findChild<QDockWidget *>(QStringLiteral("queueDock"));
        auto *review = findChild<QDockWidget *>(QStringLiteral("reviewDock"));
        if (queues && review) {
            tabifyDockWidget(queues, review);
            queues->raise();
        }
    }
    resize(qMin(available.width() * 9 / 10, em * 240), qMin(available.height() * 9 / 10, fontMetrics().height() * 60));
    move(available.center() - rect().center());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(windowStateVersion));
    settings.setValue(splitterKey, ui->splitter->saveState());
    settings.setValue(listHeaderKey, ui->contributionView->horizontalHeader()->saveState());
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
    if (files.isEmpty())
        return;
    if (m_import->isRunning()) {
        m_queuedFiles += files;
        statusBar()->showMessage(tr("These emails will be imported once the current import is over."), 10000);
        return;
    }
    importFiles(files);
}

void MainWindow::showHelp()
{
    if (!m_help) {
        m_help = new HelpDialog(this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
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
    QString error;
    const QString location = SampleCampaign::defaultLocation();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool created = SampleCampaign::create(location, &error);
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox::warning(this, tr("Cannot open the sample campaign"), error);
        return false;
    }
    return openDatabase(location);
}

void MainWindow::showAbout()
{
    const Campaign campaign = m_db.campaign();
    QMessageBox::about(
        this, tr("About Recueil"),
        tr("<h3>Recueil %1</h3>"
           "<p>Collects the testimonies of local authorities for the call “%2”, organised by %3.</p>"
           "<p>Official list of communes and intercommunalités: %4.</p>"
           "<p>Database: %5</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>Bundled with it, under their own licences:</p>"
           "<ul><li>the list of French local authorities, from Etalab (decoupage-administratif): MIT licence;</li>"
           "<li>the Noto Serif and Noto Sans fonts by Google, embedded in the dossiers: "
           "SIL Open Font License 1.1;</li>"
           "<li>the emails of the sample campaign, written for Recueil: same licence as Recueil.</li></ul>"
           "<p>Built with Qt %6 and GMime 3.</p>")
            .arg(QStringLiteral(RECUEIL_VERSION), campaign.name.toHtmlEscaped(),
                 campaign.organisers.toHtmlEscaped(),
                 AuthorityDirectory::official().dataVersion().toHtmlEscaped(),
                 m_db.location().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_import->isRunning()) {
        QMessageBox box(QMessageBox::Question, tr("Import in progress"),
                        tr("An import is still running. Stop it and quit?"), QMessageBox::Yes | QMessageBox::No,
                        this);
        box.setInformativeText(tr("The emails already imported are kept; the email being read is finished or "
                                  "left out whole."));
        box.button(QMessageBox::Yes)->setText(tr("&Stop and quit"));
        box.button(QMessageBox::No)->setText(tr("&Go on importing"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->stopAndWait();
    }
    if (m_remembersSession)
        saveSession();
    event->accept();
}

void MainWindow::connectToServer()
{
    if (!m_editor->maybeSave())
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentServers")).toStringList();
    bool ok = false;
    const QString address = QInputDialog::getItem(this, tr("Connect to a server"),
        tr("Address of the campaign on its PostgreSQL server, for example\n"
           "postgresql://login@server.example.fr/recueil?sslmode=require"),
        recent, 0, true, &ok)
                                .trimmed();
    if (!ok || address.isEmpty())
        return;
    ServerLocation server;
    QString error;
    if (!ServerLocation::parse(address, &server, &error)) {
        QMessageBox::warning(this, tr("Cannot open the database"), error);
        return;
    }
    if (!openDatabase(address))
        return;
    // Remembered without its password.
    recent.removeAll(server.display());
    recent.prepend(server.display());
    settings.setValue(QStringLiteral("recentServers"), recent.mid(0, 8));
}
