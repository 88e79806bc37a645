// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to MailReader::read: never a crash, a hang or a leak.
#include "mail/mailreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ParsedMessage> m = MailReader::read(raw, &error);
    if (m) {
        // Touch what callers use, so sanitizers see every field built.
        volatile qsizetype sink = m->text.size() + m->subject.size() + m->fromAddress.size();
        for (const MailAttachment &a : m->attachments)
            sink = sink + a.data.size() + a.safeName.size();
        (void)sink;
    }
    return 0;
}
