// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The review queues of the side panel: what each one holds, as a list filter, and how many.
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    enum Kind {
        All, // every contribution
        ToReview, // received + in_review
        Mine, // assigned to the person acting, not yet validated or set aside
        NeedsChanges, // needs_changes
        Validated,
        Rejected,
        Held, // waiting in the pending list (late, undated, replies to check): not in the lists
        Bin // deleted contributions, which can be restored: not in the lists
    };

    static QList<Kind> all() { return {All, ToReview, Mine, NeedsChanges, Validated, Rejected, Held, Bin}; }
    static QString label(Kind kind);
    static QString toolTip(Kind kind);
    // The review state codes the queue holds; empty for All, Held and Bin.
    static QStringList states(Kind kind);

    // The list filter that shows the queue: its states, read again each time the list is read.
    static ContributionFilter filter(Kind kind, const QString &login);
    static int count(Database &db, Kind kind, const QString &login);
};
