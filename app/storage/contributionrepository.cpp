// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contributionrepository.h"

#include "core/authoritydirectory.h"
#include "core/contributionvalidator.h"
#include "core/frenchtext.h"
#include "core/isotime.h"
#include "storage/auditlog.h"
#include "storage/contributionrows.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/personrepository.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <cmath>

namespace {

// "(?,?,?)" for an IN clause, the items appended to the statement's values.
template<typename T>
QString inList(const QList<T> &items, QVariantList *values)
{
    QStringList marks;
    for (const T &item : items) {
        marks.append(QStringLiteral("?"));
        values->append(item);
    }
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
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
    if (!m_db.isConnectionAlive())
        return fail(Failure::Storage, SqlQuery::connectionLostMessage(), error);
    return fail(Failure::Storage, tr("The database is busy or read-only: nothing was saved."), error);
}

bool ContributionRepository::failNotFound(QString *error)
{
    // On a server, "not found" may only mean the server cannot be reached.
    if (!m_db.isConnectionAlive())
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
    // A testimony held for an administrator waits whatever its date, with the reason it came late.
    if (c.hold == QLatin1String("late") && c.holdReason.trimmed().isEmpty())
        return fail(Failure::Invalid, tr("Say why this testimony came after the close: the reason waits with it."),
                    error);
    const QString refusal = c.hold.isEmpty() ? guard.refusal(c.receivedAt, c.lateOverride) : QString();
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
        m_db.dialect().insertOrIgnore(QStringLiteral("authority (code, kind, name, departement, region, population, "
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
            + SqlDialect::of(db).returningId());
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
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_theme (contribution_id, theme_code) VALUES (?, ?)")),
                { c.id, theme }))
            return false;
    for (const QString &sub : c.subtopics)
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_subtopic (contribution_id, subtopic_code) VALUES (?, ?)")),
                { c.id, sub }))
            return false;
    for (const QString &rawTag : c.tags) {
        const QString tag = rawTag.simplified();
        if (tag.isEmpty())
            continue;
        if (!exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("tag (label) VALUES (?)")), { tag })
            || !exec(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_tag (contribution_id, tag_id) "
                                        "SELECT ?, id FROM tag WHERE label = ?")),
                { c.id, tag }))
            return false;
    }
    return true;
}

bool ContributionRepository::refreshSearchIndex(qint64 id, QString *error, bool isNew, bool hasTags)
{
    QString why;
    return SearchIndex::of(m_db)->refresh(id, isNew, hasTags, &why) || fail(Failure::Storage, why, error);
}

bool ContributionRepository::audit(qint64 id, const QString &action, const QString &field, const QString &oldValue,
                                   const QString &newValue, const QString &reason, QString *error)
{
    QString why;
    return AuditLog::record(m_db, id, action, field, oldValue, newValue, reason, &why)
        || fail(Failure::Storage, why, error);
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
            "hold, hold_reason, original_text, text_reviewed, created_by, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            + m_db.dialect().returningId());
    if (!q.exec({m_db.campaign().id, c.authorityCode.isEmpty() ? QVariant() : QVariant(c.authorityCode), contactId ? QVariant(contactId) : QVariant(), c.title, c.text,
                 c.difficulties, Channel::code(c.channel), isoUtc(c.receivedAt), ReviewState::code(c.status),
                 c.primaryTheme.isEmpty() ? QVariant() : QVariant(c.primaryTheme), c.consentToPublishName ? 1 : 0,
                 c.lateOverride ? QVariant(c.lateOverride->by) : QVariant(),
                 c.lateOverride ? QVariant(c.lateOverride->reason) : QVariant(),
                 c.hold.isEmpty() ? QVariant() : QVariant(c.hold),
                 c.hold.isEmpty() ? QVariant() : QVariant(c.holdReason.trimmed()),
                 c.originalText.isEmpty() ? QVariant() : QVariant(c.originalText), c.textReviewed ? 1 : 0,
                 c.createdBy, isoUtc(now),
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
    // The review state changes only through the review workflow (ReviewRepository), and a held
    // testimony leaves the holding list only by acceptHeld or discardHeld.
    c.status = stored->status;
    c.hold = stored->hold;
    c.holdReason = stored->holdReason;
    // The email's text stays as it came; the text to publish, once a person changes it, is
    // « revu ».
    c.originalText = stored->originalText;
    c.textReviewed = stored->textReviewed || (c.text != stored->text && !stored->originalText.isEmpty());
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
        "late_override_reason = ?, text_reviewed = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    if (!q.exec({c.authorityCode.isEmpty() ? QVariant() : QVariant(c.authorityCode), contactId ? QVariant(contactId) : QVariant(), c.title, c.text, c.difficulties,
                 Channel::code(c.channel), isoUtc(c.receivedAt), ReviewState::code(c.status),
                 c.primaryTheme.isEmpty() ? QVariant() : QVariant(c.primaryTheme), c.consentToPublishName ? 1 : 0,
                 c.lateOverride ? QVariant(c.lateOverride->by) : QVariant(),
                 c.lateOverride ? QVariant(c.lateOverride->reason) : QVariant(), c.textReviewed ? 1 : 0,
                 isoUtc(now), c.id, c.version}))
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

bool ContributionRepository::appendComplementInTransaction(qint64 id, const QString &addition,
                                                           const QString &toPublish, QString *error)
{
    const std::optional<Contribution> stored = find(id);
    if (!stored)
        return fail(Failure::NotFound, tr("This contribution no longer exists."), error);
    // A testimony typed by hand has one text: the reply goes in as it came.
    const QString published = stored->originalText.isEmpty() ? addition : toPublish;
    const QString text = stored->text.isEmpty() ? published : stored->text + QStringLiteral("\n\n") + published;
    // The original grows by the complement as it came (the server allows that change only).
    const QVariant original = stored->originalText.isEmpty()
        ? QVariant()
        : QVariant(stored->originalText + QStringLiteral("\n\n") + addition);
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET body = ?, original_text = coalesce(?, "
                                                 "original_text), updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!q.exec({text, original, isoUtc(QDateTime::currentDateTimeUtc()), id}))
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
    if (QString why; !SearchIndex::of(m_db)->remove(id, &why))
        return fail(Failure::Storage, why, error);
    if (!audit(id, QStringLiteral("delete"), QStringLiteral("title"), stored->title, QString(), QString(), error))
        return false;
    if (!tx.commit())
        return fail(Failure::Storage, tr("Deleting failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

bool ContributionRepository::hold(Contribution &c, const QString &reason, QString *error)
{
    m_failure = Failure::None;
    if (c.id != 0)
        return fail(Failure::Invalid, tr("Only a testimony not saved yet can wait in the holding list."), error);
    c.hold = QStringLiteral("late");
    c.holdReason = reason.trimmed();
    c.lateOverride.reset();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failUnavailable(error);
    if (!insertInTransaction(c, QStringLiteral("create"), error)
        || !audit(c.id, QStringLiteral("hold"), QStringLiteral("received_at"), QString(), isoUtc(c.receivedAt),
                  c.holdReason, error))
        return false;
    if (!tx.commit())
        return fail(Failure::Storage, tr("Saving failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

bool ContributionRepository::leaveHoldingList(qint64 id, const QString &reason, bool accepted, QString *error)
{
    m_failure = Failure::None;
    if (m_db.isReadOnly())
        return fail(Failure::ReadOnly, tr("This database is open read-only: changes cannot be saved."), error);
    if (reason.trimmed().isEmpty())
        return fail(Failure::Invalid, accepted ? tr("A reason is required to accept a late testimony.")
                                               : tr("A reason is required to set a testimony aside."),
                    error);
    if (accepted && PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin)
        return fail(Failure::Late, tr("Only an administrator can accept a testimony received after the close."), error);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failUnavailable(error);
    const std::optional<Contribution> stored = find(id);
    if (!stored || stored->hold != QLatin1String("late"))
        return fail(Failure::NotFound, tr("This testimony is no longer waiting in the holding list."), error);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    SqlQuery q(m_db.connection(),
        accepted ? QStringLiteral("UPDATE contribution SET hold = NULL, late_override_by = ?, "
                                  "late_override_reason = ?, updated_at = ?, version = version + 1 "
                                  "WHERE id = ? AND hold = 'late'")
                 : QStringLiteral("UPDATE contribution SET hold = 'discarded', updated_at = ?, "
                                  "version = version + 1 WHERE id = ? AND hold = 'late'"));
    const QVariantList values =
        accepted ? QVariantList {m_db.actor(), reason.trimmed(), now, id} : QVariantList {now, id};
    if (!q.exec(values))
        return fail(Failure::Storage, q.error(), error);
    if (q.numRowsAffected() != 1)
        return fail(Failure::Conflict, tr("Someone else acted on this testimony meanwhile."), error);
    if (accepted) {
        if (!refreshSearchIndex(id, error)
            || !audit(id, QStringLiteral("accept_held"), QStringLiteral("hold"), QStringLiteral("late"), QString(),
                      reason.trimmed(), error)
            || !audit(id, QStringLiteral("late_override"), QStringLiteral("received_at"), QString(),
                      isoUtc(stored->receivedAt), reason.trimmed(), error))
            return false;
    } else if (!audit(id, QStringLiteral("discard_held"), QStringLiteral("hold"), QStringLiteral("late"),
                      QStringLiteral("discarded"), reason.trimmed(), error)) {
        return false;
    }
    if (!tx.commit())
        return fail(Failure::Storage, tr("Saving failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

bool ContributionRepository::acceptHeld(qint64 id, const QString &reason, QString *error)
{
    return leaveHoldingList(id, reason, true, error);
}

bool ContributionRepository::discardHeld(qint64 id, const QString &reason, QString *error)
{
    return leaveHoldingList(id, reason, false, error);
}

QList<Contribution> ContributionRepository::held() const
{
    QList<Contribution> held;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM contribution WHERE hold = 'late' AND deleted_at "
                                                 "IS NULL ORDER BY received_at, id"));
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    for (qint64 id : std::as_const(ids))
        if (const std::optional<Contribution> c = find(id))
            held.append(*c);
    return held;
}

int ContributionRepository::heldCount() const
{
    return SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM contribution WHERE hold = "
                                                              "'late' AND deleted_at IS NULL"))
        .toInt();
}

QList<DeletedContribution> ContributionRepository::deleted() const
{
    QList<DeletedContribution> result;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, title, authority_code, deleted_at, deleted_by FROM "
                                                 "contribution WHERE deleted_at IS NOT NULL ORDER BY deleted_at "
                                                 "DESC, id DESC"));
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           fromIsoUtc(q.value(3)), q.value(4).toString()});
    return result;
}

int ContributionRepository::deletedCount() const
{
    return SqlQuery::scalar(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM contribution WHERE deleted_at IS NOT NULL"))
        .toInt();
}

bool ContributionRepository::restore(qint64 id, QString *error)
{
    m_failure = Failure::None;
    if (m_db.isReadOnly())
        return fail(Failure::ReadOnly, tr("This database is open read-only: changes cannot be saved."), error);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failUnavailable(error);
    const QString title = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT title FROM contribution WHERE "
                                                                             "id = ? AND deleted_at IS NOT NULL"),
                                           {id})
                              .toString();
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contribution SET deleted_at = NULL, deleted_by = NULL, "
                                                 "version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL"));
    if (!q.exec({id}))
        return fail(Failure::Storage, q.error(), error);
    if (q.numRowsAffected() != 1)
        return failNotFound(error);
    if (!refreshSearchIndex(id, error)
        || !audit(id, QStringLiteral("restore"), QStringLiteral("title"), QString(), title, QString(), error))
        return false;
    if (!tx.commit())
        return fail(Failure::Storage, tr("Restoring failed: %1").arg(m_db.connection().lastError().text()), error);
    return true;
}

std::optional<Contribution> ContributionRepository::find(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db, QStringLiteral(
        "SELECT c.id, c.authority_code, c.title, c.body, c.difficulties, c.channel, c.received_at, c.status, "
        "c.primary_theme, c.consent_name, c.late_override_by, c.late_override_reason, c.created_by, c.created_at, "
        "c.updated_at, c.version, ct.name, ct.role, ct.email, ct.phone, c.hold, c.hold_reason, c.original_text, "
        "c.text_reviewed FROM contribution c LEFT JOIN contact ct ON ct.id = c.contact_id WHERE c.id = ? AND c.deleted_at IS NULL"));
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
    c.hold = q.value(20).toString();
    c.holdReason = q.value(21).toString();
    c.originalText = q.value(22).toString();
    c.textReviewed = q.value(23).toInt() != 0;
    c.themes = column(db, QStringLiteral("SELECT x.theme_code FROM contribution_theme x JOIN theme t ON t.code = x.theme_code "
                                         "WHERE x.contribution_id = ? ORDER BY t.position"), id);
    c.subtopics = column(db, QStringLiteral("SELECT x.subtopic_code FROM contribution_subtopic x JOIN subtopic s ON "
                                            "s.code = x.subtopic_code WHERE x.contribution_id = ? ORDER BY s.position"), id);
    c.tags = column(db, QStringLiteral("SELECT t.label FROM contribution_tag x JOIN tag t ON t.id = x.tag_id "
                                       "WHERE x.contribution_id = ? ORDER BY t.label"), id);
    return c;
}

QString ContributionRepository::whereClause(const ContributionFilter &f, QVariantList *values) const
{
    // Deleted and held contributions are in no list.
    QString where = QStringLiteral(" WHERE c.deleted_at IS NULL AND c.hold IS NULL");
    if (!f.status.isEmpty()) {
        where += QStringLiteral(" AND c.status = ?");
        values->append(f.status);
    }
    if (!f.statuses.isEmpty())
        where += QStringLiteral(" AND c.status IN ") + inList(f.statuses, values);
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
    if (!f.ids.isEmpty())
        where += QStringLiteral(" AND c.id IN ") + inList(f.ids, values);
    if (!f.text.isEmpty())
        where += SearchIndex::of(m_db)->matching(f.text, values);
    return where;
}

QList<ContributionSummary> ContributionRepository::page(const ContributionFilter &f, int offset, int limit) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + ContributionRows::listColumns() + QStringLiteral(" FROM contribution c ")
        // Newest first is walked along the index of live rows, stopping at the page's end, rather
        // than sorting every match of a common word.
        + (f.sortColumn == ContributionFilter::SortColumn::ReceivedAt
                ? m_db.dialect().indexedBy("contribution_live")
                : QString())
        + ContributionRows::listJoins();
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
        rows.append(ContributionRows::summaryFrom(q));
    }
    return rows;
}

int ContributionRepository::count(const ContributionFilter &f, int cap) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT count(*) FROM contribution c") + whereClause(f, &values);
    if (cap > 0) {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contribution c ")
            + m_db.dialect().indexedBy("contribution_live") + whereClause(f, &values)
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

QList<SearchHit> ContributionRepository::search(const QString &query, const ContributionFilter &filter, int offset,
                                                int limit) const
{
    ContributionFilter others = filter;
    others.text.clear();
    QVariantList values;
    const QString where = whereClause(others, &values);
    return SearchIndex::of(m_db)->search(query, where, values, offset, limit);
}
