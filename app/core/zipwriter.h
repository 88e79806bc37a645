// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A ZIP archive in memory, as OpenDocument files need it: entries stored in the order added,
// uncompressed when asked (the "mimetype" entry must come first, stored), else deflated.
class ZipWriter
{
public:
    void add(const QString &name, const QByteArray &data, bool compress = true);
    QByteArray archive() const;

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        QByteArray stored; // as written: raw or deflated
        quint32 crc = 0;
        quint32 size = 0;
        bool deflated = false;
    };
    QList<Entry> m_entries;
};
