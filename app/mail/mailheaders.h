// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

typedef struct _GMimeObject GMimeObject;

// The raw header fields of a message or part, in file order, values undecoded: decoding is
// done here (Rfc2047, MailDate) rather than by GMime, whose decoder has known defects.
class MailHeaders
{
public:
    static MailHeaders fromObject(GMimeObject *object);

    // The first field of that name (case-insensitive), unfolded and trimmed; null when absent.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return !value(name).isNull(); }
    qsizetype size() const { return m_fields.size(); }

    // "<a@b> <c@d>" → {"a@b", "c@d"}; a value without angle brackets is one id.
    static QStringList messageIds(const QByteArray &value);

private:
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };
    QList<Field> m_fields;
};
