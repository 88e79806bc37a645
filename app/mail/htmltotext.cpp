// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/htmltotext.h"

#include "mail/htmlentities.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// A paragraph break (blank line) before and after these.
const QSet<QString> &paragraphTags()
{
    static const QSet<QString> tags = { u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"ul"_s,
        u"ol"_s, u"table"_s, u"blockquote"_s, u"pre"_s, u"dl"_s, u"hr"_s };
    return tags;
}

// A line break before and after these.
const QSet<QString> &lineTags()
{
    static const QSet<QString> tags = { u"div"_s, u"tr"_s, u"dt"_s, u"dd"_s, u"section"_s, u"article"_s,
        u"header"_s, u"footer"_s, u"center"_s, u"form"_s, u"address"_s, u"nav"_s, u"main"_s, u"aside"_s,
        u"figure"_s, u"figcaption"_s, u"title"_s, u"caption"_s, u"fieldset"_s, u"body"_s, u"html"_s };
    return tags;
}

bool isSkippedContainer(const QString &tag)
{
    return tag == u"script" || tag == u"style" || tag == u"head" || tag == u"title" || tag == u"xml"
        || tag == u"template" || tag == u"noscript" || tag == u"object";
}

// Markers in the intermediate text, resolved after whitespace is collapsed.
constexpr QChar kLine = QChar(0xE000); // at least one line break
constexpr QChar kParagraph = QChar(0xE001); // at least one blank line
constexpr QChar kBreak = QChar(0xE002); // <br>: a line break; a second one in a row leaves a blank line

class Converter
{
public:
    explicit Converter(const QString &html)
        : m_html(html)
    { }

    QString run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_html[i];
            if (c == u'<' && i + 1 < n) {
                i = readMarkup(i);
            } else if (c == u'&') {
                i = readEntity(i);
            } else {
                appendText(c);
                ++i;
            }
        }
        return finish();
    }

private:
    void appendText(QChar c)
    {
        if (m_preDepth == 0 && (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\f'))
            c = u' ';
        else if (c == u'\r')
            return;
        else if (c == u'\n')
            c = kLine;
        m_out += c;
    }

    qsizetype readEntity(qsizetype i)
    {
        qsizetype j = i + 1;
        while (j < m_html.size() && j - i <= 32 && (m_html[j].isLetterOrNumber() || m_html[j] == u'#'))
            ++j;
        const QStringView name = QStringView(m_html).sliced(i + 1, j - i - 1);
        const QString text = name.isEmpty() ? QString() : HtmlEntities::lookup(name);
        if (text.isNull()) {
            appendText(u'&');
            return i + 1;
        }
        for (const QChar c : text)
            appendText(c == QChar(0xA0) ? QChar(u' ') : c);
        return (j < m_html.size() && m_html[j] == u';') ? j + 1 : j;
    }

    qsizetype readMarkup(qsizetype i)
    {
        const qsizetype n = m_html.size();
        if (QStringView(m_html).sliced(i).startsWith(u"<!--")) {
            const qsizetype end = m_html.indexOf(u"-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        const QChar next = m_html[i + 1];
        if (next == u'!' || next == u'?') {
            const qsizetype end = m_html.indexOf(u'>', i);
            return end < 0 ? n : end + 1;
        }
        const bool closing = next == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (m_html[j].isLetterOrNumber() || m_html[j] == u':' || m_html[j] == u'-'))
            ++j;
        if (j == nameStart) {
            appendText(u'<'); // a lone '<' in text
            return i + 1;
        }
        const QString tag = m_html.mid(nameStart, j - nameStart).toLower();
        // Find the end of the tag, stepping over quoted attribute values.
        QChar quote;
        while (j < n) {
            const QChar c = m_html[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++j;
        }
        const qsizetype after = j < n ? j + 1 : n;
        if (!closing && isSkippedContainer(tag)) {
            const qsizetype end = m_html.indexOf(u"</"_s + tag, after, Qt::CaseInsensitive);
            if (end >= 0) {
                const qsizetype close = m_html.indexOf(u'>', end);
                return close < 0 ? n : close + 1;
            }
            // An unclosed <head> must not swallow the message; an unclosed script may.
            return tag == u"head" || tag == u"title" ? after : n;
        }
        handleTag(tag, closing);
        return after;
    }

    void handleTag(const QString &tag, bool closing)
    {
        if (tag == u"br") {
            m_out += kBreak;
        } else if (tag == u"li") {
            if (!closing)
                m_out += kLine + u"- "_s;
            else
                m_out += kLine;
        } else if (tag == u"td" || tag == u"th") {
            m_out += u' ';
        } else if (tag == u"pre") {
            m_preDepth = closing ? qMax(0, m_preDepth - 1) : m_preDepth + 1;
            m_out += kParagraph;
        } else if (paragraphTags().contains(tag)) {
            m_out += kParagraph;
        } else if (lineTags().contains(tag)) {
            m_out += kLine;
        }
    }

    QString finish() const
    {
        // Collapse spaces around markers, then turn markers into at most one blank line.
        QString text;
        text.reserve(m_out.size());
        int pendingBreak = 0; // 0 none, 1 line, 2 paragraph
        bool pendingSpace = false;
        for (const QChar c : m_out) {
            if (c == kLine || c == kParagraph || c == kBreak) {
                // The first marker after text ends its line; a <br> after that is an empty line
                // ("a<br><br>b", Outlook's and Gmail's "<div><br></div>" between paragraphs).
                const int wanted = c == kParagraph ? 2 : (c == kBreak && pendingBreak > 0 ? 2 : 1);
                pendingBreak = qMax(pendingBreak, wanted);
                pendingSpace = false;
                continue;
            }
            if (c == u' ' && m_preDepth == 0) {
                pendingSpace = true;
                continue;
            }
            if (pendingBreak > 0) {
                if (!text.isEmpty())
                    text += pendingBreak == 2 ? u"\n\n"_s : u"\n"_s;
                pendingBreak = 0;
                pendingSpace = false;
            } else if (pendingSpace && !text.isEmpty()) {
                text += u' ';
            }
            pendingSpace = false;
            text += c;
        }
        return text.isEmpty() ? text : text + u'\n';
    }

    const QString &m_html;
    QString m_out;
    int m_preDepth = 0;
};

} // namespace

QString HtmlToText::convert(const QString &html)
{
    return Converter(html).run();
}
