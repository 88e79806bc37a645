// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importworker.h"

#include "mail/mboxreader.h"
#include "storage/database.h"
#include "ui/common/uitext.h"

#include <QFile>
#include <QFileInfo>

ImportWorker::ImportWorker(
    const QString &databaseLocation, const QString &actor, const ImportSources &sources)
    : m_location(databaseLocation)
    , m_actor(actor)
    , m_sources(sources)
{
    for (const ImportSource &s : sources)
        m_bytesTotal += s.isFile() ? QFileInfo(s.path).size() : s.message.size();
}

void ImportWorker::cancel()
{
    m_cancelled.storeRelaxed(1);
    const QMutexLocker lock(&m_reviewMutex);
    if (m_pendingReview)
        m_pendingReview->answer(MessageReview::Answer::Stop);
}

void ImportWorker::run()
{
    Database db;
    db.setActor(m_actor);
    QString error;
    if (!db.open(m_location, &error)) {
        Q_EMIT finished(false, error);
        return;
    }
    MailImporter importer(db);
    importer.setReviewer([this, &importer](const ParsedMessage &m, Contribution &c) {
        m_currentMessage = importer.currentIndex();
        return review(m, c);
    });
    for (int i = 0; i < m_sources.size() && !isCancelled(); ++i) {
        const ImportSource &source = m_sources.at(i);
        m_currentName = source.isFile() ? QFileInfo(source.path).fileName() : source.label;
        m_currentSource = i;
        Q_EMIT fileStarted(i, int(m_sources.size()), m_currentName);
        const qint64 size = source.isFile() ? QFileInfo(source.path).size() : source.message.size();
        if (source.isFile())
            importFile(importer, source);
        else
            report(importer.importMessage(source.message, source.label, -1), size);
        if (importer.wasCancelled())
            m_cancelled.storeRelaxed(1);
        m_bytesBefore += size;
        Q_EMIT progressed(m_messagesDone, m_bytesBefore, m_bytesTotal);
    }
    Q_EMIT finished(isCancelled(), QString());
}

void ImportWorker::importFile(MailImporter &importer, const ImportSource &source)
{
    QFile file(source.path);
    if (file.open(QIODevice::ReadOnly) && MboxReader::looksLikeMbox(file.peek(4096))) {
        // Counted first only when a person checks each message, to tell them where they are.
        m_currentTotal = verifiesEachMessage() ? MboxReader::count(&file) : -1;
        file.close();
        // The importer says how far into the file it has read, for the progress bar.
        importer.importMbox(source.path, [this](const ImportOutcome &outcome, qint64 bytesRead) {
            return report(outcome, bytesRead);
        });
        m_currentMessage = -1;
        m_currentTotal = -1;
        return;
    }
    file.close();
    // A single message, or a file that cannot be opened: the importer says why.
    importer.importFile(source.path, [this, &source](const ImportOutcome &outcome) {
        return report(outcome, QFileInfo(source.path).size());
    });
}

QString ImportWorker::positionText() const
{
    const QString name = tr("“%1”").arg(m_currentName);
    if (m_currentMessage >= 0 && m_currentTotal > 0)
        return tr("message %1 of %2 in %3")
            .arg(UiText::number(m_currentMessage + 1), UiText::number(m_currentTotal), name);
    if (m_currentMessage >= 0)
        return tr("message %1 in %2").arg(UiText::number(m_currentMessage + 1), name);
    if (m_sources.size() > 1)
        return tr("email %1 of %2, %3")
            .arg(UiText::number(m_currentSource + 1), UiText::number(m_sources.size()), name);
    return name;
}

bool ImportWorker::report(const ImportOutcome &outcome, qint64 sourceBytesDone)
{
    ++m_messagesDone;
    Q_EMIT messageImported(outcome);
    Q_EMIT progressed(m_messagesDone, m_bytesBefore + sourceBytesDone, m_bytesTotal);
    return !isCancelled();
}

MailImporter::ReviewDecision ImportWorker::review(const ParsedMessage &message, Contribution &contribution)
{
    // Without verification the email being read when the import is stopped is finished, not dropped.
    if (!verifiesEachMessage())
        return MailImporter::ReviewDecision::Save;
    if (isCancelled())
        return MailImporter::ReviewDecision::Cancel;
    const QString position = positionText();
    auto pending = std::make_shared<MessageReview>(message, contribution, position);
    {
        const QMutexLocker lock(&m_reviewMutex);
        m_pendingReview = pending;
    }
    if (isCancelled()) // cancelled between the check above and now: nobody would answer
        pending->answer(MessageReview::Answer::Stop);
    else
        Q_EMIT reviewRequested(pending);
    const MessageReview::Answer answer = pending->waitForAnswer();
    {
        const QMutexLocker lock(&m_reviewMutex);
        m_pendingReview.reset();
    }
    contribution = pending->contribution();
    switch (answer) {
    case MessageReview::Answer::Save:
        return MailImporter::ReviewDecision::Save;
    case MessageReview::Answer::SaveAll:
        setVerifyEachMessage(false);
        Q_EMIT verificationStopped();
        return MailImporter::ReviewDecision::Save;
    case MessageReview::Answer::Skip:
        return MailImporter::ReviewDecision::Skip;
    case MessageReview::Answer::Stop:
        m_cancelled.storeRelaxed(1);
        return MailImporter::ReviewDecision::Cancel;
    }
    return MailImporter::ReviewDecision::Cancel;
}
