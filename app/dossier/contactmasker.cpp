// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/contactmasker.h"

#include <algorithm>
#include <functional>

namespace {

const QRegularExpression &emailPattern()
{
    // Plain addresses, and the disguised ones people write to fool robots ("jean [at] ville.fr").
    static const QRegularExpression re(
        QStringLiteral(R"([\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})"
                       R"(|[\p{L}\p{N}._%+-]+\s*[\[(]\s*(?:at|arobase)\s*[\])]\s*[\p{L}\p{N}-]+)"
                       R"((?:\s*(?:\.|[\[(]\s*(?:dot|point)\s*[\])])\s*[\p{L}\p{N}-]+)+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &phonePattern()
{
    // French numbers written in pairs (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78) and
    // other international numbers; figures like "12 000 habitants" do not match.
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\d+])(?:(?:\+|00)33[\s.\-]?(?:\(0\)[\s.\-]?)?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4}(?!\d))"
        R"(|(?<![\d+])\+(?!33)\d{1,3}(?:[\s.\-]?\d{2,4}){3,5}(?!\d))"));
    return re;
}

QString digitsOf(const QString &text)
{
    QString d;
    for (QChar c : text)
        if (c.isDigit())
            d.append(c);
    // +33 6… and 06… are the same number.
    if (d.startsWith(QLatin1String("33")) && d.size() == 11)
        d = QLatin1Char('0') + d.mid(2);
    return d;
}

QString replaceAll(const QString &text, const QRegularExpression &re,
    const std::function<QString(const QString &)> &replacement)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

ContactMasker::ContactMasker(const QStringList &names, const QStringList &allowed)
{
    for (const QString &name : names) {
        const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // One word alone ("Claire") would mask too much of the text; a full name is specific.
        if (words.size() < 2)
            continue;
        QStringList escaped;
        for (const QString &w : words)
            escaped.append(QRegularExpression::escape(w));
        QStringList orders { escaped.join(QStringLiteral(R"([\s\x{00A0}]+)")) };
        std::reverse(escaped.begin(), escaped.end());
        orders.append(escaped.join(QStringLiteral(R"([\s\x{00A0},]+)")));
        for (const QString &order : std::as_const(orders))
            m_names.append(QRegularExpression(
                QStringLiteral(R"((?<!\p{L}))") + order + QStringLiteral(R"((?!\p{L}))"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    }
    for (const QString &a : allowed) {
        if (a.contains(QLatin1Char('@')))
            m_allowed.append(a.trimmed().toLower());
        else if (!digitsOf(a).isEmpty())
            m_allowed.append(digitsOf(a));
    }
}

bool ContactMasker::containsEmailAddress(const QString &text)
{
    return emailPattern().match(text).hasMatch();
}

QString ContactMasker::mask(const QString &text) const
{
    QString out = replaceAll(text, emailPattern(), [this](const QString &found) {
        return m_allowed.contains(found.toLower()) ? found : maskedAddress();
    });
    out = replaceAll(out, phonePattern(),
        [this](const QString &found) { return m_allowed.contains(digitsOf(found)) ? found : maskedPhone(); });
    for (const QRegularExpression &name : m_names)
        out.replace(name, maskedName());
    return out;
}
