// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class Clock;
class CampaignSession;
class ContributionEditor;
class ContributionListModel;
class Database;
class DeskLayout;
class DeskStatusBar;
class FilterBar;
class HoldingListWidget;
class ImportController;
class ListEditorLink;
class MailDropFilter;
class QDockWidget;
class QStackedWidget;
class RecentDatabases;
class SingleInstance;
class ReviewWorkspace;
class ServerWatch;
class QToolBar;
class QLabel;
class QTableView;

// The desktop window: filters and the contribution list on the left, the editor on the right,
// the emails waiting in the holding list below, the campaign and its intake state in the
// status bar. Emails dropped on it, chosen with File › Import or named on the command line
// are imported by an ImportController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // db stays open and outlives the window; clock only says whether intake is open.
    MainWindow(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContributionListModel *model() const { return m_model; }
    ContributionEditor *editor() const { return m_editor; }
    FilterBar *filterBar() const;
    QTableView *contributionView() const;
    ImportController *importController() const { return m_import; }
    HoldingListWidget *holdingList() const { return m_holding; }
    QDockWidget *holdingDock() const { return m_holdingDock; }
    ReviewWorkspace *review() const { return m_review; }
    // Shown while the database is open read-only.
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    QAction *forgetContactAction() const { return m_forgetContact; }
    ServerWatch *serverWatch() const { return m_watch; }
    // The banner shown while the server cannot be reached.
    QToolBar *connectionBanner() const { return m_banner; }

    // Imports these .eml or mbox files, as if they had been dropped on the window.
    bool importFiles(const QStringList &paths);

    // Works on another database file from now on; false, with the reason shown, if it
    // cannot be opened (the current one then stays open).
    bool openDatabase(const QString &location);

    // Puts back the window layout, the splitter and the list's columns of the last session, adds
    // the database to File › Open Recent, and from now on saves the layout when the window closes.
    void restoreSession();
    void saveSession() const;
    // The first layout: the window sized for the screen, the review panel behind the queues
    // when the screen is narrow (a laptop at 200 %).
    void fitToScreen();
    RecentDatabases *recentDatabases() const { return m_recent; }

    // Listens, through instance, for other "recueil FILE.eml" started on the same database,
    // and again on each database opened later.
    void setSingleInstance(SingleInstance *instance);
    // Files handed over by another "recueil": comes to the front and imports them (after the
    // import under way, if any).
    void receiveFiles(const QStringList &files);

    // Help › Welcome (and the first start): the three jobs and the sample campaign.
    void showWelcome();
    bool openSampleCampaign();

protected:
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void setUpList();
    void setUpStatusBar();
    void setUpImport();
    void setUpReview();
    void setUpSession();
    void onImportChanged();
    // A contribution came into the lists (accepted from the pending list, back from the bin): show it.
    void showArrived(qint64 id);
    void updateHeldCount(int count);
    void showHoldingList();
    void applyFilter();
    void chooseDatabase();
    void connectToServer();
    void keepSortIndicator();
    void updateWindowTitle();
    void updateActions();
    void setUpSafety();
    void forgetContact();
    void refreshPeople();
    void setUpServerWatch();
    void onRemoteChanges(const QList<qint64> &ids);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<Ui::MainWindow> ui;
    CampaignSession *m_session = nullptr;
    std::unique_ptr<DeskLayout> m_layout;
    ContributionListModel *m_model = nullptr;
    ContributionEditor *m_editor = nullptr;
    DeskStatusBar *m_status = nullptr;
    ImportController *m_import = nullptr;
    MailDropFilter *m_drops = nullptr;
    HoldingListWidget *m_holding = nullptr;
    QDockWidget *m_holdingDock = nullptr;
    ServerWatch *m_watch = nullptr;
    QToolBar *m_banner = nullptr;
    ReviewWorkspace *m_review = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QAction *m_forgetContact = nullptr;
    ListEditorLink *m_link = nullptr;
    RecentDatabases *m_recent = nullptr;
    SingleInstance *m_instance = nullptr;
    bool m_remembersSession = false;
};
