// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/messagecontent.h"

#include "mail/charset.h"
#include "mail/flowedtext.h"
#include "mail/gobjectptr.h"
#include "mail/htmltotext.h"
#include "mail/mailheaders.h"
#include "mail/mimeparameters.h"
#include "mail/rfc2047.h"
#include "mail/safefilename.h"
#include "mail/sha256.h"
#include "mail/tnefreader.h"

#include <gmime/gmime.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray mediaType(GMimeObject *object)
{
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    if (!ct)
        return "text/plain";
    const char *type = g_mime_content_type_get_media_type(ct);
    const char *subtype = g_mime_content_type_get_media_subtype(ct);
    return (QByteArray(type ? type : "application") + '/' + QByteArray(subtype ? subtype : "octet-stream"))
        .toLower();
}

QString stripAngles(const QByteArray &id)
{
    QByteArray s = id.trimmed();
    if (s.startsWith('<'))
        s = s.mid(1);
    if (const auto close = s.indexOf('>'); close >= 0)
        s.truncate(close);
    return Charset::decodeUnlabelled(s.trimmed());
}

void appendParagraph(QString *text, const QString &more)
{
    if (more.trimmed().isEmpty())
        return;
    if (!text->isEmpty() && !text->endsWith(u'\n'))
        *text += u'\n';
    if (!text->isEmpty())
        *text += u'\n';
    *text += more;
}

} // namespace

QByteArray MessageContent::decodedContent(GMimeObject *part)
{
    if (!part || !GMIME_IS_PART(part))
        return {};
    GMimeDataWrapper *wrapper = g_mime_part_get_content(GMIME_PART(part));
    if (!wrapper)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    if (!bytes || !bytes->data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QByteArray MessageContent::serialize(GMimeObject *object)
{
    if (!object)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    if (!bytes || !bytes->data)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

MessageContent MessageContent::collect(GMimeObject *root, int depth)
{
    MessageContent content;
    content.walk(root, depth, false, false);
    if (content.text.isEmpty() && !content.html.isEmpty())
        content.text = HtmlToText::convert(content.html);
    return content;
}

bool MessageContent::containsText(GMimeObject *object, const char *subtype, int depth)
{
    if (!object || depth > maxDepth)
        return false;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(mp);
        for (int i = 0; i < count; ++i) {
            if (containsText(g_mime_multipart_get_part(mp, i), subtype, depth + 1))
                return true;
        }
        return false;
    }
    if (!GMIME_IS_PART(object) || mediaType(object) != QByteArray("text/") + subtype)
        return false;
    const MailHeaders headers = MailHeaders::fromObject(object);
    return MimeParameters::parse(headers.value("content-disposition")).value() != "attachment";
}

void MessageContent::walk(GMimeObject *object, int depth, bool ignoreText, bool relatedResource)
{
    if (!object)
        return;
    if (depth > maxDepth) {
        const QString warning =
            u"The message nests parts more than %1 levels deep; the deeper parts were not read."_s.arg(
                maxDepth);
        if (!warnings.contains(warning))
            warnings.append(warning);
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(mp);
        const QByteArray type = mediaType(object);
        if (type == "multipart/alternative") {
            // Plain text is the testimony as written; HTML only when there is nothing else.
            int preferred = -1;
            for (int i = 0; i < count && preferred < 0; ++i) {
                if (containsText(g_mime_multipart_get_part(mp, i), "plain", depth + 1))
                    preferred = i;
            }
            for (int i = 0; i < count && preferred < 0; ++i) {
                if (containsText(g_mime_multipart_get_part(mp, i), "html", depth + 1))
                    preferred = i;
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(mp, i), depth + 1, ignoreText || i != preferred,
                    relatedResource);
            return;
        }
        if (type == "multipart/related") {
            int root = 0;
            const QString start = MimeParameters::parse(MailHeaders::fromObject(object).value("content-type"))
                                      .parameter("start");
            if (!start.isEmpty()) {
                const QString wanted = stripAngles(start.toUtf8());
                for (int i = 0; i < count; ++i) {
                    const MailHeaders h = MailHeaders::fromObject(g_mime_multipart_get_part(mp, i));
                    if (stripAngles(h.value("content-id")) == wanted)
                        root = i;
                }
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(mp, i), depth + 1, ignoreText || i != root,
                    relatedResource || i != root);
            return;
        }
        if (type == "multipart/report")
            isReport = true;
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(mp, i), depth + 1, ignoreText, relatedResource);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        addMessagePart(object);
        return;
    }
    if (GMIME_IS_PART(object))
        addLeaf(object, ignoreText, relatedResource);
}

void MessageContent::addLeaf(GMimeObject *part, bool ignoreText, bool relatedResource)
{
    const MailHeaders headers = MailHeaders::fromObject(part);
    const MimeParameters contentType = MimeParameters::parse(headers.value("content-type"));
    const MimeParameters disposition = MimeParameters::parse(headers.value("content-disposition"));
    QByteArray mime = mediaType(part);
    // RFC 2045 §5.2: an unreadable Content-Type ("application-x-gzip") means text/plain.
    if (!headers.value("content-type").isNull() && !contentType.value().contains('/'))
        mime = "text/plain";
    QString name = disposition.parameter("filename");
    if (name.trimmed().isEmpty())
        name = contentType.parameter("name");
    name = name.trimmed();
    const bool isAttachment = disposition.value() == "attachment";
    const bool isPlain = mime == "text/plain";
    const bool isHtml = mime == "text/html";

    const auto decodeText = [&] {
        const QByteArray bytes = decodedContent(part);
        const QString charset = contentType.parameter("charset");
        bool known = true;
        QString text = charset.trimmed().isEmpty() ? Charset::decodeUnlabelled(bytes)
                                                   : Charset::decode(bytes, charset.toLatin1(), &known);
        if (!known) {
            warnings.append(
                u"A text part declares the unknown charset \"%1\"; it was read as UTF-8 or windows-1252."_s
                    .arg(charset.left(60)));
        }
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
        if (isPlain && contentType.parameter("format").compare(u"flowed", Qt::CaseInsensitive) == 0)
            text = FlowedText::unflow(
                text, contentType.parameter("delsp").compare(u"yes", Qt::CaseInsensitive) == 0);
        return text;
    };

    if ((isPlain || isHtml) && !isAttachment) {
        if (!ignoreText && (!m_haveBody || name.isEmpty())) {
            const QString decoded = decodeText();
            if (!m_haveBody) {
                m_haveBody = true;
                m_bodyIsHtml = isHtml;
                if (isHtml) {
                    html = decoded;
                    text = HtmlToText::convert(decoded);
                } else {
                    text = decoded;
                }
            } else {
                // Further inline text (Apple Mail splits a body around pictures, lists add footers).
                appendParagraph(&text, isHtml ? HtmlToText::convert(decoded) : decoded);
                if (isHtml && m_bodyIsHtml)
                    html += decoded;
            }
            return;
        }
        if (ignoreText && name.isEmpty()) {
            if (isHtml && html.isEmpty())
                html = decodeText(); // the HTML alternative of a plain-text body
            return;
        }
    }

    MailAttachment file;
    file.data = decodedContent(part);
    file.mimeType = QString::fromLatin1(mime);
    file.originalName = name;
    file.contentId = stripAngles(headers.value("content-id"));
    file.isInline = disposition.value() == "inline" || (disposition.value().isEmpty() && relatedResource);
    file.safeName = SafeFileName::make(name, file.mimeType);
    file.sha256 = Sha256::hex(file.data);
    const bool tnef = mime == "application/ms-tnef" || mime == "application/vnd.ms-tnef"
        || name.compare(u"winmail.dat", Qt::CaseInsensitive) == 0;
    if (tnef && TnefReader::looksLikeTnef(file.data))
        addTnef(file);
    else
        attachments.append(file);
}

void MessageContent::addTnef(const MailAttachment &winmail)
{
    QList<MailAttachment> files;
    QString error;
    if (!TnefReader::extract(winmail.data, &files, &error)) {
        warnings.append(error);
        attachments.append(winmail);
        return;
    }
    if (files.isEmpty()) {
        // Only Outlook formatting inside: keep the file itself so nothing seems lost.
        attachments.append(winmail);
        return;
    }
    attachments.append(files);
}

void MessageContent::addMessagePart(GMimeObject *part)
{
    const MailHeaders headers = MailHeaders::fromObject(part);
    const MimeParameters contentType = MimeParameters::parse(headers.value("content-type"));
    const MimeParameters disposition = MimeParameters::parse(headers.value("content-disposition"));
    GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));

    MailAttachment file;
    file.mimeType = QString::fromLatin1(mediaType(part));
    file.data = inner ? serialize(GMIME_OBJECT(inner)) : QByteArray();
    QString name = disposition.parameter("filename").trimmed();
    if (name.isEmpty())
        name = contentType.parameter("name").trimmed();
    if (name.isEmpty() && inner) {
        const QString subject =
            Rfc2047::decode(MailHeaders::fromObject(GMIME_OBJECT(inner)).value("subject")).simplified();
        name = (subject.isEmpty() ? u"message"_s : subject) + u".eml"_s;
    }
    file.originalName = name;
    file.isInline = disposition.value() == "inline";
    file.safeName = SafeFileName::make(name, file.mimeType);
    file.sha256 = Sha256::hex(file.data);
    if (inner)
        embedded.append({ inner, int(attachments.size()) });
    attachments.append(file);
}
