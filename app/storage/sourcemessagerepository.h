// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// An email as kept: the original bytes and what was read from them.
struct StoredMessage
{
    qint64 id = 0;
    qint64 contributionId = 0; // 0 while it waits in the holding list
    QString role = QStringLiteral("testimony"); // testimony | complement
    QString hold;                               // "", late, needs_date, complement, discarded
    qint64 heldReplyTo = 0; // complement: the contribution it answers, while it waits
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString fromName;
    QString fromAddress;
    QString subject;
    QDateTime sentAt;
    QDateTime receivedAt;
    QString sourcePath;
    int mboxIndex = -1;
    QByteArray raw;
    QByteArray sha256;
    QByteArray contentSha256; // of the bytes with line ends made alike (see MailReader::contentHash)
    QDateTime importedAt;
    QString importedBy;
};

// A file that came with an email, byte for byte.
struct StoredAttachment
{
    qint64 id = 0;
    qint64 sourceMessageId = 0;
    QString filename; // as the sender meant it
    QString safeName; // safe to write anywhere
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256;
    QByteArray data;
};

// The original emails and their attachments. Writes happen inside the caller's transaction,
// so an email and what was made of it are stored together or not at all.
class SourceMessageRepository
{
    Q_DECLARE_TR_FUNCTIONS(SourceMessageRepository)

public:
    explicit SourceMessageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 insert(const StoredMessage &message, const QList<StoredAttachment> &attachments, QString *error);

    // The stored message with this Message-ID (or these bytes), if any.
    qint64 findByMessageId(const QString &messageId) const;
    qint64 findBySha256(const QByteArray &sha256) const;
    // The stored message with this Message-ID (or, without one, none) and the same content:
    // the same email, whatever its line ends. Older rows have no stored content hash: hashOf
    // computes it from their bytes.
    qint64 findSameContent(const QString &messageId, const QByteArray &contentSha256,
        QByteArray (*hashOf)(const QByteArray &raw)) const;
    // The contribution that one of these Message-IDs already belongs to (for replies), or 0.
    qint64 contributionOfAny(const QStringList &messageIds) const;

    QList<StoredMessage> held() const; // the holding list, oldest first, without raw bytes
    std::optional<StoredMessage> find(qint64 id) const;
    QList<StoredMessage> ofContribution(qint64 contributionId) const; // without raw bytes
    QList<StoredAttachment> attachmentsOf(qint64 sourceMessageId, bool withData) const;
    QList<StoredAttachment> attachmentsOfContribution(qint64 contributionId, bool withData) const;

    bool attachTo(qint64 sourceId, qint64 contributionId, QString *error);
    bool setHold(qint64 sourceId, const QString &hold, QString *error);
    bool setReceivedAt(qint64 sourceId, const QDateTime &receivedAt, QString *error);
    int countByHold(const QString &hold) const;

private:
    QList<StoredMessage> select(const QString &where, const QVariantList &values, bool withRaw) const;
    QList<StoredAttachment> selectAttachments(const QString &where, const QVariantList &values, bool withData) const;

    QSqlDatabase m_db;
};
