// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/campaignrepository.h"

#include "core/deadlineguard.h"
#include "core/isotime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace {

const QString campaignColumns = QStringLiteral(
    "code, name, organisers, opens_on, closes_on, time_zone, language, four_eyes, eligible_kinds, "
    "population_min, population_max, overseas, cover_subtitle, cover_note");

QVariantList campaignValues(const Campaign &c)
{
    return {c.code, c.name, c.organisers,
        c.opensOn.isValid() ? QVariant(c.opensOn.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
        c.closesOn.toString(Qt::ISODate), c.timeZone, c.language, c.fourEyes ? 1 : 0,
        c.eligibility.kinds.join(QLatin1Char(',')), c.eligibility.populationMin, c.eligibility.populationMax,
        c.eligibility.overseas ? 1 : 0, c.coverSubtitle, c.coverNote};
}

// What the history shows of a campaign: one line per setting.
QList<std::pair<QString, QString>> auditFields(const Campaign &c)
{
    auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {{QStringLiteral("campaign_code"), c.code}, {QStringLiteral("campaign_name"), c.name},
        {QStringLiteral("organisers"), c.organisers}, {QStringLiteral("opens_on"), c.opensOn.toString(Qt::ISODate)},
        {QStringLiteral("closes_on"), c.closesOn.toString(Qt::ISODate)}, {QStringLiteral("time_zone"), c.timeZone},
        {QStringLiteral("language"), c.language}, {QStringLiteral("four_eyes"), yesNo(c.fourEyes)},
        {QStringLiteral("eligible_kinds"), c.eligibility.kinds.join(QStringLiteral(", "))},
        {QStringLiteral("population_min"), QString::number(c.eligibility.populationMin)},
        {QStringLiteral("population_max"), QString::number(c.eligibility.populationMax)},
        {QStringLiteral("overseas"), yesNo(c.eligibility.overseas)},
        {QStringLiteral("cover_subtitle"), c.coverSubtitle}, {QStringLiteral("cover_note"), c.coverNote}};
}

QDateTime receivedAt(const QVariant &stored)
{
    QDateTime dt = QDateTime::fromString(stored.toString(), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString sortedJoin(QStringList list)
{
    list.sort();
    return list.join(QLatin1String(", "));
}

} // namespace

CampaignRepository::CampaignRepository(Database &db)
    : m_db(db)
{ }

std::optional<Campaign> CampaignRepository::read(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT id, ") + campaignColumns + QStringLiteral(" FROM campaign ORDER BY id LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.organisers = q.value(3).toString();
    c.opensOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.closesOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.timeZone = q.value(6).toString();
    c.language = q.value(7).toString();
    c.fourEyes = q.value(8).toInt() != 0;
    c.eligibility.kinds = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.eligibility.populationMin = q.value(10).toInt();
    c.eligibility.populationMax = q.value(11).toInt();
    c.eligibility.overseas = q.value(12).toInt() != 0;
    c.coverSubtitle = q.value(13).toString();
    c.coverNote = q.value(14).toString();
    return c;
}

std::optional<CampaignSettings> CampaignRepository::peek(const QString &sqliteFile)
{
    static QAtomicInteger<int> serial;
    const QString name = QStringLiteral("recueil-peek-%1").arg(serial.fetchAndAddRelaxed(1));
    std::optional<CampaignSettings> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        if (db.open()) {
            CampaignSettings s = readSettings(db);
            if (s.campaign.code.isEmpty()) {
                // A store from before step 16: the columns every version of the schema has.
                SqlQuery q(db, QStringLiteral("SELECT code, name, organisers, opens_on, closes_on, time_zone, language "
                                              "FROM campaign ORDER BY id LIMIT 1"));
                if (q.exec() && q.next()) {
                    s.campaign.code = q.value(0).toString();
                    s.campaign.name = q.value(1).toString();
                    s.campaign.organisers = q.value(2).toString();
                    s.campaign.opensOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
                    s.campaign.closesOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
                    s.campaign.timeZone = q.value(5).toString();
                    s.campaign.language = q.value(6).toString();
                }
            }
            if (!s.campaign.code.isEmpty())
                result = s;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool CampaignRepository::insert(QSqlDatabase db, const CampaignSettings &s, QString *error)
{
    auto run = [&](const QString &sql, const QVariantList &values) {
        SqlQuery q(db, sql);
        if (q.exec(values))
            return true;
        *error = q.error();
        return false;
    };
    if (!run(QStringLiteral("INSERT INTO campaign (") + campaignColumns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            campaignValues(s.campaign)))
        return false;
    int position = 0;
    for (const Theme &t : s.themes)
        if (!run(QStringLiteral("INSERT INTO theme (code, position, label_fr, label_en, retired) VALUES (?, ?, ?, ?, ?)"),
                {t.code, position++, t.frenchLabel, t.englishLabel, t.retired ? 1 : 0}))
            return false;
    position = 0;
    for (const Subtopic &st : s.subtopics)
        if (!run(QStringLiteral("INSERT INTO subtopic (code, theme_code, position, label_fr, label_en, retired) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                {st.code, st.themeCode, position++, st.frenchLabel, st.englishLabel, st.retired ? 1 : 0}))
            return false;
    return true;
}

CampaignSettings CampaignRepository::settings() const
{
    CampaignSettings s = readSettings(m_db.connection());
    s.campaign = m_db.campaign();
    return s;
}

CampaignSettings CampaignRepository::readSettings(const QSqlDatabase &db)
{
    CampaignSettings s;
    s.campaign = read(db).value_or(Campaign());
    SqlQuery themes(db, QStringLiteral("SELECT code, label_fr, label_en, retired FROM theme ORDER BY position, code"));
    if (themes.exec())
        while (themes.next())
            s.themes.append({themes.value(0).toString(), themes.value(1).toString(), themes.value(2).toString(),
                themes.value(3).toInt() != 0});
    SqlQuery subtopics(db,
        QStringLiteral("SELECT s.code, s.theme_code, s.label_fr, s.label_en, s.retired FROM subtopic s "
                       "JOIN theme t ON t.code = s.theme_code ORDER BY t.position, s.position, s.code"));
    if (subtopics.exec())
        while (subtopics.next())
            s.subtopics.append({subtopics.value(0).toString(), subtopics.value(1).toString(),
                subtopics.value(2).toString(), subtopics.value(3).toString(), subtopics.value(4).toInt() != 0});
    return s;
}

QHash<QString, int> CampaignRepository::themeUsage() const
{
    QHash<QString, int> usage;
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT code, count(*) FROM (SELECT theme_code AS code, contribution_id FROM contribution_theme "
                       "UNION SELECT primary_theme, id FROM contribution WHERE primary_theme IS NOT NULL) u "
                       "GROUP BY code"));
    if (q.exec())
        while (q.next())
            usage.insert(q.value(0).toString(), q.value(1).toInt());
    return usage;
}

QList<qint64> CampaignRepository::lateUnder(const Campaign &next) const
{
    const DeadlineGuard guard(next);
    QList<qint64> ids;
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT id, received_at FROM contribution WHERE deleted_at IS NULL AND hold IS NULL "
                       "AND late_override_by IS NULL ORDER BY id"));
    if (q.exec())
        while (q.next())
            if (guard.judge(receivedAt(q.value(1))) == DeadlineGuard::Verdict::Late)
                ids << q.value(0).toLongLong();
    return ids;
}

bool CampaignRepository::mayChange(QString *error) const
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: changes cannot be saved.");
        return false;
    }
    if (PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin) {
        *error = tr("Only an administrator can change the call's settings.");
        return false;
    }
    return true;
}

bool CampaignRepository::audit(qint64 contributionId, const QString &action, const QString &field,
    const QString &oldValue, const QString &newValue, const QString &reason, QString *error)
{
    return AuditLog::record(m_db, contributionId, action, field, oldValue, newValue, reason, error);
}

bool CampaignRepository::save(const CampaignSettings &next, LateChoice choice, const QString &reason, QString *error)
{
    if (!mayChange(error))
        return false;
    if (const QString problem = next.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const CampaignSettings before = settings();
    const QList<qint64> late = lateUnder(next.campaign);
    if (!late.isEmpty() && choice == LateChoice::Keep && reason.trimmed().isEmpty()) {
        *error = tr("Give the reason for keeping the testimonies received after the new close.");
        return false;
    }
    Transaction tx(m_db.connection(), Transaction::Lock::Write);
    if (!tx.isActive()) {
        *error = tr("The database cannot be written to: %1").arg(m_db.connection().lastError().text());
        return false;
    }
    if (!saveCampaignRow(before.campaign, next.campaign, error) || !saveThemes(before, next, error)
        || !moveLate(late, next.campaign.closesOn, choice, reason, error))
        return false;
    if (!tx.commit()) {
        *error = tr("Saving failed: %1").arg(m_db.connection().lastError().text());
        return false;
    }
    m_db.forgetCampaign();
    return true;
}

bool CampaignRepository::saveCampaignRow(const Campaign &before, const Campaign &next, QString *error)
{
    const auto old = auditFields(before);
    const auto now = auditFields(next);
    if (old == now)
        return true;
    QVariantList values = campaignValues(next);
    values << before.id;
    SqlQuery q(m_db.connection(),
        QStringLiteral("UPDATE campaign SET code = ?, name = ?, organisers = ?, opens_on = ?, closes_on = ?, "
                       "time_zone = ?, language = ?, four_eyes = ?, eligible_kinds = ?, population_min = ?, "
                       "population_max = ?, overseas = ?, cover_subtitle = ?, cover_note = ? WHERE id = ?"));
    if (!q.exec(values)) {
        *error = tr("The call's settings could not be saved: %1").arg(q.error());
        return false;
    }
    for (int i = 0; i < now.size(); ++i)
        if (old.at(i).second != now.at(i).second
            && !audit(0, QStringLiteral("campaign"), now.at(i).first, old.at(i).second, now.at(i).second, {}, error))
            return false;
    return true;
}

bool CampaignRepository::saveThemes(const CampaignSettings &before, const CampaignSettings &next, QString *error)
{
    QSqlDatabase db = m_db.connection();
    auto run = [&](const QString &sql, const QVariantList &values) {
        SqlQuery q(db, sql);
        if (q.exec(values))
            return true;
        *error = tr("The call's themes could not be saved: %1").arg(q.error());
        return false;
    };
    auto describe = [](const QString &fr, const QString &en, bool retired) -> QString {
        return fr + QStringLiteral(" / ") + en + (retired ? QStringLiteral(" (retired)") : QString());
    };
    const QHash<QString, int> usage = themeUsage();
    // Themes first (sub-topics refer to them); a theme gone from the settings is deleted only
    // when nothing carries it.
    int position = 0;
    for (const Theme &t : next.themes) {
        const Theme *old = before.theme(t.code);
        if (!old) {
            if (!run(QStringLiteral("INSERT INTO theme (code, position, label_fr, label_en, retired) VALUES (?, ?, ?, ?, ?)"),
                    {t.code, position, t.frenchLabel, t.englishLabel, t.retired ? 1 : 0})
                || !audit(0, QStringLiteral("taxonomy"), QStringLiteral("theme:") + t.code, {},
                    describe(t.frenchLabel, t.englishLabel, t.retired), {}, error))
                return false;
        } else {
            if (!run(QStringLiteral("UPDATE theme SET position = ?, label_fr = ?, label_en = ?, retired = ? WHERE code = ?"),
                    {position, t.frenchLabel, t.englishLabel, t.retired ? 1 : 0, t.code}))
                return false;
            const QString was = describe(old->frenchLabel, old->englishLabel, old->retired);
            const QString is = describe(t.frenchLabel, t.englishLabel, t.retired);
            if (was != is && !audit(0, QStringLiteral("taxonomy"), QStringLiteral("theme:") + t.code, was, is, {}, error))
                return false;
        }
        ++position;
    }
    QSet<QString> nextSubtopics;
    position = 0;
    for (const Subtopic &st : next.subtopics) {
        nextSubtopics.insert(st.code);
        const auto old = std::find_if(before.subtopics.cbegin(), before.subtopics.cend(),
            [&](const Subtopic &o) { return o.code == st.code; });
        const QString is = st.themeCode + QStringLiteral(": ") + describe(st.frenchLabel, st.englishLabel, st.retired);
        if (old == before.subtopics.cend()) {
            if (!run(QStringLiteral("INSERT INTO subtopic (code, theme_code, position, label_fr, label_en, retired) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                    {st.code, st.themeCode, position, st.frenchLabel, st.englishLabel, st.retired ? 1 : 0})
                || !audit(0, QStringLiteral("taxonomy"), QStringLiteral("subtopic:") + st.code, {}, is, {}, error))
                return false;
        } else {
            if (!run(QStringLiteral("UPDATE subtopic SET theme_code = ?, position = ?, label_fr = ?, label_en = ?, "
                                    "retired = ? WHERE code = ?"),
                    {st.themeCode, position, st.frenchLabel, st.englishLabel, st.retired ? 1 : 0, st.code}))
                return false;
            const QString was
                = old->themeCode + QStringLiteral(": ") + describe(old->frenchLabel, old->englishLabel, old->retired);
            if (was != is && !audit(0, QStringLiteral("taxonomy"), QStringLiteral("subtopic:") + st.code, was, is, {}, error))
                return false;
        }
        ++position;
    }
    for (const Subtopic &st : before.subtopics) {
        if (nextSubtopics.contains(st.code))
            continue;
        SqlQuery used(db, QStringLiteral("SELECT count(*) FROM contribution_subtopic WHERE subtopic_code = ?"));
        if (!used.exec({st.code}) || !used.next()) {
            *error = tr("The call's themes could not be saved: %1").arg(used.error());
            return false;
        }
        if (const int n = used.value(0).toInt(); n > 0) {
            *error = tr("The sub-topic “%1” is on %n contribution(s): it cannot be deleted, only retired.", nullptr, n)
                         .arg(st.frenchLabel);
            return false;
        }
        if (!run(QStringLiteral("DELETE FROM subtopic WHERE code = ?"), {st.code})
            || !audit(0, QStringLiteral("taxonomy"), QStringLiteral("subtopic:") + st.code,
                describe(st.frenchLabel, st.englishLabel, st.retired), {}, {}, error))
            return false;
    }
    for (const Theme &t : before.themes) {
        if (next.theme(t.code))
            continue;
        if (const int n = usage.value(t.code); n > 0) {
            *error = tr("The theme “%1” is on %n contribution(s): it cannot be deleted; retire it, or merge it into "
                        "another theme.",
                nullptr, n)
                         .arg(t.frenchLabel);
            return false;
        }
        if (!run(QStringLiteral("DELETE FROM subtopic WHERE theme_code = ?"), {t.code})
            || !run(QStringLiteral("DELETE FROM theme WHERE code = ?"), {t.code})
            || !audit(0, QStringLiteral("taxonomy"), QStringLiteral("theme:") + t.code,
                describe(t.frenchLabel, t.englishLabel, t.retired), {}, {}, error))
            return false;
    }
    return true;
}

bool CampaignRepository::moveLate(
    const QList<qint64> &ids, const QDate &closesOn, LateChoice choice, const QString &reason, QString *error)
{
    if (ids.isEmpty())
        return true;
    const QString why = choice == LateChoice::Keep || !reason.trimmed().isEmpty()
        ? reason.trimmed()
        : tr("The call's close was moved to %1.").arg(closesOn.toString(Qt::ISODate));
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    for (const qint64 id : ids) {
        SqlQuery q(m_db.connection(),
            choice == LateChoice::Hold
                ? QStringLiteral("UPDATE contribution SET hold = 'late', hold_reason = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ?")
                : QStringLiteral("UPDATE contribution SET late_override_by = ?, late_override_reason = ?, "
                                 "updated_at = ?, version = version + 1 WHERE id = ?"));
        const QVariantList values = choice == LateChoice::Hold ? QVariantList {why, now, id}
                                                               : QVariantList {m_db.actor(), why, now, id};
        SqlQuery received(m_db.connection(), QStringLiteral("SELECT received_at FROM contribution WHERE id = ?"));
        if (!received.exec({id}) || !received.next() || !q.exec(values)) {
            *error = tr("The testimonies received after the new close could not be set aside: %1").arg(q.error());
            return false;
        }
        if (!audit(id, choice == LateChoice::Hold ? QStringLiteral("hold") : QStringLiteral("late_override"),
                QStringLiteral("received_at"), QString(), received.value(0).toString(), why, error))
            return false;
    }
    return true;
}

bool CampaignRepository::mergeTheme(const QString &from, const QString &into, QString *error)
{
    if (!mayChange(error))
        return false;
    const CampaignSettings s = settings();
    const Theme *source = s.theme(from);
    const Theme *target = s.theme(into);
    if (!source || !target || from == into) {
        *error = tr("Choose two different themes of the call to merge.");
        return false;
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db, Transaction::Lock::Write);
    if (!tx.isActive()) {
        *error = tr("The database cannot be written to: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&](const SqlQuery &q) {
        *error = tr("The themes could not be merged: %1").arg(q.error());
        return false;
    };
    SqlQuery carriers(db,
        QStringLiteral("SELECT DISTINCT id FROM (SELECT contribution_id AS id FROM contribution_theme WHERE theme_code = ? "
                       "UNION SELECT id FROM contribution WHERE primary_theme = ?) u ORDER BY id"));
    if (!carriers.exec({from, from}))
        return fail(carriers);
    QList<qint64> ids;
    while (carriers.next())
        ids << carriers.value(0).toLongLong();
    const QString now = IsoTime::utc(QDateTime::currentDateTimeUtc());
    const QString reason = tr("Theme “%1” merged into “%2”.").arg(source->frenchLabel, target->frenchLabel);
    for (const qint64 id : ids) {
        QStringList themes;
        SqlQuery read(db, QStringLiteral("SELECT theme_code FROM contribution_theme WHERE contribution_id = ?"));
        if (!read.exec({id}))
            return fail(read);
        while (read.next())
            themes << read.value(0).toString();
        QStringList merged = themes;
        merged.removeAll(from);
        if (!merged.contains(into))
            merged << into;
        // The new theme first: a validated testimony is never without one, even for a moment.
        SqlQuery add(db, QStringLiteral("INSERT INTO contribution_theme (contribution_id, theme_code) SELECT ?, ? "
                                        "WHERE NOT EXISTS (SELECT 1 FROM contribution_theme WHERE contribution_id = ? "
                                        "AND theme_code = ?)"));
        SqlQuery remove(db, QStringLiteral("DELETE FROM contribution_theme WHERE contribution_id = ? AND theme_code = ?"));
        SqlQuery primary(db, QStringLiteral("UPDATE contribution SET primary_theme = CASE WHEN primary_theme = ? THEN ? "
                                            "ELSE primary_theme END, updated_at = ?, version = version + 1 WHERE id = ?"));
        if (!add.exec({id, into, id, into}))
            return fail(add);
        if (!remove.exec({id, from}))
            return fail(remove);
        if (!primary.exec({from, into, now, id}))
            return fail(primary);
        if (sortedJoin(themes) != sortedJoin(merged)
            && !audit(id, QStringLiteral("update"), QStringLiteral("themes"), sortedJoin(themes), sortedJoin(merged),
                reason, error))
            return false;
    }
    SqlQuery moveSubtopics(db, QStringLiteral("UPDATE subtopic SET theme_code = ? WHERE theme_code = ?"));
    SqlQuery retire(db, QStringLiteral("UPDATE theme SET retired = 1 WHERE code = ?"));
    if (!moveSubtopics.exec({into, from}))
        return fail(moveSubtopics);
    if (!retire.exec({from}))
        return fail(retire);
    if (!audit(0, QStringLiteral("taxonomy"), QStringLiteral("theme:") + from, from, into, reason, error))
        return false;
    if (!tx.commit()) {
        *error = tr("Saving failed: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}
