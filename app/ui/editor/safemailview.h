// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/parsedmessage.h"

#include <QHash>
#include <QList>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>

// Shows an email as it was received — sender, recipients, dates, subject, body, attachments —
// without ever reaching outside the message: the HTML body goes through MailHtmlSanitizer, and
// loadResource() gives nothing for any address that is not inside the message (cid:, data:).
// Nothing is fetched, no local file is read. A link opens in the web browser only after the
// reader has seen the address it really leads to.
class SafeMailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeMailView(QWidget *parent = nullptr);

    void showMessage(const ParsedMessage &message);
    // Reads the bytes of a stored email and shows them; says so when they cannot be read.
    void showRawMessage(const QByteArray &raw);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Every resource the document asked for, and those it was refused (all but cid: and data:).
    QList<QUrl> requestedResources() const { return m_requested; }
    QList<QUrl> refusedResources() const { return m_refused; }
    // Images of the HTML body left out because they were not inside the message.
    int blockedImageCount() const { return m_blockedImages; }

    QVariant loadResource(int type, const QUrl &name) override;

    // Shows where the link really leads and opens it in the web browser if the reader agrees.
    // Links other than http, https and mailto are refused with an explanation.
    static bool openLinkAfterConfirmation(QWidget *parent, const QUrl &url);

    // The link that opens the message's attachment number index (its attachments, inline
    // images included, are listed under the text, each a link). The link carries a token drawn
    // for this showing, so that a link written into the email itself cannot open an attachment.
    QUrl attachmentLink(int index) const;
    // Writes the attachment into this session's private folder and opens it with the program
    // the desktop chooses; says why when it cannot.
    bool openAttachment(int index);

    // A header field of the message itself ("To", "Cc"), decoded; empty when absent.
    static QString headerValue(const QByteArray &raw, const QByteArray &name);

private:
    QString headerTable(const ParsedMessage &message) const;
    void resetResources();

    QTimeZone m_zone;
    QHash<QString, QByteArray> m_inlineImages; // content-id (lower case) → bytes
    QList<MailAttachment> m_attachments;
    QString m_attachmentToken;
    QList<QUrl> m_requested;
    QList<QUrl> m_refused;
    int m_blockedImages = 0;
};
