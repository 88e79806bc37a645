// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminaltext.h"

namespace TerminalText {

namespace {

bool isControl(char32_t c)
{
    // C0, DEL and C1 (a lone 0x9B is a CSI on some terminals), and the bidi overrides and
    // isolates, which reorder what follows them on the line.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

QString escaped(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) || (keepLines && (u == u'\n' || u == u'\t'))) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            out += (u > 0xFF ? QStringLiteral("\\u") : QStringLiteral("\\x"))
                + QString::number(u, 16).toUpper().rightJustified(u > 0xFF ? 4 : 2, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace

QString field(const QString &text)
{
    return escaped(text, false);
}

QString block(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return escaped(unified, true);
}

} // namespace TerminalText
