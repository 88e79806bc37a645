// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/charset.h"

#include "mail/gmimelibrary.h"

#include <QStringDecoder>
#include <gmime/gmime.h>

#include <array>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

// windows-1252 0x80–0x9F; the five holes keep their C1 code point (as WHATWG does).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

bool isLatin1Label(const QByteArray &n)
{
    return n == "iso-8859-1" || n == "iso8859-1" || n == "iso_8859-1" || n == "latin1" || n == "latin-1"
        || n == "l1" || n == "iso-ir-100" || n == "cp819" || n == "ibm819" || n == "iso_8859-1:1987"
        || n == "windows-1252" || n == "cp1252" || n == "x-cp1252" || n == "iso8859_1" || n == "8859-1"
        || n == "iso88591" || n == "windows1252";
}

bool isAsciiLabel(const QByteArray &n)
{
    return n == "us-ascii" || n == "ascii" || n == "us_ascii" || n == "ansi_x3.4-1968" || n == "iso646-us"
        || n == "x-unknown" || n == "unknown-8bit" || n == "unknown" || n == "default" || n == "8bit"
        || n == "x-user-defined" || n == "charset" || n.isEmpty();
}

bool isUtf8Label(const QByteArray &n)
{
    return n == "utf-8" || n == "utf8" || n == "x-utf8" || n == "unicode-1-1-utf-8";
}

// Counts complete multibyte UTF-8 sequences: evidence that mislabelled bytes are UTF-8 after all.
int utf8SequenceCount(QByteArrayView b)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        const auto c = uchar(b[i]);
        const int len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        if (len == 0 || i + len > b.size())
            continue;
        bool ok = true;
        for (int k = 1; k < len; ++k)
            ok = ok && (uchar(b[i + k]) & 0xC0) == 0x80;
        if (ok) {
            ++count;
            i += len - 1;
        }
    }
    return count;
}

} // namespace

QByteArray Charset::normalizedName(QByteArrayView charset)
{
    QByteArray n = charset.toByteArray().trimmed().toLower();
    if (n.startsWith('"') || n.startsWith('\''))
        n = n.mid(1);
    if (n.endsWith('"') || n.endsWith('\''))
        n.chop(1);
    if (const auto star = n.indexOf('*'); star >= 0)
        n.truncate(star);
    return n.trimmed();
}

bool Charset::isValidUtf8(QByteArrayView b)
{
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const auto c = uchar(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            const auto cc = uchar(b[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

QString Charset::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        *d++ = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString Charset::decodeUnlabelled(QByteArrayView bytes)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return fromWindows1252(bytes);
}

QString Charset::decode(QByteArrayView bytes, QByteArrayView charset, bool *known)
{
    if (known)
        *known = true;
    const QByteArray name = normalizedName(charset);
    if (isUtf8Label(name)) {
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        // Mostly UTF-8 with a stray byte stays UTF-8; none at all means it was mislabelled.
        return utf8SequenceCount(bytes) > 0 ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
    }
    if (isLatin1Label(name))
        return fromWindows1252(bytes);
    if (isAsciiLabel(name))
        return decodeUnlabelled(bytes);
    if (name.startsWith("utf-16") || name.startsWith("utf-32") || name == "ucs-2") {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QString out;
    if (decodeWithIconv(bytes, name, &out))
        return out;
    if (known)
        *known = false;
    return decodeUnlabelled(bytes);
}

bool Charset::decodeWithIconv(QByteArrayView bytes, const QByteArray &charset, QString *out)
{
    GMimeLibrary::ensureInitialized();
    iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray result;
    result.reserve(bytes.size() * 2 + 16);
    char buffer[4096];
    auto *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    static const QByteArray replacement = u"\uFFFD"_s.toUtf8();
    while (true) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = inLeft ? iconv(cd, &in, &inLeft, &outPtr, &outLeft)
                                 : iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
        const int err = errno;
        result.append(buffer, qsizetype(sizeof buffer - outLeft));
        if (rc != size_t(-1)) {
            if (inLeft == 0) {
                // Flush a stateful encoding (ISO-2022-JP) back to its initial shift state.
                outPtr = buffer;
                outLeft = sizeof buffer;
                iconv(cd, nullptr, nullptr, &outPtr, &outLeft);
                result.append(buffer, qsizetype(sizeof buffer - outLeft));
                break;
            }
            continue;
        }
        if (err == E2BIG)
            continue;
        // A byte the charset does not allow: mark it and go on, never give up on the text.
        result.append(replacement);
        if (err == EINVAL || inLeft <= 1)
            break;
        ++in;
        --inLeft;
    }
    g_mime_iconv_close(cd);
    *out = QString::fromUtf8(result);
    return true;
}

char16_t Charset::windows1252(char16_t code)
{
    return code >= 0x80 && code < 0xA0 ? kCp1252High[code - 0x80] : code;
}
