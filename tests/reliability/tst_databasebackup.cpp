// SPDX-License-Identifier: GPL-3.0-or-later
// Backups, restore, and what a damaged file does on opening.
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

namespace {

const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions ownerFolder = ownerOnly | QFileDevice::ExeOwner;

// Permissions as the kernel has them (Qt adds the "user" bits as copies of the owner's).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path)
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

qint64 addOne(Database &db, const QString &title)
{
    Contribution c = sampleContribution(title);
    QString error;
    if (!ContributionRepository(db).create(c, &error))
        qWarning("%s", qPrintable(error));
    return c.id;
}

int countIn(const QString &file)
{
    Database db;
    QString error;
    if (!db.open(file, &error))
        return -1;
    return int(ContributionRepository(db).page(ContributionFilter {}, 0, 1000).size());
}

// Overwrites the middle of the file (the tables' pages) with garbage.
void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    f.seek(4096);
    f.write(QByteArray(int(size - 8192), '\xA5'));
}

} // namespace

class TstDatabaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeMakesAVerifiedOwnerOnlyCopy()
    {
        TempDatabase t;
        addOne(*t.db, QStringLiteral("Avant la sauvegarde"));
        const QString target = t.dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(DatabaseBackup::write(t.path, target, &error), qPrintable(error));
        QCOMPARE(modeOf(target), ownerOnly);
        QVERIFY(DatabaseBackup::verify(target, &error));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal"))); // one self-contained file
        QCOMPARE(countIn(target), 1);
        // Never over an existing file.
        QVERIFY(!DatabaseBackup::write(t.path, target, &error));
        QVERIFY(error.contains(target));
    }

    void autoBackupOnceADayKeepsFourteen()
    {
        TempDatabase t;
        addOne(*t.db, QStringLiteral("Un"));
        QString written;
        QString error;
        const QDate first(2026, 11, 1);
        QCOMPARE(
            DatabaseBackup::autoBackup(t.path, first, &written, &error), DatabaseBackup::AutoResult::Written);
        QCOMPARE(QFileInfo(written).fileName(), QStringLiteral("recueil-2026-11-01.sqlite"));
        QCOMPARE(QFileInfo(written).absolutePath(), DatabaseBackup::folderFor(t.path));
        QCOMPARE(modeOf(DatabaseBackup::folderFor(t.path)), ownerFolder);
        QCOMPARE(modeOf(written), ownerOnly);
        QCOMPARE(DatabaseBackup::autoBackup(t.path, first, &written, &error),
            DatabaseBackup::AutoResult::AlreadyDone);
        for (int day = 1; day < 20; ++day)
            QCOMPARE(DatabaseBackup::autoBackup(t.path, first.addDays(day), &written, &error),
                DatabaseBackup::AutoResult::Written);
        const QStringList all = DatabaseBackup::backups(t.path);
        QCOMPARE(all.size(), DatabaseBackup::kept);
        QCOMPARE(DatabaseBackup::dateOf(all.first()), first.addDays(19));
        QCOMPARE(DatabaseBackup::dateOf(all.last()), first.addDays(19 - DatabaseBackup::kept + 1));
    }

    void restoreReplacesAndKeepsTheOldFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            addOne(db, QStringLiteral("Sauvegardée"));
            QVERIFY(DatabaseBackup::write(path, backup, &error));
            addOne(db, QStringLiteral("Après la sauvegarde"));
        }
        QString aside;
        QVERIFY2(DatabaseBackup::restore(backup, path, &aside, &error), qPrintable(error));
        QVERIFY(aside.startsWith(path + QStringLiteral(".replaced-")));
        QCOMPARE(countIn(path), 1);
        QCOMPARE(countIn(aside), 2);
        QCOMPARE(modeOf(path), ownerOnly);
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }

    // A backup whose rules were tampered with is refused, and the database is not touched.
    void restoreRefusesATamperedCopy_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("says");
        QTest::newRow("audit rules removed") << QStringLiteral("DROP TRIGGER audit_log_append_only_update")
                                             << QStringLiteral("audit_log_append_only_update");
        QTest::newRow("rule that validates everything")
            << QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON contribution BEGIN UPDATE contribution SET "
                              "status = 'validated' WHERE id = NEW.id; END")
            << QStringLiteral("sneaky");
        QTest::newRow("rule changed") << QStringLiteral(
            "DROP TRIGGER audit_log_append_only_delete\nCREATE TRIGGER audit_log_append_only_delete BEFORE DELETE "
            "ON audit_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                                      << QStringLiteral("audit_log_append_only_delete");
        QTest::newRow("schema from the future") << QStringLiteral("INSERT INTO schema_version VALUES (99, 'x')")
                                                << QStringLiteral("newer version");
    }
    void restoreRefusesATamperedCopy()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            addOne(db, QStringLiteral("En place"));
            QVERIFY(DatabaseBackup::write(path, backup, &error));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            for (const QString &statement : tamper.split(QLatin1Char('\n')))
                QVERIFY2(QSqlQuery(raw).exec(statement), qPrintable(statement));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QByteArray before = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QString aside;
        QVERIFY(!DatabaseBackup::restore(backup, path, &aside, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Nothing was restored")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.replaced-*") }).size(), 0);
    }

    void restoreNeverReplacesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            addOne(db, QStringLiteral("En place"));
            QVERIFY(DatabaseBackup::write(path, backup, &error));
            addOne(db, QStringLiteral("Après"));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        QString aside;
        QVERIFY(!DatabaseBackup::restore(backup, path, &aside, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(QFile::setPermissions(path, ownerOnly));
        QCOMPARE(countIn(path), 2);
    }

    void twoRestoresInOneSecondKeepBothFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            addOne(db, QStringLiteral("Une"));
            QVERIFY(DatabaseBackup::write(path, backup, &error));
        }
        QStringList asides;
        for (int i = 0; i < 3; ++i) {
            QString aside;
            QVERIFY2(DatabaseBackup::restore(backup, path, &aside, &error), qPrintable(error));
            QVERIFY(!asides.contains(aside));
            asides << aside;
        }
        for (const QString &a : std::as_const(asides))
            QVERIFY(QFile::exists(a));
    }

    void restoreRefusesADamagedBackupAndTouchesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("saved.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            for (int i = 0; i < 200; ++i)
                addOne(db, QStringLiteral("Témoignage %1 ").arg(i) + QString(200, QLatin1Char('x')));
            QVERIFY(DatabaseBackup::write(path, backup, &error));
        }
        damage(backup);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        QString aside;
        QVERIFY(!DatabaseBackup::restore(backup, path, &aside, &error));
        QVERIFY(error.contains(backup));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QVERIFY(aside.isEmpty());
        QCOMPARE(
            QDir(dir.path())
                .entryList({ QStringLiteral("*.replaced-*"), QStringLiteral("*.restoring") }, QDir::Files),
            QStringList());
    }

    void damagedFileIsReportedWithItsLatestGoodBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            for (int i = 0; i < 200; ++i)
                addOne(db, QStringLiteral("Témoignage %1 ").arg(i) + QString(200, QLatin1Char('x')));
            QString written;
            QCOMPARE(DatabaseBackup::autoBackup(path, QDate(2026, 11, 20), &written, &error),
                DatabaseBackup::AutoResult::Written);
            QCOMPARE(DatabaseBackup::autoBackup(path, QDate(2026, 11, 21), &written, &error),
                DatabaseBackup::AutoResult::Written);
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        damage(DatabaseBackup::backups(path).first()); // the newest backup is damaged too
        damage(path);
        Database db;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(db.openFailure(), Database::OpenFailure::Damaged);
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("damaged")), qPrintable(error));
        const QString good = DatabaseBackup::latestGoodBackup(path);
        QCOMPARE(DatabaseBackup::dateOf(good), QDate(2026, 11, 20));
        QString aside;
        QVERIFY2(DatabaseBackup::restore(good, path, &aside, &error), qPrintable(error));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(countIn(path), 200);
    }

    void otherFailuresAreNotCalledDamage()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error)); // a folder
        QCOMPARE(db.openFailure(), Database::OpenFailure::Other);
    }
};

QTEST_GUILESS_MAIN(TstDatabaseBackup)
#include "tst_databasebackup.moc"
