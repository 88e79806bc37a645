// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sourcemessagerepository.h"

#include "core/isotime.h"
#include "storage/dialect/sqldialect.h"
#include "storage/sqlquery.h"

namespace {

QVariant isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(IsoTime::utc(dt)) : QVariant();
}

QDateTime utcFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

qint64 SourceMessageRepository::insert(const StoredMessage &m, const QList<StoredAttachment> &attachments,
                                       QString *error)
{
    SqlQuery q(m_db,
        QStringLiteral(
            "INSERT INTO source_message (contribution_id, role, hold, message_id, in_reply_to, "
            "refs, from_name, "
            "from_address, subject, sent_at, received_at, source_path, mbox_index, raw, sha256, "
            "size, imported_at, "
            "imported_by, content_sha256, held_reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            + SqlDialect::of(m_db).returningId());
    // A complement waiting for acceptance is stored as no hold and no contribution, with the
    // contribution it answers (the hold column's check predates it).
    const bool heldComplement = m.hold == QLatin1String("complement");
    if (!q.exec({ m.contributionId ? QVariant(m.contributionId) : QVariant(), m.role,
            heldComplement ? QVariant() : textOrNull(m.hold),
            textOrNull(m.messageId), textOrNull(m.inReplyTo), m.references.join(QLatin1Char(' ')), m.fromName,
            m.fromAddress, m.subject, isoOrNull(m.sentAt), isoOrNull(m.receivedAt), m.sourcePath,
            m.mboxIndex >= 0 ? QVariant(m.mboxIndex) : QVariant(), m.raw, QString::fromLatin1(m.sha256),
            m.raw.size(), IsoTime::utc(QDateTime::currentDateTimeUtc()), m.importedBy,
            m.contentSha256.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(m.contentSha256)),
            heldComplement && m.heldReplyTo ? QVariant(m.heldReplyTo) : QVariant() })) {
        *error = q.error();
        return 0;
    }
    const qint64 id = q.insertedId();
    for (const StoredAttachment &a : attachments) {
        SqlQuery qa(m_db, QStringLiteral("INSERT INTO attachment (source_message_id, filename, safe_name, mime, size, "
                                         "sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!qa.exec({id, a.filename, a.safeName, a.mimeType, qint64(a.data.size()), QString::fromLatin1(a.sha256),
                      a.data})) {
            *error = qa.error();
            return 0;
        }
    }
    return id;
}

qint64 SourceMessageRepository::findByMessageId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return 0;
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM source_message WHERE message_id = ? ORDER BY id LIMIT 1"),
                            {messageId})
        .toLongLong();
}

qint64 SourceMessageRepository::findBySha256(const QByteArray &sha256) const
{
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT id FROM source_message WHERE sha256 = ?"),
                            {QString::fromLatin1(sha256)})
        .toLongLong();
}

qint64 SourceMessageRepository::findSameContent(const QString &messageId, const QByteArray &contentSha256,
    QByteArray (*hashOf)(const QByteArray &raw)) const
{
    const QString hash = QString::fromLatin1(contentSha256);
    if (messageId.isEmpty())
        return SqlQuery::scalar(m_db,
            QStringLiteral("SELECT id FROM source_message WHERE message_id IS NULL AND content_sha256 = ? "
                           "ORDER BY id LIMIT 1"),
            { hash })
            .toLongLong();
    SqlQuery q(m_db,
        QStringLiteral(
            "SELECT id, coalesce(content_sha256, '') FROM source_message WHERE message_id = ? ORDER BY id"));
    if (!q.exec({ messageId }))
        return 0;
    QList<qint64> unhashed;
    while (q.next()) {
        if (q.value(1).toString() == hash)
            return q.value(0).toLongLong();
        if (q.value(1).toString().isEmpty())
            unhashed.append(q.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(unhashed)) {
        const QByteArray raw =
            SqlQuery::scalar(m_db, QStringLiteral("SELECT raw FROM source_message WHERE id = ?"), { id })
                .toByteArray();
        if (hashOf(raw) == contentSha256)
            return id;
    }
    return 0;
}

qint64 SourceMessageRepository::contributionOfAny(const QStringList &messageIds) const
{
    for (const QString &mid : messageIds) {
        if (mid.isEmpty())
            continue;
        const qint64 c = SqlQuery::scalar(m_db, QStringLiteral(
                                              "SELECT s.contribution_id FROM source_message s JOIN contribution c ON "
                                              "c.id = s.contribution_id WHERE s.message_id = ? AND c.deleted_at IS NULL "
                                              "ORDER BY s.id LIMIT 1"),
                                          {mid})
                             .toLongLong();
        if (c)
            return c;
    }
    return 0;
}

QList<StoredMessage> SourceMessageRepository::select(const QString &where, const QVariantList &values, bool withRaw) const
{
    QList<StoredMessage> result;
    SqlQuery q(m_db, QStringLiteral("SELECT id, contribution_id, role, "
                                    "CASE WHEN hold IS NULL AND contribution_id IS NULL AND held_reply_to IS NOT NULL "
                                    "THEN 'complement' ELSE coalesce(hold, '') END, coalesce(message_id, ''), "
                                    "coalesce(in_reply_to, ''), refs, from_name, from_address, subject, sent_at, "
                                    "received_at, source_path, coalesce(mbox_index, -1), sha256, imported_at, "
                                    "imported_by, coalesce(held_reply_to, 0), ")
                         + (withRaw ? QStringLiteral("raw") : QStringLiteral("NULL"))
                         + QStringLiteral(" FROM source_message ") + where);
    if (!q.exec(values))
        return result;
    while (q.next()) {
        StoredMessage m;
        m.id = q.value(0).toLongLong();
        m.contributionId = q.value(1).toLongLong();
        m.role = q.value(2).toString();
        m.hold = q.value(3).toString();
        m.messageId = q.value(4).toString();
        m.inReplyTo = q.value(5).toString();
        m.references = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m.fromName = q.value(7).toString();
        m.fromAddress = q.value(8).toString();
        m.subject = q.value(9).toString();
        m.sentAt = utcFrom(q.value(10));
        m.receivedAt = utcFrom(q.value(11));
        m.sourcePath = q.value(12).toString();
        m.mboxIndex = q.value(13).toInt();
        m.sha256 = q.value(14).toString().toLatin1();
        m.importedAt = utcFrom(q.value(15));
        m.importedBy = q.value(16).toString();
        m.heldReplyTo = m.hold == QLatin1String("complement") ? q.value(17).toLongLong() : 0;
        m.raw = q.value(18).toByteArray();
        result.append(m);
    }
    return result;
}

QList<StoredMessage> SourceMessageRepository::held() const
{
    return select(QStringLiteral("WHERE hold IN ('late', 'needs_date') OR (hold IS NULL AND contribution_id IS NULL "
                                 "AND held_reply_to IS NOT NULL) ORDER BY id"),
        {}, false);
}

std::optional<StoredMessage> SourceMessageRepository::find(qint64 id) const
{
    const QList<StoredMessage> rows = select(QStringLiteral("WHERE id = ?"), {id}, true);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<StoredMessage> SourceMessageRepository::ofContribution(qint64 contributionId) const
{
    return select(QStringLiteral("WHERE contribution_id = ? ORDER BY id"), {contributionId}, false);
}

QList<StoredAttachment> SourceMessageRepository::selectAttachments(const QString &where, const QVariantList &values,
                                                                   bool withData) const
{
    QList<StoredAttachment> result;
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.source_message_id, a.filename, a.safe_name, a.mime, a.size, a.sha256, ")
                         + (withData ? QStringLiteral("a.data") : QStringLiteral("NULL"))
                         + QStringLiteral(" FROM attachment a JOIN source_message s ON s.id = a.source_message_id ") + where
                         + QStringLiteral(" ORDER BY a.id"));
    if (!q.exec(values))
        return result;
    while (q.next()) {
        StoredAttachment a;
        a.id = q.value(0).toLongLong();
        a.sourceMessageId = q.value(1).toLongLong();
        a.filename = q.value(2).toString();
        a.safeName = q.value(3).toString();
        a.mimeType = q.value(4).toString();
        a.size = q.value(5).toLongLong();
        a.sha256 = q.value(6).toString().toLatin1();
        a.data = q.value(7).toByteArray();
        result.append(a);
    }
    return result;
}

QList<StoredAttachment> SourceMessageRepository::attachmentsOf(qint64 sourceMessageId, bool withData) const
{
    return selectAttachments(QStringLiteral("WHERE a.source_message_id = ?"), {sourceMessageId}, withData);
}

QList<StoredAttachment> SourceMessageRepository::attachmentsOfContribution(qint64 contributionId, bool withData) const
{
    return selectAttachments(QStringLiteral("WHERE s.contribution_id = ?"), {contributionId}, withData);
}

bool SourceMessageRepository::attachTo(qint64 sourceId, qint64 contributionId, QString *error)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE source_message SET contribution_id = ?, hold = NULL WHERE id = ?"));
    if (!q.exec({contributionId, sourceId})) {
        *error = q.error();
        return false;
    }
    return true;
}

bool SourceMessageRepository::setHold(qint64 sourceId, const QString &hold, QString *error)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE source_message SET hold = ? WHERE id = ?"));
    if (!q.exec({textOrNull(hold), sourceId})) {
        *error = q.error();
        return false;
    }
    return true;
}

bool SourceMessageRepository::setReceivedAt(qint64 sourceId, const QDateTime &receivedAt, QString *error)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE source_message SET received_at = ? WHERE id = ?"));
    if (!q.exec({isoOrNull(receivedAt), sourceId})) {
        *error = q.error();
        return false;
    }
    return true;
}

int SourceMessageRepository::countByHold(const QString &hold) const
{
    if (hold == QLatin1String("complement"))
        return SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM source_message WHERE hold IS NULL AND "
                                                     "contribution_id IS NULL AND held_reply_to IS NOT NULL"))
            .toInt();
    return SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM source_message WHERE hold = ?"), {hold}).toInt();
}
