// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/deskstatusbar.h"

#include "core/clock.h"
#include "storage/database.h"
#include "ui/common/uitext.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/common/elidedlabel.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

DeskStatusBar::DeskStatusBar(QStatusBar *bar, Database &db, const Clock &clock, ContributionListModel *model)
    : QObject(bar)
    , m_db(db)
    , m_clock(clock)
    , m_model(model)
    , m_campaignLabel(new ElidedLabel(bar))
    , m_intakeLabel(new QLabel(bar))
    , m_countLabel(new QLabel(bar))
    , m_pendingButton(new QToolButton(bar))
{
    m_intakeLabel->setAccessibleName(tr("Intake state"));
    m_countLabel->setAccessibleName(tr("Contributions shown"));
    m_campaignLabel->setContentsMargins(6, 0, 6, 0);
    m_intakeLabel->setContentsMargins(12, 0, 12, 0);
    m_countLabel->setContentsMargins(12, 0, 6, 0);
    bar->addWidget(m_campaignLabel, 1);
    m_pendingButton->setAutoRaise(true);
    m_pendingButton->setToolTip(tr("Show the emails and typed testimonies waiting to be accepted or set aside"));
    bar->addPermanentWidget(m_pendingButton);
    bar->addPermanentWidget(m_intakeLabel);
    bar->addPermanentWidget(m_countLabel);
    connect(m_pendingButton, &QToolButton::clicked, this, &DeskStatusBar::pendingRequested);
    connect(m_model, &ContributionListModel::totalCountChanged, this, &DeskStatusBar::showCount);
    refresh();
    // Intake may close while the window is open: look again every minute.
    auto *tick = new QTimer(this);
    tick->start(60 * 1000);
    connect(tick, &QTimer::timeout, this, &DeskStatusBar::refresh);
}

void DeskStatusBar::refresh()
{
    m_campaignLabel->setFullText(m_db.campaign().name);
    m_intakeLabel->setText(m_db.deadlineGuard().statusText(m_clock.now()));
    showCount(m_model->totalCount());
}

void DeskStatusBar::setPendingCount(int count)
{
    m_pendingButton->setText(tr("%Ln pending", nullptr, count));
    m_pendingButton->setVisible(count > 0);
}

QString DeskStatusBar::countText() const
{
    return m_countLabel->text();
}

void DeskStatusBar::setSearching(bool searching)
{
    m_searching = searching;
    if (!searching)
        showCount(m_model->totalCount());
}

void DeskStatusBar::showSearchCount(int loadedRows, bool more)
{
    if (!m_searching)
        return;
    if (more)
        m_countLabel->setText(tr("More than %1 results").arg(UiText::number(loadedRows)));
    else if (loadedRows == 0)
        m_countLabel->setText(tr("No results"));
    else
        m_countLabel->setText(tr("%Ln result(s)", nullptr, loadedRows));
}

void DeskStatusBar::showCount(int count)
{
    if (m_searching)
        return;
    if (count == 0)
        m_countLabel->setText(tr("No contributions"));
    else if (m_model->totalCountIsEstimate())
        m_countLabel->setText(tr("More than %1 contributions").arg(UiText::number(count)));
    else
        m_countLabel->setText(tr("%Ln contribution(s)", nullptr, count));
}
