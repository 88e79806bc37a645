// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/safefilename.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isInvisibleOrControl(char32_t c)
{
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        // Bidirectional controls can disguise "gpj.exe" as "exe.jpg"; zero-width ones hide text.
        || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061C || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF
        || (c >= 0xD800 && c <= 0xDFFF);
}

bool isReservedPunctuation(char32_t c)
{
    return c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<'
        || c == u'>' || c == u'|';
}

bool isWindowsReserved(const QString &base)
{
    const QString b = base.trimmed().toUpper();
    if (b == u"CON" || b == u"PRN" || b == u"AUX" || b == u"NUL" || b == u"CONIN$" || b == u"CONOUT$")
        return true;
    if (b.size() == 4 && (b.startsWith(u"COM") || b.startsWith(u"LPT"))) {
        const QChar d = b[3];
        // Windows also treats the superscript digits ¹ ² ³ as device numbers.
        return (d >= u'0' && d <= u'9') || d == QChar(0xB9) || d == QChar(0xB2) || d == QChar(0xB3);
    }
    return false;
}

QString stripEdges(QString s)
{
    qsizetype start = 0;
    while (start < s.size() && (s[start] == u'.' || s[start].isSpace()))
        ++start;
    s.remove(0, start);
    while (!s.isEmpty() && (s.back() == u'.' || s.back().isSpace()))
        s.chop(1);
    return s;
}

// Cuts s to at most maxBytes of UTF-8 without splitting a character.
QString truncateUtf8(const QString &s, int maxBytes)
{
    int bytes = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const bool pair = s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(s[i], s[i + 1]) : s[i].unicode();
        const int len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + len > maxBytes)
            break;
        bytes += len;
        i += pair ? 2 : 1;
    }
    return s.left(i);
}

} // namespace

QString SafeFileName::extensionForMimeType(const QString &mimeType)
{
    static const QHash<QString, QString> known = {
        { u"application/pdf"_s, u"pdf"_s },
        { u"image/png"_s, u"png"_s },
        { u"image/jpeg"_s, u"jpg"_s },
        { u"image/jpg"_s, u"jpg"_s },
        { u"image/gif"_s, u"gif"_s },
        { u"image/webp"_s, u"webp"_s },
        { u"image/tiff"_s, u"tif"_s },
        { u"image/bmp"_s, u"bmp"_s },
        { u"image/svg+xml"_s, u"svg"_s },
        { u"text/plain"_s, u"txt"_s },
        { u"text/html"_s, u"html"_s },
        { u"text/csv"_s, u"csv"_s },
        { u"text/calendar"_s, u"ics"_s },
        { u"text/rtf"_s, u"rtf"_s },
        { u"application/rtf"_s, u"rtf"_s },
        { u"message/rfc822"_s, u"eml"_s },
        { u"application/zip"_s, u"zip"_s },
        { u"application/msword"_s, u"doc"_s },
        { u"application/vnd.ms-excel"_s, u"xls"_s },
        { u"application/vnd.ms-powerpoint"_s, u"ppt"_s },
        { u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s, u"docx"_s },
        { u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s, u"xlsx"_s },
        { u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s, u"pptx"_s },
        { u"application/vnd.oasis.opendocument.text"_s, u"odt"_s },
        { u"application/vnd.oasis.opendocument.spreadsheet"_s, u"ods"_s },
        { u"application/vnd.oasis.opendocument.presentation"_s, u"odp"_s },
        { u"application/ms-tnef"_s, u"dat"_s },
        { u"application/vnd.ms-tnef"_s, u"dat"_s },
        { u"audio/mpeg"_s, u"mp3"_s },
        { u"video/mp4"_s, u"mp4"_s },
    };
    return known.value(mimeType.toLower());
}

QString SafeFileName::make(const QString &name, const QString &mimeType)
{
    QString cleaned;
    cleaned.reserve(name.size());
    const QString nfc = name.normalized(QString::NormalizationForm_C);
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        char32_t c = nfc[i].unicode();
        QString piece(nfc[i]);
        if (nfc[i].isHighSurrogate() && i + 1 < nfc.size() && nfc[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(nfc[i], nfc[i + 1]);
            piece = nfc.mid(i, 2);
            ++i;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r')
            cleaned += u' ';
        else if (isInvisibleOrControl(c))
            continue;
        else if (isReservedPunctuation(c))
            cleaned += u'_';
        else
            cleaned += piece;
    }
    cleaned = stripEdges(cleaned.simplified());
    // Nothing but separators and dots ("../..") is no name at all.
    if (!cleaned.isEmpty()
        && cleaned.count(u'_') + cleaned.count(u'.') + cleaned.count(u' ') == cleaned.size())
        cleaned.clear();

    QString base = cleaned;
    QString extension;
    const auto isExtension = [](QStringView ext) {
        return !ext.isEmpty() && ext.size() <= 16
            && std::all_of(ext.begin(), ext.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    if (const qsizetype dot = cleaned.lastIndexOf(u'.');
        dot > 0 && isExtension(QStringView(cleaned).sliced(dot + 1))) {
        base = stripEdges(cleaned.left(dot));
        extension = cleaned.mid(dot + 1);
    }
    if (base.isEmpty()) {
        base = u"piece-jointe"_s;
        if (extension.isEmpty())
            extension = extensionForMimeType(mimeType);
    }
    if (isWindowsReserved(base.section(u'.', 0, 0)))
        base.prepend(u'_');
    const QString suffix = extension.isEmpty() ? QString() : u'.' + extension;
    const int room = maxBytes - int(suffix.toUtf8().size());
    base = stripEdges(truncateUtf8(base, room));
    if (base.isEmpty())
        base = u"piece-jointe"_s;
    return base + suffix;
}
