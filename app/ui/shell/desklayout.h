// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

class ContributionEditor;
class HoldingListWidget;
class QDockWidget;
class QMainWindow;
class QSplitter;
class QTableView;
class QWidget;
class ReviewWorkspace;

// How the desk's panels share the window: the first size for the screen, the layout the person
// left (saved and put back), the review panel beside the editor or behind the queues as the
// width allows, the list's columns, and where Tab goes.
class DeskLayout
{
public:
    struct Panels
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr; // the list's panel and the editor
        QTableView *list = nullptr;
        QWidget *filterBar = nullptr;
        QWidget *listStack = nullptr; // the list, or the search results in its place
        ContributionEditor *editor = nullptr;
        ReviewWorkspace *review = nullptr;
        QDockWidget *holdingDock = nullptr;
        HoldingListWidget *holding = nullptr;
    };

    explicit DeskLayout(const Panels &panels);

    // Widths for typical French values in the list's columns; the title takes what is left.
    void setUpListColumns();
    // Tab leaves a list at once (arrows move in it) and skips scroll areas.
    void arrangeKeyboardFocus();
    // Puts back the window layout, the splitter and the list's columns of the last session.
    // Returns whether the list's columns were put back (their sort order with them).
    bool restore();
    void save() const;
    // The first layout: the window sized for the screen, the review panel behind the queues
    // when the screen is narrow (a laptop at 200 %).
    void fitToScreen();
    // A window narrower than about 230 characters (1366, 1280 or 1440 pixels at 100 %) puts the
    // review panel below the queues, so that the list and the editor keep their room; wider, it
    // goes back beside the editor. Only on crossing that width: a layout the person arranged is
    // left alone.
    void arrangeDocksForWidth();
    // A narrow list hides its main-theme column rather than squeeze the titles.
    void fitListColumns();
    // Moves the focus to the next (or previous) stop in reading order: the queues, the search and
    // filters, the list, the editor, the review panel, the pending emails, the status bar. False
    // when the focus is not in the window's order (Qt's own order then applies).
    bool moveFocus(bool next);

private:
    QList<QWidget *> tabOrder() const;
    QDockWidget *dock(const char *name) const;

    Panels m_panels;
    int m_themeColumnWidth = 0;
    int m_dateInWords = 0; // the receipt date's width, « 28 février 2021 » and « 28/02/2021 »
    int m_dateInFigures = 0;
    int m_authorityWide = 0; // « Saint-Quentin (02) » whole, or « Béthune (62) » in a narrow list
    int m_authorityNarrow = 0;
    std::optional<bool> m_narrowDocks;
};
