// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/bulkreviewcommand.h"

#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"

#include <QMap>
#include <QSet>

namespace {

BulkReviewCommand::Before read(Database &db, qint64 id, bool withReason)
{
    BulkReviewCommand::Before b;
    if (const std::optional<Contribution> c = ContributionRepository(db).find(id)) {
        b.state = c->status;
        b.themes = c->themes;
        b.subtopics = c->subtopics;
        b.tags = c->tags;
        b.primaryTheme = c->primaryTheme;
    }
    if (withReason && ReviewState::requiresReason(b.state)) {
        const QString code = ReviewState::code(b.state);
        for (const AuditEntry &e : AuditLog(db.connection()).history(id))
            if (e.action == QLatin1String("status") && e.newValue == code) {
                b.stateReason = e.reason;
                break;
            }
    }
    return b;
}

// Items of a that are not in b; tags compare without case, as the database does.
QStringList minus(const QStringList &a, const QStringList &b, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    QStringList out;
    for (const QString &s : a)
        if (!b.contains(s, cs))
            out.append(s);
    return out;
}

QString keyOf(const ReviewRepository::Tagging &t)
{
    return QStringList {t.addThemes.join(QLatin1Char(',')), t.removeThemes.join(QLatin1Char(',')),
        t.primaryTheme, t.addSubtopics.join(QLatin1Char(',')), t.removeSubtopics.join(QLatin1Char(',')),
        t.addTags.join(QLatin1Char('\x1f')), t.removeTags.join(QLatin1Char('\x1f'))}
        .join(QLatin1Char('|'));
}

} // namespace

BulkReviewCommand::BulkReviewCommand(Database &db, Kind kind, const QList<qint64> &ids)
    : m_db(db)
    , m_kind(kind)
    , m_ids(ids)
    , m_actor(db.actor())
{
}

BulkReviewCommand *BulkReviewCommand::stateChange(
    Database &db, const QList<qint64> &ids, ReviewState::State to, const QString &reason)
{
    auto *c = new BulkReviewCommand(db, Kind::State, ids);
    c->m_to = to;
    c->m_reason = reason;
    c->setText(ids.size() == 1
            ? tr("change of contribution no. %1 to “%2”").arg(ids.first()).arg(ReviewState::label(to))
            : tr("change of %1 contributions to “%2”").arg(ids.size()).arg(ReviewState::label(to)));
    return c;
}

BulkReviewCommand *BulkReviewCommand::classification(
    Database &db, const QList<qint64> &ids, const ReviewRepository::Tagging &tagging)
{
    auto *c = new BulkReviewCommand(db, Kind::Classification, ids);
    c->m_tagging = tagging;
    c->setText(ids.size() == 1 ? tr("classification of contribution no. %1").arg(ids.first())
                               : tr("classification of %1 contributions").arg(ids.size()));
    return c;
}

void BulkReviewCommand::snapshot()
{
    m_before.clear();
    for (qint64 id : std::as_const(m_ids))
        m_before.insert(id, read(m_db, id, m_kind == Kind::State));
}

bool BulkReviewCommand::forward(QString *error)
{
    ReviewRepository review(m_db);
    if (m_kind == Kind::State)
        return review.changeStatus(m_ids, m_to, m_reason, error);
    if (!review.tag(m_ids, m_tagging, error))
        return false;
    m_after.clear();
    for (qint64 id : std::as_const(m_ids))
        m_after.insert(id, read(m_db, id, false));
    return true;
}

bool BulkReviewCommand::apply(QString *error)
{
    snapshot();
    if (!forward(error))
        return false;
    m_applied = true;
    return true;
}

bool BulkReviewCommand::undoStates(QString *error)
{
    // Back to each one's former state, grouped by it; every group is checked before any is
    // changed, so that the undo is done for all or for none.
    QMap<int, QList<qint64>> groups;
    for (qint64 id : std::as_const(m_ids))
        groups[int(m_before.value(id).state)].append(id);
    ReviewRepository review(m_db);
    const QString undoReason = tr("Undo of the %1").arg(text());
    QStringList refusals;
    auto reasonFor = [&](ReviewState::State state, const QList<qint64> &ids) {
        if (!ReviewState::requiresReason(state))
            return undoReason;
        const QString former = m_before.value(ids.first()).stateReason;
        return former.isEmpty() ? undoReason : former;
    };
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto state = ReviewState::State(it.key());
        // Contributions with a former reason of their own are planned one by one.
        for (qint64 id : it.value())
            for (const PlannedChange &p : review.planStatusChange({id}, state, reasonFor(state, {id})))
                if (!p.refusal.isEmpty())
                    refusals.append(tr("no. %1: %2").arg(p.contributionId).arg(p.refusal));
    }
    if (!refusals.isEmpty()) {
        *error = tr("The %1 cannot be undone, so nothing was changed back.").arg(text()) + QLatin1Char('\n')
            + refusals.join(QLatin1Char('\n'));
        return false;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto state = ReviewState::State(it.key());
        // Same former reason → one change; otherwise one per contribution.
        QMap<QString, QList<qint64>> byReason;
        for (qint64 id : it.value())
            byReason[reasonFor(state, {id})].append(id);
        for (auto r = byReason.cbegin(); r != byReason.cend(); ++r)
            if (!review.changeStatus(r.value(), state, r.key(), error))
                return false;
    }
    return true;
}

bool BulkReviewCommand::undoClassification(QString *error)
{
    // Each contribution gets back what it had: the differences between after and before,
    // grouped so that contributions needing the same change are done in one call.
    QMap<QString, std::pair<ReviewRepository::Tagging, QList<qint64>>> groups;
    for (qint64 id : std::as_const(m_ids)) {
        const Before before = m_before.value(id);
        const Before after = m_after.value(id);
        ReviewRepository::Tagging t;
        t.addThemes = minus(before.themes, after.themes);
        t.removeThemes = minus(after.themes, before.themes);
        t.addSubtopics = minus(before.subtopics, after.subtopics);
        t.removeSubtopics = minus(after.subtopics, before.subtopics);
        t.addTags = minus(before.tags, after.tags, Qt::CaseInsensitive);
        t.removeTags = minus(after.tags, before.tags, Qt::CaseInsensitive);
        if (before.primaryTheme != after.primaryTheme)
            t.primaryTheme = before.primaryTheme;
        auto &group = groups[keyOf(t)];
        group.first = t;
        group.second.append(id);
    }
    ReviewRepository review(m_db);
    for (const auto &[tagging, ids] : std::as_const(groups)) {
        if (keyOf(tagging) == keyOf({}))
            continue;
        if (!review.tag(ids, tagging, error))
            return false;
    }
    return true;
}

bool BulkReviewCommand::backward(QString *error)
{
    if (m_db.actor() != m_actor) {
        *error = tr("The %1 was done by %2: only they can undo it. Nothing was changed back.").arg(text(), m_actor);
        return false;
    }
    if (m_kind == Kind::State) {
        // Someone changed one of them since: undoing would overwrite their decision.
        QStringList moved;
        const ContributionRepository contributions(m_db);
        for (qint64 id : std::as_const(m_ids)) {
            const std::optional<Contribution> now = contributions.find(id);
            if (now && now->status != m_to && now->status != m_before.value(id).state)
                moved << tr("no. %1 is now « %2 »").arg(id).arg(ReviewState::label(now->status));
        }
        if (!moved.isEmpty()) {
            *error = tr("The %1 cannot be undone: its contributions changed since, so nothing was changed back.")
                         .arg(text())
                + QLatin1Char('\n') + moved.join(QLatin1Char('\n'));
            return false;
        }
    }
    return m_kind == Kind::State ? undoStates(error) : undoClassification(error);
}

void BulkReviewCommand::finish(bool ok, const QString &error, bool undoing)
{
    if (!ok)
        setObsolete(true); // QUndoStack drops it: the stack says nothing it cannot do
    if (!m_report)
        return;
    const QString message =
        ok ? (undoing ? tr("Undone: %1.").arg(text()) : tr("Done again: %1.").arg(text())) : error;
    m_report(message, ok, m_ids);
}

void BulkReviewCommand::undo()
{
    QString error;
    const bool ok = backward(&error);
    finish(ok, error, true);
}

void BulkReviewCommand::redo()
{
    if (m_applied) {
        m_applied = false; // pushed after apply(): already done
        return;
    }
    QString error;
    bool ok = true;
    if (m_kind == Kind::State) {
        ok = forward(&error);
        if (!ok)
            error = tr("The %1 cannot be done again: %2").arg(text(), error);
    } else {
        snapshot();
        ok = forward(&error);
    }
    finish(ok, error, false);
}
