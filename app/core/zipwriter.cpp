// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/zipwriter.h"

#include <QtEndian>

#include <zlib.h>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// Raw deflate (no zlib header), as ZIP's method 8 stores it.
QByteArray deflated(const QByteArray &data)
{
    z_stream z {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return status == Z_STREAM_END ? out : QByteArray();
}

// 1 January 2021, 00:00 in MS-DOS form: the archive does not depend on the clock.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = ((2021 - 1980) << 9) | (1 << 5) | 1;

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    e.size = quint32(data.size());
    if (compress) {
        const QByteArray packed = deflated(data);
        if (!packed.isNull() && packed.size() < data.size()) {
            e.stored = packed;
            e.deflated = true;
        }
    }
    if (!e.deflated)
        e.stored = data;
    m_entries.append(e);
}

QByteArray ZipWriter::archive() const
{
    QByteArray out;
    QByteArray directory;
    constexpr quint16 utf8Names = 1 << 11;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, utf8Names);
        put16(out, e.deflated ? 8 : 0);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.stored.size()));
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.stored;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, utf8Names);
        put16(directory, e.deflated ? 8 : 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, e.crc);
        put32(directory, quint32(e.stored.size()));
        put32(directory, e.size);
        put16(directory, quint16(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}
