// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/flowedtext.h"

#include <QStringList>

QString FlowedText::unflow(const QString &text, bool delSp)
{
    const QStringList lines = text.split(u'\n');
    QStringList out;
    QString paragraph;
    int paragraphDepth = -1; // -1: no paragraph open

    const auto closeParagraph = [&] {
        if (paragraphDepth >= 0)
            out.append(paragraph);
        paragraph.clear();
        paragraphDepth = -1;
    };

    for (const QString &line : lines) {
        if (line == u"-- ") {
            closeParagraph();
            out.append(line);
            continue;
        }
        int depth = 0;
        while (depth < line.size() && line[depth] == u'>')
            ++depth;
        QString body = line.mid(depth);
        if (body.startsWith(u' '))
            body.remove(0, 1); // space-stuffing
        const bool flowed = body.endsWith(u' ');
        if (flowed && delSp)
            body.chop(1);
        if (paragraphDepth == depth) {
            paragraph += body;
        } else {
            closeParagraph();
            paragraphDepth = depth;
            paragraph = depth > 0 ? QString(depth, u'>') + u' ' + body : body;
        }
        if (!flowed)
            closeParagraph();
    }
    closeParagraph();
    return out.join(u'\n');
}
