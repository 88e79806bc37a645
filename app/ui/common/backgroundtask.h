// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <atomic>
#include <functional>

class QWidget;

// One piece of long work run on Qt's thread pool, off the window's thread, with its progress
// (0–100) and a way to cancel it. The work polls the cancel flag and returns whether it
// completed; progressed() and finished() arrive on the thread that started the task. The work
// must not touch widgets, nor a database connection of another thread.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Report = std::function<void(int percent)>;
    using Work = std::function<bool(const Report &report, const std::atomic_bool *cancel)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    bool isRunning() const { return m_running; }

    // Runs work behind a window-modal progress dialog over parent, with its label and a Cancel
    // button (shown only when the work takes more than a moment); returns once it has ended,
    // true when it completed without being cancelled. Work that is all or nothing once begun
    // (an erasure) is not cancellable: the dialog has no Cancel button and stays until the end.
    enum class Cancel { Allowed, NotOnceBegun };
    static bool runWithProgress(QWidget *parent, const QString &label, Work work, Cancel cancel = Cancel::Allowed);

Q_SIGNALS:
    void progressed(int percent);
    void finished(bool completed);

private:
    Work m_work;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_running = false;
    std::atomic_bool m_working = false; // set by the pool's thread while the work runs
    std::atomic_int m_lastPercent = -1;
};
