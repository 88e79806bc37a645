// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailheaders.h"

#include "mail/charset.h"
#include "mail/rfc2047.h"

#include <gmime/gmime.h>

MailHeaders MailHeaders::fromObject(GMimeObject *object)
{
    MailHeaders headers;
    GMimeHeaderList *list = object ? g_mime_object_get_header_list(object) : nullptr;
    if (!list)
        return headers;
    const int count = g_mime_header_list_get_count(list);
    headers.m_fields.reserve(count);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        if (!header)
            continue;
        const char *name = g_mime_header_get_name(header);
        const char *raw = g_mime_header_get_raw_value(header);
        if (!name)
            continue;
        headers.m_fields.append({ QByteArray(name).trimmed().toLower(),
            raw ? Rfc2047::unfold(QByteArrayView(raw)).trimmed() : QByteArray("") });
    }
    return headers;
}

QByteArray MailHeaders::value(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const Field &f : m_fields) {
        if (f.name == lower)
            return f.value;
    }
    return {};
}

QList<QByteArray> MailHeaders::values(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    QList<QByteArray> out;
    for (const Field &f : m_fields) {
        if (f.name == lower)
            out.append(f.value);
    }
    return out;
}

QStringList MailHeaders::messageIds(const QByteArray &value)
{
    QStringList ids;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = value.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        const QByteArray id = value.mid(open + 1, close - open - 1).trimmed();
        if (!id.isEmpty())
            ids.append(Charset::decodeUnlabelled(id));
        pos = close + 1;
    }
    if (ids.isEmpty()) {
        // Some mailers drop the brackets; whitespace-separated ids are then the best guess.
        for (const QByteArray &word : value.simplified().split(' ')) {
            const QByteArray id = word.trimmed();
            if (!id.isEmpty() && id.contains('@'))
                ids.append(Charset::decodeUnlabelled(id));
        }
        if (ids.isEmpty() && !value.trimmed().isEmpty() && !value.contains(' '))
            ids.append(Charset::decodeUnlabelled(value.trimmed()));
    }
    return ids;
}
