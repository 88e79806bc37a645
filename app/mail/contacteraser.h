// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;

// The right to erasure (RGPD art. 17) for one person, found by their email address: their
// name, address and phone number are replaced by « [effacé] » in the contacts, in the emails
// kept byte for byte (headers and bodies; the message stays readable), in the contributions'
// texts, comments and attachment names, and in the old and new values of the audit log. The
// testimony itself stays. The erasure is logged without the data. Afterwards the search index
// is rebuilt for what changed, deleted content is overwritten (secure_delete), the file is
// compacted (VACUUM) and the write-ahead log emptied, so that none of it is left in the file.
// Existing backups are not touched: they expire within DatabaseBackup::kept days.
class ContactEraser
{
    Q_DECLARE_TR_FUNCTIONS(ContactEraser)

public:
    explicit ContactEraser(Database &db)
        : m_db(db)
    { }

    // What would be erased for this address (shown before asking for confirmation).
    struct Plan
    {
        QString address;
        QStringList names;
        QStringList phones;
        int contacts = 0;
        int messages = 0;
        int contributions = 0;
        int auditEntries = 0;
        bool isEmpty() const
        {
            return contacts == 0 && messages == 0 && contributions == 0 && auditEntries == 0;
        }
    };
    Plan plan(const QString &address) const;

    struct Result
    {
        int contacts = 0;
        int messages = 0;
        int contributions = 0;
        int auditEntries = 0;
        int otherRows = 0; // comments, attachment names
    };
    // Erases everything the plan lists; all or nothing. False with a sentence on failure.
    bool erase(const Plan &plan, Result *result, QString *error);

    static QString placeholder(); // « [effacé] »
    static QByteArray rawPlaceholder(); // "[efface]": ASCII, safe in any header or charset
    // The byte forms a text may take in a stored email: UTF-8 and Latin-1, quoted-printable,
    // RFC 2047 (Q and B).
    static QList<QByteArray> byteForms(const QString &text);
    // The usual ways of writing a French phone number: 01 23 45 67 89, 01.23…, +33 1 23…
    static QStringList phoneForms(const QString &phone);

private:
    Database &m_db;
};
