// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverlocation.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text, keep));
}
} // namespace

bool ServerLocation::looksLikeServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

bool ServerLocation::parse(const QString &location, ServerLocation *out, QString *error)
{
    // scheme :// [user[:password]@] [host[:port]] [/dbname] [?params]
    static const QRegularExpression uri(QStringLiteral(
        R"(^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?(\[[^\]]*\]|[^:/?]*)(?::(\d*))?(?:/([^?]*))?(?:\?(.*))?$)"));
    const QRegularExpressionMatch m = uri.match(location.trimmed());
    if (!m.hasMatch()) {
        // The address as typed, but never a password in it: the message is shown and may be logged.
        static const QRegularExpression userPassword(QStringLiteral(R"(^(\s*postgres(?:ql)?://[^:@/?]*):[^@]*@)"));
        static const QRegularExpression passwordOption(QStringLiteral(R"(([?&]password=)[^&]*)"));
        const QString shown = QString(location)
                                  .replace(userPassword, QStringLiteral("\\1:…@"))
                                  .replace(passwordOption, QStringLiteral("\\1…"));
        *error = tr("“%1” is not a PostgreSQL address; write it as postgresql://user@host:port/database.")
                     .arg(shown);
        return false;
    }
    ServerLocation s;
    s.user = decoded(m.captured(1));
    s.password = decoded(m.captured(2));
    s.host = decoded(m.captured(3));
    if (s.host.startsWith(QLatin1Char('[')))
        s.host = s.host.mid(1, s.host.size() - 2);
    if (!m.captured(4).isEmpty())
        s.port = m.captured(4).toInt();
    s.database = decoded(m.captured(5));
    for (const QString &pair : m.captured(6).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value =
            eq < 0 ? QString() : decoded(pair.mid(eq + 1).replace(QLatin1Char('+'), QLatin1Char(' ')));
        static const QRegularExpression keyShape(QStringLiteral("^[a-z_]+$"));
        if (!keyShape.match(key).hasMatch()) {
            *error = tr("“%1” is not a connection option.").arg(key);
            return false;
        }
        if (key == QLatin1String("host"))
            s.host = value;
        else if (key == QLatin1String("port"))
            s.port = value.toInt();
        else if (key == QLatin1String("user"))
            s.user = value;
        else if (key == QLatin1String("password"))
            s.password = value;
        else if (key == QLatin1String("dbname"))
            s.database = value;
        else
            s.options.append({ key, value });
    }
    if (s.database.isEmpty()) {
        *error = tr(
            "The address “%1” names no database: add it after the server, as in postgresql://host/recueil.")
                     .arg(s.display());
        return false;
    }
    *out = s;
    return true;
}

QString ServerLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options) {
        // libpq's quoting: single quotes around the value, backslash before quote and backslash.
        QString v = value;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        parts.append(key + QStringLiteral("='") + v + QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(';'));
}

QString ServerLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + encoded(host, "/"));
    if (socket && port > 0)
        query.append(QStringLiteral("port=") + QString::number(port));
    for (const auto &[key, value] : options)
        query.append(key + QLatin1Char('=') + encoded(value, "/"));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}
