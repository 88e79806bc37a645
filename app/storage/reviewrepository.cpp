// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reviewrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/personrepository.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ReviewRepository::ReviewRepository(Database &db)
    : m_db(db)
{
}

Role::Value ReviewRepository::actorRole() const
{
    return PersonRepository(m_db.connection()).roleOf(m_db.actor());
}

bool ReviewRepository::audit(qint64 id, const QString &action, const QString &field, const QString &oldValue,
                             const QString &newValue, const QString &reason, QString *error)
{
    return AuditLog::record(m_db, id, action, field, oldValue, newValue, reason, error);
}

bool ReviewRepository::bump(qint64 id, QString *error)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE contribution SET version = version + 1, updated_at = ? WHERE id = ?"));
    if (!q.exec({nowIso(), id})) {
        *error = q.error();
        return false;
    }
    return true;
}

QList<PlannedChange> ReviewRepository::planStatusChange(const QList<qint64> &ids, ReviewState::State to,
                                                        const QString &reason) const
{
    QList<PlannedChange> plan;
    const Role::Value role = actorRole();
    const bool fourEyes = m_db.campaign().fourEyes;
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT title, status, created_by, (SELECT count(*) FROM contribution_theme t "
                       "WHERE t.contribution_id = contribution.id) FROM contribution "
                       "WHERE id = ? AND deleted_at IS NULL"));
    for (qint64 id : ids) {
        PlannedChange p;
        p.contributionId = id;
        if (!q.exec({id}) || !q.next()) {
            p.refusal = tr("There is no contribution number %1.").arg(id);
            plan.append(p);
            continue;
        }
        p.title = q.value(0).toString();
        ReviewState::fromCode(q.value(1).toString(), &p.from);
        p.refusal = ReviewWorkflow::refusal(
            {p.from, to, reason, m_db.actor(), role, q.value(2).toString(), fourEyes, q.value(3).toInt()});
        q.query().finish();
        plan.append(p);
    }
    return plan;
}

bool ReviewRepository::changeStatus(const QList<qint64> &ids, ReviewState::State to, const QString &reason,
                                    QString *error)
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return false;
    }
    Transaction tx(m_db.connection());
    for (const PlannedChange &p : planStatusChange(ids, to, reason)) {
        if (!p.refusal.isEmpty()) {
            *error = ids.size() > 1 ? tr("Contribution %1: %2").arg(p.contributionId).arg(p.refusal) : p.refusal;
            return false;
        }
        SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET status = ? WHERE id = ?"));
        if (!q.exec({ReviewState::code(to), p.contributionId})) {
            *error = q.error();
            return false;
        }
        if (!bump(p.contributionId, error)
            || !audit(p.contributionId, QStringLiteral("status"), QStringLiteral("status"), ReviewState::code(p.from),
                      ReviewState::code(to), reason.trimmed(), error))
            return false;
    }
    return tx.commit();
}

bool ReviewRepository::tag(const QList<qint64> &ids, const Tagging &t, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    // Set-based, so that tagging ten thousand contributions is a handful of statements.
    QJsonArray idArray;
    for (qint64 id : ids)
        idArray.append(id);
    const QString idJson = QString::fromUtf8(QJsonDocument(idArray).toJson(QJsonDocument::Compact));
    const QString selected =
        QStringLiteral("(SELECT value FROM ") + SqlDialect::of(db).idsFrom() + QLatin1Char(')');
    const QString eachId = SqlDialect::of(db).idsFrom();
    auto exec = [&](const QString &sql, const QVariantList &values) {
        SqlQuery q(db, sql);
        if (!q.exec(values)) {
            *error = q.error();
            return false;
        }
        return true;
    };
    auto exists = [&](const char *table, const QString &code) {
        return SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)
                                        + QStringLiteral(" WHERE code = ? AND retired = 0"), {code}).toInt() == 1;
    };

    for (const QStringList *labels : { &t.addTags, &t.removeTags })
        for (const QString &label : *labels)
            if (label.simplified().isEmpty()) {
                *error = tr("A tag cannot be empty: give it a word.");
                return false;
            }
    QStringList addThemes = t.addThemes;
    if (!t.primaryTheme.isEmpty())
        addThemes.append(t.primaryTheme);
    for (const QString &s : t.addSubtopics) {
        if (!exists("subtopic", s)) {
            *error = tr("“%1” is not a sub-topic of this campaign.").arg(s);
            return false;
        }
        addThemes.append(SqlQuery::scalar(db, QStringLiteral("SELECT theme_code FROM subtopic WHERE code = ?"), {s}).toString());
    }
    addThemes.removeDuplicates();
    for (const QString &theme : std::as_const(addThemes))
        if (!exists("theme", theme)) {
            *error = tr("“%1” is not a theme of this campaign.").arg(theme);
            return false;
        }

    Transaction tx(db);
    const int found = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM contribution WHERE deleted_at IS NULL AND id IN ")
                                               + selected, {idJson}).toInt();
    if (found != QSet<qint64>(ids.cbegin(), ids.cend()).size()) {
        *error = tr("Some of the selected contributions no longer exist; nothing was changed.");
        return false;
    }
    QStringList summary;
    for (const QString &theme : std::as_const(addThemes)) {
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_theme (contribution_id, theme_code) "
                                     "SELECT value, CAST(? AS text) FROM ")
                          + eachId),
                { theme, idJson }))
            return false;
        summary.append(QLatin1Char('+') + theme);
    }
    for (const QString &theme : t.removeThemes) {
        if (!exec(QStringLiteral("DELETE FROM contribution_theme WHERE theme_code = ? AND contribution_id IN ") + selected,
                  {theme, idJson}))
            return false;
        summary.append(QLatin1Char('-') + theme);
    }
    for (const QString &s : t.addSubtopics) {
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_subtopic (contribution_id, subtopic_code) "
                                     "SELECT value, CAST(? AS text) FROM ")
                          + eachId),
                { s, idJson }))
            return false;
        summary.append(QLatin1Char('+') + s);
    }
    for (const QString &s : t.removeSubtopics) {
        if (!exec(QStringLiteral("DELETE FROM contribution_subtopic WHERE subtopic_code = ? AND contribution_id IN ") + selected,
                  {s, idJson}))
            return false;
        summary.append(QLatin1Char('-') + s);
    }
    bool tagsChanged = false;
    for (const QString &raw : t.addTags) {
        const QString label = raw.simplified();
        if (label.isEmpty())
            continue;
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("tag (label) VALUES (?)")), { label })
            || !exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_tag (contribution_id, tag_id) "
                                        "SELECT value, (SELECT id FROM tag WHERE label = ?) FROM ")
                             + eachId),
                { label, idJson }))
            return false;
        summary.append(QStringLiteral("+#") + label);
        tagsChanged = true;
    }
    for (const QString &raw : t.removeTags) {
        const QString label = raw.simplified();
        if (!exec(QStringLiteral("DELETE FROM contribution_tag WHERE tag_id = (SELECT id FROM tag WHERE label = ?) "
                                 "AND contribution_id IN ") + selected, {label, idJson}))
            return false;
        summary.append(QStringLiteral("-#") + label);
        tagsChanged = true;
    }
    // The primary theme: the one asked for, else kept if still a theme, else the first theme.
    if (!t.primaryTheme.isEmpty()
        && !exec(QStringLiteral("UPDATE contribution SET primary_theme = ? WHERE id IN ") + selected, {t.primaryTheme, idJson}))
        return false;
    if (!exec(QStringLiteral(
                  "UPDATE contribution SET primary_theme = (SELECT x.theme_code FROM contribution_theme x "
                  "JOIN theme th ON th.code = x.theme_code WHERE x.contribution_id = contribution.id "
                  "ORDER BY th.position LIMIT 1) WHERE id IN ")
                + selected
                + QStringLiteral(
                    " AND (primary_theme IS NULL OR primary_theme NOT IN (SELECT theme_code FROM "
                    "contribution_theme WHERE contribution_id = contribution.id))"),
            { idJson })
        || !exec(QStringLiteral("UPDATE contribution SET version = version + 1, updated_at = ? WHERE id IN ")
                + selected,
            { nowIso(), idJson })
        || !exec(
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, contribution_id, action, field, old_value, new_value) "
                "SELECT CAST(? AS text), CAST(? AS text), value, 'tag', 'tags', '', CAST(? AS text) FROM ")
                + eachId,
            { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_db.actor(),
                summary.join(QLatin1Char(' ')), idJson }))
        return false;
    if (tagsChanged && !SearchIndex::of(m_db)->refreshTags(ids, error))
        return false;
    return tx.commit();
}

bool ReviewRepository::assign(const QList<qint64> &ids, const QString &login, QString *error)
{
    const Role::Value role = actorRole();
    if (role == Role::Coordinator) {
        *error = tr("Only a reviewer or an administrator can assign contributions.");
        return false;
    }
    const std::optional<Person> assignee = PersonRepository(m_db.connection()).find(login);
    if (!login.isEmpty() && (!assignee || assignee->role == Role::Coordinator || !assignee->active)) {
        *error = tr("“%1” is not a reviewer of this campaign.").arg(login);
        return false;
    }
    Transaction tx(m_db.connection());
    for (qint64 id : ids) {
        const QString before = SqlQuery::scalar(m_db.connection(), QStringLiteral(
                                                    "SELECT coalesce(assigned_to, '') FROM contribution WHERE id = ? AND deleted_at IS NULL"),
                                                {id})
                                   .toString();
        SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET assigned_to = ? WHERE id = ? AND deleted_at IS NULL"));
        if (!q.exec({login.isEmpty() ? QVariant() : QVariant(login), id}) || q.numRowsAffected() != 1) {
            *error = q.error().isEmpty() ? tr("There is no contribution number %1.").arg(id) : q.error();
            return false;
        }
        if (!bump(id, error) || !audit(id, QStringLiteral("assign"), QStringLiteral("assigned_to"), before, login, {}, error))
            return false;
    }
    return tx.commit();
}

bool ReviewRepository::addComment(qint64 id, const QString &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = tr("A comment cannot be empty.");
        return false;
    }
    Transaction tx(m_db.connection());
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO comment (contribution_id, author, at, body) "
                                                 "SELECT id, ?, ?, ? FROM contribution WHERE id = ? AND deleted_at IS NULL"));
    if (!q.exec({m_db.actor(), nowIso(), body, id}) || q.numRowsAffected() != 1) {
        *error = q.error().isEmpty() ? tr("There is no contribution number %1.").arg(id) : q.error();
        return false;
    }
    if (!audit(id, QStringLiteral("comment"), QString(), QString(), body, QString(), error))
        return false;
    return tx.commit();
}

QList<Comment> ReviewRepository::comments(qint64 id) const
{
    QList<Comment> result;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, author, at, body FROM comment WHERE contribution_id = ? ORDER BY id"));
    if (q.exec({id}))
        while (q.next()) {
            QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
            at.setTimeSpec(Qt::UTC);
            result.append({q.value(0).toLongLong(), q.value(1).toString(), at, q.value(3).toString()});
        }
    return result;
}
