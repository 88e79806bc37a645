// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/erasureregister.h"

#include "storage/databasebackup.h"
#include "storage/dialect/sqldialect.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

QString ErasureRegister::hashOf(const QString &address)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(address.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<ErasureRegister::Entry> ErasureRegister::read(const QSqlDatabase &db, QString *error)
{
    QList<Entry> entries;
    SqlQuery q(db, QStringLiteral("SELECT address_sha256, erased_at FROM erasure_register ORDER BY erased_at"));
    if (!q.exec()) {
        if (error)
            *error = q.error();
        return entries;
    }
    while (q.next())
        entries.append(
            { QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC(), q.value(0).toString() });
    return entries;
}

bool ErasureRegister::record(const QSqlDatabase &db, const Entry &entry, QString *error)
{
    SqlQuery q(db,
        SqlDialect::of(db).insertOrIgnore(QStringLiteral("erasure_register (address_sha256, erased_at) VALUES (?, ?)")));
    if (!q.exec({ entry.addressHash, entry.erasedAt.toUTC().toString(Qt::ISODateWithMs) })) {
        *error = q.error();
        return false;
    }
    return true;
}

QStringList ErasureRegister::sideFilesFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath.contains(QLatin1String("://")))
        return {};
    const QFileInfo info(databasePath);
    QStringList files { info.absoluteFilePath() + QStringLiteral(".erasures") };
    const QString folder = info.absolutePath();
    if (folder.endsWith(QLatin1String(".backups")))
        files << folder.chopped(int(qstrlen(".backups"))) + QStringLiteral(".erasures");
    return files;
}

QList<ErasureRegister::Entry> ErasureRegister::readSideFile(const QString &file)
{
    QList<Entry> entries;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine(4096)).object();
        const QString hash = o.value(QLatin1String("address_sha256")).toString();
        if (hash.size() == 64)
            entries.append(
                { QDateTime::fromString(o.value(QLatin1String("erased_at")).toString(), Qt::ISODateWithMs).toUTC(),
                    hash });
    }
    return entries;
}

bool ErasureRegister::appendSideFile(const QString &file, const Entry &entry, QString *error)
{
    QList<Entry> entries = readSideFile(file);
    if (entries.contains(entry))
        return true;
    entries.append(entry);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    for (const Entry &e : std::as_const(entries)) {
        const QJsonObject o { { QStringLiteral("erased_at"), e.erasedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("address_sha256"), e.addressHash } };
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    DatabaseBackup::makePrivateFile(file);
    return true;
}

QList<ErasureRegister::Entry> ErasureRegister::entriesFor(const QSqlDatabase &db, const QString &databasePath)
{
    QList<Entry> entries = read(db);
    for (const QString &file : sideFilesFor(databasePath))
        for (const Entry &e : readSideFile(file))
            if (!entries.contains(e))
                entries.append(e);
    return entries;
}

QStringList ErasureRegister::addressesNamed(const QSqlDatabase &db, const QList<Entry> &entries)
{
    QStringList found;
    if (entries.isEmpty())
        return found;
    QSet<QString> hashes;
    for (const Entry &e : entries)
        hashes.insert(e.addressHash);
    SqlQuery q(db,
        QStringLiteral("SELECT DISTINCT lower(email) FROM contact UNION SELECT DISTINCT lower(from_address) FROM "
                       "source_message"));
    if (!q.exec())
        return found;
    while (q.next()) {
        const QString address = q.value(0).toString().trimmed();
        if (address.contains(QLatin1Char('@')) && hashes.contains(hashOf(address)) && !found.contains(address))
            found << address;
    }
    return found;
}
