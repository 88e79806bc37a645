// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/tnefreader.h"

#include "mail/charset.h"
#include "mail/safefilename.h"
#include "mail/sha256.h"

#include <QMimeDatabase>

#ifdef RECUEIL_HAVE_YTNEF
extern "C" {
#include <ytnef.h>
}
// ytnef.h defines BYTE, WORD, ULONG… as macros: it stays the last include of this file.
#endif

using namespace Qt::StringLiterals;

bool TnefReader::looksLikeTnef(const QByteArray &data)
{
    // TNEF signature 0x223E9F78, little-endian.
    return data.size() >= 6 && data.startsWith(QByteArrayView("\x78\x9f\x3e\x22", 4));
}

bool TnefReader::available()
{
#ifdef RECUEIL_HAVE_YTNEF
    return true;
#else
    return false;
#endif
}

#ifdef RECUEIL_HAVE_YTNEF
namespace {

QByteArray propertyBytes(MAPIProps *props, unsigned int type, unsigned int id)
{
    variableLength *v = MAPIFindProperty(props, PROP_TAG(type, id));
    if (!v || v == MAPI_UNDEFINED || !v->data || v->size <= 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(v->data), v->size);
}

// Attached files carried as MAPI properties (no attAttachData): PT_BINARY as is, PT_OBJECT
// after the 16-byte interface GUID that precedes the data.
QByteArray attachmentData(MAPIProps *props)
{
    QByteArray bin = propertyBytes(props, PT_BINARY, PR_ATTACH_DATA_OBJ);
    if (!bin.isEmpty())
        return bin;
    bin = propertyBytes(props, PT_OBJECT, PR_ATTACH_DATA_OBJ);
    return bin.size() > 16 ? bin.mid(16) : QByteArray();
}

QString propertyText(MAPIProps *props, unsigned int id)
{
    QByteArray unicode = propertyBytes(props, PT_UNICODE, id);
    if (!unicode.isEmpty()) {
        // libytnef 2.0 hands PT_UNICODE over already converted to UTF-8; older builds give
        // UTF-16LE, recognisable by its zero high bytes.
        if (unicode.size() >= 2 && unicode[1] == '\0' && unicode[0] != '\0') {
            const QString s = QString::fromUtf16(
                reinterpret_cast<const char16_t *>(unicode.constData()), unicode.size() / 2);
            return s.left(s.indexOf(QChar(0)) < 0 ? s.size() : s.indexOf(QChar(0)));
        }
        if (const auto nul = unicode.indexOf('\0'); nul >= 0)
            unicode.truncate(nul);
        return Charset::decodeUnlabelled(unicode);
    }
    QByteArray narrow = propertyBytes(props, PT_STRING8, id);
    if (const auto nul = narrow.indexOf('\0'); nul >= 0)
        narrow.truncate(nul);
    return Charset::decodeUnlabelled(narrow);
}

} // namespace
#endif

bool TnefReader::extract(const QByteArray &data, QList<MailAttachment> *files, QString *error)
{
#ifdef RECUEIL_HAVE_YTNEF
    if (!looksLikeTnef(data)) {
        if (error)
            *error = u"winmail.dat does not start with the TNEF signature."_s;
        return false;
    }
    TNEFStruct tnef;
    TNEFInitialize(&tnef);
    tnef.Debug = 0;
    // ytnef takes a non-const buffer but only reads it; give it a private copy anyway.
    QByteArray copy = data;
    const int rc = TNEFParseMemory(reinterpret_cast<unsigned char *>(copy.data()), long(copy.size()), &tnef);
    if (rc < 0) {
        TNEFFree(&tnef);
        if (error)
            *error = u"The winmail.dat attachment (Outlook TNEF) could not be read."_s;
        return false;
    }
    int count = 0;
    for (Attachment *a = tnef.starting_attach.next; a && count < 10000; a = a->next, ++count) {
        MailAttachment file;
        file.fromTnef = true;
        file.data = a->FileData.data && a->FileData.size > 0
            ? QByteArray(reinterpret_cast<const char *>(a->FileData.data), a->FileData.size)
            : attachmentData(&a->MAPI);
        if (file.data.isEmpty())
            continue;
        QString name = propertyText(&a->MAPI, PR_ATTACH_LONG_FILENAME);
        if (name.isEmpty() && a->Title.data && a->Title.size > 0) {
            QByteArray title(reinterpret_cast<const char *>(a->Title.data), a->Title.size);
            if (const auto nul = title.indexOf('\0'); nul >= 0)
                title.truncate(nul);
            name = Charset::decodeUnlabelled(title);
        }
        if (name.isEmpty())
            name = propertyText(&a->MAPI, PR_ATTACH_FILENAME);
        file.originalName = name;
        file.mimeType = propertyText(&a->MAPI, PR_ATTACH_MIME_TAG).trimmed().toLower();
        if (file.mimeType.isEmpty() || !file.mimeType.contains(u'/')) {
            // Outlook rarely records a MIME type; the extension is the best evidence left.
            static const QMimeDatabase mimeDatabase;
            file.mimeType =
                mimeDatabase.mimeTypeForFile(file.originalName, QMimeDatabase::MatchExtension).name();
        }
        file.contentId = propertyText(&a->MAPI, PR_ATTACH_CONTENT_ID).trimmed();
        file.safeName = SafeFileName::make(file.originalName, file.mimeType);
        file.sha256 = Sha256::hex(file.data);
        files->append(file);
    }
    TNEFFree(&tnef);
    return true;
#else
    Q_UNUSED(data)
    Q_UNUSED(files)
    if (error)
        *error = u"This build cannot open winmail.dat (Outlook TNEF) attachments."_s;
    return false;
#endif
}
