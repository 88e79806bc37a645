// SPDX-License-Identifier: GPL-3.0-or-later
// The window by keyboard alone: Tab and Shift+Tab go through every panel and every field of the
// editor in reading order and leave the lists after one press (arrows move inside them), and
// every action can be reached by a shortcut or an accelerator.
#include "core/clock.h"
#include "core/translations.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/review/filterbar.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QWidgetAction>
#include <QtTest>
#include <functional>

using TestSupport::TempDatabase;
using TestSupport::utc;

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryPanelAndField_data();
    void tabReachesEveryPanelAndField();
    void tabLeavesTheListAtOnce_data();
    void tabLeavesTheListAtOnce();
    void everyActionHasAShortcutOrAnAccelerator_data();
    void everyActionHasAShortcutOrAnAccelerator();

private:
    // The widgets Tab (or Shift+Tab) goes through from the search box until it comes back.
    QList<QWidget *> walk(MainWindow &window, bool backwards);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestKeyboardWalk::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    m_clock = std::make_unique<FixedClock>(utc("2021-03-10T10:00:00Z"));
}

void TestKeyboardWalk::init()
{
    m_db = std::make_unique<TempDatabase>();
    ContributionRepository repository(*m_db->db);
    for (const char *title : { "Plateforme d'entraide", "Télétravail des agents", "Marché de producteurs",
             "Cellule de crise", "Drive fermier", "Tablettes pour les aînés" }) {
        Contribution c = TestSupport::sampleContribution(QString::fromUtf8(title));
        QString error;
        QVERIFY2(repository.create(c, &error), qPrintable(error));
    }
}

void TestKeyboardWalk::cleanup()
{
    m_db.reset();
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

namespace {
QString describe(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(w->metaObject()->className());
    if (!w->accessibleName().isEmpty())
        name += " « " + w->accessibleName() + " »";
    return name;
}

// The panel a widget belongs to: the editor, a dock (by its object name) or the list.
QString panelOf(const QWidget *w, const MainWindow &window)
{
    for (const QWidget *p = w; p && p != &window; p = p->parentWidget()) {
        if (qobject_cast<const ContributionEditor *>(p))
            return QStringLiteral("editor");
        if (auto *dock = qobject_cast<const QDockWidget *>(p))
            return dock->objectName();
        if (p->objectName() == "filterBar")
            return QStringLiteral("filterBar");
        if (p->objectName() == "listPanel")
            return QStringLiteral("list");
    }
    return QStringLiteral("window");
}
} // namespace

QList<QWidget *> TestKeyboardWalk::walk(MainWindow &window, bool backwards)
{
    QList<QWidget *> seen;
    QWidget *start = window.filterBar()->findChild<QWidget *>(QStringLiteral("searchEdit"));
    start->setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    for (int i = 0; i < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (i > 0 && focus == start)
            return seen;
        seen.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    }
    return seen; // never came back: the caller reports it
}

void TestKeyboardWalk::tabReachesEveryPanelAndField_data()
{
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("french");
    QTest::newRow("Tab, 1366 × 768") << false << QSize(1366, 768) << false;
    QTest::newRow("Shift+Tab, 1366 × 768") << true << QSize(1366, 768) << false;
    QTest::newRow("Tab, 1280 × 800, français") << false << QSize(1280, 800) << true;
    QTest::newRow("Shift+Tab, 1280 × 800, français") << true << QSize(1280, 800) << true;
}

void TestKeyboardWalk::tabReachesEveryPanelAndField()
{
    QFETCH(bool, backwards);
    QFETCH(QSize, size);
    QFETCH(bool, french);
    Translations::install(QCoreApplication::instance(),
        french ? QLocale(QLocale::French, QLocale::France)
               : QLocale(QLocale::English, QLocale::UnitedKingdom));
    MainWindow window(*m_db->db, *m_clock);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.contributionView()->selectRow(1);
    QTRY_VERIFY(window.editor()->contributionId() != 0);
    const qint64 open = window.editor()->contributionId();

    const QList<QWidget *> seen = walk(window, backwards);
    QStringList trail;
    for (QWidget *w : seen)
        trail << describe(w);
    QVERIFY2(seen.size() < 200,
        qPrintable("Tab never came back to the search box: " + trail.mid(25, 40).join(" → ")));
    // Each widget once per round: nothing loops inside a view.
    QCOMPARE(QSet<QWidget *>(seen.begin(), seen.end()).size(), seen.size());
    // Walking did not open another contribution.
    QCOMPARE(window.editor()->contributionId(), open);

    // Every field of the editor that a person can use is on the way.
    QStringList missed;
    for (QWidget *field : window.editor()->findChildren<QWidget *>()) {
        if (!field->isVisibleTo(&window) || !field->isEnabled() || !(field->focusPolicy() & Qt::TabFocus)
            || field->focusProxy())
            continue;
        if (!seen.contains(field))
            missed << describe(field);
    }
    QVERIFY2(
        missed.isEmpty(), qPrintable("not reached: " + missed.join(", ") + "\nwalk: " + trail.join(" → ")));

    // Every panel, in reading order: the filters, the list, the editor, then the docks.
    QStringList panels;
    for (QWidget *w : seen) {
        const QString panel = panelOf(w, window);
        if (panels.isEmpty() || panels.last() != panel)
            panels << panel;
    }
    // The walk is a round: the filters it started in may come again at its end.
    QStringList order = panels;
    if (backwards)
        std::reverse(order.begin(), order.end());
    if (order.size() > 1 && order.first() == order.last())
        order.removeLast();
    // Left to right from the search box: the list, the editor, the review panel, (the status
    // bar,) then round to the queues on the left.
    const QStringList expected { "filterBar", "list", "editor", "reviewDock", "queueDock" };
    for (const QString &panel : expected)
        QVERIFY2(order.contains(panel), qPrintable(panel + " not reached: " + panels.join(" → ")));
    // Each panel in one stretch, in that order.
    QStringList stretches;
    for (const QString &p : order)
        if (expected.contains(p))
            stretches << p;
    QVERIFY2(QSet<QString>(stretches.begin(), stretches.end()).size() == stretches.size(),
        qPrintable(order.join(" → ") + "\n" + trail.join(" → ")));
    QCOMPARE(stretches, expected);
}

void TestKeyboardWalk::tabLeavesTheListAtOnce_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("shift");
    QTest::newRow("Tab") << int(Qt::Key_Tab) << false;
    QTest::newRow("Shift+Tab") << int(Qt::Key_Backtab) << true;
}

void TestKeyboardWalk::tabLeavesTheListAtOnce()
{
    QFETCH(int, key);
    QFETCH(bool, shift);
    MainWindow window(*m_db->db, *m_clock);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *list = window.contributionView();
    list->setFocus(Qt::OtherFocusReason);
    list->selectRow(list->model()->rowCount() - 1);
    QTRY_VERIFY(window.editor()->contributionId() != 0);
    const qint64 open = window.editor()->contributionId();
    const int row = list->currentIndex().row();

    QTest::keyClick(list, Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
    QVERIFY2(QApplication::focusWidget() != list, "Tab moved inside the list instead of leaving it");
    QCOMPARE(list->currentIndex().row(), row); // nor wrapped to the first row
    QCOMPARE(window.editor()->contributionId(), open);
    if (!shift)
        QVERIFY2(window.editor()->isAncestorOf(QApplication::focusWidget()),
            qPrintable(describe(QApplication::focusWidget())));

    // In the list, the arrows still go from one contribution to the next.
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(list->model()->index(0, ContributionListModel::TitleColumn));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
}

void TestKeyboardWalk::everyActionHasAShortcutOrAnAccelerator_data()
{
    QTest::addColumn<QLocale>("language");
    QTest::newRow("français") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void TestKeyboardWalk::everyActionHasAShortcutOrAnAccelerator()
{
    QFETCH(QLocale, language);
    Translations::install(QCoreApplication::instance(), language);
    // Menus and their entries (Alt+letter), buttons of the toolbar and of each panel: each one
    // has a shortcut or an & in its text, or is also in a menu that has.
    MainWindow window(*m_db->db, *m_clock);
    window.resize(1366, 768);
    window.show();
    QSet<QAction *> reachable;
    QStringList unreachable;
    std::function<void(QMenu *, const QString &)> visit = [&](QMenu *menu, const QString &path) {
        Q_EMIT menu->aboutToShow();
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isEnabled()) // "No recent database"
                continue;
            const QString where = path + " › " + a->text();
            if (a->text().contains('&') || !a->shortcut().isEmpty())
                reachable.insert(a);
            else
                unreachable << where;
            if (a->menu())
                visit(a->menu(), where);
        }
    };
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (!menuAction->text().contains('&'))
            unreachable << menuAction->text();
        visit(menuAction->menu(), menuAction->text());
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            if (!a->isSeparator() && !qobject_cast<QWidgetAction *>(a) && !reachable.contains(a)
                && a->shortcut().isEmpty() && !a->text().contains('&'))
                unreachable << "toolbar › " + a->text() + " (" + a->objectName() + ")";
    // Buttons in the panels: an accelerator of their own (Alt+letter).
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&window) || button->text().isEmpty()
            || qobject_cast<QToolBar *>(button->parentWidget()))
            continue;
        if (button->metaObject()->className() == QByteArray("QDockWidgetTitleButton"))
            continue;
        // …or it does what a menu entry reachable by keyboard does (« Personnes… »).
        const bool inAMenu = std::any_of(reachable.begin(), reachable.end(),
            [&](QAction *a) { return QString(a->text()).remove('&') == button->text(); });
        if (!button->text().contains('&') && button->shortcut().isEmpty() && !inAMenu)
            unreachable << panelOf(button, window) + " › " + button->text();
    }
    // Alt+letter does one thing: the menus' letters and the panels' buttons' letters all differ.
    QMap<QChar, QStringList> owners;
    auto letterOf = [](const QString &text) {
        const qsizetype at = text.indexOf('&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (QAction *menuAction : window.menuBar()->actions())
        owners[letterOf(menuAction->text())] << menuAction->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window) && !letterOf(button->text()).isNull())
            owners[letterOf(button->text())] << button->text();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (!it.key().isNull() && it.value().size() > 1)
            unreachable << "Alt+" + it.key() + " is " + it.value().join(" and ");
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join("\n")));
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
