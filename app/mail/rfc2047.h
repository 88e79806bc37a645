// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Decodes raw header text with RFC 2047 encoded words, written by hand because Debian's
// GMime 3.2.13 truncates consecutive padded base64 words. Raw 8-bit text is read as UTF-8
// when valid, else windows-1252. Malformed words are left as they are.
class Rfc2047
{
public:
    static QString decode(QByteArrayView raw);

    // Joins folded lines (CRLF or LF followed by a space or tab) into one.
    static QByteArray unfold(QByteArrayView raw);

    // Base64 that skips stray characters and copes with missing or extra padding.
    static QByteArray decodeBase64Lenient(QByteArrayView text);
};
