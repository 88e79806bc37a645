// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/mailhtmlsanitizer.h"

#include "mail/htmlentities.h"

#include <QRegularExpression>
#include <QSet>

namespace {

struct Attribute
{
    QString name; // lower case
    QString value; // entities decoded
};

struct Tag
{
    QString name; // lower case
    QList<Attribute> attributes;
    bool closing = false;
    bool selfClosing = false;
    qsizetype end = 0; // index just after '>'
};

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    for (QStringView word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(word.toString());
    return set;
}

// The names the sanitizer knows, read once.
struct Vocabulary
{
    // Kept, without their unsafe attributes.
    QSet<QString> keptTags = wordSet(u"a abbr address b big blockquote br caption center cite code col colgroup dd "
                                     u"del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q s "
                                     u"samp small span strike strong sub sup table tbody td tfoot th thead tr tt u ul "
                                     u"var");
    // Elements whose content is text up to their end tag, whatever it looks like.
    QSet<QString> rawTextTags = wordSet(u"script style textarea title xmp iframe noembed noframes noscript plaintext");
    // Elements dropped with everything inside them.
    QSet<QString> droppedTags = wordSet(u"head object embed applet frameset frame select button svg math template "
                                        u"video audio canvas map datalist");
    QSet<QString> voidTags = wordSet(u"area base br col embed frame hr img input link meta param source track wbr");
    QSet<QString> keptAttributes = wordSet(u"align alt bgcolor border cellpadding cellspacing color colspan dir "
                                           u"face height lang nowrap rowspan size start style title type valign width");
};

const Vocabulary &vocabulary()
{
    static const Vocabulary words;
    return words;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
            if (semicolon > i + 1 && semicolon - i <= 32) {
                const QString decoded = HtmlEntities::lookup(text.mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    out += decoded;
                    i = semicolon;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    return out;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

// Reads the tag starting at html[start] == '<'. False when it is not a tag (a lone '<').
bool readTag(const QString &html, qsizetype start, Tag *tag)
{
    const qsizetype n = html.size();
    qsizetype i = start + 1;
    tag->closing = i < n && html.at(i) == QLatin1Char('/');
    if (tag->closing)
        ++i;
    if (i >= n || !html.at(i).isLetter())
        return false;
    const qsizetype nameStart = i;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    tag->attributes.clear();
    tag->selfClosing = false;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('>')) {
            tag->end = i + 1;
            return true;
        }
        if (c == QLatin1Char('/') && i + 1 < n && html.at(i + 1) == QLatin1Char('>')) {
            tag->selfClosing = true;
            tag->end = i + 2;
            return true;
        }
        if (c.isSpace() || c == QLatin1Char('/')) {
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>')
            && html.at(i) != QLatin1Char('=')
            && !(html.at(i) == QLatin1Char('/') && i + 1 < n && html.at(i + 1) == QLatin1Char('>')))
            ++i;
        Attribute attribute;
        attribute.name = html.mid(attrStart, i - attrStart).toLower();
        while (i < n && html.at(i).isSpace())
            ++i;
        if (i < n && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                const qsizetype valueEnd = close < 0 ? n : close;
                attribute.value = decodeEntities(QStringView(html).mid(i + 1, valueEnd - i - 1));
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>'))
                    ++i;
                attribute.value = decodeEntities(QStringView(html).mid(valueStart, i - valueStart));
            }
        }
        if (!attribute.name.isEmpty())
            tag->attributes.append(attribute);
    }
    tag->end = n; // unterminated: the rest of the text was the tag
    return true;
}

// Where the raw text of a <script>, <style>… ends: just after its end tag (or the end of the text).
qsizetype endOfRawText(const QString &html, qsizetype from, const QString &name)
{
    const QString endTag = QStringLiteral("</") + name;
    qsizetype i = from;
    while (true) {
        i = html.indexOf(endTag, i, Qt::CaseInsensitive);
        if (i < 0)
            return html.size();
        const qsizetype after = i + endTag.size();
        if (after >= html.size() || !isNameChar(html.at(after))) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), after);
            return close < 0 ? html.size() : close + 1;
        }
        i = after;
    }
}

QString cleanStyle(const QString &style)
{
    // Qt's rich text loads url() through the document; remove every one rather than rely on that.
    static const QRegularExpression url(
        QStringLiteral(R"(url\s*\([^)]*\)?)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dangerous(
        QStringLiteral(R"(expression\s*\(|@import|behavior\s*:|-moz-binding|javascript:)"),
        QRegularExpression::CaseInsensitiveOption);
    QString cleaned = style;
    cleaned.replace(url, QStringLiteral("none"));
    if (dangerous.match(cleaned).hasMatch())
        return {};
    return cleaned;
}

QString attributeText(const QString &name, const QString &value)
{
    return QLatin1Char(' ') + name + QStringLiteral("=\"") + value.toHtmlEscaped() + QLatin1Char('"');
}

} // namespace

bool MailHtmlSanitizer::isFollowableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

bool MailHtmlSanitizer::isEmbeddedImage(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("cid"))
        return !url.path().isEmpty();
    return scheme == QLatin1String("data")
        && url.path().startsWith(QLatin1String("image/"), Qt::CaseInsensitive);
}

MailHtmlSanitizer::Result MailHtmlSanitizer::sanitize(const QString &html)
{
    Result result;
    QString &out = result.html;
    out.reserve(html.size());
    const qsizetype n = html.size();
    QString dropping; // an element dropped with its content
    int droppingDepth = 0;
    Tag tag;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0 || lt > i) {
            if (dropping.isEmpty())
                out += QStringView(html).mid(i, (lt < 0 ? n : lt) - i);
            if (lt < 0)
                break;
            i = lt;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (!readTag(html, i, &tag)) {
            if (dropping.isEmpty())
                out += QStringLiteral("&lt;");
            ++i;
            continue;
        }
        i = tag.end;
        if (!tag.closing && vocabulary().rawTextTags.contains(tag.name)) {
            i = endOfRawText(html, i, tag.name); // "<script/>" too: HTML ignores that slash
            continue;
        }
        if (!dropping.isEmpty()) {
            if (tag.name == dropping && !vocabulary().voidTags.contains(tag.name)) {
                droppingDepth += tag.closing ? -1 : (tag.selfClosing ? 0 : 1);
                if (droppingDepth <= 0)
                    dropping.clear();
            }
            continue;
        }
        if (vocabulary().droppedTags.contains(tag.name)) {
            if (!tag.closing && !tag.selfClosing && !vocabulary().voidTags.contains(tag.name)) {
                dropping = tag.name;
                droppingDepth = 1;
            }
            continue;
        }
        if (!vocabulary().keptTags.contains(tag.name))
            continue; // html, body, form, input, link, meta, base, label… : the tag goes, its text stays
        if (tag.closing) {
            if (!vocabulary().voidTags.contains(tag.name))
                out += QStringLiteral("</") + tag.name + QLatin1Char('>');
            continue;
        }
        QString attributes;
        QString alt;
        bool imageShown = true;
        for (const Attribute &a : std::as_const(tag.attributes)) {
            if (a.name == QLatin1String("alt"))
                alt = a.value;
            if (a.name == QLatin1String("href") && tag.name == QLatin1String("a")) {
                const QUrl url(a.value.trimmed());
                if (isFollowableLink(url))
                    attributes += attributeText(a.name, url.toString(QUrl::FullyEncoded));
            } else if (a.name == QLatin1String("src") && tag.name == QLatin1String("img")) {
                const QUrl url(a.value.trimmed());
                if (isEmbeddedImage(url))
                    attributes += attributeText(a.name, a.value.trimmed());
                else
                    imageShown = false;
            } else if (a.name == QLatin1String("style")) {
                const QString style = cleanStyle(a.value);
                if (!style.isEmpty())
                    attributes += attributeText(a.name, style);
            } else if (vocabulary().keptAttributes.contains(a.name)) {
                if (!a.value.contains(QLatin1String("javascript:"), Qt::CaseInsensitive))
                    attributes += attributeText(a.name, a.value);
            }
        }
        if (tag.name == QLatin1String("img")) {
            if (!imageShown || !attributes.contains(QLatin1String(" src="))) {
                ++result.blockedImages;
                if (!alt.trimmed().isEmpty())
                    out += QLatin1Char('[') + alt.trimmed().toHtmlEscaped() + QLatin1Char(']');
                continue;
            }
        }
        out += QLatin1Char('<') + tag.name + attributes
            + (tag.selfClosing ? QStringLiteral(" />") : QStringLiteral(">"));
    }
    return result;
}
