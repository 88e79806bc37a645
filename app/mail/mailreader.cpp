// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailreader.h"

#include <QCoreApplication>

#include "mail/gmimelibrary.h"
#include "mail/gobjectptr.h"
#include "mail/mailaddress.h"
#include "mail/maildate.h"
#include "mail/mailheaders.h"
#include "mail/mailsniffer.h"
#include "mail/messagecontent.h"
#include "mail/rfc2047.h"
#include "mail/safefilename.h"
#include "mail/sha256.h"

#include <QRegularExpression>
#include <algorithm>
#include <gmime/gmime.h>

using namespace Qt::StringLiterals;

namespace {

// The testimony's own fields: who, what, when, which thread.
void readEnvelope(const MailHeaders &headers, ParsedMessage *m)
{
    MailAddress from = MailAddress::parse(headers.value("from"));
    if (from.address.isEmpty()) {
        for (const char *fallback : { "sender", "reply-to", "return-path" }) {
            const MailAddress other = MailAddress::parse(headers.value(fallback));
            if (!other.address.isEmpty()) {
                m->warnings.append(
                    u"The message has no usable From address; the %1 header was used instead."_s.arg(
                        QString::fromLatin1(fallback)));
                if (from.name.isEmpty())
                    from.name = other.name;
                from.address = other.address;
                break;
            }
        }
    }
    if (from.address.isEmpty())
        m->warnings.append(u"The message does not say who sent it (no From address)."_s);
    m->fromName = from.name;
    m->fromAddress = from.address;

    QString subject = Rfc2047::decode(headers.value("subject"));
    subject.replace(u'\t', u' ');
    m->subject = subject.trimmed();

    m->messageId = MailHeaders::messageIds(headers.value("message-id")).value(0);
    m->inReplyTo = MailHeaders::messageIds(headers.value("in-reply-to")).value(0);
    m->references = MailHeaders::messageIds(headers.value("references"));

    const QByteArray date = headers.value("date");
    m->sentAt = MailDate::parse(date);
    if (!date.isNull() && !m->sentAt.isValid())
        m->warnings.append(
            u"The Date header \"%1\" could not be read."_s.arg(Rfc2047::decode(date.left(100))));
}

// Receipt time: the topmost Received header that carries a readable date, else Date.
QDateTime receiptTimeFromHeaders(const MailHeaders &headers, const QDateTime &sentAt, QStringList *warnings)
{
    const QList<QByteArray> received = headers.values("received");
    for (qsizetype i = 0; i < received.size(); ++i) {
        const QDateTime dt = MailDate::parseReceived(received[i]);
        if (dt.isValid()) {
            if (i > 0)
                warnings->append(
                    u"The topmost Received header has no readable date; a lower one was used."_s);
            return dt;
        }
    }
    if (sentAt.isValid()) {
        if (!received.isEmpty())
            warnings->append(
                u"No Received header has a readable date; the receipt time is the Date header."_s);
        else
            warnings->append(u"No Received header: the receipt time is the sender's Date header, set by the "
                             u"sender's own clock."_s);
        return sentAt;
    }
    warnings->append(
        u"The message has neither a Received nor a Date header: a coordinator must set its receipt time."_s);
    return {};
}

// "Content-Type: text/plain" directly followed by "bar": GMime drops the line that is not a
// header and the body with it; other readers end the headers there and keep "bar" as the
// body. Adds the missing blank line where a header block (the message's, or a part's after
// its boundary) meets a line that is neither a header nor a continuation.
QByteArray withBlankLineAfterHeaders(const QByteArray &bytes, bool *repaired)
{
    *repaired = false;
    static const QRegularExpression boundaryParameter(
        u"boundary\\s*=\\s*\"?([^\";\\s]+)"_s, QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> delimiters;
    // Boundaries are in the first bytes of each part's headers: look at most a megabyte in.
    const QString head = QString::fromLatin1(bytes.left(1 << 20));
    for (auto it = boundaryParameter.globalMatch(head); it.hasNext();)
        delimiters.append("--" + it.next().captured(1).toLatin1());
    const auto isDelimiter = [&](QByteArrayView line) {
        return std::any_of(delimiters.cbegin(), delimiters.cend(), [&](const QByteArray &d) {
            return line.startsWith(d) && !line.sliced(d.size()).startsWith("--");
        });
    };
    const auto isHeader = [](QByteArrayView line) {
        qsizetype i = 0;
        while (i < line.size() && line[i] > ' ' && line[i] < 127 && line[i] != ':')
            ++i;
        return i > 0 && i < line.size() && line[i] == ':';
    };
    QByteArray out;
    bool inHeaders = true;
    int headerLines = 0;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        end = end < 0 ? bytes.size() : end + 1;
        QByteArrayView line = QByteArrayView(bytes).sliced(from, end - from);
        QByteArrayView content = line;
        while (!content.isEmpty() && (content.back() == '\n' || content.back() == '\r'))
            content.chop(1);
        if (inHeaders) {
            if (content.isEmpty()) {
                inHeaders = false;
            } else if (isHeader(content) || ((content[0] == ' ' || content[0] == '\t') && headerLines > 0)) {
                ++headerLines;
            } else if (headerLines > 0) {
                if (!*repaired)
                    out = bytes.left(from);
                *repaired = true;
                out.append(line.endsWith("\r\n") ? "\r\n" : "\n");
                inHeaders = false;
            }
        } else if (!delimiters.isEmpty() && content.startsWith("--") && isDelimiter(content)) {
            inHeaders = true;
            headerLines = 0;
            if (*repaired)
                out.append(line);
            from = end;
            continue;
        }
        if (*repaired)
            out.append(line);
        from = end;
    }
    return *repaired ? out : bytes;
}

// A receipt time outside these years is kept, but someone should look at it.
bool plausibleYear(const QDateTime &dt)
{
    return dt.date().year() >= 1990 && dt.date().year() <= 2100;
}

QDateTime receiptTime(const MailHeaders &headers, const QDateTime &sentAt, QStringList *warnings)
{
    QDateTime found = receiptTimeFromHeaders(headers, sentAt, warnings);
    if (found.isValid() && !plausibleYear(found))
        warnings->append(
            u"The receipt time falls in %1, outside the years 1990 to 2100: check it before it is judged "
            u"against the deadline."_s.arg(found.date().year()));
    return found;
}

bool subjectSaysForward(const QString &subject)
{
    // TR (French Outlook), Fwd/Fw, WG (German), RV (Spanish), Enc (Portuguese); "TR : " with a no-break
    // space.
    static const QRegularExpression pattern(u"^\\s*(re\\s*:\\s*)?(tr|fwd?|wg|rv|enc)[\\s\\x{00A0}]*:"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(subject).hasMatch();
}

// A coordinator's forward: one attached message, no bounce, and either a forward subject
// or so little text of its own that the attached message is the substance.
bool isForward(const ParsedMessage &outer, const MessageContent &content)
{
    if (content.isReport || content.embedded.size() != 1)
        return false;
    const MailHeaders inner = MailHeaders::fromObject(GMIME_OBJECT(content.embedded.first().message));
    if (!inner.contains("from") && !inner.contains("date") && !inner.contains("subject"))
        return false;
    constexpr qsizetype shortNote = 500;
    return subjectSaysForward(outer.subject) || content.text.simplified().size() <= shortNote;
}

} // namespace

std::optional<ParsedMessage> MailReader::read(const QByteArray &raw, QString *error)
{
    const QString reason = MailSniffer::notMailReason(raw);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    GMimeLibrary::ensureInitialized();
    bool repaired = false;
    const QByteArray bytes = withBlankLineAfterHeaders(MailSniffer::stripEnvelope(raw), &repaired);
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    const MailHeaders headers = MailHeaders::fromObject(message ? GMIME_OBJECT(message.get()) : nullptr);
    // GMime files Content-* headers under the body part: a message may have only those.
    if (!message || (headers.size() == 0 && !g_mime_message_get_mime_part(message.get()))) {
        if (error)
            *error = QCoreApplication::translate("MailSniffer",
                                                 "This file is not an email: no mail headers could be read from it.");
        return std::nullopt;
    }

    ParsedMessage m;
    if (repaired)
        m.warnings.append(
            u"A part has no blank line between its headers and its body: the lines after its headers "
            u"were kept as its body."_s);
    m.raw = raw;
    m.sha256 = Sha256::hex(raw);
    m.contentSha256 = contentHash(raw);
    readEnvelope(headers, &m);
    MessageContent content = MessageContent::collect(g_mime_message_get_mime_part(message.get()));
    m.receivedAt = receiptTime(headers, m.sentAt, &m.warnings);

    if (isForward(m, content)) {
        const MessageContent::Embedded forwarded = content.embedded.first();
        m.isForward = true;
        m.forwarderName = m.fromName;
        m.forwarderAddress = m.fromAddress;
        m.outerMessageId = m.messageId;
        m.outerSubject = m.subject;
        m.outerSentAt = m.sentAt;
        m.forwarderNote = content.text;
        m.fromName.clear();
        m.fromAddress.clear();
        ParsedMessage inner;
        readEnvelope(MailHeaders::fromObject(GMIME_OBJECT(forwarded.message)), &inner);
        const MessageContent innerContent =
            MessageContent::collect(g_mime_message_get_mime_part(forwarded.message), 1);
        m.fromName = inner.fromName;
        m.fromAddress = inner.fromAddress;
        m.subject = inner.subject;
        m.messageId = inner.messageId;
        m.inReplyTo = inner.inReplyTo;
        m.references = inner.references;
        m.sentAt = inner.sentAt;
        m.text = innerContent.text;
        m.html = innerContent.html;
        m.attachments = innerContent.attachments;
        // The forward's other files stay with the testimony: nothing brought in is dropped.
        for (qsizetype i = 0; i < content.attachments.size(); ++i) {
            if (i != forwarded.attachmentIndex)
                m.attachments.append(content.attachments[i]);
        }
        for (const QString &w : inner.warnings + innerContent.warnings)
            m.warnings.append(u"Forwarded message: "_s + w);
    } else {
        m.text = content.text;
        m.html = content.html;
        m.attachments = content.attachments;
    }
    m.warnings += content.warnings;
    return m;
}

QString MailReader::decodeHeader(const QByteArray &rawValue)
{
    return Rfc2047::decode(rawValue);
}

QDateTime MailReader::parseDate(const QByteArray &value)
{
    return MailDate::parse(value);
}

QString MailReader::safeFileName(const QString &name)
{
    return SafeFileName::make(name);
}

QByteArray MailReader::contentHash(const QByteArray &raw)
{
    QByteArray normalized = raw;
    normalized.replace("\r\n", "\n");
    qsizetype end = normalized.size();
    while (end > 0 && normalized.at(end - 1) == '\n')
        --end;
    normalized.truncate(end);
    return Sha256::hex(normalized);
}
