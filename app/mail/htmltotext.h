// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Turns an HTML mail body into readable plain text: scripts, styles and the head dropped,
// entities decoded, <br> and blocks as line breaks, list items as "- ", whitespace collapsed.
// Never loads anything: images and links are not followed.
class HtmlToText
{
public:
    static QString convert(const QString &html);
};
