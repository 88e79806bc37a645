// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace TestSupport;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsSeeded()
    {
        TempDatabase t;
        const QSqlDatabase db = t.db->connection();
        QCOMPARE(t.db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM campaign")).toInt(), 1);
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT group_concat(code, ',') FROM (SELECT code FROM theme ORDER BY position)")).toString(),
                 QStringLiteral("organisation,economie,cohesion"));
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM subtopic")).toInt(), 13);
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT theme_code FROM subtopic WHERE code = 'teletravail'")).toString(),
                 QStringLiteral("organisation"));
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT group_concat(code, ',') FROM (SELECT code FROM review_state ORDER BY position)")).toString(),
                 QStringLiteral("received,in_review,needs_changes,validated,rejected"));
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT label_fr FROM review_state WHERE code = 'needs_changes'")).toString(),
                 QStringLiteral("À compléter"));
        const Campaign c = t.db->campaign();
        QCOMPARE(c.closesOn, QDate(2021, 3, 20));
        QCOMPARE(c.timeZone, QStringLiteral("Europe/Paris"));
        QVERIFY(c.name.startsWith(QStringLiteral("Gestion de crise avec le numérique")));
    }

    void pragmas()
    {
        TempDatabase t;
        QCOMPARE(SqlQuery::scalar(t.db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(SqlQuery::scalar(t.db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void ownerOnlyPermissions()
    {
        TempDatabase t;
        const QFile::Permissions p = QFileInfo(t.path).permissions();
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM campaign")).toInt(), 1);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO schema_version VALUES (999, 'future')")).exec());
            SqlQuery(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void olderDatabaseIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A database from before the first step: only the version table exists.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(SqlQuery(raw, QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")).exec());
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void corruptedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database at all, just text\n").repeated(200);
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        QTest::newRow("png") << png + QByteArray(4096, '\x07');
    }

    void corruptedFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY(!error.isEmpty());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void readOnlyFileOpensReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            SqlQuery(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
        }
        QFile::setPermissions(path, QFile::ReadOwner);
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.isReadOnly());
    }

    void notAFile()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
