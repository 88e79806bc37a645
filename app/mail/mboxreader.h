// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// Splits an mbox (mboxo or mboxrd, LF or CRLF) into messages on its "From " lines,
// streaming from the device: memory holds one message at a time, never the whole file.
// Split by hand, not with GMime's mbox parser, which can swallow the rest of a file after
// one malformed part. A separator is a "From " line at the start of the file, shaped like an
// envelope ("From sender Fri Mar 12 20:15:33 2021"), or naming a sender after an empty line
// or before a header line.
class MboxReader
{
public:
    explicit MboxReader(QIODevice *device);

    // Reads the next message (without its "From " separator line, ">From " unescaped).
    // Returns false at the end of the file.
    bool next(QByteArray *message);

    // A message longer than this is not kept in memory: next() returns it empty, with
    // lastWasTooLarge() true, and the reading goes on with the following one. 0: no limit.
    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }
    bool lastWasTooLarge() const { return m_tooLarge; }

    // Position of the last message returned by next(), from 0.
    int index() const { return m_index; }

    // The "From " separator line of the last message returned (empty when there was none).
    QByteArray envelope() const { return m_envelope; }

    // How many messages next() would return from the device, read once without keeping any
    // (for « message 3 of 10 » before the import reaches the end).
    static int count(QIODevice *device);

    // True when the first bytes look like an mbox ("From " line first).
    static bool looksLikeMbox(const QByteArray &head);

    // A "From " line that is a message separator rather than body text.
    static bool isSeparator(QByteArrayView line, bool afterEmptyLine, bool nextLineIsHeader = false);

private:
    // One physical line, read in bounded chunks: a chunk that does not end the line is
    // returned alone with *complete = false.
    bool readChunk(QByteArray *chunk, bool *complete);
    bool nextLineIsHeader() const;

    QIODevice *m_device;
    QByteArray m_pending; // a "From " line read ahead
    int m_index = -1;
    QByteArray m_envelope;
    QByteArray m_lineBuffer; // reused for every read
    bool m_started = false;
    bool m_atEnd = false;
    qint64 m_maxMessageSize = 0;
    bool m_tooLarge = false;
};
