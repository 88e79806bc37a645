// SPDX-License-Identifier: GPL-3.0-or-later
// Long work off the window's thread: progress arrives on the starting thread, cancel is seen
// by the work, a task destroyed while it runs waits for its work to stop.
#include "ui/common/backgroundtask.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completesAndReportsOnTheStartingThread()
    {
        QThread *workThread = nullptr;
        BackgroundTask task([&](const BackgroundTask::Report &report, const std::atomic_bool *) {
            workThread = QThread::currentThread();
            for (int p = 0; p <= 100; p += 25)
                report(p);
            return true;
        });
        QList<QThread *> progressThreads;
        QList<int> seen;
        connect(&task, &BackgroundTask::progressed, this, [&](int p) {
            progressThreads << QThread::currentThread();
            seen << p;
        });
        QSignalSpy finished(&task, &BackgroundTask::finished);
        task.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(seen, (QList<int> { 0, 25, 50, 75, 100 }));
        for (QThread *t : progressThreads)
            QCOMPARE(t, QThread::currentThread());
        QVERIFY(!task.isRunning());
    }

    void cancelIsSeenByTheWork()
    {
        std::atomic_bool sawCancel = false;
        BackgroundTask task([&](const BackgroundTask::Report &, const std::atomic_bool *cancel) {
            while (!*cancel)
                QThread::msleep(5);
            sawCancel = true;
            return true; // even work that says it completed was cancelled
        });
        QSignalSpy finished(&task, &BackgroundTask::finished);
        task.start();
        QTest::qWait(30);
        task.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(sawCancel);
    }

    void destroyedWhileRunningWaitsForTheWork()
    {
        std::atomic_bool stopped = false;
        {
            BackgroundTask task([&](const BackgroundTask::Report &report, const std::atomic_bool *cancel) {
                while (!*cancel) {
                    report(1);
                    QThread::msleep(5);
                }
                QThread::msleep(50);
                stopped = true;
                return false;
            });
            task.start();
            QTest::qWait(20);
        }
        QVERIFY(stopped);
    }

    void runWithProgressSaysWhetherTheWorkCompleted()
    {
        QWidget window;
        QVERIFY(BackgroundTask::runWithProgress(&window, QStringLiteral("Work…"),
            [](const BackgroundTask::Report &report, const std::atomic_bool *) {
                report(50);
                return true;
            }));
        QVERIFY(!BackgroundTask::runWithProgress(
            &window, QStringLiteral("Work…"), [](const BackgroundTask::Report &, const std::atomic_bool *) {
                return false;
            }));
    }
};

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
