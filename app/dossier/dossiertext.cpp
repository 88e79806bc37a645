// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossiertext.h"

#include "core/frenchtext.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace DossierText {

namespace {
constexpr QChar NonBreakingHyphen(0x2011);
constexpr int WrappedLineLength = 60;

bool startsListItem(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-–—•*·]|\d{1,2}[.)]|[a-z][.)])\s)"));
    return re.match(line).hasMatch();
}
} // namespace

QStringList paragraphs(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList result;
    QStringList current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        QString paragraph = current.first();
        for (int i = 1; i < current.size(); ++i) {
            const QString &previous = current.at(i - 1);
            const QString &line = current.at(i);
            // A long line followed by more text was wrapped by the sender's mail client.
            const bool wrapped = previous.size() >= WrappedLineLength && !startsListItem(line);
            paragraph += wrapped ? QString(QLatin1Char(' ')) : QString(QChar::LineSeparator);
            paragraph += line;
        }
        result.append(paragraph);
        current.clear();
    };
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        // "-- " opens an email signature: a mail convention, not something to print.
        if (line == QLatin1String("--"))
            continue;
        if (line.isEmpty())
            flush();
        else
            current.append(line.simplified());
    }
    flush();
    return result;
}

QString prose(const QString &text)
{
    // "12 000" typed with a plain space: thousands are held together by a narrow no-break space.
    static const QRegularExpression thousands(
        QStringLiteral(R"((?<![\d,.])(\d{1,3})((?: \d{3})+)(?![\d,]))"));
    QString out = text.trimmed();
    QRegularExpressionMatchIterator it = thousands.globalMatch(out);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({ m.capturedStart(2), m.capturedLength(2) });
    }
    for (const auto &[start, length] : spans)
        for (qsizetype i = start; i < start + length; ++i)
            if (out.at(i) == QLatin1Char(' '))
                out[i] = QChar(0x202F);
    // The typographic apostrophe, as in print: "d’entraide".
    for (qsizetype i = 1; i < out.size(); ++i)
        if (out.at(i) == QLatin1Char('\'') && out.at(i - 1).isLetter())
            out[i] = QChar(0x2019);
    return FrenchText::typography(out);
}

QString name(const QString &name)
{
    // The non-breaking hyphen looks the same; the PDF maps it back to "-" for copy and search.
    QString out = name;
    out.replace(QLatin1Char('-'), NonBreakingHyphen);
    return out;
}

QString date(const QDateTime &instant, const QString &timeZone)
{
    if (!instant.isValid())
        return {};
    return FrenchText::longDate(instant.toTimeZone(QTimeZone(timeZone.toUtf8())).date(), FrenchText::Ordinal::Raised);
}

QString inhabitants(int population)
{
    return FrenchText::number(population)
        + (population > 1 ? QStringLiteral(" habitants") : QStringLiteral(" habitant"));
}

QString count(qint64 n, const QString &singular, const QString &plural)
{
    return FrenchText::number(n) + QChar(0x00A0) + (n > 1 ? plural : singular);
}

QString separator()
{
    return QStringLiteral("\u00A0· ");
}

} // namespace DossierText
