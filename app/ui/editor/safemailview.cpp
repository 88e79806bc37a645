// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/safemailview.h"

#include "mail/mailreader.h"
#include "mail/parsedmessage.h"
#include "mail/mailimporter.h"
#include "storage/sourcemessagerepository.h"
#include "ui/common/uitext.h"
#include "ui/editor/attachmentexporter.h"
#include "ui/editor/mailhtmlsanitizer.h"

#include <QDesktopServices>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QUuid>

namespace {

constexpr qsizetype maxEmbeddedImage = 20 * 1024 * 1024;

QImage decodeDataImage(const QUrl &url)
{
    const QByteArray text = url.toEncoded();
    const qsizetype comma = text.indexOf(',');
    if (!text.startsWith("data:") || comma < 0 || text.size() > maxEmbeddedImage * 2)
        return {};
    const QByteArray meta = text.mid(5, comma - 5).toLower();
    const QByteArray payload = QByteArray::fromPercentEncoding(text.mid(comma + 1));
    return QImage::fromData(meta.endsWith(";base64") ? QByteArray::fromBase64(payload) : payload);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral(
        "<tr><td style=\"padding-right: 12px; color: #555;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString person(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    return QStringLiteral("%1 <%2>").arg(name, address);
}

} // namespace

SafeMailView::SafeMailView(QWidget *parent)
    : QTextBrowser(parent)
    , m_zone(QByteArrayLiteral("Europe/Paris"))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Email as received"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        for (int i = 0; i < m_attachments.size(); ++i)
            if (url == attachmentLink(i)) {
                openAttachment(i);
                return;
            }
        openLinkAfterConfirmation(this, url);
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // The address itself, not the text of the link, is what the reader should see.
        setToolTip(url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded));
    });
}

void SafeMailView::resetResources()
{
    m_inlineImages.clear();
    m_attachments.clear();
    m_attachmentToken = QUuid::createUuid().toString(QUuid::Id128);
    m_requested.clear();
    m_refused.clear();
    m_blockedImages = 0;
    document()->clear();
}

QVariant SafeMailView::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    const QString scheme = name.scheme().toLower();
    if (type == QTextDocument::ImageResource) {
        QImage image;
        if (scheme == QLatin1String("cid"))
            image = QImage::fromData(m_inlineImages.value(name.path().toLower()));
        else if (MailHtmlSanitizer::isEmbeddedImage(name))
            image = decodeDataImage(name);
        if (!image.isNull())
            return image;
        m_refused.append(name);
        // A non-null answer, so that QTextDocument does not go looking for a local file itself.
        QImage nothing(1, 1, QImage::Format_ARGB32);
        nothing.fill(Qt::transparent);
        return nothing;
    }
    m_refused.append(name);
    return QString(); // style sheets, pages: never loaded
}

QString SafeMailView::headerValue(const QByteArray &raw, const QByteArray &name)
{
    const QByteArray head = raw.left(64 * 1024);
    QList<QByteArray> fields;
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty())
            fields.last() += ' ' + line.trimmed();
        else
            fields.append(line);
    }
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray &field : std::as_const(fields))
        if (field.toLower().startsWith(prefix))
            return MailReader::decodeHeader(field.mid(prefix.size()).trimmed());
    return {};
}

QString SafeMailView::headerTable(const ParsedMessage &m) const
{
    QString rows;
    rows += row(tr("From:"), person(m.fromName, m.fromAddress));
    rows += row(tr("To:"), headerValue(m.raw, "To"));
    rows += row(tr("Cc:"), headerValue(m.raw, "Cc"));
    rows += row(tr("Sent:"), m.sentAt.isValid() ? UiText::longDateTime(m.sentAt, m_zone) : tr("no date"));
    rows += row(tr("Received:"),
        m.receivedAt.isValid() ? UiText::longDateTime(m.receivedAt, m_zone) : tr("no receipt date"));
    rows += row(tr("Subject:"), m.subject.isEmpty() ? tr("(no subject)") : m.subject);
    if (m.isForward)
        rows += row(tr("Forwarded by:"),
            tr("%1, on %2")
                .arg(person(m.forwarderName, m.forwarderAddress),
                    UiText::longDateTime(m.outerSentAt, m_zone)));
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">") + rows + QStringLiteral("</table>");
}

void SafeMailView::showMessage(const ParsedMessage &m)
{
    resetResources();
    for (const MailAttachment &a : m.attachments)
        if (!a.contentId.isEmpty())
            m_inlineImages.insert(a.contentId.toLower(), a.data);

    QString body;
    if (!m.html.trimmed().isEmpty()) {
        const MailHtmlSanitizer::Result safe = MailHtmlSanitizer::sanitize(m.html);
        m_blockedImages = safe.blockedImages;
        body = safe.html;
    } else {
        body = QStringLiteral("<p style=\"white-space: pre-wrap;\">") + m.text.toHtmlEscaped()
            + QStringLiteral("</p>");
    }

    QString html = headerTable(m) + QStringLiteral("<hr />");
    if (m_blockedImages > 0)
        html += QStringLiteral("<p style=\"color: #555; background-color: #f3f3f3;\">%1</p>")
                    .arg(tr("%Ln image(s) from the internet not loaded, to protect your privacy.", nullptr,
                        m_blockedImages)
                             .toHtmlEscaped());
    if (m.isForward && !m.forwarderNote.trimmed().isEmpty())
        html += QStringLiteral("<p style=\"white-space: pre-wrap; color: #555;\"><i>%1</i></p><hr />")
                    .arg(m.forwarderNote.trimmed().toHtmlEscaped());
    html += body;

    // Every attachment, inline images too, each a link that opens it.
    m_attachments = m.attachments;
    QStringList files;
    for (int i = 0; i < m_attachments.size(); ++i) {
        const MailAttachment &a = m_attachments.at(i);
        const QString name = a.originalName.isEmpty() ? a.safeName : a.originalName;
        const QString label = a.isInline && !a.contentId.isEmpty()
            ? tr("%1 (%2, in the text)").arg(name, UiText::fileSize(a.data.size()))
            : tr("%1 (%2)").arg(name, UiText::fileSize(a.data.size()));
        files << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(attachmentLink(i).toString(QUrl::FullyEncoded).toHtmlEscaped(), label.toHtmlEscaped());
    }
    if (!files.isEmpty())
        html += QStringLiteral("<hr /><p><b>%1</b> %2</p>")
                    .arg(tr("Attachments:").toHtmlEscaped(), files.join(QStringLiteral(" · ")));
    setHtml(html);
}

QUrl SafeMailView::attachmentLink(int index) const
{
    QUrl url;
    url.setScheme(QStringLiteral("recueil-attachment"));
    url.setPath(m_attachmentToken + QLatin1Char('/') + QString::number(index));
    return url;
}

bool SafeMailView::openAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return false;
    return AttachmentExporter::open(this, MailImporter::storedAttachments({m_attachments.at(index)}).constFirst());
}

void SafeMailView::showRawMessage(const QByteArray &raw)
{
    QString error;
    const std::optional<ParsedMessage> parsed = MailReader::read(raw, &error);
    if (parsed) {
        showMessage(*parsed);
        return;
    }
    resetResources();
    setHtml(QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(tr("This email cannot be shown.").toHtmlEscaped(), error.toHtmlEscaped()));
}

bool SafeMailView::openLinkAfterConfirmation(QWidget *parent, const QUrl &url)
{
    if (!MailHtmlSanitizer::isFollowableLink(url)) {
        QMessageBox::information(parent, tr("Link not opened"),
            tr("This link does not lead to a web page or an email address, so Recueil does "
               "not open it:")
                + QStringLiteral("\n\n") + url.toString(QUrl::FullyEncoded));
        return false;
    }
    const bool isMail = url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0;
    QMessageBox box(QMessageBox::Question, tr("Open a link"),
        isMail ? tr("This link writes an email to:") + QStringLiteral("\n\n") + url.path(QUrl::FullyDecoded)
               : tr("This link leads to the site %1, at the address:").arg(url.host(QUrl::FullyEncoded))
                + QStringLiteral("\n\n") + url.toString(QUrl::FullyEncoded),
        QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setInformativeText(isMail ? tr("Open your mail program?")
                                  : tr("Open it in your web browser? Only do so if you trust this address."));
    box.button(QMessageBox::Open)->setText(tr("&Open the link"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (box.exec() != QMessageBox::Open)
        return false;
    return QDesktopServices::openUrl(url);
}
