// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/parsedmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

typedef struct _GMimeObject GMimeObject;
typedef struct _GMimeMessage GMimeMessage;

// What the MIME tree of one message carries: the best text body, the HTML body, the files.
// A message/rfc822 part is listed as a file and remembered so the reader can decide whether
// the message is a forward.
class MessageContent
{
public:
    static constexpr int maxDepth = 32; // nested multiparts and messages, against hostile input

    struct Embedded
    {
        GMimeMessage *message = nullptr; // owned by the parsed tree
        int attachmentIndex = -1; // its entry in attachments
    };

    static MessageContent collect(GMimeObject *root, int depth = 0);

    QString text;
    QString html;
    QList<MailAttachment> attachments;
    QList<Embedded> embedded;
    bool isReport = false; // multipart/report: a bounce or receipt, never a forward
    QStringList warnings;

    // Decoded bytes of a leaf part (transfer encoding undone).
    static QByteArray decodedContent(GMimeObject *part);
    // The bytes of an embedded message as GMime writes them back.
    static QByteArray serialize(GMimeObject *object);

private:
    void walk(GMimeObject *object, int depth, bool ignoreText, bool relatedResource);
    void addLeaf(GMimeObject *part, bool ignoreText, bool relatedResource);
    void addMessagePart(GMimeObject *part);
    void addTnef(const MailAttachment &winmail);
    static bool containsText(GMimeObject *object, const char *subtype, int depth);

    bool m_haveBody = false;
    bool m_bodyIsHtml = false;
};
