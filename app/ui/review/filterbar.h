// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taxonomy.h"
#include "storage/contributionfilter.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class FilterBar;
}
class AuthorityCompleter;

// The search box and the filters above the list. Typing waits for a short pause before
// asking again (Enter applies at once); the lists apply as soon as they change.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    void setThemes(const QList<Theme> &themes);
    // Text, state, theme and authority; the order is the list's business.
    ContributionFilter criteria() const;
    bool isFiltering() const;
    void focusSearch();
    void clear();
    // Shows what the list shows when something else chose it (a queue, a saved search): its
    // words, state, theme and authority, without filtering again. Criteria the bar has no field
    // for (a reviewer, a list of numbers) leave the fields empty.
    void showCriteria(const ContributionFilter &filter);

    static constexpr int TypingPauseMs = 150;

Q_SIGNALS:
    void criteriaChanged();

private:
    void setStateChoice(const QStringList &codes); // one state, several (a queue's) or none
    void applyNow();
    void authorityEdited();

    std::unique_ptr<Ui::FilterBar> ui;
    AuthorityCompleter *m_authorityCompleter;
    QTimer m_typingPause;
    QString m_authorityCode;
    QString m_authorityToolTip;
    ContributionFilter m_applied;
};
