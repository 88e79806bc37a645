// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/contacteraser.h"

#include "mail/mimescrubber.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QFileInfo>

namespace {

const Eraser::MessageRewriter rewriter = &MimeScrubber::scrub;

} // namespace

QString ContactEraser::placeholder()
{
    return PersonMatcher::placeholder();
}

bool ContactEraser::plan(const QString &address, Plan *plan, QString *error) const
{
    return Eraser(m_db).plan(address, rewriter, plan, error);
}

QString ContactEraser::placeName(const QString &table)
{
    // What a coordinator calls each place; the table's own name follows in brackets, as in
    // `forget-contact --dry-run`, for whoever checks the database itself.
    static const QHash<QString, const char *> names = {
        { QStringLiteral("contact"), QT_TR_NOOP("contacts") },
        { QStringLiteral("contribution"), QT_TR_NOOP("testimonies") },
        { QStringLiteral("comment"), QT_TR_NOOP("comments") },
        { QStringLiteral("tag"), QT_TR_NOOP("free tags") },
        { QStringLiteral("saved_search"), QT_TR_NOOP("saved searches") },
        { QStringLiteral("source_message"), QT_TR_NOOP("stored emails") },
        { QStringLiteral("attachment"), QT_TR_NOOP("attachments") },
        { QStringLiteral("audit_log"), QT_TR_NOOP("history entries") },
        { QStringLiteral("drafts"), QT_TR_NOOP("unsaved drafts") },
    };
    const char *name = names.value(table);
    return name ? tr(name) : table;
}

QStringList ContactEraser::summary(const Plan &plan)
{
    QStringList lines;
    QStringList who { tr("the address %1").arg(plan.address) };
    if (!plan.person.names.isEmpty())
        who << tr("the names %1").arg(plan.person.names.join(QStringLiteral(", ")));
    if (!plan.person.phones.isEmpty())
        who << tr("the phone numbers %1").arg(plan.person.phones.join(QStringLiteral(", ")));
    lines << tr("To erase: %1.").arg(who.join(QStringLiteral(", ")));
    QStringList tables;
    for (const auto &[table, rows] : plan.rowsPerTable())
        tables << tr("%1 (%2): %3").arg(placeName(table), table).arg(rows);
    lines << tr("Rows changed per table: %1.").arg(tables.join(QStringLiteral(", ")));
    return lines;
}

bool ContactEraser::erase(const Plan &plan, QString *error)
{
    if (!Eraser(m_db).apply(plan, error))
        return false;
    // The automatic backups beside the file: an erased person must not wait in them (a server's
    // backups are its administrator's).
    if (m_db.localFile().isEmpty())
        return true;
    const ErasureRegister::Entry entry { QDateTime::currentDateTimeUtc(), ErasureRegister::hashOf(plan.address) };
    QStringList failed;
    for (const QString &backup : DatabaseBackup::backups(m_db.localFile())) {
        Database copy;
        QString why;
        int replayed = 0;
        if (!copy.open(backup, &why) || !ContactEraser(copy).replay({ entry }, &replayed, &why)) {
            failed << backup;
            continue;
        }
        copy.close();
        // A backup is kept as one self-contained file, as DatabaseBackup writes it.
        if (!DatabaseBackup::makeSelfContained(backup, &why))
            failed << backup;
    }
    if (!failed.isEmpty()) {
        *error = tr("The details were erased, but these backups could not be rewritten and still hold them: %1. "
                    "Delete them.")
                     .arg(failed.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool ContactEraser::replay(const QList<ErasureRegister::Entry> &extra, int *replayed, QString *error)
{
    *replayed = 0;
    // Copies of a file (backups, a file sent to a colleague) miss later erasures; a server is one.
    if (m_db.localFile().isEmpty())
        return true;
    const QSqlDatabase db = m_db.connection();
    QList<ErasureRegister::Entry> entries = ErasureRegister::entriesFor(db, m_db.location());
    for (const ErasureRegister::Entry &e : extra)
        if (!entries.contains(e))
            entries.append(e);
    const QStringList addresses = ErasureRegister::addressesNamed(db, entries);
    // Entries this copy has not recorded yet are recorded, so that later copies carry them.
    const QList<ErasureRegister::Entry> known = ErasureRegister::read(db);
    bool missing = false;
    for (const ErasureRegister::Entry &e : std::as_const(entries))
        missing = missing || !known.contains(e);
    if (addresses.isEmpty() && !missing)
        return true;
    if (m_db.isReadOnly()) {
        *error = tr("This copy was made before a person's details were erased at their request, and it is read-only: "
                    "it cannot be used until the erasure is done again in it. Make the file writable and open it again.");
        return false;
    }
    for (const QString &address : addresses) {
        Plan p;
        if (!plan(address, &p, error) || !Eraser(m_db).apply(p, error))
            return false;
        ++*replayed;
    }
    for (const ErasureRegister::Entry &e : std::as_const(entries)) {
        if (known.contains(e))
            continue;
        QString why;
        if (!ErasureRegister::record(db, e, &why)) {
            *error = tr("The erasure register could not be written: %1").arg(why);
            return false;
        }
    }
    return true;
}

bool ContactEraser::prepareRestored(const QString &copy, const QString &databasePath, QString *error)
{
    QList<ErasureRegister::Entry> entries;
    for (const QString &file : ErasureRegister::sideFilesFor(databasePath))
        entries += ErasureRegister::readSideFile(file);
    if (QFileInfo::exists(databasePath)) {
        Database current;
        QString why;
        if (current.open(databasePath, &why))
            for (const ErasureRegister::Entry &e : ErasureRegister::read(current.connection()))
                if (!entries.contains(e))
                    entries.append(e);
    }
    Database restored;
    if (!restored.open(copy, error))
        return false;
    int replayed = 0;
    return ContactEraser(restored).replay(entries, &replayed, error);
}
