// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reviewstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Who may do what. Codes are stored and typed on the command line.
class Role
{
    Q_DECLARE_TR_FUNCTIONS(Role)

public:
    enum Value { Coordinator, Reviewer, Admin };
    static QString code(Value v);
    static bool fromCode(const QString &code, Value *v);
    static QString label(Value v);
};

// The review state machine: which changes of state make sense, who may make them, and the
// four-eyes rule. Storage asks it before every change of state, whatever the path.
class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWorkflow)

public:
    struct Request
    {
        ReviewState::State from;
        ReviewState::State to;
        QString reason;
        QString actor;
        Role::Value actorRole;
        QString enteredBy;     // who created the contribution
        bool fourEyes = true;  // the person who entered it cannot validate it
        int themes = 0;        // how many themes it has: it is validated with one at least
    };

    static QList<ReviewState::State> allowedTargets(ReviewState::State from);
    static bool isAllowed(ReviewState::State from, ReviewState::State to);

    // Empty when the change may be made; otherwise why not, as a sentence.
    static QString refusal(const Request &request);
};
