// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailimporter.h"

#include <condition_variable>
#include <deque>
#include <mutex>

// Hands prepared messages from the reading thread to the storing one, in order. Bounded in
// count and in bytes so that reading ahead never holds more than a few messages in memory
// (one huge message still passes alone).
class PreparedQueue
{
public:
    using Item = MailImporter::Prepared;

    // Blocks while the queue is full. Returns false when the consumer has stopped.
    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        const qint64 weight = weightOf(item);
        m_changed.wait(lock, [&] {
            return m_stopped || m_items.empty() || (m_items.size() < maxItems && m_bytes + weight <= maxBytes);
        });
        if (m_stopped)
            return false;
        m_bytes += weight;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Blocks until an item arrives. Returns false once the producer is done and all is taken.
    bool pop(Item *item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty() || m_finished; });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_bytes -= weightOf(*item);
        m_changed.notify_all();
        return true;
    }

    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static qint64 weightOf(const Item &item)
    {
        if (!item.message)
            return 0;
        qint64 bytes = item.message->raw.size();
        for (const MailAttachment &a : item.message->attachments)
            bytes += a.data.size();
        return bytes;
    }

    static constexpr size_t maxItems = 64;
    static constexpr qint64 maxBytes = qint64(64) << 20;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    qint64 m_bytes = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

