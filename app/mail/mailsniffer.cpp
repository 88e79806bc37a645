// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailsniffer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

#include <QList>

using namespace Qt::StringLiterals;

namespace {

struct Magic
{
    QByteArrayView bytes;
    const char *what; // English, translated in notMailReason()
};

const Magic kMagics[] = {
    { QByteArrayView("\x89PNG\r\n\x1a\n", 8), QT_TRANSLATE_NOOP("MailSniffer", "it is a PNG image") },
    { QByteArrayView("\xff\xd8\xff", 3), QT_TRANSLATE_NOOP("MailSniffer", "it is a JPEG image") },
    { QByteArrayView("GIF87a", 6), QT_TRANSLATE_NOOP("MailSniffer", "it is a GIF image") },
    { QByteArrayView("GIF89a", 6), QT_TRANSLATE_NOOP("MailSniffer", "it is a GIF image") },
    { QByteArrayView("%PDF-", 5), QT_TRANSLATE_NOOP("MailSniffer", "it is a PDF document") },
    { QByteArrayView("PK\x03\x04", 4), QT_TRANSLATE_NOOP("MailSniffer", "it is a ZIP archive or an office document") },
    { QByteArrayView("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8),
        QT_TRANSLATE_NOOP("MailSniffer", "it is an Outlook .msg or another Microsoft Office file (save the message as .eml first)") },
    { QByteArrayView("\x1f\x8b", 2), QT_TRANSLATE_NOOP("MailSniffer", "it is a compressed (gzip) file") },
    { QByteArrayView("\x78\x9f\x3e\x22", 4),
        QT_TRANSLATE_NOOP("MailSniffer", "it is an Outlook winmail.dat attachment, not a whole message") },
    { QByteArrayView("{\\rtf", 5), QT_TRANSLATE_NOOP("MailSniffer", "it is an RTF document") },
};

bool isKnownMailHeader(const QByteArray &name)
{
    static const QList<QByteArray> known = {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "sender",
        "reply-to",
        "delivered-to",
        "in-reply-to",
        "references",
        "user-agent",
        "dkim-signature",
        "envelope-to",
        "thread-topic",
        "thread-index",
        "importance",
        "priority",
        "newsgroups",
        "path",
        "arc-seal",
        "authentication-results",
        "list-id",
        "precedence",
        "organization",
        "comments",
        "keywords",
        "content-disposition",
        "content-id",
        "content-language",
    };
    return known.contains(name) || name.startsWith("x-") || name.startsWith("resent-")
        || name.startsWith("list-") || name.startsWith("arc-");
}

QList<QByteArrayView> headLines(QByteArrayView raw, int maxLines)
{
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < raw.size() && lines.size() < maxLines) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        QByteArrayView line = raw.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        pos = end + 1;
    }
    return lines;
}

// The message without a byte order mark, leading blank lines and an mbox "From " line: a view
// into raw, so that a large message is not copied to be looked at.
QByteArrayView withoutEnvelope(QByteArrayView s)
{
    if (s.startsWith("\xef\xbb\xbf"))
        s = s.sliced(3);
    // Leading blank lines are not part of any header block.
    qsizetype start = 0;
    while (start < s.size() && (s[start] == '\n' || s[start] == '\r'))
        ++start;
    s = s.sliced(start);
    if (s.startsWith("From ")) {
        const qsizetype end = s.indexOf('\n');
        s = end < 0 ? QByteArrayView() : s.sliced(end + 1);
    }
    return s;
}

} // namespace

bool MailSniffer::isHeaderLine(QByteArrayView line, QByteArray *name)
{
    qsizetype i = 0;
    while (i < line.size() && i < 200) {
        const auto c = uchar(line[i]);
        if (c == ':' || c == ' ' || c == '\t' || c < 0x21 || c > 0x7E)
            break;
        ++i;
    }
    if (i == 0)
        return false;
    qsizetype j = i;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
        ++j;
    if (j >= line.size() || line[j] != ':')
        return false;
    if (name)
        *name = line.first(i).toByteArray().toLower();
    return true;
}

QByteArray MailSniffer::stripEnvelope(const QByteArray &raw)
{
    const QByteArrayView s = withoutEnvelope(raw);
    // Most messages have no envelope to strip: share raw's bytes rather than copy them.
    return s.size() == raw.size() ? raw : s.toByteArray();
}

QString MailSniffer::notMailReason(const QByteArray &raw)
{
    auto reason = [](const char *why) {
        return QCoreApplication::translate("MailSniffer", "This file is not an email: %1.")
            .arg(QCoreApplication::translate("MailSniffer", why));
    };
    if (std::all_of(raw.cbegin(), raw.cend(), [](char c) { return std::isspace(uchar(c)); }))
        return reason(QT_TRANSLATE_NOOP("MailSniffer", "it is empty"));
    for (const Magic &m : kMagics) {
        if (raw.startsWith(m.bytes))
            return reason(m.what);
    }
    const QByteArrayView s = withoutEnvelope(raw);
    // The headers end at the first blank line, LF or CRLF; only the bytes before it are searched.
    const qsizetype lf = s.indexOf("\n\n");
    const qsizetype crlf = (lf < 0 ? s : s.first(lf + 1)).indexOf("\r\n\r\n");
    const qsizetype headerEnd = crlf >= 0 ? crlf : (lf >= 0 ? lf : s.size());
    if (s.first(qMin<qsizetype>(headerEnd, 8192)).contains('\0'))
        return reason(QT_TRANSLATE_NOOP("MailSniffer", "it contains binary data"));

    const QList<QByteArrayView> lines = headLines(s.first(qMin<qsizetype>(headerEnd, 256 * 1024)), 400);
    QByteArray name;
    if (lines.isEmpty() || !isHeaderLine(lines.first(), &name))
        return reason(QT_TRANSLATE_NOOP("MailSniffer", "it does not start with mail headers (such as From:, Date: or Subject:)"));
    for (const QByteArrayView line : lines) {
        if (isHeaderLine(line, &name) && isKnownMailHeader(name))
            return {};
    }
    return reason(QT_TRANSLATE_NOOP("MailSniffer", "none of its header lines is a mail header (From:, Date:, Subject:…)"));
}
