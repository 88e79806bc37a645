// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given to the date parsers: a valid UTC date or an invalid one, nothing else.
#include "mail/maildate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QDateTime &dt : { MailDate::parse(value), MailDate::parseReceived(value) }) {
        if (dt.isValid() && dt.timeSpec() != Qt::UTC)
            abort();
    }
    return 0;
}
