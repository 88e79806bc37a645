// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/contributionjson.h"

#include "core/authoritydirectory.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"

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
    const SourceMessageRepository stored(db.connection());
    for (const StoredMessage &m : stored.ofContribution(c.id))
        sources.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("role"), m.role},
                                   {QStringLiteral("message_id"), m.messageId},
                                   {QStringLiteral("from_address"), m.fromAddress},
                                   {QStringLiteral("subject"), m.subject},
                                   {QStringLiteral("sha256"), QString::fromLatin1(m.sha256)},
                                   {QStringLiteral("path"), m.sourcePath}});
    for (const StoredAttachment &a : stored.attachmentsOfContribution(c.id, false))
        attachments.append(QJsonObject{{QStringLiteral("filename"), a.filename},
                                       {QStringLiteral("mime"), a.mimeType},
                                       {QStringLiteral("size"), a.size},
                                       {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)}});
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
        {QStringLiteral("text"), c.text}, // the text to publish
        {QStringLiteral("difficulties"), c.difficulties},
        {QStringLiteral("original_text"), c.originalText.isEmpty() ? QJsonValue() : QJsonValue(c.originalText)},
        {QStringLiteral("text_reviewed"), c.textReviewed},
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
