// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/parsedmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

// Reads one email (RFC 5322 bytes) into a ParsedMessage with GMime 3.
// Pure: no network, no clock, no files. Thread-safe.
class MailReader
{
public:
    // On failure returns nullopt and sets *error to a sentence a coordinator can read
    // (e.g. the file is not an email at all).
    static std::optional<ParsedMessage> read(const QByteArray &raw, QString *error = nullptr);

    // Building blocks, public for tests and fuzzing.
    static QString decodeHeader(const QByteArray &rawValue); // RFC 2047, raw 8-bit tolerated
    static QDateTime parseDate(
        const QByteArray &value); // RFC 5322 + obsolete forms, UTC; invalid if unreadable
    static QString safeFileName(const QString &name); // never empty
    // SHA-256 (lower-case hex) of an email's bytes with CRLF line ends read as LF and the
    // trailing line ends left out: the same email saved by two programs hashes the same.
    static QByteArray contentHash(const QByteArray &raw);
};
