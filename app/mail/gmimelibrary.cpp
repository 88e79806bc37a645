// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/gmimelibrary.h"

#include <gmime/gmime.h>
#include <mutex>

void GMimeLibrary::ensureInitialized()
{
    static std::once_flag once;
    // Never shut down: other threads may still be reading mail when the process ends.
    std::call_once(once, [] { g_mime_init(); });
}
