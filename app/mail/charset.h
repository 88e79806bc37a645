// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Turns bytes in a declared charset into text the way mail programs really mean it:
// ISO-8859-1 and US-ASCII labels are read as windows-1252, an unknown or missing label
// falls back to UTF-8 when the bytes are valid UTF-8, else windows-1252.
class Charset
{
public:
    // *known is set to false when the label names a charset nobody here can decode.
    static QString decode(QByteArrayView bytes, QByteArrayView charset, bool *known = nullptr);

    // No usable label: UTF-8 if valid, else windows-1252.
    static QString decodeUnlabelled(QByteArrayView bytes);

    static bool isValidUtf8(QByteArrayView bytes);
    static QString fromWindows1252(QByteArrayView bytes);
    // What windows-1252 means by a code in 0x80–0x9F (the five holes keep their C1 value);
    // other codes are returned unchanged. HTML numeric references and Python's Latin-1 follow it.
    static char16_t windows1252(char16_t code);

    // Lower-case label without quotes, spaces or an RFC 2231 language suffix ("utf-8*fr").
    static QByteArray normalizedName(QByteArrayView charset);

private:
    static bool decodeWithIconv(QByteArrayView bytes, const QByteArray &charset, QString *out);
};
