// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributionrepository.h"

#include "auditlog.h"
#include "authoritydirectory.h"
#include "contributionvalidator.h"
#include "database.h"
#include "searchextract.h"
#include "searchrank.h"
#include "frenchtext.h"
#include "isotime.h"
#include "personrepository.h"
#include "postgressearch.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <cmath>

namespace {

// The FTS5 documents of the contributions in `from` (a FROM clause naming contribution c): the
// columns of contribution_fts. `where` adds to the condition that the contribution is live.
QString ftsInsert(const QString &from, const QString &where = {})
{
    return QStringLiteral("INSERT INTO contribution_fts (rowid, title, body, difficulties, authority, contact) "
                          "SELECT c.id, c.title, c.body, c.difficulties, coalesce(a.name || ' ' || a.code, ''), "
                          "coalesce(ct.name || ' ' || ct.role || ' ' || ct.email, '') FROM ")
        + from
        + QStringLiteral(" LEFT JOIN authority a ON a.code = c.authority_code LEFT JOIN contact ct ON "
                         "ct.id = c.contact_id WHERE c.deleted_at IS NULL")
        + where;
}

// The tag documents of the contribution_tag rows in `from` (naming contribution_tag x); `where`
// is a whole WHERE clause or nothing.
QString ftsTagInsert(const QString &from, const QString &where = {})
{
    return QStringLiteral("INSERT INTO contribution_tag_fts (rowid, tags) SELECT x.contribution_id, "
                          "group_concat(t.label, ' ') FROM ")
        + from
        + QStringLiteral(" JOIN tag t ON t.id = x.tag_id JOIN contribution c ON c.id = x.contribution_id AND "
                         "c.deleted_at IS NULL")
        + where + QStringLiteral(" GROUP BY x.contribution_id");
}

QString isoUtc(const QDateTime &dt)
{
    return IsoTime::utc(dt);
}

QDateTime fromIsoUtc(const QVariant &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

// The list's columns, in the order every list and search query selects them.
ContributionSummary summaryFrom(const SqlQuery &q)
{
    ContributionSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.authorityCode = q.value(2).toString();
    s.authorityName = q.value(3).toString();
    s.departement = q.value(4).toString();
    s.receivedAt = fromIsoUtc(q.value(5));
    s.status = q.value(6).toString();
    s.primaryTheme = q.value(7).toString();
    s.channel = q.value(8).toString();
    s.contactName = q.value(9).toString();
    return s;
}

QStringList column(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QStringList values;
    SqlQuery q(db, sql);
    if (q.exec({id}))
        while (q.next())
            values.append(q.value(0).toString());
    return values;
}

} // namespace

ContributionRepository::ContributionRepository(Database &db)
    : m_db(db)
{
}

bool ContributionRepository::fail(Failure f, const QString &message, QString *error)
{
    m_failure = f;
    if (error)
        *error = message;
    return false;
}

bool ContributionRepository::failUnavailable(QString *error)
{
    if (m_db.isServer() && !m_db.isConnectionAlive())
        return fail(Failure::Storage, SqlQuery::connectionLostMessage(), error);
    return fail(Failure::Storage, tr("The database is busy or read-only: nothing was saved."), error);
}

bool ContributionRepository::failNotFound(QString *error)
{
    // On a server, "not found" may only mean the server cannot be reached.
    if (m_db.isServer() && !m_db.isConnectionAlive())
        return fail(Failure::Storage, SqlQuery::connectionLostMessage(), error);
    return fail(Failure::NotFound, tr("This contribution no longer exists."), error);
}

bool ContributionRepository::checkRules(const Contribution &c, bool authorityMayBeMissing, QString *error,
                                        bool newOverride)
{
    if (m_db.isReadOnly())
        return fail(Failure::ReadOnly, tr("This database is open read-only: changes cannot be saved."), error);
    for (const ContributionValidator::Problem &p : ContributionValidator(AuthorityDirectory::official()).check(c)) {
        // An imported email may wait for a coordinator to confirm where it comes from.
        if (authorityMayBeMissing && p.field == ContributionValidator::Field::Authority && c.authorityCode.isEmpty())
            continue;
        return fail(Failure::Invalid, p.message, error);
    }
    const DeadlineGuard guard = m_db.deadlineGuard();
    const QString refusal = guard.refusal(c.receivedAt, c.lateOverride);
    if (!refusal.isEmpty())
        return fail(Failure::Late, refusal, error);
    if (newOverride && c.lateOverride && guard.judge(c.receivedAt) == DeadlineGuard::Verdict::Late
        && PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin)
        return fail(Failure::Late, tr("Only an administrator can accept a testimony received after the close."), error);
    const QSqlDatabase db = m_db.connection();
    for (const QString &theme : c.themes)
        if (SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM theme WHERE code = ?"), {theme}).toInt() == 0)
            return fail(Failure::Invalid, tr("“%1” is not a theme of this campaign.").arg(theme), error);
    for (const QString &sub : c.subtopics)
        if (SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM subtopic WHERE code = ?"), {sub}).toInt() == 0)
            return fail(Failure::Invalid, tr("“%1” is not a sub-topic of this campaign.").arg(sub), error);
    return true;
}

bool ContributionRepository::ensureAuthority(const QString &code, QString *error)
{
    if (code.isEmpty())
        return true;
    const Authority a = AuthorityDirectory::official().find(code);
    SqlQuery q(m_db.connection(),
        SqlDialect::insertOrIgnore(m_db.connection(),
            QStringLiteral("authority (code, kind, name, departement, region, population, "
                           "epci_code) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    if (!q.exec({a.code, a.kindCode(), a.name, a.departement, a.region, a.population, a.epciCode}))
        return fail(Failure::Storage, q.error(), error);
    return true;
}

qint64 ContributionRepository::writeContact(const Contact &contact, qint64 existingId, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    if (existingId) {
        SqlQuery q(db, QStringLiteral("UPDATE contact SET name = ?, role = ?, email = ?, phone = ? WHERE id = ?"));
        if (!q.exec({contact.name, contact.role, contact.email, contact.phone, existingId}))
            return fail(Failure::Storage, q.error(), error), 0;
        return existingId;
    }
    SqlQuery q(db,
        QStringLiteral("INSERT INTO contact (name, role, email, phone) VALUES (?, ?, ?, ?)")
            + SqlDialect::returningId(db));
    if (!q.exec({contact.name, contact.role, contact.email, contact.phone}))
        return fail(Failure::Storage, q.error(), error), 0;
    return q.insertedId();
}

bool ContributionRepository::writeLinks(const Contribution &c, QString *error, bool isNew)
{
    const QSqlDatabase db = m_db.connection();
    auto exec = [&](const QString &sql, std::initializer_list<QVariant> values) {
        SqlQuery q(db, sql);
        if (!q.exec(values))
            return fail(Failure::Storage, q.error(), error);
        return true;
    };
    if (!isNew
        && (!exec(QStringLiteral("DELETE FROM contribution_theme WHERE contribution_id = ?"), {c.id})
            || !exec(QStringLiteral("DELETE FROM contribution_subtopic WHERE contribution_id = ?"), {c.id})
            || !exec(QStringLiteral("DELETE FROM contribution_tag WHERE contribution_id = ?"), {c.id})))
        return false;
    for (const QString &theme : c.themes)
        if (!exec(SqlDialect::insertOrIgnore(
                      db, QStringLiteral("contribution_theme (contribution_id, theme_code) VALUES (?, ?)")),
                { c.id, theme }))
            return false;
    for (const QString &sub : c.subtopics)
        if (!exec(SqlDialect::insertOrIgnore(db,
                      QStringLiteral("contribution_subtopic (contribution_id, subtopic_code) VALUES (?, ?)")),
                { c.id, sub }))
            return false;
    for (const QString &rawTag : c.tags) {
        const QString tag = rawTag.simplified();
        if (tag.isEmpty())
            continue;
        if (!exec(SqlDialect::insertOrIgnore(db, QStringLiteral("tag (label) VALUES (?)")), { tag })
            || !exec(SqlDialect::insertOrIgnore(db,
                         QStringLiteral("contribution_tag (contribution_id, tag_id) "
                                        "SELECT ?, id FROM tag WHERE label = ?")),
                { c.id, tag }))
            return false;
    }
    return true;
}

bool ContributionRepository::refreshSearchIndex(qint64 id, QString *error, bool isNew, bool hasTags)
{
    const QSqlDatabase db = m_db.connection();
    if (SqlDialect::isPostgres(db)) {
        SqlQuery del(db, QStringLiteral("DELETE FROM contribution_search WHERE contribution_id = ?"));
        SqlQuery ins(db,
            QStringLiteral("INSERT INTO contribution_search (contribution_id, document) SELECT c.id, ")
                + PostgresSearch::documentExpression()
                + QStringLiteral(
                    " FROM contribution c LEFT JOIN authority a ON a.code = c.authority_code "
                    "LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.id = ? AND c.deleted_at IS NULL"));
        if ((!isNew && !del.exec({ id })) || !ins.exec({ id }))
            return fail(Failure::Storage, del.error() + ins.error(), error);
        return (isNew && !hasTags) || refreshTagIndex({ id }, error);
    }
    if (m_db.isSearchIndexDeferred()) {
        SqlQuery queue(db, QStringLiteral("INSERT OR IGNORE INTO search_index_queue (contribution_id) VALUES (?)"));
        return queue.exec({ id }) || fail(Failure::Storage, queue.error(), error);
    }
    if (!isNew) {
        SqlQuery del(db, QStringLiteral("DELETE FROM contribution_fts WHERE rowid = ?"));
        if (!del.exec({id}))
            return fail(Failure::Storage, del.error(), error);
    }
    SqlQuery ins(db, ftsInsert(QStringLiteral("contribution c"), QStringLiteral(" AND c.id = ?")));
    if (!ins.exec({id}))
        return fail(Failure::Storage, ins.error(), error);
    // A new contribution without tags has nothing to put in the tag index.
    return (isNew && !hasTags) || refreshTagIndex({id}, error);
}

bool ContributionRepository::audit(qint64 id, const QString &action, const QString &field, const QString &oldValue,
                                   const QString &newValue, const QString &reason, QString *error)
{
    AuditEntry e;
    e.actor = m_db.actor();
    e.contributionId = id;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    QString why;
    if (!AuditLog(m_db.connection()).append(e, &why))
        return fail(Failure::Storage, why, error);
    return true;
}

bool ContributionRepository::insertInTransaction(Contribution &c, const QString &action, QString *error,
                                                 bool authorityMayBeMissing)
{
    m_failure = Failure::None;
    c.authorityCode = c.authorityCode.trimmed();
    if (c.primaryTheme.isEmpty() && !c.themes.isEmpty())
        c.primaryTheme = c.themes.first();
    if (!checkRules(c, authorityMayBeMissing, error) || !ensureAuthority(c.authorityCode, error))
        return false;
    const qint64 contactId = c.contact.isEmpty() ? 0 : writeContact(c.contact, 0, error);
    if (!c.contact.isEmpty() && !contactId)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.createdBy.isEmpty())
        c.createdBy = m_db.actor();
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "INSERT INTO contribution (campaign_id, authority_code, contact_id, title, body, difficulties, "
            "channel, received_at, status, primary_theme, consent_name, late_override_by, late_override_reason, "
            "created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            + SqlDialect::returningId(m_db.connection()));
    if (!q.exec({m_db.campaign().id, c.authorityCode.isEmpty() ? QVariant() : QVariant(c.authorityCode), contactId ? QVariant(contactId) : QVariant(), c.title, c.text,
                 c.difficulties, Channel::code(c.channel), isoUtc(c.receivedAt), ReviewState::code(c.status),
                 c.primaryTheme.isEmpty() ? QVariant() : QVariant(c.primaryTheme), c.consentToPublishName ? 1 : 0,
                 c.lateOverride ? QVariant(c.lateOverride->by) : QVariant(),
                 c.lateOverride ? QVariant(c.lateOverride->reason) : QVariant(), c.createdBy, isoUtc(now),
                 isoUtc(now)}))
        return fail(Failure::Storage, q.error(), error);
    c.id = q.insertedId();
    c.version = 1;
    c.createdAt = c.updatedAt = now;
    if (!writeLinks(c, error, true) || !refreshSearchIndex(c.id, error, true, !c.tags.isEmpty()))
        return false;
    // A creation is one event: one line whose value lists every field that was filled in.
    QJsonObject fields;
    for (const auto &[field, value] : c.auditFields())
        if (!value.isEmpty())
            fields.insert(field, value);
    if (!audit(c.id, action, QString(), QString(),
               QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), QString(), error))
        return false;
    if (c.lateOverride
        && !audit(c.id, QStringLiteral("late_override"), QStringLiteral("received_at"), QString(),
                  isoUtc(c.receivedAt), c.lateOverride->reason, error))
        return false;
    return true;
}

bool ContributionRepository::create(Contribution &c, QString *error)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failUnavailable(error);
    if (!insertInTransaction(c, QStringLiteral("create"), error))
        return false;
    if (!tx.commit())
        return fail(Failure::Storage, tr("Saving failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

bool ContributionRepository::update(Contribution &c, QString *error)
{
    m_failure = Failure::None;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failUnavailable(error);
    const int version = c.version;
    if (!updateInTransaction(c, QStringLiteral("update"), error)) {
        c.version = version;
        return false;
    }
    if (!tx.commit()) {
        c.version = version;
        return fail(Failure::Storage, tr("Saving failed: %1").arg(m_db.connection().lastError().text()), error);
    }
    return true;
}

bool ContributionRepository::updateInTransaction(Contribution &c, const QString &action, QString *error)
{
    m_failure = Failure::None;
    if (m_db.isReadOnly())
        return fail(Failure::ReadOnly, tr("This database is open read-only: changes cannot be saved."), error);
    const std::optional<Contribution> stored = find(c.id);
    if (!stored)
        return failNotFound(error);
    if (stored->version != c.version)
        return fail(Failure::Conflict,
                    tr("Someone else saved this contribution since you opened it. Reopen it to see their changes."),
                    error);
    // The review state changes only through the review workflow (ReviewRepository).
    c.status = stored->status;
    // A late contribution that was already accepted stays accepted: editing goes on after the close.
    if (!c.lateOverride && stored->lateOverride && c.receivedAt == stored->receivedAt)
        c.lateOverride = stored->lateOverride;
    c.authorityCode = c.authorityCode.trimmed();
    if (c.primaryTheme.isEmpty() && !c.themes.isEmpty())
        c.primaryTheme = c.themes.first();
    const bool newOverride = c.lateOverride
        && !(stored->lateOverride && stored->lateOverride->by == c.lateOverride->by
             && stored->lateOverride->reason == c.lateOverride->reason);
    if (!checkRules(c, stored->authorityCode.isEmpty(), error, newOverride) || !ensureAuthority(c.authorityCode, error))
        return false;

    const qint64 oldContact =
        SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT contact_id FROM contribution WHERE id = ?"), {c.id})
            .toLongLong();
    qint64 contactId = oldContact;
    if (!c.contact.isEmpty() || oldContact) {
        contactId = writeContact(c.contact, oldContact, error);
        if (!contactId)
            return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db.connection(), QStringLiteral(
        "UPDATE contribution SET authority_code = ?, contact_id = ?, title = ?, body = ?, difficulties = ?, "
        "channel = ?, received_at = ?, status = ?, primary_theme = ?, consent_name = ?, late_override_by = ?, "
        "late_override_reason = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    if (!q.exec({c.authorityCode.isEmpty() ? QVariant() : QVariant(c.authorityCode), contactId ? QVariant(contactId) : QVariant(), c.title, c.text, c.difficulties,
                 Channel::code(c.channel), isoUtc(c.receivedAt), ReviewState::code(c.status),
                 c.primaryTheme.isEmpty() ? QVariant() : QVariant(c.primaryTheme), c.consentToPublishName ? 1 : 0,
                 c.lateOverride ? QVariant(c.lateOverride->by) : QVariant(),
                 c.lateOverride ? QVariant(c.lateOverride->reason) : QVariant(), isoUtc(now), c.id, c.version}))
        return fail(Failure::Storage, q.error(), error);
    if (q.numRowsAffected() != 1)
        return fail(Failure::Conflict, tr("Someone else saved this contribution since you opened it."), error);
    if (!writeLinks(c, error) || !refreshSearchIndex(c.id, error))
        return false;
    const std::optional<ReviewState::State> state = noteBackToReview(c.id, stored->status, error);
    if (!state)
        return false;
    c.status = *state;
    const auto before = stored->auditFields();
    const auto after = c.auditFields();
    for (int i = 0; i < after.size(); ++i)
        if (before.at(i).second != after.at(i).second
            && !audit(c.id, action, after.at(i).first, before.at(i).second, after.at(i).second,
                      QString(), error))
            return false;
    c.version += 1;
    c.updatedAt = now;
    return true;
}

bool ContributionRepository::appendComplementInTransaction(qint64 id, const QString &addition, QString *error)
{
    const std::optional<Contribution> stored = find(id);
    if (!stored)
        return fail(Failure::NotFound, tr("This contribution no longer exists."), error);
    const QString text = stored->text.isEmpty() ? addition : stored->text + QStringLiteral("\n\n") + addition;
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET body = ?, updated_at = ?, version = version + 1 "
                                                 "WHERE id = ?"));
    if (!q.exec({text, isoUtc(QDateTime::currentDateTimeUtc()), id}))
        return fail(Failure::Storage, q.error(), error);
    return refreshSearchIndex(id, error)
        && audit(id, QStringLiteral("complement"), QStringLiteral("text"), stored->text, text, QString(), error)
        && noteBackToReview(id, stored->status, error);
}

std::optional<ReviewState::State> ContributionRepository::noteBackToReview(qint64 id, ReviewState::State before,
                                                                           QString *error)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT status FROM contribution WHERE id = ?"));
    ReviewState::State now = before;
    if (!q.exec({ id }) || !q.next() || !ReviewState::fromCode(q.value(0).toString(), &now)) {
        fail(Failure::Storage, q.error(), error);
        return std::nullopt;
    }
    if (now != before
        && !audit(id, QStringLiteral("back_to_review"), QStringLiteral("status"), ReviewState::code(before),
                  ReviewState::code(now), QString(), error))
        return std::nullopt;
    return now;
}

bool ContributionRepository::remove(qint64 id, QString *error)
{
    m_failure = Failure::None;
    if (m_db.isReadOnly())
        return fail(Failure::ReadOnly, tr("This database is open read-only: changes cannot be saved."), error);
    Transaction tx(m_db.connection());
    const std::optional<Contribution> stored = find(id);
    if (!stored)
        return failNotFound(error);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET deleted_at = ?, deleted_by = ?, "
                                                 "version = version + 1 WHERE id = ? AND deleted_at IS NULL"));
    if (!q.exec({now, m_db.actor(), id}))
        return fail(Failure::Storage, q.error(), error);
    const bool server = SqlDialect::isPostgres(m_db.connection());
    SqlQuery fts(m_db.connection(),
        server ? QStringLiteral("DELETE FROM contribution_search WHERE contribution_id = ?")
               : QStringLiteral("DELETE FROM contribution_fts WHERE rowid = ?"));
    SqlQuery tagFts(m_db.connection(),
        server ? QStringLiteral("DELETE FROM contribution_tag_search WHERE contribution_id = ?")
               : QStringLiteral("DELETE FROM contribution_tag_fts WHERE rowid = ?"));
    if (!fts.exec({id}) || !tagFts.exec({id}))
        return fail(Failure::Storage, fts.error() + tagFts.error(), error);
    if (!audit(id, QStringLiteral("delete"), QStringLiteral("title"), stored->title, QString(), QString(), error))
        return false;
    if (!tx.commit())
        return fail(Failure::Storage, tr("Deleting failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

std::optional<Contribution> ContributionRepository::find(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db, QStringLiteral(
        "SELECT c.id, c.authority_code, c.title, c.body, c.difficulties, c.channel, c.received_at, c.status, "
        "c.primary_theme, c.consent_name, c.late_override_by, c.late_override_reason, c.created_by, c.created_at, "
        "c.updated_at, c.version, ct.name, ct.role, ct.email, ct.phone "
        "FROM contribution c LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.id = ? AND c.deleted_at IS NULL"));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    Contribution c;
    c.id = q.value(0).toLongLong();
    c.authorityCode = q.value(1).toString();
    c.title = q.value(2).toString();
    c.text = q.value(3).toString();
    c.difficulties = q.value(4).toString();
    Channel::fromCode(q.value(5).toString(), &c.channel);
    c.receivedAt = fromIsoUtc(q.value(6));
    ReviewState::fromCode(q.value(7).toString(), &c.status);
    c.primaryTheme = q.value(8).toString();
    c.consentToPublishName = q.value(9).toInt() != 0;
    if (!q.value(10).isNull())
        c.lateOverride = LateOverride{q.value(10).toString(), q.value(11).toString()};
    c.createdBy = q.value(12).toString();
    c.createdAt = fromIsoUtc(q.value(13));
    c.updatedAt = fromIsoUtc(q.value(14));
    c.version = q.value(15).toInt();
    c.contact = Contact{q.value(16).toString(), q.value(17).toString(), q.value(18).toString(), q.value(19).toString()};
    c.themes = column(db, QStringLiteral("SELECT x.theme_code FROM contribution_theme x JOIN theme t ON t.code = x.theme_code "
                                         "WHERE x.contribution_id = ? ORDER BY t.position"), id);
    c.subtopics = column(db, QStringLiteral("SELECT x.subtopic_code FROM contribution_subtopic x JOIN subtopic s ON "
                                            "s.code = x.subtopic_code WHERE x.contribution_id = ? ORDER BY s.position"), id);
    c.tags = column(db, QStringLiteral("SELECT t.label FROM contribution_tag x JOIN tag t ON t.id = x.tag_id "
                                       "WHERE x.contribution_id = ? ORDER BY t.label"), id);
    return c;
}

namespace {
// Words of a search beyond this many are left out: a pasted page of text is not a search.
constexpr int maxQueryWords = 24;
} // namespace

QString ContributionRepository::plainWordsQuery(const QString &text)
{
    const QStringList words = FrenchText::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    // A single letter would match nearly every testimony: wait for the second one.
    for (const QString &w : words) {
        const QString term = QLatin1Char('"') + w + QStringLiteral("\"*");
        if ((w.size() > 1 || w.at(0).isDigit()) && !terms.contains(term))
            terms.append(term);
        if (terms.size() == maxQueryWords)
            break;
    }
    return terms.join(QLatin1Char(' '));
}

QString ContributionRepository::whereClause(const ContributionFilter &f, QVariantList *values) const
{
    QString where = QStringLiteral(" WHERE c.deleted_at IS NULL");
    if (!f.status.isEmpty()) {
        where += QStringLiteral(" AND c.status = ?");
        values->append(f.status);
    }
    if (!f.theme.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM contribution_theme t WHERE t.contribution_id = c.id "
                                "AND t.theme_code = ?)");
        values->append(f.theme);
    }
    if (!f.authorityCode.isEmpty()) {
        where += QStringLiteral(" AND c.authority_code = ?");
        values->append(f.authorityCode);
    }
    if (!f.subtopic.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM contribution_subtopic s WHERE s.contribution_id = c.id "
                                "AND s.subtopic_code = ?)");
        values->append(f.subtopic);
    }
    if (!f.departement.isEmpty() || !f.region.isEmpty() || f.populationMin > 0 || f.populationMax > 0) {
        where += QStringLiteral(" AND c.authority_code IN (SELECT code FROM authority WHERE 1 = 1");
        if (!f.departement.isEmpty()) {
            where += QStringLiteral(" AND departement = ?");
            values->append(f.departement);
        }
        if (!f.region.isEmpty()) {
            where += QStringLiteral(" AND region = ?");
            values->append(f.region);
        }
        if (f.populationMin > 0) {
            where += QStringLiteral(" AND population >= ?");
            values->append(f.populationMin);
        }
        if (f.populationMax > 0) {
            where += QStringLiteral(" AND population <= ?");
            values->append(f.populationMax);
        }
        where += QLatin1Char(')');
    }
    if (!f.assignedTo.isEmpty()) {
        where += QStringLiteral(" AND c.assigned_to = ?");
        values->append(f.assignedTo);
    }
    if (f.receivedFrom.isValid()) {
        where += QStringLiteral(" AND c.received_at >= ?");
        values->append(isoUtc(f.receivedFrom));
    }
    if (f.receivedTo.isValid()) {
        where += QStringLiteral(" AND c.received_at < ?");
        values->append(isoUtc(f.receivedTo));
    }
    if (!f.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : f.ids) {
            marks.append(QStringLiteral("?"));
            values->append(id);
        }
        where += QStringLiteral(" AND c.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString match = plainWordsQuery(f.text);
    if (!match.isEmpty() && SqlDialect::isPostgres(m_db.connection())) {
        bool valid = false;
        where += QStringLiteral(
            " AND c.id IN (SELECT contribution_id FROM contribution_search WHERE document @@ "
            "to_tsquery('recueil_fr', ?) UNION SELECT contribution_id FROM contribution_tag_search "
            "WHERE document @@ to_tsquery('recueil_fr', ?))");
        const QString tsQuery = PostgresSearch::toTsQuery(match, &valid);
        values->append(tsQuery);
        values->append(tsQuery);
    } else if (!match.isEmpty()) {
        where += QStringLiteral(" AND c.id IN (SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH ? "
                                "UNION SELECT rowid FROM contribution_tag_fts WHERE contribution_tag_fts MATCH ?)");
        values->append(match);
        values->append(match);
    }
    return where;
}

QList<ContributionSummary> ContributionRepository::page(const ContributionFilter &f, int offset, int limit) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT c.id, c.title, c.authority_code, a.name, a.departement, "
                                 "c.received_at, c.status, c.primary_theme, "
                                 "c.channel, coalesce(ct.name, '') FROM contribution c ")
        // Newest first is walked along the index of live rows, stopping at the page's end, rather
        // than sorting every match of a common word.
        + (f.sortColumn == ContributionFilter::SortColumn::ReceivedAt
                ? SqlDialect::indexedBy(m_db.connection(), "contribution_live")
                : QString())
        + QStringLiteral("LEFT JOIN authority a ON a.code = c.authority_code LEFT JOIN contact ct ON ct.id = "
                         "c.contact_id");
    sql += whereClause(f, &values);
    const char *order = "c.received_at";
    switch (f.sortColumn) {
    case ContributionFilter::SortColumn::ReceivedAt: order = "c.received_at"; break;
    case ContributionFilter::SortColumn::Title: order = "c.title COLLATE NOCASE"; break;
    case ContributionFilter::SortColumn::Authority: order = "a.name COLLATE NOCASE"; break;
    case ContributionFilter::SortColumn::Status: order = "c.status"; break;
    case ContributionFilter::SortColumn::Id: order = "c.id"; break;
    }
    const QString direction = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + QLatin1String(order) + direction + QStringLiteral(", c.id") + direction
        + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    QList<ContributionSummary> rows;
    SqlQuery q(m_db.connection(), sql);
    if (!q.exec(values))
        return rows;
    while (q.next()) {
        rows.append(summaryFrom(q));
    }
    return rows;
}

int ContributionRepository::count(const ContributionFilter &f, int cap) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT count(*) FROM contribution c") + whereClause(f, &values);
    if (cap > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contribution c ")
            + SqlDialect::indexedBy(m_db.connection(), "contribution_live") + whereClause(f, &values)
            + QStringLiteral(" LIMIT ?) AS capped");
        values = {};
        whereClause(f, &values);
        values.append(cap + 1);
    }
    SqlQuery q(m_db.connection(), sql);
    if (!q.exec(values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool ContributionRepository::pageOfMatches(
    QList<RankedMatch> matches, int offset, int limit, QList<SearchHit> *hits) const
{
    std::sort(matches.begin(), matches.end(), [](const RankedMatch &a, const RankedMatch &b) {
        return std::pair(a.score, a.id) < std::pair(b.score, b.id);
    });
    matches = matches.mid(offset, limit);
    if (matches.isEmpty())
        return true;
    const QSqlDatabase db = m_db.connection();
    QJsonArray ids;
    for (const RankedMatch &m : std::as_const(matches))
        ids.append(m.id);
    QHash<qint64, ContributionSummary> summaries;
    SqlQuery rows(db,
        QStringLiteral("SELECT c.id, c.title, c.authority_code, a.name, a.departement, c.received_at, c.status, "
                       "c.primary_theme, c.channel, coalesce(ct.name, '') FROM contribution c LEFT JOIN authority a "
                       "ON a.code = c.authority_code LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.id IN "
                       "(SELECT value FROM ")
            + SqlDialect::idsFrom(db) + QLatin1Char(')'));
    if (!rows.exec({ QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) }))
        return false;
    while (rows.next()) {
        const ContributionSummary summary = summaryFrom(rows);
        summaries.insert(summary.id, summary);
    }
    for (const RankedMatch &m : std::as_const(matches)) {
        const auto summary = summaries.constFind(m.id);
        if (summary == summaries.cend()) // deleted between the statements
            continue;
        SearchHit h;
        h.summary = *summary;
        h.rank = m.score;
        h.snippet = m.snippet;
        hits->append(h);
    }
    return true;
}

QList<SearchHit> ContributionRepository::search(const QString &query, const ContributionFilter &filter, int offset,
                                                int limit) const
{
    if (SqlDialect::isPostgres(m_db.connection()))
        return searchPostgres(query, filter, offset, limit);
    ContributionFilter others = filter;
    others.text.clear();
    QVariantList values;
    const QString where = whereClause(others, &values);
    const bool filtered = !values.isEmpty();
    const QSqlDatabase db = m_db.connection();
    const QString rank = SearchRank::functionFor(db);
    const int wanted = offset + limit;

    // The best `wanted` matches of one index with their extracts, by score (lower is better),
    // the other criteria applied. FTS5 sorts the matches by its rank itself, so the extracts
    // are built for the page's rows only, and the contributions' rows are read for the filters.
    using Match = RankedMatch;
    auto bestOf = [&](const QString &table, const QString &ranking, const QString &snippet, double weight,
                      const QString &match, QList<Match> *best) -> bool {
        const QString sql = QStringLiteral("SELECT ") + table + QStringLiteral(".rowid, ") + table
            + QStringLiteral(".rank, ") + snippet + QStringLiteral(" FROM ") + table
            + (filtered ? QStringLiteral(" JOIN contribution c ON c.id = ") + table + QStringLiteral(".rowid")
                        : QString())
            + QStringLiteral(" WHERE ") + table + QStringLiteral(" MATCH ? AND ") + table
            + QStringLiteral(".rank MATCH ?") + (filtered ? where.mid(7).prepend(QStringLiteral(" AND ")) : QString())
            + QStringLiteral(" ORDER BY ") + table + QStringLiteral(".rank LIMIT ?");
        SqlQuery q(db, sql);
        if (!q.exec(QVariantList{match, ranking} + values + QVariantList{wanted}))
            return false;
        while (q.next())
            best->append({q.value(0).toLongLong(), weight * q.value(1).toDouble(), q.value(2).toString()});
        // SQLite may report a query it cannot read only when the rows are stepped through.
        return !q.query().lastError().isValid();
    };

    QList<SearchHit> hits;
    // withTags: a query naming a column of the text ("title:…") cannot be run on the tags.
    auto run = [&](const QString &match, bool withTags) -> bool {
        hits.clear();
        QList<Match> textBest;
        QList<Match> tagBest;
        if (!bestOf(QStringLiteral("contribution_fts"), rank + QStringLiteral("(10.0, 1.0, 1.0, 5.0, 2.0)"),
                    SearchRank::snippetFor(db), 1.0, match, &textBest)
            || (withTags
                && !bestOf(QStringLiteral("contribution_tag_fts"), rank + QStringLiteral("()"),
                           QStringLiteral("CASE WHEN length(tags) <= 50000 THEN snippet(contribution_tag_fts, 0, '«', "
                                          "'»', '…', 16) ELSE substr(tags, 1, 160) || '…' END"),
                           3.0, match, &tagBest)))
            return false;
        // A contribution found by its text and by its tags counts once, with its better score
        // (a tag match weighs like a title word) and the extract of its text when there is one.
        // The page is within the best `wanted` of each index.
        QHash<qint64, Match> merged;
        for (const Match &m : std::as_const(textBest) + tagBest) {
            auto it = merged.find(m.id);
            if (it == merged.end()) {
                merged.insert(m.id, m);
                continue;
            }
            it->score = std::min(it->score, m.score);
            if (it->snippet.isEmpty())
                it->snippet = m.snippet;
        }
        return pageOfMatches(merged.values(), offset, limit, &hits);
    };
    // A pasted page of text is not a search: hundreds of terms make ranking and extracts take
    // minutes on long testimonies. The first words are searched.
    const QString trimmed =
        query.simplified().section(QLatin1Char(' '), 0, maxQueryWords - 1, QString::SectionSkipEmpty);
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    // The words as typed first (FTS5 syntax); if SQLite cannot read them, as plain words.
    if (run(trimmed, true) || run(trimmed, false))
        return hits;
    hits.clear();
    const QString plain = plainWordsQuery(trimmed);
    if (!plain.isEmpty() && !run(plain, true))
        hits.clear();
    return hits;
}

QList<SearchHit> ContributionRepository::searchPostgres(
    const QString &query, const ContributionFilter &filter, int offset, int limit) const
{
    const QSqlDatabase db = m_db.connection();
    ContributionFilter others = filter;
    others.text.clear();
    QVariantList values;
    const QString where = whereClause(others, &values);
    const bool filtered = !values.isEmpty();

    QList<SearchHit> hits;
    // The page's highlighted extracts: the text's where the text matched, else the tags'. The
    // server says which matched and gives the query's lexemes; the extracts are cut here
    // (SearchExtract: ts_headline took longer than the search itself).
    auto addSnippets = [&](const QString &tsQuery) {
        if (hits.isEmpty())
            return;
        QJsonArray ids;
        for (const SearchHit &h : std::as_const(hits))
            ids.append(h.summary.id);
        const QString idJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
        // The title, authority and contact come with the hits: three tables to join, not five
        // (planning the statement took longer than running it).
        QHash<qint64, const ContributionSummary *> summaries;
        for (const SearchHit &h : std::as_const(hits))
            summaries.insert(h.summary.id, &h.summary);
        QHash<qint64, QString> snippets;
        SqlQuery s(db,
            QStringLiteral("SELECT c.id, coalesce(cs.document @@ q.query, false), c.body, c.difficulties, "
                           "coalesce(ts.tags, ''), CAST(q.query AS text) "
                           "FROM (SELECT to_tsquery('recueil_fr', ?) AS query) q, ")
                + SqlDialect::idsFrom(db)
                + QStringLiteral(" JOIN contribution c ON c.id = ids.value LEFT JOIN contribution_search cs ON "
                                 "cs.contribution_id = c.id LEFT JOIN contribution_tag_search ts ON "
                                 "ts.contribution_id = c.id"));
        if (s.exec({ tsQuery, idJson })) {
            QList<SearchExtract::Lexeme> lexemes;
            bool first = true;
            while (s.next()) {
                if (first) {
                    lexemes = SearchExtract::lexemesOf(s.value(5).toString());
                    first = false;
                }
                const qint64 id = s.value(0).toLongLong();
                const ContributionSummary *summary = summaries.value(id);
                if (!summary)
                    continue;
                const QString separator = QStringLiteral(" — ");
                // The same text as the search document, in the same order (PostgresSearch).
                const QString source = s.value(1).toBool()
                    ? summary->title + separator + s.value(2).toString() + separator + s.value(3).toString()
                        + separator + summary->authorityName + separator + summary->contactName
                    : s.value(4).toString();
                snippets.insert(id, SearchExtract::cut(source, lexemes));
            }
        }
        for (SearchHit &h : hits)
            h.snippet = snippets.value(h.summary.id);
    };

    // With the RUM index (resources/sql/postgresql/005), each index gives its best `wanted`
    // matches in rank order straight from the index, as FTS5 does on SQLite, and the two lists
    // are merged here. RUM's distance is the inverse of its rank. A phrase is left to the GIN
    // index: RUM checks word positions more slowly than reading the documents.
    const int wanted = offset + limit;
    auto runRanked = [&](const QString &tsQuery) -> bool {
        hits.clear();
        QHash<qint64, double> best;
        // The filters name the contribution only (c).
        const QString joins = QStringLiteral(" JOIN contribution c ON c.id = x.contribution_id");
        const QString alsoWhere = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.mid(7);
        SqlQuery text(db,
            QStringLiteral("SELECT x.contribution_id, x.document <=> to_tsquery('recueil_fr', ?) AS distance "
                           "FROM contribution_search x")
                + joins + QStringLiteral(" WHERE x.document @@ to_tsquery('recueil_fr', ?)") + alsoWhere
                + QStringLiteral(" ORDER BY x.document <=> to_tsquery('recueil_fr', ?) LIMIT ?"));
        if (!text.exec(QVariantList { tsQuery, tsQuery } + values + QVariantList { tsQuery, wanted }))
            return false;
        while (text.next()) {
            const double distance = text.value(1).toDouble();
            best.insert(text.value(0).toLongLong(), distance > 0 && std::isfinite(distance) ? -1.0 / distance : 0.0);
        }
        SqlQuery tags(db,
            QStringLiteral("SELECT x.contribution_id, -3.0 * ts_rank(x.document, to_tsquery('recueil_fr', ?)) AS "
                           "score FROM contribution_tag_search x")
                + joins + QStringLiteral(" WHERE x.document @@ to_tsquery('recueil_fr', ?)") + alsoWhere
                + QStringLiteral(" ORDER BY 2, 1 LIMIT ?"));
        if (!tags.exec(QVariantList { tsQuery, tsQuery } + values + QVariantList { wanted }))
            return false;
        while (tags.next()) {
            const qint64 id = tags.value(0).toLongLong();
            const double score = tags.value(1).toDouble();
            const auto it = best.find(id);
            if (it == best.end())
                best.insert(id, score);
            else
                *it = std::min(*it, score);
        }
        QList<RankedMatch> matches;
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            matches.append({ it.key(), it.value(), QString() });
        if (!pageOfMatches(matches, offset, limit, &hits))
            return false;
        addSnippets(tsQuery);
        return true;
    };

    // Without it: rank every match (a tag match weighs three times a word of the text), keep
    // one page, then cut the highlighted extracts of that page only. ts_rank is higher for
    // better matches; the rank kept is its opposite, so that lower is better on both backends.
    const QString sql = QStringLiteral("WITH q AS (SELECT to_tsquery('recueil_fr', ?) AS query), "
                                       "hits(id, score) AS (SELECT s.contribution_id, -ts_rank('{0.1, 0.2, "
                                       "0.5, 1.0}', s.document, q.query, 1) "
                                       "FROM contribution_search s, q WHERE s.document @@ q.query "
                                       "UNION ALL SELECT t.contribution_id, -3.0 * ts_rank(t.document, "
                                       "q.query) FROM contribution_tag_search t, q "
                                       "WHERE t.document @@ q.query), "
                                       "best(id, score) AS (SELECT id, min(score) FROM hits GROUP BY id")
        + (filtered ? QString() : QStringLiteral(" ORDER BY 2, 1 LIMIT ? OFFSET ?"))
        + QStringLiteral(
            ") SELECT c.id, c.title, c.authority_code, a.name, a.departement, c.received_at, c.status, "
            "c.primary_theme, c.channel, coalesce(ct.name, ''), best.score FROM best JOIN contribution c ON "
            "c.id = best.id LEFT JOIN authority a ON a.code = c.authority_code LEFT JOIN contact ct ON "
            "ct.id = c.contact_id")
        + where + QStringLiteral(" ORDER BY best.score, c.id")
        + (filtered ? QStringLiteral(" LIMIT ? OFFSET ?") : QString());

    auto run = [&](const QString &tsQuery) -> bool {
        if (PostgresSearch::hasRankingIndex(db) && !PostgresSearch::isPhraseQuery(tsQuery))
            return runRanked(tsQuery);
        hits.clear();
        SqlQuery q(db, sql);
        const QVariantList bound = filtered
            ? QVariantList { tsQuery } + values + QVariantList { limit, offset }
            : QVariantList { tsQuery, limit, offset } + values;
        if (!q.exec(bound))
            return false;
        while (q.next()) {
            SearchHit h;
            h.summary = summaryFrom(q);
            h.rank = q.value(10).toDouble();
            hits.append(h);
        }
        addSnippets(tsQuery);
        return true;
    };
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    // The words as typed (the same syntax as on SQLite); if they are not valid syntax, as plain words.
    bool valid = false;
    const QString typed = PostgresSearch::toTsQuery(trimmed, &valid);
    if (valid && (typed.isEmpty() || run(typed)))
        return hits;
    hits.clear();
    const QString plain = PostgresSearch::toTsQuery(plainWordsQuery(trimmed), &valid);
    if (valid && !plain.isEmpty())
        run(plain);
    return hits;
}

bool ContributionRepository::rebuildSearchIndex(QString *error)
{
    const QSqlDatabase db = m_db.connection();
    const bool server = SqlDialect::isPostgres(db);
    const QStringList statements = server
        ? QStringList { QStringLiteral("DELETE FROM contribution_search"),
              QStringLiteral("DELETE FROM contribution_tag_search"),
              QStringLiteral("INSERT INTO contribution_search (contribution_id, document) SELECT c.id, ")
                  + PostgresSearch::documentExpression()
                  + QStringLiteral(" FROM contribution c LEFT JOIN authority a ON a.code = c.authority_code "
                                   "LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.deleted_at IS NULL"),
              QStringLiteral(
                  "INSERT INTO contribution_tag_search (contribution_id, tags, document) "
                  "SELECT x.contribution_id, string_agg(t.label, ' '), to_tsvector('recueil_fr', "
                  "string_agg(t.label, ' ')) FROM contribution_tag x JOIN tag t ON t.id = x.tag_id "
                  "JOIN contribution c ON c.id = x.contribution_id AND c.deleted_at IS NULL "
                  "GROUP BY x.contribution_id") }
        : QStringList { QStringLiteral("DELETE FROM search_index_queue"), QStringLiteral("DELETE FROM contribution_fts"),
              QStringLiteral("DELETE FROM contribution_tag_fts"),
              ftsInsert(QStringLiteral("contribution c")), ftsTagInsert(QStringLiteral("contribution_tag x")) };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return fail(Failure::Storage, q.lastError().text(), error);
    }
    return true;
}

bool ContributionRepository::reindex(const QList<qint64> &ids, QString *error)
{
    for (qint64 id : ids)
        if (!refreshSearchIndex(id, error))
            return false;
    return true;
}

bool ContributionRepository::indexQueued(QString *error)
{
    const QSqlDatabase db = m_db.connection();
    if (SqlDialect::isPostgres(db))
        return true;
    SqlQuery waiting(db, QStringLiteral("SELECT 1 FROM search_index_queue LIMIT 1"));
    if (!waiting.exec())
        return fail(Failure::Storage, waiting.error(), error);
    if (!waiting.next())
        return true;
    // One statement per index for the whole queue: FTS5 writes one segment per statement.
    // A queued contribution may have been indexed since (edited by hand): it is indexed anew.
    // CROSS JOIN keeps the queue as the outer loop: SQLite's planner would otherwise walk every
    // live contribution for each batch.
    const QStringList statements = {
        QStringLiteral("DELETE FROM contribution_fts WHERE rowid IN (SELECT contribution_id FROM search_index_queue)"),
        QStringLiteral(
            "DELETE FROM contribution_tag_fts WHERE rowid IN (SELECT contribution_id FROM search_index_queue)"),
        ftsInsert(QStringLiteral("search_index_queue q CROSS JOIN contribution c ON c.id = q.contribution_id")),
        ftsTagInsert(
            QStringLiteral("search_index_queue q CROSS JOIN contribution_tag x ON x.contribution_id = q.contribution_id")),
        QStringLiteral("DELETE FROM search_index_queue"),
    };
    Transaction tx(db);
    for (const QString &sql : statements) {
        SqlQuery q(db, sql);
        if (!q.exec())
            return fail(Failure::Storage, q.error(), error);
    }
    return tx.commit() || fail(Failure::Storage, db.lastError().text(), error);
}

bool ContributionRepository::refreshTagIndex(const QList<qint64> &ids, QString *error)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    const QSqlDatabase db = m_db.connection();
    if (SqlDialect::isPostgres(db)) {
        SqlQuery del(db,
            QStringLiteral("DELETE FROM contribution_tag_search WHERE contribution_id IN (SELECT value FROM ")
                + SqlDialect::idsFrom(db) + QLatin1Char(')'));
        SqlQuery ins(db,
            QStringLiteral("INSERT INTO contribution_tag_search (contribution_id, tags, document) "
                           "SELECT x.contribution_id, string_agg(t.label, ' '), to_tsvector('recueil_fr', "
                           "string_agg(t.label, ' ')) "
                           "FROM contribution_tag x JOIN tag t ON t.id = x.tag_id JOIN contribution c ON "
                           "c.id = x.contribution_id "
                           "AND c.deleted_at IS NULL WHERE x.contribution_id IN (SELECT value FROM ")
                + SqlDialect::idsFrom(db) + QStringLiteral(") GROUP BY x.contribution_id"));
        if (!del.exec({ json }) || !ins.exec({ json }))
            return fail(Failure::Storage, del.error() + ins.error(), error);
        return true;
    }
    SqlQuery del(db, QStringLiteral("DELETE FROM contribution_tag_fts WHERE rowid IN (SELECT value FROM json_each(?))"));
    if (!del.exec({json}))
        return fail(Failure::Storage, del.error(), error);
    SqlQuery ins(db, ftsTagInsert(QStringLiteral("contribution_tag x"),
                         QStringLiteral(" WHERE x.contribution_id IN (SELECT value FROM json_each(?))")));
    if (!ins.exec({json}))
        return fail(Failure::Storage, ins.error(), error);
    return true;
}
