// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reviewworkflow.h"

QString Role::code(Value v)
{
    switch (v) {
    case Coordinator: return QStringLiteral("coordinator");
    case Reviewer: return QStringLiteral("reviewer");
    case Admin: return QStringLiteral("admin");
    }
    return {};
}

bool Role::fromCode(const QString &code, Value *v)
{
    for (Value candidate : {Coordinator, Reviewer, Admin}) {
        if (code == Role::code(candidate)) {
            *v = candidate;
            return true;
        }
    }
    return false;
}

QString Role::label(Value v)
{
    switch (v) {
    case Coordinator: return tr("Coordinator");
    case Reviewer: return tr("Reviewer");
    case Admin: return tr("Administrator");
    }
    return {};
}

QList<ReviewState::State> ReviewWorkflow::allowedTargets(ReviewState::State from)
{
    using S = ReviewState;
    switch (from) {
    case S::Received: return {S::InReview, S::NeedsChanges, S::Validated, S::Rejected};
    case S::InReview: return {S::Received, S::NeedsChanges, S::Validated, S::Rejected};
    case S::NeedsChanges: return {S::Received, S::InReview};
    case S::Validated: return {S::InReview};  // reopened, never straight to rejected
    case S::Rejected: return {S::InReview};
    }
    return {};
}

bool ReviewWorkflow::isAllowed(ReviewState::State from, ReviewState::State to)
{
    return allowedTargets(from).contains(to);
}

QString ReviewWorkflow::refusal(const Request &r)
{
    if (r.from == r.to)
        return tr("The contribution is already “%1”.").arg(ReviewState::label(r.to));
    if (!isAllowed(r.from, r.to))
        return tr("A contribution cannot go from “%1” to “%2”.").arg(ReviewState::label(r.from), ReviewState::label(r.to));
    if (r.actorRole == Role::Coordinator && !(r.from == ReviewState::NeedsChanges && r.to == ReviewState::Received))
        return tr("Only a reviewer or an administrator can change the review state; a coordinator can only send "
                  "back a completed contribution.");
    if (ReviewState::requiresReason(r.to) && r.reason.trimmed().isEmpty())
        return tr("Say why the contribution is “%1”: a reason is required.").arg(ReviewState::label(r.to));
    if (r.to == ReviewState::Validated && r.fourEyes && !r.enteredBy.isEmpty() && r.actor == r.enteredBy)
        return tr("You entered this contribution: someone else must validate it (four-eyes rule).");
    // The dossier files each testimony under its themes: one without any would print nowhere.
    if (r.to == ReviewState::Validated && r.themes == 0)
        return tr("Choose at least one theme before validating: the dossier files each testimony under its "
                  "themes.");
    return {};
}
