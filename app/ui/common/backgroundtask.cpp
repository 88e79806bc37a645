// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/backgroundtask.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QThreadPool>

BackgroundTask::BackgroundTask(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
}

BackgroundTask::~BackgroundTask()
{
    // The work refers to this task: it is asked to stop and waited for. (What it still has to
    // say is dropped with the task.)
    m_cancel = true;
    while (m_working)
        QThread::msleep(10);
}

void BackgroundTask::start()
{
    m_running = true;
    m_working = true;
    QThreadPool::globalInstance()->start([this] {
        const Report report = [this](int percent) {
            // Only changes cross threads, as queued calls.
            if (m_lastPercent.exchange(percent) != percent)
                QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressed(percent); }, Qt::QueuedConnection);
        };
        const bool ok = m_work(report, &m_cancel);
        const bool completed = ok && !m_cancel;
        QMetaObject::invokeMethod(
            this,
            [this, completed] {
                m_running = false;
                Q_EMIT finished(completed);
            },
            Qt::QueuedConnection);
        m_working = false;
    });
}

bool BackgroundTask::runWithProgress(QWidget *parent, const QString &label, Work work, Cancel cancel)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 100, parent);
    if (cancel == Cancel::NotOnceBegun)
        progress.setCancelButton(nullptr);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    BackgroundTask task(std::move(work));
    // (Escape also cancels: work that cannot stop keeps its dialog up.)
    const QMetaObject::Connection cancelling = cancel == Cancel::Allowed
        ? connect(&progress, &QProgressDialog::canceled, &task, &BackgroundTask::cancel)
        : connect(&progress, &QProgressDialog::canceled, &progress, &QProgressDialog::show, Qt::QueuedConnection);
    connect(&task, &BackgroundTask::progressed, &progress, [&progress](int p) { progress.setValue(qMin(99, p)); });
    bool completed = false;
    QEventLoop loop;
    connect(&task, &BackgroundTask::finished, &loop, [&](bool ok) {
        completed = ok;
        loop.quit();
    });
    task.start();
    loop.exec();
    disconnect(cancelling); // closing a progress dialog also says "canceled"
    progress.close();
    return completed;
}
