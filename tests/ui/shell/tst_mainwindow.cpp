// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/translations.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/people/profilepicker.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/review/filterbar.h"
#include "ui/review/reviewworkspace.h"
#include "ui/review/searchresultsmodel.h"
#include "ui/shell/desktoplauncher.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using TestSupport::TempDatabase;
using TestSupport::utc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void launchRefusesAnUnreadableDatabase();
    void readsTheDatabaseArgument();
    void showsTheCampaignInTheStatusBar();
    void createsAContributionThroughTheWindow();
    void selectingARowOpensIt();
    void aSavedContributionIsClassifiedInTheReviewPanel_data();
    void aSavedContributionIsClassifiedInTheReviewPanel();
    void asksBeforeLeavingUnsavedChanges();
    void asksBeforeClosing();
    void searchWaitsForAPauseInTyping();
    void theCountIsOfTheSearchResults();
    void filtersByStateAndTheme();
    void aQueueShowsItsCriteriaInTheFilters();
    void deletesFromTheList();
    void editMenuUndoesTheEditor();
    void sortIndicatorStaysOnSortableColumns();
    void scrollingFetchesTheNextPage();
    void opensAnotherDatabase();
    void peopleAddedElsewhereAppearWhenTheWindowComesBack();

private:
    template<typename T> T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s in the window", name);
        return w;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    qint64 store(const QString &title, const char *receivedAt);
    void clickRow(int row);
    QStringList titlesShown() const;

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
}

void TestMainWindow::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<FixedClock>(utc("2021-03-25T10:00:00Z"));
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->editor()->undoStack()->setClean(); // no question on the way out
    m_window.reset();
    m_db.reset();
}

qint64 TestMainWindow::store(const QString &title, const char *receivedAt)
{
    Contribution c = TestSupport::sampleContribution(title);
    c.receivedAt = utc(receivedAt);
    QString error;
    if (!ContributionRepository(*m_db->db).create(c, &error))
        qWarning("%s", qPrintable(error));
    return c.id;
}

void TestMainWindow::clickRow(int row)
{
    QTableView *view = m_window->contributionView();
    const QRect rect = view->visualRect(m_window->model()->index(row, ContributionListModel::TitleColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

QStringList TestMainWindow::titlesShown() const
{
    QStringList titles;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        titles << m_window->model()->summaryAt(row).title;
    return titles;
}

void TestMainWindow::launchRefusesAnUnreadableDatabase()
{
    const QString path = m_db->dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is a text file, not a SQLite database.\n");
    file.close();
    QString expected;
    {
        Database probe;
        QVERIFY(!probe.open(path, &expected));
    }
    QString shown;
    UiTestSupport::answerMessageBox(QMessageBox::Ok, &shown);
    QCOMPARE(DesktopLauncher::launch({QStringLiteral("recueil"), QStringLiteral("--database"), path}), 1);
    QCOMPARE(shown, expected);
    QCOMPARE(QFile(path).size(), qint64(44)); // left untouched
}

void TestMainWindow::readsTheDatabaseArgument()
{
    QCOMPARE(DesktopLauncher::databaseLocation(
                 {QStringLiteral("recueil"), QStringLiteral("--database"), QStringLiteral("/tmp/a.sqlite")}),
             QStringLiteral("/tmp/a.sqlite"));
    QCOMPARE(
        DesktopLauncher::databaseLocation({QStringLiteral("recueil"), QStringLiteral("--database=/tmp/b.sqlite")}),
        QStringLiteral("/tmp/b.sqlite"));
    QCOMPARE(DesktopLauncher::databaseLocation({QStringLiteral("recueil"), m_db->path}), m_db->path);
    QCOMPARE(DesktopLauncher::databaseLocation({QStringLiteral("recueil")}), Database::defaultLocation());
}

void TestMainWindow::showsTheCampaignInTheStatusBar()
{
    store(QStringLiteral("Une"), "2021-02-01T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts << label->text() << label->toolTip();
    QVERIFY(texts.contains(m_db->db->deadlineGuard().statusText(m_clock->now())));
    QVERIFY(texts.contains(QStringLiteral("1 contribution")));
    QVERIFY(texts.contains(m_db->db->campaign().name));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("recueil.sqlite")));
}

void TestMainWindow::createsAContributionThroughTheWindow()
{
    store(QStringLiteral("Déjà là"), "2021-01-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->model()->rowCount(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ContributionEditor *editor = m_window->editor();
    QCOMPARE(editor->contributionId(), 0);
    auto *authority = editor->findChild<QLineEdit *>(QStringLiteral("authorityEdit"));
    QVERIFY(authority->hasFocus()); // first field of the form, ready to type
    UiTestSupport::typeText(authority, QStringLiteral("49328"));
    UiTestSupport::leaveField(authority);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    UiTestSupport::typeText(title, QStringLiteral("Télétravail des agents"));
    auto *received = editor->findChild<ReceiptTimeEdit *>(QStringLiteral("receivedEdit"));
    received->setFocus();
    UiTestSupport::typeText(received, QStringLiteral("01/03/2021 11:30"));
    QVERIFY(m_window->isWindowModified());
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(editor->contributionId() != 0);
    QVERIFY(!m_window->isWindowModified());

    // The list reads itself again and selects the new contribution.
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    const int row = m_window->model()->rowOf(editor->contributionId());
    QCOMPARE(row, 0); // newest receipt first
    QCOMPARE(m_window->model()->summaryAt(row).title, QStringLiteral("Télétravail des agents"));
    // In words, or in figures in a narrow list; whole in the tooltip.
    const QModelIndex date = m_window->model()->index(row, ContributionListModel::ReceivedColumn);
    QVERIFY2(date.data().toString() == QStringLiteral("1er\u00a0mars 2021")
                 || date.data().toString() == QStringLiteral("01/03/2021"),
             qPrintable(date.data().toString()));
    QCOMPARE(date.data(Qt::ToolTipRole).toString(), QStringLiteral("1er\u00a0mars 2021 à 11\u00a0h\u00a030"));
    QTRY_COMPARE(m_window->contributionView()->currentIndex().row(), row);

    // Edited again: the row follows.
    title->setFocus();
    title->selectAll();
    UiTestSupport::typeText(title, QStringLiteral("Télétravail de 400 agents"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_window->model()->summaryAt(row).title, QStringLiteral("Télétravail de 400 agents"));
}

void TestMainWindow::selectingARowOpensIt()
{
    const qint64 older = store(QStringLiteral("Plus ancienne"), "2021-01-10T10:00:00Z");
    const qint64 newer = store(QStringLiteral("Plus récente"), "2021-02-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(titlesShown(), (QStringList {QStringLiteral("Plus récente"), QStringLiteral("Plus ancienne")}));
    clickRow(1);
    QCOMPARE(m_window->editor()->contributionId(), older);
    clickRow(0);
    QCOMPARE(m_window->editor()->contributionId(), newer);
    QVERIFY(action("actionDelete")->isEnabled());
}

void TestMainWindow::aSavedContributionIsClassifiedInTheReviewPanel_data()
{
    QTest::addColumn<bool>("french");
    QTest::addColumn<QString>("note");
    QTest::newRow("français") << true
                              << QStringLiteral("Classée dans\u00a0: Cohésion sociale. Les thèmes, sous-thèmes et "
                                                "mots-clés se modifient dans le panneau Relecture");
    QTest::newRow("English") << false
                             << QStringLiteral("Filed under: Cohésion sociale. Themes, sub-topics and tags are "
                                               "changed in the Review panel");
}

// Themes were edited in two places, each with its own save: on the desk, a saved contribution
// is classified in the review panel only, and the form says so; a new one is classified in the
// form, before it exists for the review panel.
void TestMainWindow::aSavedContributionIsClassifiedInTheReviewPanel()
{
    QFETCH(bool, french);
    QFETCH(QString, note);
    if (french)
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    const auto english = qScopeGuard([] {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    });
    store(QStringLiteral("Plateforme d'entraide"), "2021-01-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRow(0);
    QVERIFY(m_window->editor()->contributionId() != 0);
    ContributionEditor *editor = m_window->editor();
    auto *themes = editor->findChild<QWidget *>(QStringLiteral("themeSelector"));
    auto *tags = editor->findChild<QWidget *>(QStringLiteral("tagsEdit"));
    auto *label = editor->findChild<QLabel *>(QStringLiteral("classificationNote"));
    QVERIFY(themes && tags && label);
    QVERIFY(!themes->isVisibleTo(m_window.get()) && !tags->isVisibleTo(m_window.get()));
    QVERIFY(label->isVisibleTo(m_window.get()));
    QVERIFY2(label->text().startsWith(note), qPrintable(label->text()));
    // The primary theme, which only the form sets, stays in it.
    auto *primary = editor->findChild<QWidget *>(QStringLiteral("primaryThemeCombo"));
    QVERIFY(primary->isVisibleTo(m_window.get()));
    QApplication::processEvents();
    QVERIFY(primary->height() >= primary->sizeHint().height());
    QVERIFY(label->height() >= label->heightForWidth(label->width()));

    action("actionNew")->trigger();
    QCOMPARE(editor->contributionId(), 0);
    QVERIFY(themes->isVisibleTo(m_window.get()) && tags->isVisibleTo(m_window.get()));
    QVERIFY(!label->isVisibleTo(m_window.get()));
}

void TestMainWindow::asksBeforeLeavingUnsavedChanges()
{
    const qint64 older = store(QStringLiteral("Plus ancienne"), "2021-01-10T10:00:00Z");
    const qint64 newer = store(QStringLiteral("Plus récente"), "2021-02-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRow(0);
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->end(false);
    UiTestSupport::typeText(title, QStringLiteral(" (modifiée)"));

    // Cancel: same contribution, same typing, same row.
    QString question;
    UiTestSupport::answerMessageBox(QMessageBox::Cancel, &question);
    clickRow(1);
    QVERIFY(!question.isEmpty());
    QCOMPARE(m_window->editor()->contributionId(), newer);
    QCOMPARE(title->text(), QStringLiteral("Plus récente (modifiée)"));
    QTRY_COMPARE(m_window->contributionView()->currentIndex().row(), 0);

    // New contribution: asked too.
    UiTestSupport::answerMessageBox(QMessageBox::Cancel);
    action("actionNew")->trigger();
    QCOMPARE(m_window->editor()->contributionId(), newer);

    // Save: written, then the other row opens.
    UiTestSupport::answerMessageBox(QMessageBox::Save);
    clickRow(1);
    QCOMPARE(m_window->editor()->contributionId(), older);
    QCOMPARE(ContributionRepository(*m_db->db).find(newer)->title, QStringLiteral("Plus récente (modifiée)"));
    QCOMPARE(m_window->model()->summaryAt(0).title, QStringLiteral("Plus récente (modifiée)"));

    // Discard: nothing written.
    title->setFocus();
    title->end(false);
    UiTestSupport::typeText(title, QStringLiteral(" (jetée)"));
    UiTestSupport::answerMessageBox(QMessageBox::Discard);
    clickRow(0);
    QCOMPARE(m_window->editor()->contributionId(), newer);
    QCOMPARE(ContributionRepository(*m_db->db).find(older)->title, QStringLiteral("Plus ancienne"));
}

void TestMainWindow::asksBeforeClosing()
{
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    UiTestSupport::typeText(title, QStringLiteral("Brouillon"));
    UiTestSupport::answerMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    UiTestSupport::answerMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
}

void TestMainWindow::searchWaitsForAPauseInTyping()
{
    store(QStringLiteral("Télétravail des agents"), "2021-01-10T10:00:00Z");
    store(QStringLiteral("Marché de producteurs"), "2021-01-11T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->hasFocus());
    QSignalSpy reset(m_window->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(search, QStringLiteral("teletrav"));
    QCOMPARE(reset.count(), 0); // not on every key
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(titlesShown(), QStringList {QStringLiteral("Télétravail des agents")});

    // Enter applies at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("marche"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(titlesShown(), QStringList {QStringLiteral("Marché de producteurs")});
    QCOMPARE(reset.count(), 2);
    QTest::qWait(2 * FilterBar::TypingPauseMs);
    QCOMPARE(reset.count(), 2); // and only once
}

void TestMainWindow::theCountIsOfTheSearchResults()
{
    // Seen by a newcomer: « numerique » listed 2 rows while the status bar said 3.
    store(QStringLiteral("Inclusion numérique"), "2021-01-10T10:00:00Z");
    store(QStringLiteral("Services numériques en mairie"), "2021-01-11T10:00:00Z");
    store(QStringLiteral("Voirie"), "2021-01-12T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto countShown = [this] {
        const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->accessibleName() == QStringLiteral("Contributions shown"))
                return label->text();
        return QString();
    };
    QCOMPARE(countShown(), QStringLiteral("3 contributions"));
    auto *search = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("numerique"));
    QTest::keyClick(search, Qt::Key_Return);
    SearchResultsModel *results = m_window->review()->searchModel();
    QTRY_COMPARE(results->rowCount(), 2);
    QCOMPARE(countShown(), QStringLiteral("2 results"));
    // Back to the list: its own count again.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(countShown(), QStringLiteral("3 contributions"));
}

void TestMainWindow::filtersByStateAndTheme()
{
    store(QStringLiteral("Cohésion"), "2021-01-10T10:00:00Z");
    Contribution c = TestSupport::sampleContribution(QStringLiteral("Économie validée"));
    c.themes = {QStringLiteral("economie")};
    c.subtopics.clear();
    c.status = ReviewState::Validated;
    QString error;
    QVERIFY(ContributionRepository(*m_db->db).create(c, &error));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    auto *status = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QCOMPARE(status->count(), 6);
    QCOMPARE(status->itemText(4), ReviewState::label(ReviewState::Validated));
    status->setCurrentIndex(status->findData(QStringLiteral("validated")));
    QCOMPARE(titlesShown(), QStringList {QStringLiteral("Économie validée")});
    status->setCurrentIndex(0);

    auto *theme = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("themeCombo"));
    QCOMPARE(theme->count(), 4);
    theme->setCurrentIndex(theme->findData(QStringLiteral("cohesion")));
    QCOMPARE(titlesShown(), QStringList {QStringLiteral("Cohésion")});

    // By authority, chosen by its code.
    theme->setCurrentIndex(0);
    auto *authority = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("authorityEdit"));
    authority->setFocus();
    QTest::keyClicks(authority, QStringLiteral("97101"));
    UiTestSupport::leaveField(authority);
    QCOMPARE(authority->text(), QStringLiteral("Les Abymes (971)"));
    QCOMPARE(titlesShown(), QStringList());
    authority->clear();
    QCOMPARE(titlesShown().size(), 2);
}

void TestMainWindow::aQueueShowsItsCriteriaInTheFilters()
{
    // Seen by a newcomer: the state filter stayed on « Validée » while a queue showed others.
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    auto *status = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *search = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    status->setCurrentIndex(status->findData(QStringLiteral("validated")));
    ContributionFilter queue;
    queue.status = QStringLiteral("in_review");
    queue.text = QStringLiteral("numérique");
    Q_EMIT m_window->review()->queueSelected(queue);
    QCOMPARE(status->currentData().toString(), QStringLiteral("in_review"));
    QCOMPARE(search->text(), QStringLiteral("numérique"));
    QCOMPARE(m_window->model()->filter().status, QStringLiteral("in_review"));
    // A queue with no state of its own (« Mes contributions »): the state filter says « all ».
    ContributionFilter mine;
    mine.assignedTo = QStringLiteral("test");
    Q_EMIT m_window->review()->queueSelected(mine);
    QCOMPARE(status->currentIndex(), 0);
    QVERIFY(search->text().isEmpty());
    // A queue of several states (« À relire »): the state filter names them, and keeps them
    // when another filter is added; « all » takes the extra choice away.
    ContributionFilter toReview;
    toReview.statuses = {QStringLiteral("received"), QStringLiteral("in_review")};
    Q_EMIT m_window->review()->queueSelected(toReview);
    QCOMPARE(status->currentText(), QStringLiteral("Received or In review"));
    QVERIFY2(status->sizeHint().width() > status->fontMetrics().horizontalAdvance(status->currentText()),
        "the combo is wide enough for the states it names");
    auto *theme = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("cohesion")));
    QCOMPARE(m_window->model()->filter().statuses, toReview.statuses);
    QCOMPARE(m_window->model()->filter().theme, QStringLiteral("cohesion"));
    Q_EMIT m_window->review()->queueSelected(mine);
    QCOMPARE(status->count(), 6);
}

void TestMainWindow::deletesFromTheList()
{
    store(QStringLiteral("Première"), "2021-01-10T10:00:00Z");
    const qint64 doomed = store(QStringLiteral("À supprimer"), "2021-01-11T10:00:00Z");
    const qint64 third = store(QStringLiteral("Troisième"), "2021-01-09T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRow(0);
    QCOMPARE(m_window->editor()->contributionId(), doomed);

    QSignalSpy triggered(action("actionDelete"), &QAction::triggered);
    UiTestSupport::answerMessageBox(QMessageBox::No);
    QTest::keyClick(m_window->contributionView(), Qt::Key_Delete);
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(m_window->model()->rowCount(), 3);

    // The offscreen platform does not give the focus back after a dialog, as a desktop would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->contributionView()->setFocus();

    UiTestSupport::answerMessageBox(QMessageBox::Yes);
    QTest::keyClick(m_window->contributionView(), Qt::Key_Delete);
    QCOMPARE(titlesShown(), (QStringList {QStringLiteral("Première"), QStringLiteral("Troisième")}));
    QVERIFY(!ContributionRepository(*m_db->db).find(doomed));
    QVERIFY(m_window->editor()->contributionId() != doomed);
    QVERIFY(m_window->editor()->contributionId() != 0);

    // In a field, Del deletes characters, not the contribution.
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->setCursorPosition(0);
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(m_window->model()->rowCount(), 2);
    Q_UNUSED(third)
}

void TestMainWindow::editMenuUndoesTheEditor()
{
    const qint64 id = store(QStringLiteral("Titre d'origine"), "2021-01-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRow(0);
    QCOMPARE(m_window->editor()->contributionId(), id);
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    UiTestSupport::typeText(title, QStringLiteral("Autre titre"));
    auto *editMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
    QVERIFY(editMenu->actions().contains(m_window->editor()->undoAction()));
    QVERIFY(editMenu->actions().contains(m_window->editor()->redoAction()));
    QCOMPARE(m_window->editor()->redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_window->editor()->undoAction()->trigger();
    QCOMPARE(title->text(), QStringLiteral("Titre d'origine"));
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("Autre titre"));
}

void TestMainWindow::sortIndicatorStaysOnSortableColumns()
{
    store(QStringLiteral("B"), "2021-01-10T10:00:00Z");
    store(QStringLiteral("A"), "2021-01-11T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QHeaderView *header = m_window->contributionView()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ContributionListModel::ReceivedColumn));
    m_window->contributionView()->sortByColumn(ContributionListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(titlesShown(), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    header->setSortIndicator(ContributionListModel::ThemeColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ContributionListModel::TitleColumn));
    QCOMPARE(titlesShown(), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
}

void TestMainWindow::scrollingFetchesTheNextPage()
{
    UiTestSupport::seedContributions(*m_db->db, 500);
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->model()->rowCount(), 200);
    QTableView *view = m_window->contributionView();
    view->scrollToBottom();
    QTRY_COMPARE(m_window->model()->rowCount(), 400);
    view->scrollToBottom();
    QTRY_COMPARE(m_window->model()->rowCount(), 500);
    QVERIFY(!m_window->model()->canFetchMore(QModelIndex()));
}

void TestMainWindow::opensAnotherDatabase()
{
    store(QStringLiteral("Dans la première base"), "2021-01-10T10:00:00Z");
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->model()->rowCount(), 1);

    // A file that is no database: refused, the current one stays open.
    const QString bad = m_db->dir.filePath(QStringLiteral("bad.sqlite"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage");
    file.close();
    UiTestSupport::answerMessageBox(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(bad));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_db->db->location(), m_db->path);

    const QString other = m_db->dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(m_window->openDatabase(other));
    QCOMPARE(m_db->db->location(), other);
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("other.sqlite")));
}

// `recueil people add` (another process, another connection) while the window is open: the
// « You are » list has the new person as soon as the window comes back to the front.
void TestMainWindow::peopleAddedElsewhereAppearWhenTheWindowComesBack()
{
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QComboBox *you = m_window->review()->profilePicker()->combo();
    QCOMPARE(you->findData(QStringLiteral("claire")), -1);
    {
        Database elsewhere;
        QString error;
        QVERIFY2(elsewhere.open(m_db->path, &error), qPrintable(error));
        QVERIFY2(PersonRepository(elsewhere.connection())
                     .save({ QStringLiteral("claire"), QStringLiteral("Claire Moreau"), Role::Coordinator, true },
                         QStringLiteral("claire"), &error),
            qPrintable(error));
    }
    QCOMPARE(you->findData(QStringLiteral("claire")), -1); // nobody told the window yet
    QEvent activation(QEvent::ActivationChange);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QCoreApplication::sendEvent(m_window.get(), &activation);
    QVERIFY(you->findData(QStringLiteral("claire")) >= 0);
    QVERIFY2(you->itemText(you->findData(QStringLiteral("claire"))).contains(QStringLiteral("Claire Moreau")),
        qPrintable(you->itemText(you->findData(QStringLiteral("claire")))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
