// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "mail/parsedmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

struct StoredAttachment;

class Database;

// An attachment as reported, without its bytes.
struct AttachmentInfo
{
    QString filename; // as the sender wrote it
    QString safeName; // what it is saved under (MailAttachment::safeName)
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256;
};

// What became of one email (one line of `recueil import --json`).
struct ImportOutcome
{
    // HeldComplement: a reply that waits in the holding list for a person to accept it (see
    // MailImporter::complementHoldReason); contributionId is the contribution it answers.
    enum Kind { Created, Complement, Duplicate, Late, NeedsDate, Error, Skipped, HeldComplement };

    QString source; // file path
    int index = -1; // position in an mbox, from 0; -1 for a single .eml
    QString messageId;
    Kind kind = Error;
    qint64 contributionId = 0;
    qint64 sourceMessageId = 0;
    QString fromName;
    QString fromAddress;
    QString subject;
    QDateTime sentAt;
    QDateTime receivedAt;
    QString authorityCode;
    QList<AttachmentInfo> attachments;
    QStringList warnings;
    QString error;

    static QString kindCode(Kind kind);
    bool isProblem() const { return kind == Late || kind == NeedsDate || kind == HeldComplement || kind == Error; }
    bool isHeld() const { return kind == Late || kind == NeedsDate || kind == HeldComplement; }
};

// Turns emails into contributions: reads them, recognises duplicates and replies, lets the
// deadline guard decide, prefills the contribution, and stores each message with all that
// was made of it in one transaction. A failing message never stops the batch.
struct StoredMessage;

class MailImporter
{
    Q_DECLARE_TR_FUNCTIONS(MailImporter)

public:
    using Sink = std::function<bool(const ImportOutcome &)>; // return false to cancel

    // An email's attachments as they are stored (and written out: AttachmentExporter).
    static QList<StoredAttachment> storedAttachments(const QList<MailAttachment> &attachments);

    // Lets a coordinator check a new contribution before it is saved: the reviewer may edit
    // the prefilled contribution, then says to save it, to skip this message (nothing is
    // written for it) or to stop the batch.
    enum class ReviewDecision { Save, Skip, Cancel };
    using Reviewer = std::function<ReviewDecision(const ParsedMessage &, Contribution &)>;
    void setReviewer(Reviewer reviewer) { m_reviewer = std::move(reviewer); }
    bool wasCancelled() const { return m_cancelled; }
    // Set when the batch stopped because the database could not grow (a full disk): the one
    // sentence to say, instead of an error for every message left.
    QString stopReason() const { return m_stopReason; }

    explicit MailImporter(Database &db);

    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // The largest email read (a .eml file, or one message of an mbox, which is then skipped
    // with a sentence and the import goes on). 1 GB unless set.
    static constexpr qint64 DefaultMaxMessageSize = qint64(1) << 30;
    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }

    // A .eml file or an mbox (recognised by its content), streamed message by message.
    // Returns false when cancelled.
    bool importFile(const QString &path, const Sink &sink);
    ImportOutcome importMessage(const QByteArray &raw, const QString &source, int index);

    // An mbox, read and parsed on a second thread while this one stores the messages in order,
    // so that both cores work. The sink also learns how far into the file the reading is.
    using ProgressSink = std::function<bool(const ImportOutcome &, qint64 bytesRead)>;
    bool importMbox(const QString &path, const ProgressSink &sink);

    // Position in its mbox of the message being stored (-1 for a single email): lets a
    // reviewer say which message it is looking at.
    int currentIndex() const { return m_currentIndex; }


    // Why a reply from fromAddress to target must wait for a person rather than be joined to it,
    // or empty when it may be joined: the review of target is finished (validated or set aside),
    // or the reply comes neither from its contact's address nor from another address of the
    // contact's own domain (a public mail service's domain does not count).
    static QString complementHoldReason(const Contribution &target, const QString &fromAddress);

    // The holding list: accept a held message (late: with an administrator's reason;
    // undated: with the receipt time a coordinator read elsewhere), or set it aside.
    bool acceptHeld(qint64 sourceMessageId, const QDateTime &receivedAt, const QString &lateReason,
                    qint64 *contributionId, QString *error);
    bool discardHeld(qint64 sourceMessageId, const QString &reason, QString *error);

    // A message read and prefilled, not yet stored: what the reading thread hands over.
    struct Prepared
    {
        ImportOutcome outcome;
        std::optional<ParsedMessage> message;
        Contribution prefilled;
        qint64 bytesRead = 0;
    };
    // Reads and prefills one message. Touches no database: safe on any thread.
    static Prepared prepare(const QByteArray &raw, const QString &source, int index);
    ImportOutcome finish(Prepared &&prepared);

private:
    ImportOutcome store(const ParsedMessage &m, Contribution prefilled, ImportOutcome outcome);
    // The Message-IDs a message answers, nearest first.
    static QStringList threadOf(const ParsedMessage &m);
    // The text a complement adds to the testimony it answers.
    // A reply's text as added to the testimony it completes, under a line saying when and from
    // whom: as it came (for the original), or as proposed to publish (PublishableText).
    QString complementText(const ParsedMessage &m, bool toPublish) const;
    bool acceptComplement(qint64 sourceMessageId, const StoredMessage &stored, const ParsedMessage &parsed,
                          qint64 target, qint64 *contributionId, QString *error);

    // Only ordinary files are read: a pipe would block forever and a device never ends.
    static bool refuseUnreadable(const QString &path, ImportOutcome *outcome);

    Database &m_db;
    qint64 m_maxMessageSize = DefaultMaxMessageSize;
    bool m_dryRun = false;
    bool m_cancelled = false;
    QString m_stopReason;
    int m_currentIndex = -1;
    Reviewer m_reviewer;
};
