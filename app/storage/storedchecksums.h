// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Every stored email and attachment is kept with the SHA-256 of its bytes: this reads them
// all again, one at a time (memory holds one item), and names those whose bytes no longer
// match (a flipped bit on disk, a row changed behind the application's back).
class StoredChecksums
{
    Q_DECLARE_TR_FUNCTIONS(StoredChecksums)

public:
    struct Mismatch
    {
        enum Kind { Email, Attachment } kind = Email;
        qint64 id = 0;
        QString label; // Message-ID or file name, for people
    };
    struct Result
    {
        int emails = 0;
        int attachments = 0;
        QList<Mismatch> mismatches;
    };

    explicit StoredChecksums(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // False (with the reason) only when the database could not be read.
    bool verify(Result *result, QString *error) const;

    // "email 3 (<id@host>), attachment 7 (bilan.pdf)"
    static QString describe(const QList<Mismatch> &mismatches);

private:
    QSqlDatabase m_db;
};
