// SPDX-License-Identifier: GPL-3.0-or-later
#include "contributionjson.h"

#include "authoritydirectory.h"
#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>

namespace ContributionJson {

QJsonObject toJson(const Contribution &c, Database &db)
{
    const Authority a = AuthorityDirectory::official().find(c.authorityCode);
    QJsonObject authority{{QStringLiteral("code"), c.authorityCode},
                          {QStringLiteral("name"), a.name},
                          {QStringLiteral("kind"), a.isValid() ? a.kindCode() : QString()},
                          {QStringLiteral("departement"), a.departement},
                          {QStringLiteral("population"), a.population}};
    QJsonObject contact{{QStringLiteral("name"), c.contact.name},
                        {QStringLiteral("role"), c.contact.role},
                        {QStringLiteral("email"), c.contact.email},
                        {QStringLiteral("phone"), c.contact.phone}};
    QJsonArray sources;
    QJsonArray attachments;
    {
        SqlQuery q(db.connection(), QStringLiteral("SELECT id, role, message_id, from_address, subject, sha256, source_path "
                                                   "FROM source_message WHERE contribution_id = ? ORDER BY id"));
        if (q.exec({c.id}))
            while (q.next())
                sources.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                           {QStringLiteral("role"), q.value(1).toString()},
                                           {QStringLiteral("message_id"), q.value(2).toString()},
                                           {QStringLiteral("from_address"), q.value(3).toString()},
                                           {QStringLiteral("subject"), q.value(4).toString()},
                                           {QStringLiteral("sha256"), q.value(5).toString()},
                                           {QStringLiteral("path"), q.value(6).toString()}});
        SqlQuery a(db.connection(), QStringLiteral("SELECT a.filename, a.mime, a.size, a.sha256 FROM attachment a "
                                                   "JOIN source_message s ON s.id = a.source_message_id "
                                                   "WHERE s.contribution_id = ? ORDER BY a.id"));
        if (a.exec({c.id}))
            while (a.next())
                attachments.append(QJsonObject{{QStringLiteral("filename"), a.value(0).toString()},
                                               {QStringLiteral("mime"), a.value(1).toString()},
                                               {QStringLiteral("size"), a.value(2).toLongLong()},
                                               {QStringLiteral("sha256"), a.value(3).toString()}});
    }
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("received_at"), c.receivedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("channel"), Channel::code(c.channel)},
        {QStringLiteral("status"), ReviewState::code(c.status)},
        {QStringLiteral("themes"), QJsonArray::fromStringList(c.themes)},
        {QStringLiteral("primary_theme"), c.primaryTheme.isEmpty() ? QJsonValue() : QJsonValue(c.primaryTheme)},
        {QStringLiteral("subtopics"), QJsonArray::fromStringList(c.subtopics)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("difficulties"), c.difficulties},
        {QStringLiteral("consent_name"), c.consentToPublishName},
        {QStringLiteral("late_override"),
         c.lateOverride ? QJsonValue(QJsonObject{{QStringLiteral("by"), c.lateOverride->by},
                                                 {QStringLiteral("reason"), c.lateOverride->reason}})
                        : QJsonValue()},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("version"), c.version},
    };
}

} // namespace ContributionJson
