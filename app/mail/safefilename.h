// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Makes an attachment name safe to write on any system: no path separators or traversal,
// no control or bidirectional-override characters, no Windows-reserved names, no trailing
// dots or spaces, at most 200 bytes of UTF-8 with the extension kept, never empty.
class SafeFileName
{
public:
    static constexpr int maxBytes = 200;

    // mimeType gives the extension of the fallback name when nothing usable is left.
    static QString make(const QString &name, const QString &mimeType = {});

    // "pdf" for application/pdf; empty when unknown.
    static QString extensionForMimeType(const QString &mimeType);
};
