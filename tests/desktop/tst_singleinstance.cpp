// SPDX-License-Identifier: GPL-3.0-or-later
// "recueil FILE.eml" while a window is open on the same database: the files go to that window,
// which imports them. The second Recueil is played by a thread (its calls block, as a process's
// would), the first by a SingleInstance and a MainWindow on this thread.
#include "clock.h"
#include "contributionlistmodel.h"
#include "database.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using TestSupport::TempDatabase;
using TestSupport::testData;
using TestSupport::utc;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nameDependsOnTheDatabaseOnly_data();
    void nameDependsOnTheDatabaseOnly();
    void nobodyListeningMeansNoHandOver();
    void filesReachTheRunningInstance_data();
    void filesReachTheRunningInstance();
    void anotherDatabaseIsAnotherWindow();
    void aStaleSocketIsTakenOver();
    void aLiveWindowIsNotRobbed();
    void theWindowImportsWhatItReceives();
    void filesArrivingDuringAnImportWaitTheirTurn();
    void theFinderOpensEmailsInTheWindow();

private:
    // Runs "recueil DATABASE FILES…" as a second process would, on a thread of its own.
    bool sendFromAnotherProcess(const QString &database, const QStringList &files);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
}

bool TestSingleInstance::sendFromAnotherProcess(const QString &database, const QStringList &files)
{
    bool sent = false;
    std::unique_ptr<QThread> other(
        QThread::create([&] { sent = SingleInstance::sendToRunning(database, files); }));
    other->start();
    // This thread's event loop is the running window's: keep it turning meanwhile.
    if (!QTest::qWaitFor([&] { return other->isFinished(); }, 10000))
        qFatal("the second instance never returned");
    other->wait();
    return sent;
}

void TestSingleInstance::nameDependsOnTheDatabaseOnly_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString dir = m_dir->path();
    QTest::newRow("same path") << dir + "/a.sqlite" << dir + "/a.sqlite" << true;
    QTest::newRow("spelt otherwise") << dir + "/a.sqlite" << dir + "/./sub/../a.sqlite" << true;
    QTest::newRow("relative") << QDir::current().filePath("a.sqlite") << QStringLiteral("a.sqlite") << true;
    QTest::newRow("other file") << dir + "/a.sqlite" << dir + "/b.sqlite" << false;
}

void TestSingleInstance::nameDependsOnTheDatabaseOnly()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(SingleInstance::serverName(a) == SingleInstance::serverName(b), same);
    QVERIFY(SingleInstance::serverName(a).startsWith("recueil-"));
    // A Unix socket path has room for about a hundred bytes.
    QVERIFY(SingleInstance::serverName(a).size() < 40);
}

void TestSingleInstance::nobodyListeningMeansNoHandOver()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SingleInstance::sendToRunning(m_dir->filePath("nobody.sqlite"), { "/tmp/x.eml" }));
    QVERIFY2(timer.elapsed() < 1000, "starting alone must not wait for a time-out");
}

void TestSingleInstance::filesReachTheRunningInstance_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("none: the window comes to the front") << QStringList();
    QTest::newRow("one email") << QStringList { "/home/carole/Téléchargements/témoignage.eml" };
    QTest::newRow("an email and an mbox") << QStringList { "/tmp/a b.eml", "/tmp/Courrier entrant.mbox" };
}

void TestSingleInstance::filesReachTheRunningInstance()
{
    QFETCH(QStringList, files);
    const QString db = m_dir->filePath("running.sqlite");
    SingleInstance running;
    QVERIFY(running.listen(db));
    QSignalSpy received(&running, &SingleInstance::filesReceived);
    QVERIFY(sendFromAnotherProcess(db, files));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), files);
}

void TestSingleInstance::anotherDatabaseIsAnotherWindow()
{
    SingleInstance running;
    QVERIFY(running.listen(m_dir->filePath("one.sqlite")));
    QSignalSpy received(&running, &SingleInstance::filesReceived);
    QVERIFY(!sendFromAnotherProcess(m_dir->filePath("two.sqlite"), { "/tmp/a.eml" }));
    QCOMPARE(received.count(), 0);
}

void TestSingleInstance::aStaleSocketIsTakenOver()
{
    // What a crashed Recueil leaves: the socket file, nobody behind it.
    const QString db = m_dir->filePath("crashed.sqlite");
    const QString path = QDir::temp().filePath(SingleInstance::serverName(db));
    QFile::remove(path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    qstrncpy(address.sun_path, encoded.constData(), sizeof address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));

    QVERIFY(!SingleInstance::sendToRunning(db, {}));
    SingleInstance instance;
    QVERIFY(instance.listen(db));
    QSignalSpy received(&instance, &SingleInstance::filesReceived);
    QVERIFY(sendFromAnotherProcess(db, { "/tmp/a.eml" }));
    QTRY_COMPARE(received.count(), 1);
}

void TestSingleInstance::aLiveWindowIsNotRobbed()
{
    const QString db = m_dir->filePath("shared.sqlite");
    SingleInstance first;
    QVERIFY(first.listen(db));
    SingleInstance second;
    QVERIFY(!second.listen(db));
    QVERIFY(!second.isListening());
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    QVERIFY(sendFromAnotherProcess(db, { "/tmp/a.eml" }));
    QTRY_COMPARE(received.count(), 1);
}

void TestSingleInstance::theWindowImportsWhatItReceives()
{
    TempDatabase db;
    FixedClock clock(utc("2021-03-25T10:00:00Z"));
    MainWindow window(*db.db, clock);
    window.importController()->setVerifyEachMessage(false);
    SingleInstance instance;
    QVERIFY(instance.listen(db.path));
    window.setSingleInstance(&instance);
    window.show();
    QCOMPARE(window.model()->totalCount(), 0);

    QVERIFY(sendFromAnotherProcess(db.path, { testData("mail/01-saumur-thunderbird.eml") }));
    QTRY_VERIFY_WITH_TIMEOUT(window.importController()->summaryDialog() != nullptr, 20000);
    QTRY_VERIFY(!window.importController()->isRunning());
    QCOMPARE(window.importController()->summaryDialog()->count(ImportOutcome::Created), 1);
    QTRY_COMPARE(window.model()->totalCount(), 1);
    window.importController()->summaryDialog()->close();

    // Opening another database moves the window's socket there.
    TempDatabase other;
    QVERIFY(window.openDatabase(other.path));
    QCOMPARE(instance.currentServerName(), SingleInstance::serverName(other.path));
    QVERIFY(!SingleInstance::sendToRunning(db.path, {}));
}

void TestSingleInstance::filesArrivingDuringAnImportWaitTheirTurn()
{
    TempDatabase db;
    FixedClock clock(utc("2021-03-25T10:00:00Z"));
    MainWindow window(*db.db, clock);
    window.importController()->setVerifyEachMessage(false);
    window.show();
    QVERIFY(window.importFiles({ testData("mail/01-saumur-thunderbird.eml") }));
    QVERIFY(window.importController()->isRunning());
    // Handed over meanwhile: not refused, imported next.
    window.receiveFiles({ testData("mail/03-martigues-gmail.eml") });
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->totalCount() == 2, 20000);
    QTRY_VERIFY(!window.importController()->isRunning());
    if (auto *summary = window.importController()->summaryDialog())
        summary->close();
}

void TestSingleInstance::theFinderOpensEmailsInTheWindow()
{
    TempDatabase db;
    FixedClock clock(utc("2021-03-25T10:00:00Z"));
    MainWindow window(*db.db, clock);
    window.importController()->setVerifyEachMessage(false);
    window.watchFileOpenEvents();
    window.show();
    QFileOpenEvent notMail(QStringLiteral("/tmp/rapport.pdf"));
    QCoreApplication::sendEvent(qApp, &notMail);
    QVERIFY(!window.importController()->isRunning());
    QFileOpenEvent mail(testData("mail/01-saumur-thunderbird.eml"));
    QCoreApplication::sendEvent(qApp, &mail);
    QVERIFY(window.importController()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.importController()->isRunning(), 20000);
    QTRY_COMPARE(window.model()->totalCount(), 1);
    if (auto *summary = window.importController()->summaryDialog())
        summary->close();
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
