// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/messagereview.h"

MessageReview::MessageReview(
    const ParsedMessage &message, const Contribution &contribution, const QString &position)
    : m_message(message)
    , m_position(position)
    , m_contribution(contribution)
{ }

Contribution MessageReview::contribution() const
{
    const QMutexLocker lock(&m_mutex);
    return m_contribution;
}

void MessageReview::answer(Answer answer, const Contribution &confirmed)
{
    if (!m_answered.testAndSetOrdered(0, 1))
        return;
    {
        const QMutexLocker lock(&m_mutex);
        m_contribution = confirmed;
        m_answer = answer;
    }
    m_ready.release();
}

MessageReview::Answer MessageReview::waitForAnswer()
{
    m_ready.acquire();
    m_ready.release(); // a second wait returns at once
    const QMutexLocker lock(&m_mutex);
    return m_answer;
}
