// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mimescrubber.h"

#include "core/personmatcher.h"
#include "mail/charset.h"
#include "mail/gmimelibrary.h"
#include "mail/gobjectptr.h"
#include "mail/htmlentities.h"
#include "mail/mailreader.h"
#include "mail/mailsniffer.h"
#include "storage/eraser.h"

#include <QRegularExpression>

#include <gmime/gmime.h>

namespace {

QString fromGChar(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString htmlEntity(QStringView name)
{
    return HtmlEntities::lookup(name);
}

QByteArray bytesOf(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return array ? QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len)) : QByteArray();
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) > 0x7f)
            return false;
    return true;
}

class Walker
{
public:
    Walker(const PersonMatcher &matcher, const QHash<QString, QString> &ids)
        : m_matcher(matcher)
        , m_ids(ids)
    { }

    bool changed() const { return m_changed; }

    void message(GMimeMessage *message)
    {
        addresses(message);
        headers(GMIME_OBJECT(message));
        if (GMimeObject *body = g_mime_message_get_mime_part(message))
            object(body);
    }

private:
    QString scrub(const QString &text, PersonMatcher::EntityLookup entities = nullptr)
    {
        int count = 0;
        const QString out = m_matcher.scrub(text, &count, entities);
        if (count)
            m_changed = true;
        return out;
    }

    void addresses(GMimeMessage *message)
    {
        for (const GMimeAddressType type : { GMIME_ADDRESS_TYPE_SENDER, GMIME_ADDRESS_TYPE_FROM,
                 GMIME_ADDRESS_TYPE_REPLY_TO, GMIME_ADDRESS_TYPE_TO, GMIME_ADDRESS_TYPE_CC, GMIME_ADDRESS_TYPE_BCC })
            addressList(g_mime_message_get_addresses(message, type));
    }

    void addressList(InternetAddressList *list)
    {
        if (!list)
            return;
        for (int i = 0; i < internet_address_list_length(list); ++i) {
            InternetAddress *address = internet_address_list_get_address(list, i);
            const QString name = fromGChar(internet_address_get_name(address));
            QString scrubbedName = scrub(name);
            if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
                InternetAddressMailbox *mailbox = INTERNET_ADDRESS_MAILBOX(address);
                const QString addr = fromGChar(internet_address_mailbox_get_addr(mailbox));
                if (m_matcher.matches(addr)) {
                    m_changed = true;
                    internet_address_mailbox_set_addr(mailbox, MimeScrubber::placeholderAddress().constData());
                    // The person's own display name goes whole, whatever it is.
                    if (!name.isEmpty())
                        scrubbedName = PersonMatcher::placeholder();
                }
            } else if (INTERNET_ADDRESS_IS_GROUP(address)) {
                addressList(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            }
            if (scrubbedName != name) {
                m_changed = true;
                internet_address_set_name(address, scrubbedName.toUtf8().constData());
            }
        }
    }

    void headers(GMimeObject *object)
    {
        GMimeHeaderList *list = g_mime_object_get_header_list(object);
        if (!list)
            return;
        static const QList<QByteArray> idHeaders = { "message-id", "in-reply-to", "references", "resent-message-id",
            "original-message-id", "x-forwarded-message-id" };
        static const QList<QByteArray> skipped = { "from", "sender", "reply-to", "to", "cc", "bcc", "content-type",
            "content-disposition", "content-transfer-encoding", "mime-version" };
        for (int i = 0; i < g_mime_header_list_get_count(list); ++i) {
            GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
            const QByteArray name = QByteArray(g_mime_header_get_name(header)).toLower();
            const char *rawValue = g_mime_header_get_raw_value(header);
            if (!rawValue)
                continue;
            if (idHeaders.contains(name)) {
                QByteArray raw(rawValue);
                bool mapped = false;
                for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
                    const QByteArray from = QByteArray('<' + it.key().toUtf8() + '>');
                    if (raw.contains(from)) {
                        raw.replace(from, QByteArray('<' + it.value().toUtf8() + '>'));
                        mapped = true;
                    }
                }
                if (mapped) {
                    m_changed = true;
                    g_mime_header_set_raw_value(header, raw.constData());
                }
                continue;
            }
            if (skipped.contains(name))
                continue;
            const QByteArray raw(rawValue);
            if (isAscii(raw) && !raw.contains("=?")) {
                // Plain ASCII (Received, Return-Path…): rewritten in place, folding kept, with an
                // ASCII placeholder that keeps it plain.
                int count = 0;
                const QString scrubbed =
                    m_matcher.scrub(QString::fromLatin1(raw), &count, nullptr, QStringLiteral("[efface]"));
                if (count) {
                    m_changed = true;
                    g_mime_header_set_raw_value(header, scrubbed.toLatin1().constData());
                }
                continue;
            }
            // Decoded from RFC 2047 (and raw 8-bit), scrubbed, encoded again only if it changed.
            char *decoded = g_mime_utils_header_decode_text(nullptr, rawValue);
            const QString value = fromGChar(decoded);
            g_free(decoded);
            const bool before = m_changed;
            m_changed = false;
            const QString scrubbed = scrub(value);
            const bool changedHere = m_changed;
            m_changed = before || changedHere;
            if (changedHere)
                g_mime_header_set_value(header, nullptr, scrubbed.trimmed().toUtf8().constData(), "utf-8");
        }
    }

    void object(GMimeObject *object)
    {
        if (GMIME_IS_MESSAGE_PART(object)) {
            headers(object);
            if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
                message(inner);
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            headers(object);
            for (const bool prologue : { true, false }) {
                const QString text = fromGChar(
                    prologue ? g_mime_multipart_get_prologue(multipart) : g_mime_multipart_get_epilogue(multipart));
                const QString scrubbed = scrub(text);
                if (scrubbed != text) {
                    if (prologue)
                        g_mime_multipart_set_prologue(multipart, scrubbed.toUtf8().constData());
                    else
                        g_mime_multipart_set_epilogue(multipart, scrubbed.toUtf8().constData());
                }
            }
            for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
                this->object(g_mime_multipart_get_part(multipart, i));
            return;
        }
        headers(object);
        if (GMIME_IS_PART(object))
            part(GMIME_PART(object));
    }

    void part(GMimePart *part)
    {
        const QString filename = fromGChar(g_mime_part_get_filename(part));
        const QString scrubbedName = scrub(filename);
        if (scrubbedName != filename)
            g_mime_part_set_filename(part, scrubbedName.toUtf8().constData());

        GMimeContentType *type = g_mime_object_get_content_type(GMIME_OBJECT(part));
        const QString mime = type ? fromGChar(g_mime_content_type_get_mime_type(type)) : QStringLiteral("text/plain");
        GMimeDataWrapper *content = g_mime_part_get_content(part);
        if (!content)
            return;
        GObjectPtr<GMimeStream> decoded(g_mime_stream_mem_new());
        if (g_mime_data_wrapper_write_to_stream(content, decoded.get()) < 0)
            return;
        const QByteArray bytes = bytesOf(decoded.get());
        const GMimeContentEncoding encoding = g_mime_part_get_content_encoding(part);
        if (!Eraser::isTextual(mime)) {
            // A file: what reads as text inside it is masked, its length kept.
            int masked = 0;
            const QByteArray out = m_matcher.mask(QString::fromLatin1(bytes), &masked).toLatin1();
            if (masked)
                setContent(part, out, encoding);
            return;
        }
        const QByteArray charset = QByteArray(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"));
        const QString text = Charset::decode(bytes, charset);
        const bool html = mime.compare(QLatin1String("text/html"), Qt::CaseInsensitive) == 0;
        int count = 0;
        const QString scrubbed = m_matcher.scrub(text, &count, html ? &htmlEntity : nullptr);
        if (!count)
            return;
        m_changed = true;
        // Written back in its charset when that holds every character, else in UTF-8.
        const QByteArray name = Charset::normalizedName(charset);
        QByteArray out;
        const bool latin1 = (name == "iso-8859-1" || name == "latin1" || name == "iso-8859-15")
            && std::all_of(scrubbed.cbegin(), scrubbed.cend(), [](QChar c) { return c.unicode() < 0x80 || (c.unicode() >= 0xa0 && c.unicode() < 0x100); });
        if (latin1) {
            out = scrubbed.toLatin1();
        } else {
            out = scrubbed.toUtf8();
            if (name != "utf-8" && !(isAscii(out) && (name.isEmpty() || name == "us-ascii")))
                g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
        }
        setContent(part, out, encoding);
    }

    // New decoded content, encoded on writing as before (quoted-printable where 7-bit no longer holds it).
    void setContent(GMimePart *part, const QByteArray &out, GMimeContentEncoding encoding)
    {
        m_changed = true;
        GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(out.constData(), size_t(out.size())));
        GObjectPtr<GMimeDataWrapper> wrapper(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(part, wrapper.get());
        const bool sevenBit = encoding == GMIME_CONTENT_ENCODING_DEFAULT || encoding == GMIME_CONTENT_ENCODING_7BIT;
        g_mime_part_set_content_encoding(
            part, sevenBit && !isAscii(out) ? GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE : encoding);
    }

    const PersonMatcher &m_matcher;
    const QHash<QString, QString> &m_ids;
    bool m_changed = false;
};

// What the structure did not reach: each byte read as Latin-1 (addresses, phone numbers, names
// in Latin-1), then the whole as UTF-8 when it is valid UTF-8.
QByteArray bytewise(QByteArray raw, const PersonMatcher &matcher, bool *changed)
{
    int count = 0;
    const QString latin1 = matcher.scrub(QString::fromLatin1(raw), &count, nullptr, QStringLiteral("[efface]"));
    if (count) {
        raw = latin1.toLatin1();
        *changed = true;
    }
    if (!isAscii(raw) && Charset::isValidUtf8(raw)) {
        count = 0;
        const QString utf8 = matcher.scrub(QString::fromUtf8(raw), &count);
        if (count) {
            raw = utf8.toUtf8();
            *changed = true;
        }
    }
    return raw;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

// Whether the rewritten message says what the original said, but for the person's details.
bool readsTheSame(const QByteArray &original, const QByteArray &rewritten, const PersonMatcher &matcher)
{
    const std::optional<ParsedMessage> before = MailReader::read(original);
    const std::optional<ParsedMessage> after = MailReader::read(rewritten);
    if (!before)
        return true; // nothing to compare with: the structure is all there is
    if (!after)
        return false;
    return wordsOf(matcher.scrub(before->text)) == wordsOf(after->text)
        && before->attachments.size() == after->attachments.size();
}

} // namespace

QByteArray MimeScrubber::placeholderAddress()
{
    return QByteArrayLiteral("efface@efface.invalid");
}

std::optional<QByteArray> MimeScrubber::scrub(
    const QByteArray &raw, const PersonMatcher &matcher, const QHash<QString, QString> &ids)
{
    if (matcher.isEmpty() && ids.isEmpty())
        return std::nullopt;
    GMimeLibrary::ensureInitialized();
    const QByteArray body = MailSniffer::stripEnvelope(raw);
    const QByteArray envelope = raw.left(raw.size() - body.size());
    bool changed = false;
    QByteArray out = body;
    {
        GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(body.constData(), size_t(body.size())));
        GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
        GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (message) {
            Walker walker(matcher, ids);
            walker.message(message.get());
            if (walker.changed()) {
                GMimeFormatOptions *options = g_mime_format_options_clone(nullptr);
                if (body.contains("\r\n"))
                    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
                GObjectPtr<GMimeStream> written(g_mime_stream_mem_new());
                if (g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options, written.get()) >= 0) {
                    out = bytesOf(written.get());
                    changed = true;
                }
                g_mime_format_options_free(options);
            }
        }
    }
    // A broken message that GMime mends on writing (a header line without its fold, say) would
    // read differently afterwards: then only its bytes are rewritten, as they are.
    if (changed && !readsTheSame(body, out, matcher)) {
        out = body;
        changed = false;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            const QByteArray from = QByteArray('<' + it.key().toUtf8() + '>');
            if (out.contains(from)) {
                out.replace(from, QByteArray('<' + it.value().toUtf8() + '>'));
                changed = true;
            }
        }
    }
    out = bytewise(out, matcher, &changed);
    if (!changed)
        return std::nullopt;
    return envelope + out;
}
