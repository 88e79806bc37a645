// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/rfc2047.h"

#include "mail/charset.h"

#include <QList>

namespace {

struct EncodedWord
{
    qsizetype begin = 0; // index of "=?"
    qsizetype end = 0; // index after "?="
    QByteArray charset;
    QByteArray bytes; // decoded, still in charset
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
            && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

// Reads "=?charset?X?text?=" at pos; false when the bytes there are not a well-formed word.
bool readEncodedWord(QByteArrayView s, qsizetype pos, EncodedWord *word)
{
    if (pos + 1 >= s.size() || s[pos] != '=' || s[pos + 1] != '?')
        return false;
    const qsizetype csEnd = s.indexOf('?', pos + 2);
    if (csEnd < 0 || csEnd == pos + 2 || csEnd + 2 >= s.size() || s[csEnd + 2] != '?')
        return false;
    const QByteArrayView charset = s.sliced(pos + 2, csEnd - pos - 2);
    for (const char c : charset) {
        if (uchar(c) <= ' ' || uchar(c) >= 0x7F || c == '=')
            return false;
    }
    const char enc = s[csEnd + 1];
    if (enc != 'q' && enc != 'Q' && enc != 'b' && enc != 'B')
        return false;
    const qsizetype textBegin = csEnd + 3;
    const qsizetype close = s.indexOf("?=", textBegin);
    if (close < 0)
        return false;
    const QByteArrayView text = s.sliced(textBegin, close - textBegin);
    // A word never spans a line; a tab or newline inside means it is not a word at all.
    for (const char c : text) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '?')
            return false;
    }
    word->begin = pos;
    word->end = close + 2;
    word->charset = Charset::normalizedName(charset);
    word->bytes = (enc == 'b' || enc == 'B') ? Rfc2047::decodeBase64Lenient(text) : decodeQ(text);
    return true;
}

bool onlyWhitespace(QByteArrayView s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

QByteArray Rfc2047::unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r' || c == '\n')
            continue; // folding keeps the whitespace that follows the line break
        out.append(c);
    }
    return out;
}

QByteArray Rfc2047::decodeBase64Lenient(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() * 3 / 4 + 3);
    quint32 acc = 0;
    int bits = 0;
    for (const char c : text) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+' || c == '-')
            v = 62;
        else if (c == '/' || c == '_')
            v = 63;
        else
            continue; // padding, whitespace, stray bytes
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xFF));
        }
    }
    return out;
}

QString Rfc2047::decode(QByteArrayView rawValue)
{
    const QByteArray s = unfold(rawValue);
    QString out;
    qsizetype plainStart = 0; // start of the raw text not yet written
    qsizetype pos = 0;
    QByteArray runCharset; // adjacent words of one charset are decoded together
    QByteArray runBytes;
    bool inRun = false;

    const auto flushRun = [&] {
        if (inRun) {
            out += Charset::decode(runBytes, runCharset);
            runBytes.clear();
            inRun = false;
        }
    };
    const auto flushPlain = [&](qsizetype upTo) {
        if (upTo > plainStart)
            out += Charset::decodeUnlabelled(QByteArrayView(s).sliced(plainStart, upTo - plainStart));
    };

    while (pos < s.size()) {
        const qsizetype at = s.indexOf("=?", pos);
        if (at < 0)
            break;
        EncodedWord word;
        if (!readEncodedWord(s, at, &word)) {
            pos = at + 2;
            continue;
        }
        const QByteArrayView between = QByteArrayView(s).sliced(plainStart, at - plainStart);
        if (inRun && onlyWhitespace(between)) {
            // RFC 2047 §6.2: whitespace between adjacent encoded words is not displayed.
            if (word.charset != runCharset) {
                flushRun();
            }
        } else {
            flushRun();
            flushPlain(at);
        }
        if (!inRun) {
            runCharset = word.charset;
            inRun = true;
        }
        runBytes += word.bytes;
        plainStart = pos = word.end;
    }
    flushRun();
    flushPlain(s.size());
    return out;
}
