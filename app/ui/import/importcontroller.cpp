// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importcontroller.h"

#include "storage/database.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/uitext.h"
#include "ui/import/importprogressdialog.h"
#include "ui/import/importsummarydialog.h"
#include "ui/import/importworker.h"
#include "ui/import/messagereviewdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <utility>

namespace {
const QString verifyKey = QStringLiteral("import/verifyEachMessage");
const QString folderKey = QStringLiteral("import/lastFolder");
} // namespace

ImportController::ImportController(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_refreshTimer(new QTimer(this))
{
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<std::shared_ptr<MessageReview>>();
    m_verify = QSettings().value(verifyKey, true).toBool();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &ImportController::contributionsChanged);
}

ImportController::~ImportController()
{
    stopAndWait();
}

ImportProgressDialog *ImportController::progressDialog() const
{
    return m_progress;
}

MessageReviewDialog *ImportController::reviewDialog() const
{
    return m_review;
}

ImportSummaryDialog *ImportController::summaryDialog() const
{
    return m_summary;
}

QString ImportController::fileFilters()
{
    return tr("Emails (*.eml *.mbox *.mbx)") + QStringLiteral(";;") + tr("All files (*)");
}

void ImportController::setVerifyEachMessage(bool verify, bool remember)
{
    m_verify = verify;
    if (remember)
        QSettings().setValue(verifyKey, verify);
    if (m_worker)
        m_worker->setVerifyEachMessage(verify);
    if (m_progress)
        m_progress->setVerifyEachMessage(verify);
}

void ImportController::chooseFiles()
{
    QSettings settings;
    const QString folder =
        settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import emails"), folder, fileFilters());
    if (paths.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(paths.constFirst()).absolutePath());
    importFiles(paths);
}

bool ImportController::importFiles(const QStringList &paths)
{
    ImportSources sources;
    for (const QString &path : paths)
        sources.append(ImportSource::file(path));
    return start(sources);
}

bool ImportController::stopBeforeQuitting()
{
    if (!isRunning())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Import in progress"), tr("An import is still running. Stop it and quit?"),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setInformativeText(
        tr("The emails already imported are kept; the email being read is finished or left out whole."));
    box.button(QMessageBox::Yes)->setText(tr("&Stop and quit"));
    box.button(QMessageBox::No)->setText(tr("&Go on importing"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    stopAndWait();
    return true;
}

bool ImportController::importNowOrAfter(const QStringList &paths)
{
    if (isRunning()) {
        m_queuedFiles += paths;
        return false;
    }
    importFiles(paths);
    return true;
}

bool ImportController::start(const ImportSources &sources)
{
    if (sources.isEmpty())
        return false;
    if (isRunning()) {
        QMessageBox::information(m_window, tr("Import in progress"),
            tr("An import is already running. Wait for it to finish, then import these emails."));
        return false;
    }
    if (m_db.isReadOnly()) {
        QMessageBox::warning(m_window, tr("Cannot import"),
            tr("This database is open read-only: nothing can be imported into it."));
        return false;
    }
    m_outcomes.clear();
    m_duplicatesTold = 0;
    m_stopping = false;
    m_closing = false;

    m_progress = new ImportProgressDialog(m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setVerifyEachMessage(m_verify);
    m_progress->setFile(0, int(sources.size()), QFileInfo(sources.constFirst().name()).fileName());
    connect(m_progress, &ImportProgressDialog::stopRequested, this, &ImportController::stop);
    connect(m_progress, &ImportProgressDialog::verifyEachMessageEdited, this,
        [this](bool verify) { setVerifyEachMessage(verify, true); });

    // The worker stays on this thread; its run() goes on Qt's thread pool, and what it says
    // reaches this thread's slots as queued calls.
    m_worker = new ImportWorker(m_db.location(), m_db.actor(), sources);
    m_worker->setVerifyEachMessage(m_verify);
    m_task = new BackgroundTask([worker = m_worker](const BackgroundTask::Report &, const std::atomic_bool *) {
        worker->run();
        return true;
    });
    connect(m_worker, &ImportWorker::fileStarted, m_progress, &ImportProgressDialog::setFile);
    connect(m_worker, &ImportWorker::progressed, m_progress,
        [this](int, qint64 done, qint64 total) { m_progress->setProgress(done, total); });
    connect(m_worker, &ImportWorker::messageImported, this, &ImportController::onOutcome);
    connect(m_worker, &ImportWorker::reviewRequested, this, &ImportController::onReviewRequested);
    connect(m_worker, &ImportWorker::verificationStopped, this, [this] {
        // For this batch only: the setting stays for the next import.
        if (m_progress)
            m_progress->setVerifyEachMessage(false);
    });
    connect(m_worker, &ImportWorker::finished, this, &ImportController::onFinished);
    m_progress->show();
    m_task->start();
    Q_EMIT started();
    return true;
}

void ImportController::stop()
{
    if (!m_worker || m_stopping)
        return;
    m_stopping = true;
    m_worker->cancel();
    if (m_review)
        m_review->reject();
    if (m_progress)
        m_progress->showStopping();
}

void ImportController::stopAndWait()
{
    if (!m_worker)
        return;
    m_closing = true; // no report: the window is going
    stop();
    endTask();
}

void ImportController::endTask()
{
    if (!m_task)
        return;
    delete m_task; // returns once run() has (the worker was told to stop, or said it finished)
    m_task = nullptr;
    delete m_worker;
    m_worker = nullptr;
}

void ImportController::onOutcome(const ImportOutcome &outcome)
{
    m_outcomes.append(outcome);
    Q_EMIT messageImported(outcome);
    if ((outcome.kind == ImportOutcome::Created || outcome.kind == ImportOutcome::Complement)
        && !m_refreshTimer->isActive())
        m_refreshTimer->start();
    updateCounts();
}

void ImportController::updateCounts()
{
    if (!m_progress)
        return;
    int created = 0, complements = 0, held = 0, duplicates = 0, others = 0;
    for (const ImportOutcome &o : std::as_const(m_outcomes)) {
        switch (o.kind) {
        case ImportOutcome::Created:
            ++created;
            break;
        case ImportOutcome::Complement:
            ++complements;
            break;
        case ImportOutcome::Late:
        case ImportOutcome::NeedsDate:
        case ImportOutcome::HeldComplement:
            ++held;
            break;
        case ImportOutcome::Duplicate:
            ++duplicates;
            break;
        default:
            ++others;
            break;
        }
    }
    const int total = int(m_outcomes.size());
    m_progress->setCountsText(
        tr("%1 read: %2 new, %3 complements, %4 pending, %5 already imported, %6 other")
            .arg(tr("%Ln email(s)", nullptr, total), UiText::number(created), UiText::number(complements),
                UiText::number(held), UiText::number(duplicates), UiText::number(others)));
}

void ImportController::onReviewRequested(const std::shared_ptr<MessageReview> &review)
{
    if (m_stopping || !m_worker) {
        review->answer(MessageReview::Answer::Stop);
        return;
    }
    MessageReviewDialog dialog(m_db, m_window);
    m_review = &dialog;
    dialog.setReview(review->message(), review->contribution(), review->position());
    // Emails already imported are skipped without a question: say so as they happen, not only
    // in the summary at the end.
    const int duplicates = int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
        [](const ImportOutcome &o) { return o.kind == ImportOutcome::Duplicate; }));
    dialog.setSkippedDuplicates(duplicates - m_duplicatesTold);
    m_duplicatesTold = duplicates;
    dialog.exec();
    m_review = nullptr;
    const MessageReview::Answer answer = m_stopping ? MessageReview::Answer::Stop : dialog.answer();
    review->answer(answer, dialog.contribution());
    if (answer == MessageReview::Answer::Stop && !m_stopping) {
        m_stopping = true;
        if (m_progress)
            m_progress->showStopping();
    }
}

void ImportController::onFinished(bool stopped, const QString &failure)
{
    if (m_closing)
        return;
    endTask();
    m_refreshTimer->stop();
    if (m_progress)
        m_progress->deleteLater(); // not close(): its reject() means "stop"
    m_progress = nullptr;
    Q_EMIT contributionsChanged();

    if (m_summary)
        m_summary->close();
    m_summary = new ImportSummaryDialog(m_db.deadlineGuard(), m_window);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setOutcomes(m_outcomes, stopped, failure);
    connect(m_summary, &ImportSummaryDialog::showHeldRequested, this, &ImportController::showHeldRequested);
    m_summary->show();
    Q_EMIT finished(stopped);
    // Files handed over while this import ran: their turn now.
    if (!m_queuedFiles.isEmpty())
        QTimer::singleShot(0, this, [this] { importFiles(std::exchange(m_queuedFiles, {})); });
}
