// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GMime must be initialised once per process before any use, from whichever thread comes first.
class GMimeLibrary
{
public:
    static void ensureInitialized();
};
