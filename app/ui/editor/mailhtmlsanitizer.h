// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Makes the HTML body of an email safe to show: keeps text and layout (paragraphs, lists, tables,
// emphasis, fonts), drops scripts, styles sheets, forms, frames, objects, event handlers and
// every reference to remote content. Images stay only when they are inside the message
// (cid: or data:image), links only when they lead to the web or to an address (http, https,
// mailto). Works on an allow-list: a tag or attribute it does not know is dropped.
class MailHtmlSanitizer
{
public:
    struct Result
    {
        QString html; // a fragment, without <html>, <head> or <body>
        int blockedImages = 0; // remote or local images not shown
    };

    static Result sanitize(const QString &html);

    // http, https and mailto with somewhere to go: the only links a reader may follow.
    static bool isFollowableLink(const QUrl &url);
    // data:image/… or cid:…: content carried by the message itself.
    static bool isEmbeddedImage(const QUrl &url);
};
