// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The erasures done on a campaign (RGPD art. 17), so that an older copy never brings a person
// back: each entry is the date and the SHA-256 of the erased address in lower case, never a
// name. It is kept in the database (table erasure_register, carried into every later backup)
// and in a small file beside the database, "<database>.erasures", which a backup made before
// the erasure does not hold but is found beside it: opening or restoring such a copy replays the
// erasures it has not seen (ContactEraser::replay).
class ErasureRegister
{
public:
    struct Entry
    {
        QDateTime erasedAt; // UTC
        QString addressHash; // lower-case hex SHA-256 of the address in lower case
        bool operator==(const Entry &other) const { return addressHash == other.addressHash; }
    };

    static QString hashOf(const QString &address);

    // The entries in a database.
    static QList<Entry> read(const QSqlDatabase &db, QString *error = nullptr);
    // Adds an entry (nothing when it is there already), inside the caller's transaction.
    static bool record(const QSqlDatabase &db, const Entry &entry, QString *error);

    // The files that may hold entries for the database at path: its own "<path>.erasures",
    // and for an automatic backup (in "<database>.backups") that of the database it came from.
    static QStringList sideFilesFor(const QString &databasePath);
    static QList<Entry> readSideFile(const QString &file);
    // Adds an entry to the side file (0600), written whole under a temporary name.
    static bool appendSideFile(const QString &file, const Entry &entry, QString *error);

    // Every entry that applies to the database at path: its own, and those of its side files.
    static QList<Entry> entriesFor(const QSqlDatabase &db, const QString &databasePath);

    // The addresses held in the database (contacts, senders) that an entry names.
    static QStringList addressesNamed(const QSqlDatabase &db, const QList<Entry> &entries);
};
