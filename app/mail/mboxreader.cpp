// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mboxreader.h"

#include "mail/mailsniffer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kChunk = 64 * 1024;

bool isEmptyLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n" || line == "\r";
}

// mboxrd: ">From ", ">>From "… lose one '>'; mboxo escaped only "From " the same way.
void unescapeFromLine(QByteArray *line)
{
    qsizetype i = 0;
    while (i < line->size() && line->at(i) == '>')
        ++i;
    if (i > 0 && line->mid(i).startsWith("From "))
        line->remove(0, 1);
}

} // namespace

MboxReader::MboxReader(QIODevice *device)
    : m_device(device)
{ }

bool MboxReader::looksLikeMbox(const QByteArray &head)
{
    QByteArray h = head;
    if (h.startsWith("\xef\xbb\xbf"))
        h.remove(0, 3);
    static const QRegularExpression fromHeader(u"^From\\s*:"_s);
    return h.startsWith("From ") && !fromHeader.match(QString::fromLatin1(h.left(80))).hasMatch();
}

bool MboxReader::isSeparator(QByteArrayView line, bool afterEmptyLine, bool nextLineIsHeader)
{
    if (!line.startsWith("From "))
        return false;
    const QString text = QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 300))).trimmed();
    // "From sender Fri Mar 12 20:15:33 2021" (asctime, maybe with a zone or seconds missing).
    static const QRegularExpression envelope(
        u"^From \\S+\\s+[A-Za-z]{3},?\\s+[A-Za-z]{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s+(\\S+\\s+)?\\d{4}"_s);
    if (envelope.match(text).hasMatch())
        return true;
    // Otherwise it must name a sender ("From - ", an address, a time) and either follow an
    // empty line or be followed by a header (exports that rely on Content-Length). Plain prose
    // such as "From the first week…" is neither.
    if (!afterEmptyLine && !nextLineIsHeader)
        return false;
    static const QRegularExpression time(u"\\d{1,2}:\\d{2}"_s);
    const QString sender = text.mid(5).section(u' ', 0, 0, QString::SectionSkipEmpty);
    return sender.isEmpty() || sender == u"-" || sender.contains(u'@') || sender.contains(u'!')
        || sender.compare(u"MAILER-DAEMON", Qt::CaseInsensitive) == 0 || time.match(text).hasMatch();
}

bool MboxReader::nextLineIsHeader() const
{
    QByteArray ahead = m_device->peek(1024);
    const qsizetype end = ahead.indexOf('\n');
    if (end >= 0)
        ahead.truncate(end);
    if (ahead.endsWith('\r'))
        ahead.chop(1);
    return MailSniffer::isHeaderLine(ahead);
}

bool MboxReader::readChunk(QByteArray *chunk, bool *complete)
{
    if (m_atEnd || !m_device)
        return false;
    // One reusable buffer: QIODevice::readLine(maxSize) would allocate maxSize per line.
    if (m_lineBuffer.size() != kChunk + 1)
        m_lineBuffer.resize(kChunk + 1);
    qint64 n = m_device->readLine(m_lineBuffer.data(), kChunk + 1);
    if (n <= 0) {
        // A non-blocking device may have nothing yet; give it a moment before calling it the end.
        if (n < 0 || m_device->atEnd() || !m_device->waitForReadyRead(30000)
            || (n = m_device->readLine(m_lineBuffer.data(), kChunk + 1)) <= 0) {
            m_atEnd = true;
            return false;
        }
    }
    *chunk = QByteArray(m_lineBuffer.constData(), qsizetype(n));
    *complete = chunk->endsWith('\n');
    return true;
}

int MboxReader::count(QIODevice *device)
{
    MboxReader reader(device);
    // Long messages are skipped rather than kept: memory stays under 64 KiB. (Not less: blank
    // lines before the first separator are read as a message's start, and must stay visible.)
    reader.setMaxMessageSize(64 * 1024);
    QByteArray skipped;
    int n = 0;
    while (reader.next(&skipped))
        ++n;
    return n;
}

bool MboxReader::next(QByteArray *message)
{
    message->clear();
    m_envelope.clear();
    m_tooLarge = false;
    bool haveMessage = false;
    if (!m_pending.isEmpty()) {
        m_envelope = m_pending;
        m_pending.clear();
        haveMessage = true;
    }

    bool previousEmpty = !m_started; // the file start counts as after an empty line
    bool lineStart = true;
    bool discardingEnvelope = false; // the rest of an over-long separator line
    QByteArray chunk;
    bool complete = false;
    while (readChunk(&chunk, &complete)) {
        if (discardingEnvelope) {
            m_envelope += chunk;
            discardingEnvelope = !complete;
            lineStart = complete;
            continue;
        }
        if (lineStart && chunk.startsWith("From ")
            && isSeparator(chunk, previousEmpty || !m_started, complete && nextLineIsHeader())) {
            if (m_envelope.isEmpty() && message->trimmed().isEmpty()) {
                // The file's first separator: this message starts here.
                m_started = true;
                haveMessage = true;
                message->clear();
                m_envelope = chunk;
                discardingEnvelope = !complete;
                lineStart = complete;
                previousEmpty = false;
                continue;
            }
            m_pending = chunk;
            if (!complete) {
                // Keep only the start of an over-long separator line.
                QByteArray rest;
                bool restComplete = false;
                while (!restComplete && readChunk(&rest, &restComplete)) { }
            }
            // The empty line before a separator belongs to the mbox, not to the message.
            if (message->endsWith("\r\n\r\n"))
                message->chop(2);
            else if (message->endsWith("\n\n"))
                message->chop(1);
            break;
        }
        m_started = true;
        haveMessage = true;
        if (lineStart && chunk.startsWith('>'))
            unescapeFromLine(&chunk);
        if (m_maxMessageSize > 0 && message->size() + chunk.size() > m_maxMessageSize) {
            // Read past the rest of it, keeping nothing: memory stays bounded.
            m_tooLarge = true;
            message->clear();
        }
        if (!m_tooLarge)
            message->append(chunk);
        if (lineStart)
            previousEmpty = complete && isEmptyLine(chunk);
        else
            previousEmpty = false;
        lineStart = complete;
    }
    if (!haveMessage)
        return false;
    if (m_pending.isEmpty() && m_atEnd && message->trimmed().isEmpty() && m_envelope.isEmpty() && !m_tooLarge)
        return false; // trailing blank lines at the end of the file
    ++m_index;
    return true;
}
