// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Clock;
class ContributionListModel;
class Database;
class ElidedLabel;
class QLabel;
class QStatusBar;
class QToolButton;

// The window's status bar: the campaign's name, the emails pending (a button that shows them),
// whether intake is open (looked at again every minute, as the deadline may pass while the
// window is open) and how many contributions the list shows.
class DeskStatusBar : public QObject
{
    Q_OBJECT

public:
    DeskStatusBar(QStatusBar *bar, Database &db, const Clock &clock, ContributionListModel *model);

    // Reads the campaign, the intake state and the count again.
    void refresh();
    void setPendingCount(int count);
    // "12 contributions", as shown.
    QString countText() const;
    // While the search box holds words, the count is the search results', as shown in place of
    // the list; otherwise the list's.
    void setSearching(bool searching);
    void showSearchCount(int loadedRows, bool more);

Q_SIGNALS:
    void pendingRequested();

private:
    void showCount(int count);

    Database &m_db;
    const Clock &m_clock;
    ContributionListModel *m_model;
    bool m_searching = false;
    ElidedLabel *m_campaignLabel;
    QLabel *m_intakeLabel;
    QLabel *m_countLabel;
    QToolButton *m_pendingButton;
};
