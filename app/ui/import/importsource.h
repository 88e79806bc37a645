// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One thing to import: a file (.eml or mbox) named by its path, or the bytes of one message
// handed over by a mail program (dragged as message/rfc822), with a label saying where from.
struct ImportSource
{
    QString path;
    QByteArray message;
    QString label;

    bool isFile() const { return message.isEmpty(); }
    QString name() const { return isFile() ? path : label; }

    static ImportSource file(const QString &path) { return { path, {}, {} }; }
    static ImportSource data(const QByteArray &message, const QString &label)
    {
        return { {}, message, label };
    }
};
using ImportSources = QList<ImportSource>;
