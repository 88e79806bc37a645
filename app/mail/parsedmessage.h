// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A file carried by an email, kept byte for byte.
struct MailAttachment
{
    QString originalName; // as the sender meant it (decoded), shown to people
    QString safeName; // usable as a file name anywhere: no separators, traversal, controls, reserved names
    QString mimeType; // lower case, e.g. "application/pdf"
    QByteArray data; // decoded content
    QByteArray sha256; // lower-case hex of data
    QString contentId; // without <>, for inline images
    bool isInline = false;
    bool fromTnef = false; // extracted from a winmail.dat
};

// What one email says, read without touching the network or the clock.
struct ParsedMessage
{
    QByteArray raw; // the bytes as received (for a forward: the outer message)
    QByteArray sha256; // lower-case hex of raw
    QByteArray contentSha256; // MailReader::contentHash(raw)

    // The testimony: for a forward sent as an attachment (message/rfc822),
    // these are the inner message's.
    QString messageId; // without <>
    QString inReplyTo; // without <>
    QStringList references;
    QString fromName;
    QString fromAddress; // lower-cased domain, local part as written
    QString subject; // decoded
    QDateTime sentAt; // Date header in UTC; invalid when absent or unreadable
    QString text; // best plain-text body (text/plain preferred, HTML converted), format=flowed undone
    QString html; // the HTML body when there is one, as received (display must sanitise)
    QList<MailAttachment> attachments;

    // Receipt: date of the topmost Received header of the message as received, else its
    // Date header, else invalid (then it waits for a coordinator). Always UTC.
    QDateTime receivedAt;

    // Set when the testimony was forwarded as an attachment: the outer envelope.
    bool isForward = false;
    QString forwarderName;
    QString forwarderAddress;
    QString outerMessageId;
    QString outerSubject;
    QDateTime outerSentAt; // the forward's own Date header, UTC
    QString forwarderNote; // the forward's own text ("Contribution reçue, je vous la transfère")

    QStringList
        warnings; // things a coordinator should know (unknown charset, bad date…), in English, tr()-able
};
