// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mimeparameters.h"

#include "mail/charset.h"
#include "mail/rfc2047.h"

#include <QMap>

#include <algorithm>

namespace {

struct RawParameter
{
    QByteArray name; // lower case, as written (may hold "*0*")
    QByteArray value;
};

struct Section
{
    QByteArray bytes;
    bool encoded = false;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

QByteArray percentDecode(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out.append(char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.append(s[i]);
        }
    }
    return out;
}

QList<RawParameter> splitParameters(const QByteArray &s, qsizetype pos)
{
    QList<RawParameter> out;
    const qsizetype n = s.size();
    while (pos < n) {
        while (pos < n && (s[pos] == ';' || s[pos] == ' ' || s[pos] == '\t'))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < n && s[pos] != '=' && s[pos] != ';')
            ++pos;
        if (pos >= n || s[pos] == ';')
            continue; // a word without '=': nothing to keep
        const QByteArray name = s.mid(nameStart, pos - nameStart).trimmed().toLower();
        ++pos; // '='
        while (pos < n && (s[pos] == ' ' || s[pos] == '\t'))
            ++pos;
        QByteArray value;
        if (pos < n && s[pos] == '"') {
            ++pos;
            while (pos < n && s[pos] != '"') {
                if (s[pos] == '\\' && pos + 1 < n)
                    ++pos;
                value.append(s[pos++]);
            }
            ++pos; // closing quote
            // Anything glued after the closing quote up to ';' is kept (broken mailers).
            const qsizetype semi = s.indexOf(';', pos);
            const QByteArray tail = s.mid(pos, (semi < 0 ? n : semi) - pos).trimmed();
            value += tail;
            pos = semi < 0 ? n : semi;
        } else {
            const qsizetype semi = s.indexOf(';', pos);
            value = s.mid(pos, (semi < 0 ? n : semi) - pos).trimmed();
            pos = semi < 0 ? n : semi;
        }
        if (!name.isEmpty())
            out.append({ name, value });
    }
    return out;
}

} // namespace

MimeParameters MimeParameters::parse(const QByteArray &rawValue)
{
    MimeParameters result;
    const QByteArray s = Rfc2047::unfold(rawValue);
    const qsizetype semi = s.indexOf(';');
    result.m_value = s.left(semi < 0 ? s.size() : semi).trimmed().toLower();
    // Some mailers quote the type itself.
    if (result.m_value.startsWith('"') && result.m_value.endsWith('"') && result.m_value.size() >= 2)
        result.m_value = result.m_value.mid(1, result.m_value.size() - 2).trimmed();
    if (semi < 0)
        return result;

    QMap<QByteArray, QMap<int, Section>> extended; // RFC 2231 pieces by base name
    QHash<QByteArray, QString> plain;
    for (const RawParameter &p : splitParameters(s, semi + 1)) {
        const qsizetype star = p.name.indexOf('*');
        if (star < 0) {
            if (!plain.contains(p.name)) {
                plain.insert(p.name,
                    p.value.contains("=?") ? Rfc2047::decode(p.value) : Charset::decodeUnlabelled(p.value));
            }
            continue;
        }
        const QByteArray base = p.name.left(star);
        QByteArray rest = p.name.mid(star + 1); // "", "*", "0", "0*", "1"…
        Section section;
        section.bytes = p.value;
        section.encoded = rest.endsWith('*') || rest.isEmpty();
        if (rest.endsWith('*'))
            rest.chop(1);
        bool ok = true;
        const int index = rest.isEmpty() ? 0 : rest.toInt(&ok);
        if (!ok || index < 0 || index > 999)
            continue;
        auto &pieces = extended[base];
        if (!pieces.contains(index))
            pieces.insert(index, section);
    }

    for (auto it = extended.cbegin(); it != extended.cend(); ++it) {
        QByteArray charset;
        QByteArray bytes;
        bool first = true;
        for (const Section &section : it.value()) {
            QByteArray piece = section.bytes;
            if (first && section.encoded) {
                // charset'language'text; a missing quote pair means plain percent-encoding.
                const qsizetype q1 = piece.indexOf('\'');
                const qsizetype q2 = q1 < 0 ? -1 : piece.indexOf('\'', q1 + 1);
                if (q2 >= 0) {
                    charset = piece.left(q1);
                    piece = piece.mid(q2 + 1);
                }
            }
            bytes += section.encoded ? percentDecode(piece) : piece;
            first = false;
        }
        QString text = charset.isEmpty() ? Charset::decodeUnlabelled(bytes) : Charset::decode(bytes, charset);
        if (text.contains(u"=?"))
            text = Rfc2047::decode(text.toUtf8());
        result.m_parameters.insert(it.key(), text);
    }
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        if (!result.m_parameters.contains(it.key()))
            result.m_parameters.insert(it.key(), it.value());
    }
    return result;
}
