// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/personmatcher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

class Database;

// The storage side of the right to erasure (RGPD art. 17): finds every place of the campaign
// that holds a person's address, names or phone numbers (PersonMatcher), and rewrites them,
// all in one transaction. A plan is computed first without writing anything, so that what is
// shown before confirming is exactly what is done:
// - the person's contacts are wiped whole (name, role, address, phone);
// - contributions (title, texts, late reason), comments, free tags (and the tag index), saved
//   searches, the audit log's old, new and reason values, the senders, subjects and file names
//   of stored emails and attachments have the details replaced by « [effacé] »;
// - stored emails are rewritten by the mail layer (MessageRewriter), which keeps them valid MIME;
//   text attachments are rewritten too; the Message-IDs of the person's emails become a stable
//   hash, everywhere they are referenced, so that threads still hold together;
// - the search index of every contribution touched is rebuilt, the erasure is logged without the
//   data and recorded in the erasure register (ErasureRegister), and a SQLite file is compacted so
//   that none of the old values stays in its free pages or write-ahead log;
// - the editor's drafts beside the database are rewritten too.
class Eraser
{
    Q_DECLARE_TR_FUNCTIONS(Eraser)

public:
    explicit Eraser(Database &db);

    // The stored email without the person, or nullopt when it does not hold them. ids maps the
    // Message-IDs to replace (without <>) to their stable hash.
    using MessageRewriter = std::function<std::optional<QByteArray>(
        const QByteArray &raw, const PersonMatcher &matcher, const QHash<QString, QString> &ids)>;

    struct Change
    {
        QString table;
        qint64 id = 0;
        QStringList columns;
        QVariantList values;
    };
    struct DraftChange
    {
        QString file;
        QByteArray content;
    };
    struct Plan
    {
        QString address;
        PersonIdentity person;
        QList<qint64> contactIds;
        QList<Change> changes;
        QList<qint64> contributions; // whose search entries are rebuilt
        QList<DraftChange> drafts;
        QHash<QString, QString> messageIds; // the person's Message-IDs and their stable hash
        int auditEntries = 0; // counted when planned; the log is searched again when erasing

        // Rows changed per table, drafts as "drafts", in table order.
        QList<std::pair<QString, int>> rowsPerTable() const;
        // Every place, one a line: "contribution 12: title, body".
        QStringList places() const;
        bool isEmpty() const { return contactIds.isEmpty() && changes.isEmpty() && drafts.isEmpty() && auditEntries == 0; }
    };

    // The person behind an address, as the database knows them: every spelling of the address it
    // holds, the names and the phone numbers of their contacts and emails.
    PersonIdentity identify(const QString &address) const;

    // What erasing the person of this address would change. False with a sentence on failure.
    bool plan(const QString &address, const MessageRewriter &rewrite, Plan *plan, QString *error) const;
    // Does it, all or nothing; then compacts a SQLite file. False with a sentence on failure.
    bool apply(const Plan &plan, QString *error);

    // "<erased-1f2e…@recueil.invalid>" without <>: the same id always gives the same hash.
    static QString stableMessageId(const QString &messageId);
    // Text-like attachments are rewritten; other files cannot be without damaging them.
    static bool isTextual(const QString &mimeType);

private:
    Database &m_db;
};
