// SPDX-License-Identifier: GPL-3.0-or-later
// Everything Recueil writes is readable by its owner only (files 0600, folders 0700), and an
// exported attachment lands inside the chosen folder whatever its name.
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/draftstore.h"
#include "storage/sourcemessagerepository.h"
#include "testsupport.h"
#include "ui/editor/attachmentexporter.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTest>

using namespace TestSupport;

namespace {

// The bits the kernel has (Qt's "user" bits are copies of the owner's).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path)
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

const QFileDevice::Permissions file0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions folder0700 = file0600 | QFileDevice::ExeOwner;

QStringList everythingUnder(const QString &root)
{
    QStringList all;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        all << it.next();
    all.sort();
    return all;
}

} // namespace

class TstPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingWrittenIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/recueil.sqlite"));
        QString error;
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        Contribution c = sampleContribution();
        QVERIFY(ContributionRepository(db).create(c, &error));
        QString backup;
        QCOMPARE(DatabaseBackup::autoBackup(path, QDate::currentDate(), &backup, &error),
            DatabaseBackup::AutoResult::Written);
        QVERIFY(DatabaseBackup::write(path, dir.filePath(QStringLiteral("manual.sqlite")), &error));
        QVERIFY(DraftStore(path).save(c, c.version, &error));
        db.close();
        // A dossier, through the real command.
        QProcess p;
        p.start(QStringLiteral(RECUEIL_BINARY),
            { QStringLiteral("--database"), path, QStringLiteral("dossier"), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("dossier.pdf")), QStringLiteral("--status"),
                QStringLiteral("received") });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const QStringList written = everythingUnder(dir.path());
        QVERIFY(written.size() >= 6);
        for (const QString &entry : written) {
            const bool folder = QFileInfo(entry).isDir();
            QVERIFY2(modeOf(entry) == (folder ? folder0700 : file0600),
                qPrintable(entry + QStringLiteral(": ") + QString::number(int(modeOf(entry)), 8)));
        }
    }

    void attachmentsStayInTheChosenFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../../evil.sh");
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil");
        QTest::newRow("dot dot") << QStringLiteral("..");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("empty") << QString();
        QTest::newRow("inner traversal") << QStringLiteral("rapport/../../../evil.pdf");
        QTest::newRow("windows") << QStringLiteral("C:\\Windows\\..\\..\\evil.bat");
        QTest::newRow("home") << QStringLiteral("~/.bashrc");
        QTest::newRow("hidden") << QStringLiteral(".profile");
        QTest::newRow("nul") << (QStringLiteral("bilan.pdf") + QChar(u'\0') + QStringLiteral("/../../x"));
        QTest::newRow("right-to-left override") << QStringLiteral("rapport\u202Efdp.exe");
        QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\u0001.txt");
        QTest::newRow("very long") << QString(600, QLatin1Char('a')) + QStringLiteral(".pdf");
        QTest::newRow("url") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("device") << QStringLiteral("/dev/null");
        QTest::newRow("reserved") << QStringLiteral("CON.txt");
    }

    void attachmentsStayInTheChosenFolder()
    {
        QFETCH(QString, name);
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("chosen/inner"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = everythingUnder(root.path());
        StoredAttachment a;
        a.filename = name;
        a.safeName = name; // the worst case: a stored name that was never made safe
        a.mimeType = QStringLiteral("application/pdf");
        a.data = QByteArrayLiteral("%PDF-1.4 contenu");
        a.size = a.data.size();
        QString error;
        const QStringList written = AttachmentExporter::exportTo(folder, { a, a }, &error);
        QCOMPARE(written.size(), 2);
        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        for (const QString &path : written) {
            const QFileInfo info(path);
            QVERIFY2(info.isFile(), qPrintable(path));
            QCOMPARE(info.canonicalPath(), canonicalFolder);
            QVERIFY(!info.fileName().startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('.')));
            QCOMPARE(modeOf(path), file0600);
        }
        QVERIFY(written.at(0) != written.at(1)); // never over an existing file
        // Nothing appeared anywhere but in the chosen folder.
        QStringList after = everythingUnder(root.path());
        for (const QString &path : written)
            after.removeAll(QFileInfo(path).absoluteFilePath());
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TstPrivateFiles)
#include "tst_privatefiles.moc"
