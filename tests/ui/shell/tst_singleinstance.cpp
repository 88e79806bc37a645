// SPDX-License-Identifier: GPL-3.0-or-later
// "recueil FILE.eml" while a window is open on the same database: the files go to that window,
// which imports them. The second Recueil is played by a thread (its calls block, as a process's
// would), the first by a SingleInstance and a MainWindow on this thread.
#include "core/clock.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importsummarydialog.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/shell/desktoplauncher.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/singleinstance.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
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
    void theSocketLivesInAPrivateFolder_data();
    void theSocketLivesInAPrivateFolder();
    void aSocketSquattedByAnotherUserGetsNothing();
    void anotherUserIsNotHeard();

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
    // A runtime folder of the test's own, as a desktop session gives one (0700).
    const QString runtime = m_dir->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(::chmod(QFile::encodeName(runtime).constData(), 0700) == 0);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
}

namespace {
// Another user on the same machine: "nobody". The test runs as root in CI, which may switch to it.
constexpr uid_t otherUser = 65534;

sockaddr_un unixAddress(const QString &path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    qstrncpy(address.sun_path, encoded.constData(), sizeof address.sun_path);
    return address;
}

// Waits for a forked child while this thread's event loop keeps turning; its exit status.
int waitForChild(pid_t child)
{
    int status = -1;
    if (!QTest::qWaitFor([&] { return ::waitpid(child, &status, WNOHANG) == child; }, 15000)) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
} // namespace

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
    QVERIFY(SingleInstance::socketPath(a).size() < 100);
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
    const QString path = SingleInstance::socketPath(db);
    QVERIFY(path.startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR") + '/'));
    QFile::remove(path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = unixAddress(path);
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
    QCOMPARE(instance.currentServerName(), SingleInstance::socketPath(other.path));
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
    DesktopLauncher::watchFileOpenEvents(&window);
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

void TestSingleInstance::theSocketLivesInAPrivateFolder_data()
{
    QTest::addColumn<QString>("runtime"); // "" unset, else a folder made with the mode below
    QTest::addColumn<int>("runtimeMode");
    QTest::addColumn<int>("fallbackOwner"); // -1: no fallback folder beforehand
    QTest::addColumn<int>("fallbackMode");
    QTest::addColumn<QString>("expected"); // "runtime", "fallback" or "" (no hand-off)
    QTest::newRow("the session's runtime folder") << "run" << 0700 << -1 << 0 << "runtime";
    QTest::newRow("no runtime folder: a private one is made") << "" << 0 << -1 << 0 << "fallback";
    QTest::newRow("a runtime folder open to others is not used") << "open" << 0755 << -1 << 0 << "fallback";
    QTest::newRow("the private folder made earlier") << "" << 0 << int(::geteuid()) << 0700 << "fallback";
    QTest::newRow("a private folder opened to others is refused")
        << "" << 0 << int(::geteuid()) << 0777 << "";
    QTest::newRow("a private folder made by another user is refused")
        << "" << 0 << int(otherUser) << 0700 << "";
}

void TestSingleInstance::theSocketLivesInAPrivateFolder()
{
    QFETCH(QString, runtime);
    QFETCH(int, runtimeMode);
    QFETCH(int, fallbackOwner);
    QFETCH(int, fallbackMode);
    QFETCH(QString, expected);
    if (fallbackOwner >= 0 && uid_t(fallbackOwner) != ::geteuid() && ::geteuid() != 0)
        QSKIP("making a folder owned by another user needs root");
    const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray savedTemp = qgetenv("TMPDIR");
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_RUNTIME_DIR", savedRuntime);
        qputenv("TMPDIR", savedTemp);
    });
    QTemporaryDir root;
    // The temporary folder of its own, so that the real /tmp/recueil-UID is left alone.
    const QString temp = root.filePath("tmp");
    QVERIFY(QDir().mkpath(temp));
    qputenv("TMPDIR", QFile::encodeName(temp));
    const QString runtimePath = root.filePath(runtime);
    if (runtime.isEmpty()) {
        qunsetenv("XDG_RUNTIME_DIR");
    } else {
        QVERIFY(QDir().mkpath(runtimePath));
        QVERIFY(::chmod(QFile::encodeName(runtimePath).constData(), mode_t(runtimeMode)) == 0);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimePath));
    }
    const QString fallback = QDir(temp).filePath(QStringLiteral("recueil-%1").arg(::geteuid()));
    if (fallbackOwner >= 0) {
        QVERIFY(QDir().mkpath(fallback));
        QVERIFY(::chmod(QFile::encodeName(fallback).constData(), mode_t(fallbackMode)) == 0);
        QVERIFY(::chown(QFile::encodeName(fallback).constData(), uid_t(fallbackOwner), gid_t(-1)) == 0);
    }

    const QString folder = SingleInstance::socketFolder();
    const QString db = root.filePath("campagne.sqlite");
    if (expected.isEmpty()) {
        QVERIFY2(folder.isEmpty(), qPrintable(folder));
        QVERIFY(SingleInstance::socketPath(db).isEmpty());
        // Nobody to hand over to: this process opens its window and imports the files itself.
        SingleInstance instance;
        QVERIFY(!instance.listen(db));
        QVERIFY(!SingleInstance::sendToRunning(db, { "/tmp/a.eml" }));
        return;
    }
    QCOMPARE(folder, expected == "runtime" ? runtimePath : fallback);
    struct stat info = {};
    QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0700));
    QCOMPARE(info.st_uid, ::geteuid());
    SingleInstance instance;
    QVERIFY(instance.listen(db));
    QVERIFY(instance.currentServerName().startsWith(folder + '/'));
    QSignalSpy received(&instance, &SingleInstance::filesReceived);
    QVERIFY(sendFromAnotherProcess(db, { "/tmp/a.eml" }));
    QTRY_COMPARE(received.count(), 1);
}

void TestSingleInstance::aSocketSquattedByAnotherUserGetsNothing()
{
    if (::geteuid() != 0)
        QSKIP("playing another user needs root");
    const QString db = m_dir->filePath("squatted.sqlite");
    const QString path = SingleInstance::socketPath(db);
    QFile::remove(path);
    int report[2];
    QCOMPARE(::pipe(report), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The squatter: its socket is in place (made while it could), and it listens as "nobody".
        ::close(report[0]);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = unixAddress(path);
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::chmod(address.sun_path, 0777) != 0 || ::setgid(otherUser) != 0 || ::setuid(otherUser) != 0
            || ::listen(fd, 4) != 0)
            ::_exit(2);
        char ready = 'r';
        if (::write(report[1], &ready, 1) != 1)
            ::_exit(2);
        // Whatever a victim sends, counted and told to the test.
        pollfd waiting { fd, POLLIN, 0 };
        long long total = 0;
        if (::poll(&waiting, 1, 8000) == 1) {
            const int peer = ::accept(fd, nullptr, nullptr);
            char buffer[4096];
            pollfd reading { peer, POLLIN, 0 };
            while (::poll(&reading, 1, 1500) == 1) {
                const ssize_t n = ::read(peer, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                total += n;
                const char ack = '\x06'; // and it pretends to have taken the files
                (void)!::write(peer, &ack, 1);
            }
        }
        ::_exit(total == 0 ? 0 : 1);
    }
    ::close(report[1]);
    char ready = 0;
    QCOMPARE(::read(report[0], &ready, 1), ssize_t(1));
    ::close(report[0]);

    QVERIFY2(!SingleInstance::sendToRunning(db, { "/home/carole/témoignage.eml" }),
        "the files went to another user's process");
    QCOMPARE(waitForChild(child), 0); // it received not a byte
    // This process keeps its files and opens its own window, which takes the socket over.
    SingleInstance instance;
    QVERIFY(instance.listen(db));
    QSignalSpy received(&instance, &SingleInstance::filesReceived);
    QVERIFY(sendFromAnotherProcess(db, { "/tmp/a.eml" }));
    QTRY_COMPARE(received.count(), 1);
}

void TestSingleInstance::anotherUserIsNotHeard()
{
    if (::geteuid() != 0)
        QSKIP("playing another user needs root");
    const QString db = m_dir->filePath("heard.sqlite");
    SingleInstance instance;
    QVERIFY(instance.listen(db));
    QSignalSpy received(&instance, &SingleInstance::filesReceived);
    // Suppose the folder and socket were opened to everyone: the window still checks who calls.
    const QString path = instance.currentServerName();
    const QString folder = QFileInfo(path).absolutePath();
    const auto closeAgain = [&] {
        ::chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    };
    const auto restore = qScopeGuard(closeAgain);
    QCOMPARE(::chmod(QFile::encodeName(m_dir->path()).constData(), 0711), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0777), 0);
    QByteArray framed;
    {
        QByteArray message;
        QDataStream body(&message, QIODevice::WriteOnly);
        body << quint32(1) << QStringList { "/home/nobody/piège.eml" };
        QDataStream out(&framed, QIODevice::WriteOnly);
        out << message;
    }
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgid(otherUser) != 0 || ::setuid(otherUser) != 0)
            ::_exit(2);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = unixAddress(path);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            ::_exit(3);
        if (::write(fd, framed.constData(), size_t(framed.size())) != framed.size())
            ::_exit(0); // dropped before it could even write: fine
        char ack = 0;
        pollfd reading { fd, POLLIN, 0 };
        const bool answered = ::poll(&reading, 1, 3000) == 1 && ::read(fd, &ack, 1) == 1;
        ::_exit(answered ? 1 : 0);
    }
    QCOMPARE(waitForChild(child), 0); // no acknowledgement
    QCOMPARE(received.count(), 0);
    closeAgain();
    // The user's own processes are still heard.
    QVERIFY(sendFromAnotherProcess(db, { "/tmp/a.eml" }));
    QTRY_COMPARE(received.count(), 1);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
