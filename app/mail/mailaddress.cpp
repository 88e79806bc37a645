// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailaddress.h"

#include "mail/charset.h"
#include "mail/rfc2047.h"

#include <QList>

#include <algorithm>

namespace {

// Splits at top-level commas, outside quotes, comments and angle brackets.
QList<QByteArray> splitMailboxes(const QByteArray &s)
{
    QList<QByteArray> out;
    QByteArray current;
    bool quoted = false;
    int comment = 0;
    bool angle = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '\\' && i + 1 < s.size()) {
                current.append(c);
                current.append(s[++i]);
                continue;
            }
            if (c == '"')
                quoted = false;
        } else if (comment > 0) {
            if (c == '(')
                ++comment;
            else if (c == ')')
                --comment;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '(') {
            comment = 1;
        } else if (c == '<') {
            angle = true;
        } else if (c == '>') {
            angle = false;
        } else if ((c == ',' || c == ';') && !angle) {
            out.append(current);
            current.clear();
            continue;
        } else if (c == ':' && !angle && !current.contains('@')) {
            current.clear(); // "Group name:" introduces a group; drop its name
            continue;
        }
        current.append(c);
    }
    out.append(current);
    return out;
}

QByteArray withoutComments(const QByteArray &s)
{
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (const char c : s) {
        if (!quoted && c == '(') {
            ++depth;
        } else if (depth > 0) {
            depth -= c == ')' ? 1 : 0;
        } else {
            quoted = c == '"' ? !quoted : quoted;
            out.append(c);
        }
    }
    return out;
}

// Display-name text: quotes removed (escapes undone), comments dropped, words decoded.
QString decodeDisplay(const QByteArray &s, QByteArray *commentText = nullptr)
{
    QByteArray plain;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            for (++i; i < s.size() && s[i] != '"'; ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                plain.append(s[i]);
            }
        } else if (c == '(') {
            int depth = 1;
            QByteArray text;
            for (++i; i < s.size() && depth > 0; ++i) {
                if (s[i] == '(')
                    ++depth;
                else if (s[i] == ')' && --depth == 0)
                    break;
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                text.append(s[i]);
            }
            if (commentText && commentText->isEmpty())
                *commentText = text;
        } else {
            plain.append(c);
        }
    }
    return Rfc2047::decode(plain).simplified();
}

QString normaliseAddress(QByteArray a)
{
    a = a.trimmed();
    // Route addresses ("@relay1,@relay2:user@host") keep only the mailbox.
    if (a.startsWith('@')) {
        const qsizetype colon = a.indexOf(':');
        if (colon >= 0)
            a = a.mid(colon + 1);
    }
    QByteArray compact;
    bool quoted = false;
    int comment = 0;
    for (const char c : a) {
        if (!quoted && c == '(') {
            ++comment; // "pete(his account)@silly.test": comments are not part of the address
            continue;
        }
        if (comment > 0) {
            comment -= c == ')' ? 1 : 0;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (!quoted && (c == ' ' || c == '\t'))
            continue;
        compact.append(c);
    }
    QString text = compact.contains("=?") ? Rfc2047::decode(compact) : Charset::decodeUnlabelled(compact);
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0)
        text = text.left(at + 1) + text.mid(at + 1).toLower();
    return text;
}

} // namespace

MailAddress MailAddress::parse(const QByteArray &rawValue)
{
    const QByteArray s = Rfc2047::unfold(rawValue).trimmed();
    MailAddress fallback; // a name without an address, kept if nothing better comes
    for (const QByteArray &mailbox : splitMailboxes(s)) {
        if (mailbox.trimmed().isEmpty())
            continue;
        MailAddress result;
        // Find a top-level '<' (outside quotes and comments).
        qsizetype open = -1;
        bool quoted = false;
        int comment = 0;
        for (qsizetype i = 0; i < mailbox.size() && open < 0; ++i) {
            const char c = mailbox[i];
            if (quoted) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    quoted = false;
            } else if (comment > 0) {
                comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment = 1;
            } else if (c == '<') {
                open = i;
            }
        }
        if (open >= 0) {
            const qsizetype close = mailbox.indexOf('>', open);
            result.address =
                normaliseAddress(mailbox.mid(open + 1, (close < 0 ? mailbox.size() : close) - open - 1));
            result.name = decodeDisplay(mailbox.left(open));
        } else {
            // "addr (Full Name)": the comment is the name, the rest the address.
            QByteArray comment;
            decodeDisplay(mailbox, &comment);
            const QByteArray bare = withoutComments(mailbox);
            if (bare.contains('@')) {
                const QList<QByteArray> words = bare.simplified().split(' ');
                const auto withAt = std::find_if(words.cbegin(), words.cend(), [](const QByteArray &w) {
                    return w.contains('@') && w.size() > 1 && !w.startsWith('@') && !w.endsWith('@');
                });
                if (words.size() > 1 && withAt != words.cend() && !bare.contains('"')) {
                    // "Big Bug bb@bug.com" or "a@x b@y": the first address; words before it name it.
                    result.address = normaliseAddress(*withAt);
                    result.name = comment.isEmpty()
                        ? decodeDisplay(words.mid(0, withAt - words.cbegin()).join(' '))
                        : decodeDisplay(comment);
                } else {
                    result.address = normaliseAddress(bare);
                    result.name = decodeDisplay(comment);
                }
            } else if (!bare.trimmed().isEmpty() && !bare.trimmed().contains(' ') && !bare.contains('"')) {
                // One word without '@' ("Moderator-Address"): a local address, as Python reads it.
                result.address = normaliseAddress(bare);
                result.name = decodeDisplay(comment);
            } else {
                result.name = decodeDisplay(mailbox); // a name without an address
            }
        }
        if (!result.address.isEmpty())
            return result;
        if (fallback.name.isEmpty())
            fallback = result;
    }
    return fallback;
}
