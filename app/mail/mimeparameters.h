// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// A Content-Type or Content-Disposition value with its parameters, read leniently:
// RFC 2231 continuations and charsets (filename*0*=UTF-8''…), RFC 2047 words inside quoted
// values (Outlook, old Thunderbird), unquoted values with spaces, raw 8-bit bytes.
class MimeParameters
{
public:
    static MimeParameters parse(const QByteArray &rawValue);

    // "text/plain" or "attachment", lower case, without parameters.
    QByteArray value() const { return m_value; }
    // Parameter names are case-insensitive; an absent parameter is a null QString.
    QString parameter(const QByteArray &name) const { return m_parameters.value(name.toLower()); }
    bool contains(const QByteArray &name) const { return m_parameters.contains(name.toLower()); }

private:
    QByteArray m_value;
    QHash<QByteArray, QString> m_parameters;
};
