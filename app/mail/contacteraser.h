// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/eraser.h"
#include "storage/erasureregister.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// The right to erasure (RGPD art. 17) for one person, found by their email address, as the
// window and `recueil forget-contact` offer it: Eraser finds and rewrites every place in the
// database (MimeScrubber rewrites the stored emails), then the automatic backups beside a SQLite
// file are rewritten the same way, and the erasure register makes any older copy replay it when
// it is opened or restored. The testimony itself stays. See docs/rgpd.md.
class ContactEraser
{
    Q_DECLARE_TR_FUNCTIONS(ContactEraser)

public:
    explicit ContactEraser(Database &db)
        : m_db(db)
    { }

    using Plan = Eraser::Plan;
    // What would be erased for this address (shown before asking for confirmation, and by
    // --dry-run). False with a sentence when the database cannot be read.
    bool plan(const QString &address, Plan *plan, QString *error) const;
    // Erases everything the plan lists, all or nothing, then the same in the automatic backups.
    // False with a sentence on failure.
    bool erase(const Plan &plan, QString *error);

    // Replays on this database every erasure of its register, of its side files and of extra that
    // it still holds data for (a copy made before them). Returns false with a sentence when one
    // could not be done: the copy must then not be used.
    bool replay(const QList<ErasureRegister::Entry> &extra, int *replayed, QString *error);

    // For DatabaseBackup::restore: replays on the copy about to replace the database at
    // databasePath every erasure that database (or its side file) records.
    static bool prepareRestored(const QString &copy, const QString &databasePath, QString *error);

    static QString placeholder(); // « [effacé] »

    // Lines for the preview: who (address, names, phone numbers) and, per table, how many rows.
    // A place in words ("stored emails"), from its table name; unknown tables as they are.
    static QString placeName(const QString &table);
    static QStringList summary(const Plan &plan);

private:
    Database &m_db;
};
