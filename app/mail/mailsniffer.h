// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Tells a file that is not an email at all (a picture renamed .eml, an empty file, binary
// data) from a damaged email, before any parsing, so the first gets a clear refusal and
// the second a best-effort reading.
class MailSniffer
{
public:
    // Empty when the bytes look like mail; otherwise a sentence for a coordinator.
    static QString notMailReason(const QByteArray &raw);

    // Drops a UTF-8 byte order mark and an mbox "From " envelope line before the headers.
    static QByteArray stripEnvelope(const QByteArray &raw);

    // "Subject: x" or "X-Mailer :x"; the name is printable ASCII without ':'.
    static bool isHeaderLine(QByteArrayView line, QByteArray *name = nullptr);
};
