// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// Splits an mbox (mboxo or mboxrd, LF or CRLF) into messages on its "From " lines,
// streaming from the device: memory holds one message at a time, never the whole file.
class MboxReader
{
public:
    explicit MboxReader(QIODevice *device);

    // Reads the next message (without its "From " separator line, ">From " unescaped).
    // Returns false at the end of the file.
    bool next(QByteArray *message);

    // Position of the last message returned by next(), from 0.
    int index() const { return m_index; }

    // True when the first bytes look like an mbox ("From " line first).
    static bool looksLikeMbox(const QByteArray &head);

private:
    QIODevice *m_device;
    QByteArray m_pending; // a "From " line read ahead
    int m_index = -1;
};
