// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/taxonomyrepository.h"

#include "core/frenchtext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QRegularExpression>

TaxonomyRepository::TaxonomyRepository(Database &db)
    : m_db(db)
{
}

QList<Theme> TaxonomyRepository::themes() const
{
    QList<Theme> result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT code, label_fr, label_en FROM theme WHERE retired = 0 ORDER BY position, code"));
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

namespace {

QList<Subtopic> selectSubtopics(const QSqlDatabase &db, int retired)
{
    QList<Subtopic> result;
    SqlQuery q(db,
        QStringLiteral("SELECT s.code, s.theme_code, s.label_fr, s.label_en FROM subtopic s "
                       "JOIN theme t ON t.code = s.theme_code WHERE s.retired = ? "
                       "ORDER BY t.position, s.position, s.code"));
    if (q.exec({retired}))
        while (q.next())
            result.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

QHash<QString, int> usage(const QSqlDatabase &db, const QString &sql)
{
    QHash<QString, int> result;
    SqlQuery q(db, sql);
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

} // namespace

QList<Subtopic> TaxonomyRepository::subtopics() const
{
    return selectSubtopics(m_db.connection(), 0);
}

QList<Subtopic> TaxonomyRepository::retiredSubtopics() const
{
    return selectSubtopics(m_db.connection(), 1);
}

QStringList TaxonomyRepository::tags() const
{
    QStringList result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT t.label FROM tag t WHERE t.retired = 0 AND EXISTS "
                              "(SELECT 1 FROM contribution_tag x JOIN contribution c ON c.id = x.contribution_id "
                              " WHERE x.tag_id = t.id AND c.deleted_at IS NULL) ORDER BY t.label COLLATE NOCASE"));
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toString());
    return result;
}

QStringList TaxonomyRepository::retiredTags() const
{
    QStringList result;
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT label FROM tag WHERE retired = 1 ORDER BY label COLLATE NOCASE"));
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toString());
    return result;
}

QHash<QString, int> TaxonomyRepository::subtopicUsage() const
{
    return usage(m_db.connection(),
        QStringLiteral("SELECT x.subtopic_code, count(*) FROM contribution_subtopic x JOIN contribution c "
                       "ON c.id = x.contribution_id WHERE c.deleted_at IS NULL GROUP BY x.subtopic_code"));
}

QHash<QString, int> TaxonomyRepository::tagUsage() const
{
    return usage(m_db.connection(),
        QStringLiteral("SELECT t.label, count(*) FROM contribution_tag x JOIN tag t ON t.id = x.tag_id "
                       "JOIN contribution c ON c.id = x.contribution_id WHERE c.deleted_at IS NULL "
                       "GROUP BY t.id"));
}

QString TaxonomyRepository::codeFor(const QString &label)
{
    return FrenchText::foldForSearch(label).replace(QLatin1Char(' '), QLatin1Char('-'));
}

bool TaxonomyRepository::mayChange(QString *error) const
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return false;
    }
    if (PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin) {
        *error = tr("Only an administrator can change the sub-topics and tags of the campaign.");
        return false;
    }
    return true;
}

bool TaxonomyRepository::audit(
    const QString &field, const QString &oldValue, const QString &newValue, QString *error)
{
    return AuditLog::record(m_db, 0, QStringLiteral("taxonomy"), field, oldValue, newValue, {}, error);
}

bool TaxonomyRepository::addSubtopic(Subtopic &s, QString *error)
{
    if (!mayChange(error))
        return false;
    s.frenchLabel = s.frenchLabel.simplified();
    s.englishLabel = s.englishLabel.simplified();
    if (s.frenchLabel.isEmpty()) {
        *error = tr("Give the sub-topic a French label.");
        return false;
    }
    if (s.code.trimmed().isEmpty())
        s.code = codeFor(s.frenchLabel);
    s.code = s.code.trimmed();
    static const QRegularExpression codeShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!codeShape.match(s.code).hasMatch()) {
        *error =
            tr("“%1” cannot be a code: use lower-case letters, digits and hyphens, such as “tiers-lieux”.")
                .arg(s.code);
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    if (SqlQuery::scalar(
            db, QStringLiteral("SELECT count(*) FROM theme WHERE code = ? AND retired = 0"), {s.themeCode})
            .toInt()
        != 1) {
        *error = tr("“%1” is not a theme of this campaign.").arg(s.themeCode);
        return false;
    }
    // Theme and sub-topic codes share one space: a code names one thing only.
    if (SqlQuery::scalar(db,
            QStringLiteral("SELECT (SELECT count(*) FROM subtopic WHERE code = ?) + "
                           "(SELECT count(*) FROM theme WHERE code = ?)"),
            {s.code, s.code})
            .toInt()
        > 0) {
        *error =
            tr("The code “%1” is already used (perhaps by a retired sub-topic): choose another.").arg(s.code);
        return false;
    }
    Transaction tx(db);
    SqlQuery q(db,
        QStringLiteral(
            "INSERT INTO subtopic (code, theme_code, position, label_fr, label_en) "
            "SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ? FROM subtopic WHERE theme_code = ?"));
    if (!q.exec({s.code, s.themeCode, s.frenchLabel, s.englishLabel, s.themeCode})) {
        *error = q.error();
        return false;
    }
    return audit(QStringLiteral("subtopic"), QString(), s.code + QStringLiteral(": ") + s.frenchLabel, error)
        && tx.commit();
}

bool TaxonomyRepository::renameSubtopic(
    const QString &code, const QString &frenchLabel, const QString &englishLabel, QString *error)
{
    if (!mayChange(error))
        return false;
    const QString fr = frenchLabel.simplified();
    if (fr.isEmpty()) {
        *error = tr("Give the sub-topic a French label.");
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    const QString before =
        SqlQuery::scalar(db, QStringLiteral("SELECT label_fr FROM subtopic WHERE code = ?"), {code})
            .toString();
    Transaction tx(db);
    SqlQuery q(db, QStringLiteral("UPDATE subtopic SET label_fr = ?, label_en = ? WHERE code = ?"));
    if (!q.exec({fr, englishLabel.simplified(), code}) || q.numRowsAffected() != 1) {
        *error = q.error().isEmpty() ? tr("There is no sub-topic “%1”.").arg(code) : q.error();
        return false;
    }
    return audit(QStringLiteral("subtopic:") + code, before, fr, error) && tx.commit();
}

bool TaxonomyRepository::setSubtopicRetired(const QString &code, bool retired, QString *error)
{
    if (!mayChange(error))
        return false;
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery q(db, QStringLiteral("UPDATE subtopic SET retired = ? WHERE code = ?"));
    if (!q.exec({retired ? 1 : 0, code}) || q.numRowsAffected() != 1) {
        *error = q.error().isEmpty() ? tr("There is no sub-topic “%1”.").arg(code) : q.error();
        return false;
    }
    return audit(QStringLiteral("subtopic:") + code,
               retired ? QStringLiteral("active") : QStringLiteral("retired"),
               retired ? QStringLiteral("retired") : QStringLiteral("active"), error)
        && tx.commit();
}

bool TaxonomyRepository::retireSubtopic(const QString &code, QString *error)
{
    return setSubtopicRetired(code, true, error);
}

bool TaxonomyRepository::restoreSubtopic(const QString &code, QString *error)
{
    return setSubtopicRetired(code, false, error);
}

bool TaxonomyRepository::renameTag(const QString &label, const QString &newLabel, QString *error)
{
    if (!mayChange(error))
        return false;
    const QString target = newLabel.simplified();
    if (target.isEmpty()) {
        *error = tr("A tag cannot be empty.");
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    const qint64 from =
        SqlQuery::scalar(db, QStringLiteral("SELECT id FROM tag WHERE label = ?"), {label}).toLongLong();
    if (!from) {
        *error = tr("There is no tag “%1”.").arg(label);
        return false;
    }
    if (target == label)
        return true;
    const qint64 into =
        SqlQuery::scalar(db, QStringLiteral("SELECT id FROM tag WHERE label = ?"), {target}).toLongLong();
    QList<qint64> ids;
    {
        SqlQuery q(db,
            QStringLiteral("SELECT x.contribution_id FROM contribution_tag x JOIN contribution c "
                           "ON c.id = x.contribution_id WHERE x.tag_id = ? AND c.deleted_at IS NULL"));
        if (q.exec({from}))
            while (q.next())
                ids.append(q.value(0).toLongLong());
    }
    // The contributions change through the review repository, which audits each of them and
    // keeps the search index; a change of case only (same tag) is a plain relabel.
    if (into != from && !ids.isEmpty()) {
        ReviewRepository::Tagging t;
        t.addTags = {target};
        t.removeTags = {label};
        if (!ReviewRepository(m_db).tag(ids, t, error))
            return false;
    }
    // Now the target label has its own row when it differs from the old one: the old row goes.
    const qint64 merged =
        SqlQuery::scalar(db, QStringLiteral("SELECT id FROM tag WHERE label = ?"), {target}).toLongLong();
    const bool drop = merged && merged != from;
    Transaction tx(db);
    SqlQuery q(db,
        drop ? QStringLiteral("DELETE FROM tag WHERE id = ? AND NOT EXISTS "
                              "(SELECT 1 FROM contribution_tag WHERE tag_id = tag.id)")
             : QStringLiteral("UPDATE tag SET label = ? WHERE id = ?"));
    if (!(drop ? q.exec({from}) : q.exec({target, from}))) {
        *error = q.error();
        return false;
    }
    return audit(QStringLiteral("tag"), label, target, error) && tx.commit();
}

bool TaxonomyRepository::setTagRetired(const QString &label, bool retired, QString *error)
{
    if (!mayChange(error))
        return false;
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery q(db, QStringLiteral("UPDATE tag SET retired = ? WHERE label = ?"));
    if (!q.exec({retired ? 1 : 0, label}) || q.numRowsAffected() != 1) {
        *error = q.error().isEmpty() ? tr("There is no tag “%1”.").arg(label) : q.error();
        return false;
    }
    return audit(QStringLiteral("tag:") + label,
               retired ? QStringLiteral("active") : QStringLiteral("retired"),
               retired ? QStringLiteral("retired") : QStringLiteral("active"), error)
        && tx.commit();
}

bool TaxonomyRepository::retireTag(const QString &label, QString *error)
{
    return setTagRetired(label, true, error);
}

bool TaxonomyRepository::restoreTag(const QString &label, QString *error)
{
    return setTagRetired(label, false, error);
}
