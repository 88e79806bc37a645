// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailimporter.h"
#include "ui/import/importsource.h"
#include "ui/import/messagereview.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class BackgroundTask;
class Database;
class ImportProgressDialog;
class ImportSummaryDialog;
class ImportWorker;
class MessageReviewDialog;
class QTimer;
class QWidget;

// Runs an email import for the window: runs an ImportWorker on Qt's thread pool (BackgroundTask), shows the
// progress and the review of each new contribution, and at the end the report. One import
// at a time.
class ImportController : public QObject
{
    Q_OBJECT

public:
    // window: parent of the dialogs; db: the window's database (the worker opens the same file).
    ImportController(Database &db, QWidget *window);
    ~ImportController() override;

    // Asks for files, then imports them.
    void chooseFiles();
    // False (and says why) when an import is already running or there is nothing to import.
    bool start(const ImportSources &sources);
    bool importFiles(const QStringList &paths);
    // Files handed over by another "recueil": imported now, or, while an import runs, once it is
    // over (returns false then, so that the window can say so).
    bool importNowOrAfter(const QStringList &paths);
    bool isRunning() const { return m_worker != nullptr; }
    // Asks the running import to stop after the email being read.
    void stop();
    // Stops and waits for the import thread (before the window closes).
    void stopAndWait();
    // Before the window closes: while an import runs, asks whether to stop it and quit, and
    // stops it if so. False when the person chose to go on importing.
    bool stopBeforeQuitting();

    // Whether each new contribution is shown before it is saved (a setting, on by default);
    // remember keeps the choice for the next sessions. "Save all without checking" in a review
    // only holds for the import under way.
    bool verifiesEachMessage() const { return m_verify; }
    void setVerifyEachMessage(bool verify, bool remember = false);

    QList<ImportOutcome> outcomes() const { return m_outcomes; }
    ImportProgressDialog *progressDialog() const;
    MessageReviewDialog *reviewDialog() const;
    ImportSummaryDialog *summaryDialog() const;

    static QString fileFilters();

Q_SIGNALS:
    void started();
    void messageImported(const ImportOutcome &outcome);
    // Contributions were created or completed (at most every second or so during an import).
    void contributionsChanged();
    void finished(bool stopped);
    // From the report: the person wants to see the holding list.
    void showHeldRequested();

private:
    QStringList m_queuedFiles;
    void onOutcome(const ImportOutcome &outcome);
    void onReviewRequested(const std::shared_ptr<MessageReview> &review);
    void onFinished(bool stopped, const QString &failure);
    void updateCounts();
    void endTask();

    Database &m_db;
    QWidget *m_window;
    bool m_verify = true;
    BackgroundTask *m_task = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<ImportProgressDialog> m_progress;
    QPointer<MessageReviewDialog> m_review;
    QPointer<ImportSummaryDialog> m_summary;
    QTimer *m_refreshTimer;
    QList<ImportOutcome> m_outcomes;
    int m_duplicatesTold = 0; // duplicates the last review dialog already mentioned
    bool m_stopping = false;
    bool m_closing = false;
};
