// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/desklayout.h"

#include "ui/editor/contributioneditor.h"
#include "ui/import/holdinglistwidget.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/review/reviewactions.h"
#include "ui/review/reviewworkspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

namespace {
// Saved window states from another layout of the docks are ignored.
constexpr int windowStateVersion = 1;
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString listHeaderKey = QStringLiteral("window/listHeader");
} // namespace

DeskLayout::DeskLayout(const Panels &panels)
    : m_panels(panels)
{
    // One place to classify a saved contribution: the review panel beside the form.
    if (m_panels.editor && m_panels.review)
        m_panels.editor->setClassifiedInReviewPanel(true);
}

QDockWidget *DeskLayout::dock(const char *name) const
{
    return m_panels.window->findChild<QDockWidget *>(QLatin1String(name));
}

void DeskLayout::setUpListColumns()
{
    QTableView *view = m_panels.list;
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ContributionListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics fm = view->fontMetrics();
    const int padding =
        2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + fm.horizontalAdvance(QStringLiteral("MM"));
    auto widthOf = [&](const char *sample) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + padding;
    };
    header->resizeSection(ContributionListModel::NumberColumn, widthOf("0000"));
    m_authorityWide = widthOf("Saint-Quentin (02)");
    m_authorityNarrow = widthOf("Béthune (62)");
    header->resizeSection(ContributionListModel::AuthorityColumn, m_authorityWide);
    m_dateInWords = widthOf("28 février 2021");
    m_dateInFigures = widthOf("28/02/2021");
    header->resizeSection(ContributionListModel::ReceivedColumn, m_dateInWords);
    // The receipt date in figures whenever its column is too narrow for it in words.
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, words = m_dateInWords](int column, int, int width) {
        if (column != ContributionListModel::ReceivedColumn)
            return;
        if (auto *model = qobject_cast<ContributionListModel *>(view->model()))
            model->setCompactDates(width < words);
    });
    header->resizeSection(ContributionListModel::StatusColumn, widthOf("En relecture"));
    header->resizeSection(ContributionListModel::ThemeColumn, widthOf("Organisation de la"));
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("N°")) + padding);
}

void DeskLayout::arrangeKeyboardFocus()
{
    // A table's own Tab goes from cell to cell, opens the next contribution every few presses and
    // wraps round: a keyboard user would never get out to the editor.
    for (QAbstractItemView *view : m_panels.window->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    // The fields in a scrolling form are stops enough (they scroll into view); the area is not one.
    for (QScrollArea *area : m_panels.window->findChildren<QScrollArea *>())
        area->setFocusPolicy(Qt::NoFocus);
}

bool DeskLayout::restore()
{
    QMainWindow *window = m_panels.window;
    QSettings settings;
    // On a narrow screen (a laptop at 200 %) the editor may be narrower than it asks.
    const QScreen *where = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const int em = window->fontMetrics().averageCharWidth();
    if (where && where->availableGeometry().width() < em * 150) {
        m_panels.editor->setMinimumWidth(em * 45);
        // Likewise the review panel, behind the queues there (its buttons may then be cut).
        for (QScrollArea *area : m_panels.review->reviewActions()->findChildren<QScrollArea *>())
            area->setMinimumWidth(0);
    }
    if (!window->restoreGeometry(settings.value(geometryKey).toByteArray()))
        fitToScreen();
    window->restoreState(settings.value(stateKey).toByteArray(), windowStateVersion);
    // The docks as the person left them: arranged again only when the width crosses the line.
    if (QDockWidget *queues = dock("queueDock"))
        m_narrowDocks = window->dockWidgetArea(queues) == window->dockWidgetArea(dock("reviewDock"));
    // An empty « En attente » panel would only take room: it opens again when something waits.
    if (m_panels.holding->count() == 0)
        m_panels.holdingDock->hide();
    m_panels.splitter->restoreState(settings.value(splitterKey).toByteArray());
    return m_panels.list->horizontalHeader()->restoreState(settings.value(listHeaderKey).toByteArray());
}

void DeskLayout::fitToScreen()
{
    // The first time: as large as the screen allows, up to what the three panes need. On a
    // narrow screen, or at 200 % on a laptop, the review panel goes behind the queues (as a tab)
    // so that the list and the editor keep their room.
    QMainWindow *window = m_panels.window;
    const QScreen *where = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const int em = window->fontMetrics().averageCharWidth();
    if (available.width() < em * 150) {
        QDockWidget *queues = dock("queueDock");
        QDockWidget *review = dock("reviewDock");
        if (queues && review) {
            window->tabifyDockWidget(queues, review);
            queues->raise();
        }
    }
    window->resize(qMin(available.width() * 9 / 10, em * 240),
        qMin(available.height() * 9 / 10, window->fontMetrics().height() * 60));
    window->move(available.center() - window->rect().center());
}

void DeskLayout::save() const
{
    QSettings settings;
    settings.setValue(geometryKey, m_panels.window->saveGeometry());
    settings.setValue(stateKey, m_panels.window->saveState(windowStateVersion));
    settings.setValue(splitterKey, m_panels.splitter->saveState());
    settings.setValue(listHeaderKey, m_panels.list->horizontalHeader()->saveState());
}

void DeskLayout::fitListColumns()
{
    // A narrow list keeps its titles readable: the main theme (shown in the editor) makes room,
    // the receipt date is written in figures and a long authority's name is cut (their tooltips
    // keep them whole).
    QTableView *view = m_panels.list;
    QHeaderView *header = view->horizontalHeader();
    const int theme = ContributionListModel::ThemeColumn;
    const int received = ContributionListModel::ReceivedColumn;
    const int authority = ContributionListModel::AuthorityColumn;
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != ContributionListModel::TitleColumn && c != theme && c != received && c != authority
            && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    // (A hidden section's size reads 0: the width it had is kept.)
    if (!header->isSectionHidden(theme))
        m_themeColumnWidth = header->sectionSize(theme);
    const int title = view->viewport()->width() - others - m_themeColumnWidth - m_dateInWords - m_authorityWide;
    const bool narrow = title < view->fontMetrics().averageCharWidth() * 30;
    header->setSectionHidden(theme, narrow);
    // Only the widths Recueil gave: one a person set by hand stays as they left it.
    auto fit = [&](int column, int wide, int tight) {
        const int now = header->sectionSize(column);
        if (narrow && now == wide)
            header->resizeSection(column, tight);
        else if (!narrow && now == tight)
            header->resizeSection(column, wide);
    };
    if (m_dateInWords > 0) {
        fit(received, m_dateInWords, m_dateInFigures);
        fit(authority, m_authorityWide, m_authorityNarrow);
    }
}

void DeskLayout::arrangeDocksForWidth()
{
    QMainWindow *window = m_panels.window;
    QDockWidget *queues = dock("queueDock");
    QDockWidget *review = dock("reviewDock");
    if (!queues || !review || queues->isFloating() || review->isFloating())
        return;
    // Behind the queues as a tab (a laptop at 200 %, see fitToScreen()): left so.
    if (window->tabifiedDockWidgets(queues).contains(review))
        return;
    const bool narrow = window->width() < window->fontMetrics().averageCharWidth() * 230;
    if (m_narrowDocks == narrow)
        return;
    m_narrowDocks = narrow;
    if (narrow) {
        // Below the queues, both in sight and both on the way of Tab.
        window->splitDockWidget(queues, review, Qt::Vertical);
        window->resizeDocks({ queues, review }, { window->height() / 3, window->height() * 2 / 3 }, Qt::Vertical);
    } else if (window->dockWidgetArea(review) != Qt::RightDockWidgetArea) {
        window->addDockWidget(Qt::RightDockWidgetArea, review);
    }
}

QList<QWidget *> DeskLayout::tabOrder() const
{
    // Reading order, left to right; inside each panel, the order of its form.
    QMainWindow *window = m_panels.window;
    const QList<QWidget *> panels { dock("queueDock"), m_panels.filterBar, m_panels.listStack, m_panels.editor,
        dock("reviewDock"), m_panels.holdingDock, window->statusBar() };
    QList<QWidget *> stops;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() && w->isEnabled()
            && w->window() == window)
            stops.append(w);
    }
    QList<QWidget *> order;
    for (QWidget *panel : panels) {
        for (QWidget *w : std::as_const(stops))
            if (panel && panel->window() == window && panel->isAncestorOf(w))
                order.append(w);
    }
    for (QWidget *w : std::as_const(stops))
        if (!order.contains(w))
            order.append(w);
    return order;
}

bool DeskLayout::moveFocus(bool next)
{
    const QList<QWidget *> order = tabOrder();
    const qsizetype at = order.indexOf(QApplication::focusWidget());
    if (at < 0)
        return false;
    QWidget *target = order.at((at + (next ? 1 : order.size() - 1)) % order.size());
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    for (QWidget *p = target->parentWidget(); p && p != m_panels.window; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(target);
    return true;
}
