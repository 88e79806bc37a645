// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a desktop application: what it remembers between sessions (layout, columns,
// last and recent databases), the welcome and the sample campaign on the first start, the help
// on F1, the About box, and the platform's standard shortcuts.
#include "core/clock.h"
#include "core/reviewstate.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/common/palettecolors.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/shell/desktoplauncher.h"
#include "ui/shell/helpdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentdatabases.h"
#include "ui/shell/samplecampaign.h"
#include "ui/shell/welcomedialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QtTest>
#include <cmath>

using TestSupport::TempDatabase;
using TestSupport::utc;

class TestDesktopWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void layoutAndColumnsComeBack();
    void firstLayoutFitsASmallScreen();
    void aTestWindowLeavesTheSettingsAlone();
    void anEmptyPendingPanelStaysClosed();
    void recentDatabasesAreListedNewestFirst();
    void recentMenuOpensADatabase();
    void aVanishedRecentDatabaseIsDropped();
    void lastDatabaseIsOpenedAgain();
    void welcomeIsShownOnceAndOpensTheSample();
    void helpOpensOnF1_data();
    void helpOpensOnF1();
    void helpNamesTheStatesAsTheWindowDoes_data();
    void helpNamesTheStatesAsTheWindowDoes();
    void aboutNamesTheLicences();
    void actionsUseThePlatformShortcuts_data();
    void actionsUseThePlatformShortcuts();
    void everyMenuActionIsReachableByKeyboard();
    void formColoursStayReadableOnADarkPalette_data();
    void formColoursStayReadableOnADarkPalette();

private:
    QAction *action(MainWindow &w, const char *name) const
    {
        auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestDesktopWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecueilTests"));
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_clock = std::make_unique<FixedClock>(utc("2021-03-10T10:00:00Z"));
}

void TestDesktopWindow::init()
{
    QSettings().clear();
    m_db = std::make_unique<TempDatabase>();
}

void TestDesktopWindow::cleanup()
{
    m_db.reset();
    QFile::remove(SampleCampaign::defaultLocation());
}

void TestDesktopWindow::layoutAndColumnsComeBack()
{
    QSize size;
    QList<int> splitterSizes;
    int authorityWidth = 0;
    {
        MainWindow window(*m_db->db, *m_clock);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1100, 760);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("splitter"));
        splitter->setSizes({ 700, 400 });
        splitterSizes = splitter->sizes();
        QHeaderView *header = window.contributionView()->horizontalHeader();
        header->resizeSection(ContributionListModel::AuthorityColumn, 263);
        authorityWidth = header->sectionSize(ContributionListModel::AuthorityColumn);
        window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->hide();
        window.holdingDock()->hide();
        QApplication::processEvents();
        size = window.size();
        QVERIFY(window.close());
    }
    MainWindow again(*m_db->db, *m_clock);
    again.restoreSession();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), splitterSizes);
    QCOMPARE(
        again.contributionView()->horizontalHeader()->sectionSize(ContributionListModel::AuthorityColumn),
        authorityWidth);
    QVERIFY(again.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isHidden());
    QVERIFY(again.holdingDock()->isHidden());
}

void TestDesktopWindow::firstLayoutFitsASmallScreen()
{
    // The offscreen screen is 800 × 600: a laptop at 200 % is not much more.
    MainWindow window(*m_db->db, *m_clock);
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.width() < 1000, "the test expects a small screen");
    auto *queues = window.findChild<QDockWidget *>(QStringLiteral("queueDock"));
    auto *review = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    QVERIFY(window.tabifiedDockWidgets(queues).contains(review));
    QVERIFY2(window.width() <= available.width(),
             qPrintable(QString("%1 px wide on a %2 px screen").arg(window.width()).arg(available.width())));
    QVERIFY(window.height() <= available.height());
}

void TestDesktopWindow::anEmptyPendingPanelStaysClosed()
{
    {
        MainWindow window(*m_db->db, *m_clock);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.holdingDock()->show(); // looked at, then the window closed with it open
        QVERIFY(window.holdingDock()->isVisible());
        QVERIFY(window.close());
    }
    MainWindow again(*m_db->db, *m_clock);
    again.restoreSession();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(again.holdingDock()->isHidden(), "an empty « En attente » panel came back");
}

void TestDesktopWindow::aTestWindowLeavesTheSettingsAlone()
{
    // Without restoreSession() (as in the other window tests), closing saves nothing.
    {
        MainWindow window(*m_db->db, *m_clock);
        window.show();
        TempDatabase other;
        QVERIFY(window.openDatabase(other.path));
        QVERIFY(window.close());
    }
    QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(!QSettings().contains(QStringLiteral("recentDatabases")));
}

void TestDesktopWindow::recentDatabasesAreListedNewestFirst()
{
    MainWindow window(*m_db->db, *m_clock);
    window.restoreSession();
    TempDatabase second;
    TempDatabase third;
    QVERIFY(window.openDatabase(second.path));
    QVERIFY(window.openDatabase(third.path));
    QVERIFY(window.openDatabase(second.path));
    const QStringList expected { QFileInfo(second.path).absoluteFilePath(),
        QFileInfo(third.path).absoluteFilePath(), QFileInfo(m_db->path).absoluteFilePath() };
    QCOMPARE(window.recentDatabases()->locations(), expected);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QStringList inMenu;
    for (QAction *a : menu->actions())
        if (!a->data().toString().isEmpty())
            inMenu << a->data().toString();
    QCOMPARE(inMenu, expected);
    QVERIFY(menu->actions().first()->text().startsWith("&1 "));
}

void TestDesktopWindow::recentMenuOpensADatabase()
{
    TempDatabase second;
    MainWindow window(*m_db->db, *m_clock);
    window.restoreSession();
    QVERIFY(window.openDatabase(second.path));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QAction *first = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == QFileInfo(m_db->path).absoluteFilePath())
            first = a;
    QVERIFY(first);
    first->trigger();
    QCOMPARE(QFileInfo(m_db->db->location()).absoluteFilePath(), QFileInfo(m_db->path).absoluteFilePath());
    QApplication::processEvents(); // the menu is rebuilt; the triggered action goes later
    QCOMPARE(window.recentDatabases()->locations().first(), QFileInfo(m_db->path).absoluteFilePath());
}

void TestDesktopWindow::aVanishedRecentDatabaseIsDropped()
{
    MainWindow window(*m_db->db, *m_clock);
    window.restoreSession();
    const QString gone = m_dir->filePath("gone.sqlite");
    window.recentDatabases()->add(gone);
    QString said;
    UiTestSupport::answerMessageBox(QMessageBox::Ok, &said);
    // Chosen from File › Open Recent.
    QAction *entry = nullptr;
    for (QAction *a : window.findChild<QMenu *>(QStringLiteral("menuRecent"))->actions())
        if (a->data().toString() == QFileInfo(gone).absoluteFilePath())
            entry = a;
    QVERIFY(entry);
    entry->trigger();
    QVERIFY(said.contains("gone.sqlite"));
    QVERIFY(!window.recentDatabases()->locations().contains(QFileInfo(gone).absoluteFilePath()));
    QCOMPARE(m_db->db->location(), m_db->path);
}

void TestDesktopWindow::lastDatabaseIsOpenedAgain()
{
    QCOMPARE(RecentDatabases::lastDatabase(), QString());
    {
        MainWindow window(*m_db->db, *m_clock);
        window.restoreSession();
    }
    QCOMPARE(RecentDatabases::lastDatabase(), QFileInfo(m_db->path).absoluteFilePath());
    // Only when the command line names none.
    QCOMPARE(DesktopLauncher::namedDatabase({ "recueil" }), QString());
    QCOMPARE(
        DesktopLauncher::namedDatabase({ "recueil", "--database", "/x/y.sqlite" }), QStringLiteral("/x/y.sqlite"));
    QCOMPARE(DesktopLauncher::namedDatabase({ "recueil", "/tmp/message.eml" }), QString());
    // A database that has gone is not opened again.
    QFile::remove(m_db->path);
    QCOMPARE(RecentDatabases::lastDatabase(), QString());
}

void TestDesktopWindow::welcomeIsShownOnceAndOpensTheSample()
{
    QVERIFY(!WelcomeDialog::wasShown());
    MainWindow window(*m_db->db, *m_clock);
    window.restoreSession();
    window.show();
    QString text;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *welcome = qobject_cast<WelcomeDialog *>(dialog);
        QVERIFY(welcome);
        text = dialog->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
        welcome->sampleButton()->click();
    });
    window.showWelcome();
    QVERIFY(WelcomeDialog::wasShown());
    // The three jobs.
    QVERIFY(text.contains("Enter") || text.contains("Saisir"));
    QVERIFY(text.contains("Review") || text.contains("Relire"));
    QVERIFY(text.contains("Print") || text.contains("Imprimer"));
    // The sample campaign: its own database, filled from the bundled emails.
    QCOMPARE(m_db->db->location(), SampleCampaign::defaultLocation());
    QVERIFY(SampleCampaign::defaultLocation() != Database::defaultLocation());
    QTRY_VERIFY(window.model()->totalCount() >= 6);
    QCOMPARE(SampleCampaign::sampleFiles().size(), 10);
    // Listed among the recent databases, but not opened again at the next start.
    QCOMPARE(window.recentDatabases()->locations().value(0),
        QFileInfo(SampleCampaign::defaultLocation()).absoluteFilePath());
    QCOMPARE(RecentDatabases::lastDatabase(), QFileInfo(m_db->path).absoluteFilePath());
    // Reachable again from the Help menu.
    QVERIFY(action(window, "actionWelcome"));
}

void TestDesktopWindow::helpOpensOnF1_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("heading");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << "Raccourcis clavier";
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "Keyboard shortcuts";
}

void TestDesktopWindow::helpOpensOnF1()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, heading);
    const QLocale before;
    QLocale::setDefault(locale);
    MainWindow window(*m_db->db, *m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.contributionView()->setFocus();
    QTest::keyClick(window.contributionView(), Qt::Key_F1);
    auto *help = window.findChild<HelpDialog *>();
    QLocale::setDefault(before);
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->browser()->toPlainText().contains(heading));
    QVERIFY(help->browser()->toPlainText().contains("Ctrl+N"));
}

void TestDesktopWindow::helpNamesTheStatesAsTheWindowDoes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void TestDesktopWindow::helpNamesTheStatesAsTheWindowDoes()
{
    // Seen by a newcomer: the help said « rejetée » where the window says « Écartée ».
    QFETCH(QLocale, locale);
    QFile page(HelpDialog::pageForLocale(locale));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    const bool french = locale.language() == QLocale::French;
    for (ReviewState::State state : ReviewState::all()) {
        const QString label = french ? ReviewState::frenchLabel(state) : ReviewState::englishLabel(state);
        QVERIFY2(text.contains(label.toLower()), qPrintable(label));
    }
    QVERIFY(!text.contains(QStringLiteral("rejetée")));
}

void TestDesktopWindow::aboutNamesTheLicences()
{
    MainWindow window(*m_db->db, *m_clock);
    window.show();
    QString text;
    UiTestSupport::answerMessageBox(QMessageBox::Ok, &text);
    action(window, "actionAbout")->trigger();
    QVERIFY(text.contains(QStringLiteral(RECUEIL_VERSION)));
    QVERIFY(text.contains("GNU General Public License"));
    QVERIFY(text.contains("MIT"));
    QVERIFY(text.contains("Open Font License 1.1"));
    QVERIFY(text.contains("Etalab"));
}

void TestDesktopWindow::actionsUseThePlatformShortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("new") << "actionNew" << QKeySequence(QKeySequence::New);
    QTest::newRow("open") << "actionOpenDatabase" << QKeySequence(QKeySequence::Open);
    QTest::newRow("print") << "actionDossier" << QKeySequence(QKeySequence::Print);
    QTest::newRow("find") << "actionFind" << QKeySequence(QKeySequence::Find);
    QTest::newRow("quit") << "actionQuit" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("refresh") << "actionRefresh" << QKeySequence(QKeySequence::Refresh);
    QTest::newRow("help") << "actionHelp" << QKeySequence(QKeySequence::HelpContents);
    QTest::newRow("import") << "actionImport" << QKeySequence(Qt::CTRL | Qt::Key_I);
}

void TestDesktopWindow::actionsUseThePlatformShortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, key);
    MainWindow window(*m_db->db, *m_clock);
    auto *a = window.findChild<QAction *>(name);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), key);
}

void TestDesktopWindow::everyMenuActionIsReachableByKeyboard()
{
    // Every menu has a mnemonic, and so has every entry in it (Alt+letter, then the letter),
    // unless it has a shortcut of its own.
    MainWindow window(*m_db->db, *m_clock);
    QStringList unreachable;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->text().contains('&'))
            unreachable << menuAction->text();
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow(); // menus filled on demand
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->text().contains('&') || !a->shortcut().isEmpty())
                continue;
            unreachable << menu->title() + " › " + a->text();
        }
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(", ")));
}

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

void TestDesktopWindow::formColoursStayReadableOnADarkPalette_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QString>("sheet");
    QTest::newRow("light, error") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black) << "color: #b3261e;";
    QTest::newRow("dark, error") << QColor(0x2b, 0x2d, 0x30) << QColor(0xe6, 0xe6, 0xe6) << "color: #b3261e;";
    QTest::newRow("dark, refusal") << QColor(0x2b, 0x2d, 0x30) << QColor(0xe6, 0xe6, 0xe6)
                                   << "color: #a41e11;";
    QTest::newRow("dark, warning") << QColor(0x20, 0x20, 0x20) << QColor(Qt::white) << "color: #8a5300;";
}

void TestDesktopWindow::formColoursStayReadableOnADarkPalette()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(QString, sheet);
    PaletteColors::Adapter adapter;
    qApp->installEventFilter(&adapter);
    QWidget form;
    QPalette p = form.palette();
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    form.setPalette(p);
    auto *label = new QLabel("Date de réception obligatoire", &form);
    label->setStyleSheet(sheet); // as a form or the code sets it
    form.show();
    QApplication::processEvents();
    qApp->removeEventFilter(&adapter);
    const QColor shown = label->palette().color(QPalette::WindowText);
    QVERIFY2(contrast(shown, window) >= 4.5,
        qPrintable(QString("%1 on %2: %3").arg(shown.name(), window.name()).arg(contrast(shown, window))));
    QVERIFY(contrast(PaletteColors::muted(p), window) >= 3.0);
}

QTEST_MAIN(TestDesktopWindow)
#include "tst_desktopwindow.moc"
