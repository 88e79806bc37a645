// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
class Clock;
class ContributionEditor;
class ContributionListModel;
class Database;
class ElidedLabel;
class FilterBar;
class HoldingListWidget;
class ImportController;
class MailDropFilter;
class QDockWidget;
class QStackedWidget;
class ReviewWorkspace;
class ServerWatch;
class QToolBar;
class QLabel;
class QTableView;
class QToolButton;

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

    // Opens the database named by --database (or the default one) and runs the window.
    // Returns 1, after saying why in a message box, when the database cannot be opened.
    static int launch(const QStringList &arguments);
    static QString databaseLocation(const QStringList &arguments);
    // Opens location, asking for the server's password when libpq found none; false with
    // *error (empty when the user gave up).
    static bool openAskingPassword(Database &db, const QString &location, QWidget *parent, QString *error);
    // The emails named on the command line (recueil FILE.eml), to import once the window is up.
    static QStringList mailFiles(const QStringList &arguments);

    ContributionListModel *model() const { return m_model; }
    ContributionEditor *editor() const { return m_editor; }
    FilterBar *filterBar() const;
    QTableView *contributionView() const;
    ImportController *importController() const { return m_import; }
    HoldingListWidget *holdingList() const { return m_holding; }
    QDockWidget *holdingDock() const { return m_holdingDock; }
    ReviewWorkspace *review() const { return m_review; }
    ServerWatch *serverWatch() const { return m_watch; }
    // The banner shown while the server cannot be reached.
    QToolBar *connectionBanner() const { return m_banner; }

    // Imports these .eml or mbox files, as if they had been dropped on the window.
    bool importFiles(const QStringList &paths);

    // Works on another database file from now on; false, with the reason shown, if it
    // cannot be opened (the current one then stays open).
    bool openDatabase(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpList();
    void setUpStatusBar();
    void setUpImport();
    void setUpReview();
    void onImportChanged();
    void onHeldAccepted(qint64 id);
    void updateHeldCount(int count);
    void showHoldingList();
    void applyFilter();
    void newContribution();
    void chooseDatabase();
    void connectToServer();
    void deleteContribution();
    void showAbout();
    void onCurrentRowChanged(const QModelIndex &current);
    void onSaved(qint64 id, bool created);
    void onDeleted(qint64 id);
    void selectContribution(qint64 id);
    void keepSortIndicator();
    void updateStatusBar();
    void updateCount(int count);
    void updateWindowTitle();
    void updateActions();
    void setUpServerWatch();
    void onRemoteChanges(const QList<qint64> &ids);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<Ui::MainWindow> ui;
    ContributionListModel *m_model = nullptr;
    ContributionEditor *m_editor = nullptr;
    ElidedLabel *m_campaignLabel = nullptr;
    QLabel *m_intakeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_heldButton = nullptr;
    ImportController *m_import = nullptr;
    MailDropFilter *m_drops = nullptr;
    HoldingListWidget *m_holding = nullptr;
    QDockWidget *m_holdingDock = nullptr;
    ServerWatch *m_watch = nullptr;
    QToolBar *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    ReviewWorkspace *m_review = nullptr;
    QStackedWidget *m_listStack = nullptr;
    bool m_syncingSelection = false;
    int m_deletedRow = -1;
};
