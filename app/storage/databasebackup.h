// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>

// Copies of a SQLite database: the daily automatic backup kept beside it, `recueil backup`
// and `recueil restore`.
//
// A copy is written with SQLite's VACUUM INTO from a connection of its own: it reads one
// consistent snapshot while the application goes on writing (WAL), needs nothing beyond
// Qt's SQLite driver, and writes only the live pages, so that what was erased (free pages)
// is not carried into the copy. Every copy is written under a temporary name, set to the
// rollback journal (one self-contained file), checked with SQLite's integrity check, made
// readable by its owner only (0600), and only then renamed to its final name.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    static constexpr int kept = 14; // automatic backups kept, one a day

    // "<database>.backups": the folder of the automatic backups (0700).
    static QString folderFor(const QString &databasePath);
    // The automatic backups of a database, newest first.
    static QStringList backups(const QString &databasePath);
    // The newest automatic backup that passes the integrity check, or an empty string.
    static QString latestGoodBackup(const QString &databasePath);
    // The day an automatic backup was written, from its name.
    static QDate dateOf(const QString &backupPath);

    // Writes a verified copy of the database file to target, which must not exist yet.
    static bool write(const QString &databasePath, const QString &target, QString *error);

    enum class AutoResult { Written, AlreadyDone, Failed };
    // Today's automatic backup, unless there is one already; keeps the last `kept`.
    static AutoResult autoBackup(
        const QString &databasePath, const QDate &today, QString *written, QString *error);

    // True when file is a whole Recueil database (integrity check, schema present).
    static bool verify(const QString &file, QString *error);
    // Leaves a SQLite file whole on its own: rollback journal, no -wal or -shm beside it.
    static bool makeSelfContained(const QString &file, QString *error);

    // Replaces the database file by a verified copy of backup. The replaced file (with its
    // write-ahead log, if any) is renamed "<database>.replaced-YYYYMMDD-HHMMSS", named in
    // *keptAside. The new file is prepared beside the database and renamed over it in one step:
    // a crash leaves either the old file or the restored one, never half of one.
    // No connection may be open on the database meanwhile.
    // The copy is checked before anything is replaced: whole (integrity check), of a schema this
    // version knows, with exactly the rules (triggers) its schema has; a read-only database is
    // never replaced. prepare, when given, runs on the checked copy before it takes the
    // database's place (the erasures it has not seen are replayed there); false refuses.
    using Prepare = std::function<bool(const QString &copy, QString *error)>;
    static bool restore(const QString &backup, const QString &databasePath, QString *keptAside, QString *error,
        const Prepare &prepare = {});

    // Whether the triggers of a SQLite file at the latest schema are exactly those its schema
    // creates: none removed, changed or added. False with what differs.
    static bool hasExpectedTriggers(const QString &file, QString *error);

    // The owner-only permissions of everything Recueil writes.
    static bool makePrivateFile(const QString &path);
    static bool makePrivateFolder(const QString &path);
};
