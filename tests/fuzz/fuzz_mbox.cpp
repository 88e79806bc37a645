// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to MboxReader: it ends, and every message it returns comes from the input.
#include "mail/mboxreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(&buffer);
    QByteArray message;
    qsizetype total = 0;
    while (reader.next(&message)) {
        total += message.size();
        // Unescaping only removes bytes: more output than input would be a bug.
        if (total > qsizetype(size))
            abort();
    }
    MboxReader::looksLikeMbox(bytes.left(200));
    return 0;
}
