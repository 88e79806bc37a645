// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailimporter.h"
#include "ui/import/importsource.h"
#include "ui/import/messagereview.h"

#include <QAtomicInt>
#include <QMutex>
#include <QObject>
#include <memory>

class QFile;

// Imports files and dropped messages off the window's thread (run() on Qt's thread pool), with its own connection to the
// database (a connection belongs to the thread that opened it). Reports each message as it is
// done, and asks the window, through reviewRequested(), before saving a new contribution when
// verification is on. Cancelling lets the message in progress finish (each message is one
// transaction) and reads no further.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &databaseLocation, const QString &actor, const ImportSources &sources);

    // Runs the whole import, on the thread that will hold its connection (not the window's).
    void run();

    // Thread-safe.
    void cancel();
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }
    void setVerifyEachMessage(bool verify) { m_verify.storeRelaxed(verify ? 1 : 0); }
    bool verifiesEachMessage() const { return m_verify.loadRelaxed() != 0; }

Q_SIGNALS:
    void fileStarted(int index, int count, const QString &name);
    // bytesDone counts every source so far, against bytesTotal for all of them.
    void progressed(int messagesDone, qint64 bytesDone, qint64 bytesTotal);
    void messageImported(const ImportOutcome &outcome);
    void reviewRequested(const std::shared_ptr<MessageReview> &review);
    // Verification was turned off from a review ("save all without checking").
    void verificationStopped();
    // failure: why nothing could be imported at all (the database would not open), else empty.
    void finished(bool cancelled, const QString &failure);

private:
    MailImporter::ReviewDecision review(const ParsedMessage &message, Contribution &contribution);
    QString positionText() const; // « message 3 of 10 in “export.mbox” »
    bool report(const ImportOutcome &outcome, qint64 sourceBytesDone);
    void importFile(MailImporter &importer, const ImportSource &source);

    const QString m_location;
    const QString m_actor;
    const ImportSources m_sources;
    QAtomicInt m_cancelled;
    QAtomicInt m_verify = 1;
    QMutex m_reviewMutex;
    std::shared_ptr<MessageReview> m_pendingReview;
    QString m_currentName;
    int m_currentMessage = -1; // position in an mbox, from 0
    int m_currentTotal = -1;   // messages in that mbox, when counted (each one reviewed)
    int m_currentSource = 0;   // which of the files or dropped messages
    int m_messagesDone = 0;
    qint64 m_bytesBefore = 0; // of the sources already done
    qint64 m_bytesTotal = 0;
};
