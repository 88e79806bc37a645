// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The review states of contracts.md; the codes are stable, labels are translated.
class ReviewState
{
    Q_DECLARE_TR_FUNCTIONS(ReviewState)

public:
    enum State { Received, InReview, NeedsChanges, Validated, Rejected };

    static QList<State> all() { return {Received, InReview, NeedsChanges, Validated, Rejected}; }
    static QString code(State state);
    static bool fromCode(const QString &code, State *state);
    static QString label(State state); // in the interface language
    static QString frenchLabel(State state);
    static QString englishLabel(State state);
    // needs_changes and rejected must say why.
    static bool requiresReason(State state) { return state == NeedsChanges || state == Rejected; }
};
