// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "mail/parsedmessage.h"

#include <QAtomicInt>
#include <QMetaType>
#include <QMutex>
#include <QSemaphore>
#include <memory>

// One question from the import thread to the coordinator: "here is a new contribution read from
// this email, shall I save it?". The import thread waits in waitForAnswer() while the window shows
// it; the first answer wins, so a cancelled import can always release a waiting thread.
class MessageReview
{
public:
    enum class Answer { Save, Skip, SaveAll, Stop };

    MessageReview(const ParsedMessage &message, const Contribution &contribution, const QString &position);

    const ParsedMessage &message() const { return m_message; }
    // "message 12 of export.mbox"
    QString position() const { return m_position; }
    // The prefilled contribution, then the one the coordinator confirmed.
    Contribution contribution() const;

    // From any thread; later answers are ignored.
    void answer(Answer answer, const Contribution &confirmed);
    void answer(Answer answer) { this->answer(answer, contribution()); }
    bool isAnswered() const { return m_answered.loadAcquire() != 0; }

    // Blocks the import thread until answer() was called.
    Answer waitForAnswer();

private:
    const ParsedMessage m_message;
    const QString m_position;
    mutable QMutex m_mutex;
    Contribution m_contribution;
    Answer m_answer = Answer::Stop;
    QAtomicInt m_answered;
    QSemaphore m_ready;
};

Q_DECLARE_METATYPE(std::shared_ptr<MessageReview>)
