// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasebackup.h"

#include "storage/database.h"
#include "storage/dialect/sqlitedialect.h"
#include "storage/schemamigrator.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("recueil-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs work on a connection of its own to file, then closes and forgets it.
template<typename Work> bool withConnection(const QString &file, bool readOnly, QString *error, Work work)
{
    const QString name = connectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            *error = db.lastError().text();
        else
            ok = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool renameFile(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

bool DatabaseBackup::makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool DatabaseBackup::makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path)
        && QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString DatabaseBackup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QStringList DatabaseBackup::backups(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$").arg(QRegularExpression::escape(base)));
    const QDir folder(folderFor(databasePath));
    QStringList names = folder.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : std::as_const(names))
        if (pattern.match(name).hasMatch())
            paths.append(folder.filePath(name));
    return paths;
}

QDate DatabaseBackup::dateOf(const QString &backupPath)
{
    static const QRegularExpression date(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QRegularExpressionMatch m = date.match(backupPath);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

QString DatabaseBackup::latestGoodBackup(const QString &databasePath)
{
    const QStringList all = backups(databasePath);
    for (const QString &path : all) {
        QString ignored;
        if (verify(path, &ignored))
            return path;
    }
    return QString();
}

bool DatabaseBackup::verify(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = tr("“%1” does not exist.").arg(file);
        return false;
    }
    QString why;
    const bool ok = withConnection(file, true, &why, [&](QSqlDatabase &db) {
        QString result;
        if (!SqliteDialect::integrityCheck(db, &result, &why))
            return false;
        if (result != QLatin1String("ok")) {
            why = result;
            return false;
        }
        if (SchemaMigrator::currentVersion(db) < 1) {
            why = tr("it holds no Recueil data");
            return false;
        }
        return true;
    });
    if (!ok)
        *error = tr("“%1” is not a whole Recueil database (%2).").arg(file, why);
    return ok;
}

bool DatabaseBackup::write(const QString &databasePath, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = tr("“%1” already exists: choose a new file name for the backup.").arg(target);
        return false;
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        // VACUUM INTO fills an empty file that already exists: it is owner-only from the start.
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !makePrivateFile(part)) {
            *error = tr("Cannot write the backup “%1”: %2").arg(target, file.errorString());
            return false;
        }
    }
    QString why;
    bool ok = withConnection(databasePath, true, &why, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            why = q.lastError().text();
            return false;
        }
        q.addBindValue(part);
        if (!q.exec()) {
            why = q.lastError().text();
            return false;
        }
        return true;
    });
    // One self-contained file, whatever the journal mode of the original.
    ok = ok && withConnection(part, false, &why, [&](QSqlDatabase &db) {
        return SqliteDialect::useRollbackJournal(db, &why);
    });
    if (!ok) {
        QFile::remove(part);
        *error = tr("The backup of “%1” could not be written: %2").arg(databasePath, why);
        return false;
    }
    if (!verify(part, &why)) {
        QFile::remove(part);
        *error = tr("The backup of “%1” failed its check and was not kept: %2").arg(databasePath, why);
        return false;
    }
    if (!makePrivateFile(part) || !QFile::rename(part, target)) {
        QFile::remove(part);
        *error = tr("Cannot write the backup “%1”.").arg(target);
        return false;
    }
    return true;
}

bool DatabaseBackup::makeSelfContained(const QString &file, QString *error)
{
    QString why;
    const bool ok = withConnection(file, false, &why, [&](QSqlDatabase &db) {
        return SqliteDialect::useRollbackJournal(db, &why);
    });
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file + QStringLiteral("-wal"));
    if (!ok && error)
        *error = why;
    return ok;
}

DatabaseBackup::AutoResult DatabaseBackup::autoBackup(
    const QString &databasePath, const QDate &today, QString *written, QString *error)
{
    const QString folder = folderFor(databasePath);
    if (!makePrivateFolder(folder)) {
        *error = tr("Cannot create the backup folder “%1”.").arg(folder);
        return AutoResult::Failed;
    }
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(QFileInfo(databasePath).completeBaseName(), today.toString(Qt::ISODate)));
    if (QFileInfo::exists(target))
        return AutoResult::AlreadyDone;
    if (!write(databasePath, target, error))
        return AutoResult::Failed;
    if (written)
        *written = target;
    const QStringList all = backups(databasePath);
    for (int i = kept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return AutoResult::Written;
}

namespace {

// The triggers a database at the latest schema has, by name, as the migrations create them.
QMap<QString, QString> triggersOf(QSqlDatabase &db)
{
    QMap<QString, QString> triggers;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
        while (q.next())
            triggers.insert(q.value(0).toString(), q.value(1).toString().simplified());
    return triggers;
}

const QMap<QString, QString> &expectedTriggers()
{
    static const QMap<QString, QString> expected = [] {
        QMap<QString, QString> triggers;
        const QString name = connectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QString error;
            if (db.open() && SchemaMigrator(QStringLiteral("sqlite")).migrate(db, &error))
                triggers = triggersOf(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return triggers;
    }();
    return expected;
}

} // namespace

bool DatabaseBackup::hasExpectedTriggers(const QString &file, QString *error)
{
    QMap<QString, QString> found;
    QString why;
    if (!withConnection(file, true, &why, [&](QSqlDatabase &db) {
            found = triggersOf(db);
            return true;
        })) {
        *error = why;
        return false;
    }
    const QMap<QString, QString> &expected = expectedTriggers();
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key()))
            differences << tr("the rule “%1” is missing").arg(it.key());
        else if (found.value(it.key()) != it.value())
            differences << tr("the rule “%1” was changed").arg(it.key());
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (!expected.contains(it.key()))
            differences << tr("an unknown rule “%1” was added").arg(it.key());
    if (!differences.isEmpty()) {
        *error = differences.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

bool DatabaseBackup::restore(const QString &backup, const QString &databasePath, QString *keptAside, QString *error,
    const Prepare &prepare)
{
    QString why;
    if (!verify(backup, &why)) {
        *error = tr("Nothing was restored: %1").arg(why);
        return false;
    }
    int version = 0;
    withConnection(backup, true, &why, [&](QSqlDatabase &db) {
        version = SchemaMigrator::currentVersion(db);
        return true;
    });
    const int latest = SchemaMigrator(QStringLiteral("sqlite")).latestVersion();
    if (version > latest) {
        *error = tr("Nothing was restored: “%1” was written by a newer version of Recueil (schema %2, this one knows up "
                    "to %3).")
                     .arg(backup)
                     .arg(version)
                     .arg(latest);
        return false;
    }
    const QFileInfo info(databasePath);
    if (info.exists()
        && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)
            || !QFileInfo(info.absolutePath()).isWritable())) {
        *error = tr("Nothing was restored: “%1” is read-only. Make it writable first if it is really to be replaced.")
                     .arg(databasePath);
        return false;
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder “%1”.").arg(info.absolutePath());
        return false;
    }
    // The restored copy is prepared and checked beside the database, then takes its place.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    auto discard = [&incoming] {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(incoming + QString::fromLatin1(suffix));
    };
    discard();
    if (!write(backup, incoming, &why)) {
        *error = tr("Nothing was restored: %1").arg(why);
        return false;
    }
    // Brought to the latest schema, then its rules compared with those the schema makes: a copy
    // whose audit or deadline rules were removed or changed is refused.
    {
        Database copy;
        if (!copy.open(incoming, &why)) {
            discard();
            *error = tr("Nothing was restored: %1").arg(why);
            return false;
        }
    }
    if (!hasExpectedTriggers(incoming, &why)) {
        discard();
        *error = tr("Nothing was restored: “%1” does not hold Recueil's own rules (%2).").arg(backup, why);
        return false;
    }
    if (prepare && !prepare(incoming, &why)) {
        discard();
        *error = tr("Nothing was restored: %1").arg(why);
        return false;
    }
    QFile::remove(incoming + QStringLiteral("-wal"));
    QFile::remove(incoming + QStringLiteral("-shm"));
    keptAside->clear();
    if (info.exists()) {
        // Fold the write-ahead log into the file kept aside, when it can still be read.
        withConnection(databasePath, false, &why, [&](QSqlDatabase &db) {
            return SqliteDialect::checkpoint(db, &why);
        });
        // A name no earlier restore used, even one in the same second.
        const QString stem = databasePath + QStringLiteral(".replaced-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        QString aside = stem;
        for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
            aside = stem + QLatin1Char('-') + QString::number(n);
        // A second name for the old file: the database path is never without a whole file.
        if (::link(QFile::encodeName(databasePath).constData(), QFile::encodeName(aside).constData()) != 0
            && !QFile::copy(databasePath, aside)) {
            QFile::remove(incoming);
            *error = tr("Nothing was restored: the current file could not be kept aside as “%1”.").arg(aside);
            return false;
        }
        for (const char *suffix : { "-wal", "-journal" }) {
            const QString side = databasePath + QString::fromLatin1(suffix);
            if (QFileInfo::exists(side) && !renameFile(side, aside + QString::fromLatin1(suffix))) {
                QFile::remove(incoming);
                *error = tr("Nothing was restored: “%1” could not be moved aside.").arg(side);
                return false;
            }
        }
        *keptAside = aside;
    }
    if (!renameFile(incoming, databasePath)) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(incoming);
        *error = tr("Nothing was restored: %1").arg(reason);
        return false;
    }
    QFile::remove(databasePath + QStringLiteral("-shm"));
    return true;
}
