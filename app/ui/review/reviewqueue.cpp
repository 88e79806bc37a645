// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/reviewqueue.h"

#include "core/reviewstate.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"

namespace {

QString code(ReviewState::State s)
{
    return ReviewState::code(s);
}

ContributionFilter base(ReviewQueue::Kind kind, const QString &login)
{
    ContributionFilter f;
    if (kind == ReviewQueue::Mine) {
        f.assignedTo = login;
        if (login.isEmpty())
            f.ids = {-1}; // nobody acting: nothing is theirs
    }
    return f;
}

} // namespace

QString ReviewQueue::label(Kind kind)
{
    switch (kind) {
    case All:
        return tr("All contributions");
    case ToReview:
        return tr("To review");
    case Mine:
        return tr("My reviews");
    case NeedsChanges:
        return tr("To complete");
    case Validated:
        return tr("Validated");
    case Rejected:
        return tr("Set aside");
    case Held:
        return tr("Waiting");
    case Bin:
        return tr("Bin");
    }
    return {};
}

QString ReviewQueue::toolTip(Kind kind)
{
    switch (kind) {
    case All:
        return tr("Every contribution, whatever its review state.");
    case ToReview:
        return tr("Contributions received or being reviewed.");
    case Mine:
        return tr("Contributions assigned to you that are not yet validated or set aside.");
    case NeedsChanges:
        return tr("Contributions waiting for missing information.");
    case Validated:
        return tr("Contributions fit for the dossier.");
    case Rejected:
        return tr("Contributions kept but left out of the dossier.");
    case Held:
        return tr("Emails and typed testimonies waiting in the pending list: received after the close, "
                  "without a date, or a reply to check.");
    case Bin:
        return tr("Deleted contributions, kept with their history: they can be restored.");
    }
    return {};
}

QStringList ReviewQueue::states(Kind kind)
{
    using S = ReviewState;
    switch (kind) {
    case ToReview:
        return {code(S::Received), code(S::InReview)};
    case Mine:
        return {code(S::Received), code(S::InReview), code(S::NeedsChanges)};
    case NeedsChanges:
        return {code(S::NeedsChanges)};
    case Validated:
        return {code(S::Validated)};
    case Rejected:
        return {code(S::Rejected)};
    case All:
    case Held:
    case Bin:
        break;
    }
    return {};
}

ContributionFilter ReviewQueue::filter(Kind kind, const QString &login)
{
    ContributionFilter f = base(kind, login);
    const QStringList codes = states(kind);
    if (codes.size() == 1) {
        f.status = codes.first();
        return f;
    }
    // Several states: the list asks for them each time it reads, so the queue stays live (a
    // contribution entered or reviewed meanwhile comes and goes) and is read page by page.
    f.statuses = codes;
    return f;
}

int ReviewQueue::count(Database &db, Kind kind, const QString &login)
{
    if (kind == Held) {
        const SourceMessageRepository sources(db.connection());
        return sources.countByHold(QStringLiteral("late"))
            + sources.countByHold(QStringLiteral("needs_date")) + sources.countByHold(QStringLiteral("complement"))
            + ContributionRepository(db).heldCount();
    }
    ContributionRepository repo(db);
    if (kind == Bin)
        return repo.deletedCount();
    ContributionFilter f = base(kind, login);
    f.statuses = states(kind);
    return repo.count(f);
}
