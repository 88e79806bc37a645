// SPDX-License-Identifier: GPL-3.0-or-later
// The text to publish that import proposes, on real-shaped mail: every sample email, the shared
// corpus's French messages, and the cases of tests/data/publishedtext (Outlook, Gmail,
// Thunderbird, Apple Mail, webmails, phones, replies posted on top and below, forwards,
// disclaimers, English), each with the text and difficulties a coordinator would publish.
// Each case goes through the importer's own reading (MailReader) and proposal
// (TestimonyPrefill). At least 95 % must be exactly right, and in none may a sentence of the
// testimony be lost.
#include "mail/mailreader.h"
#include "mail/mboxreader.h"
#include "mail/parsedmessage.h"
#include "mail/testimonyprefill.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QString name;
    QString source; // the file read
    int mboxIndex = -1;
    QString client;
    QString text;
    QString difficulties;
};

QString casesDir()
{
    return QStringLiteral(RECUEIL_TEST_DATA) + u"/publishedtext"_s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "mail/01-….eml" is under tests/data; "corpus/…" under ../shared/corpus (read, never copied);
// no source: the .eml beside the case.
QString sourcePath(const QString &caseFile, const QString &source)
{
    if (source.isEmpty())
        return caseFile.chopped(5) + u".eml"_s;
    if (source.startsWith(u"corpus/"))
        return QStringLiteral(RECUEIL_SHARED_DIR) + u'/' + source;
    return QStringLiteral(RECUEIL_TEST_DATA) + u'/' + source;
}

QList<Case> cases()
{
    QList<Case> list;
    const QDir dir(casesDir());
    for (const QString &file : dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        const QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
        Case c;
        c.name = file.chopped(5);
        c.source = sourcePath(path, o.value(u"source").toString());
        c.mboxIndex = o.value(u"mbox_index").toInt(-1);
        c.client = o.value(u"client").toString();
        c.text = o.value(u"text").toString();
        c.difficulties = o.value(u"difficulties").toString();
        list << c;
    }
    return list;
}

std::optional<ParsedMessage> read(const Case &c, QString *error)
{
    QByteArray raw;
    if (c.mboxIndex >= 0) {
        QFile file(c.source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot open "_s + c.source;
            return std::nullopt;
        }
        MboxReader mbox(&file);
        for (int i = 0; i <= c.mboxIndex; ++i)
            if (!mbox.next(&raw)) {
                *error = u"no message %1 in %2"_s.arg(c.mboxIndex).arg(c.source);
                return std::nullopt;
            }
    } else {
        raw = readFile(c.source);
    }
    if (raw.isEmpty()) {
        *error = u"cannot read "_s + c.source;
        return std::nullopt;
    }
    return MailReader::read(raw, error);
}

// The sentences a reader would miss: the expected text cut at sentence ends and lines.
QStringList sentences(const QString &text)
{
    static const QRegularExpression cut(u"(?<=[.!?…])\\s+|\\n+"_s);
    QStringList out;
    for (const QString &s : text.split(cut, Qt::SkipEmptyParts))
        if (s.simplified().size() >= 3)
            out << s.simplified();
    return out;
}

QString showDifference(const QString &expected, const QString &actual)
{
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected.at(i) == actual.at(i))
        ++i;
    const qsizetype from = qMax<qsizetype>(0, i - 30);
    const auto shown = [&](const QString &s) { return s.mid(from, 90).replace(u'\n', u"⏎"_s); };
    const auto code = [&](const QString &s) {
        return i < s.size() ? u"U+%1"_s.arg(uint(s.at(i).unicode()), 4, 16, QChar(u'0')).toUpper() : u"end"_s;
    };
    return u"\n      expected …%1… (%2)\n      proposed …%3… (%4)"_s.arg(shown(expected), code(expected), shown(actual), code(actual));
}

bool corpusHere()
{
    return QFileInfo::exists(QStringLiteral(RECUEIL_SHARED_DIR) + u"/corpus/inputs.txt"_s);
}

} // namespace

class TstPublishedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!corpusHere() && qEnvironmentVariableIsSet("CI"))
            QFAIL("The shared corpus (../shared/corpus) is missing: its French messages cannot be checked.");
    }

    // No sentence of a testimony may be lost, in any case: a proposal may leave something to
    // remove by hand, never remove the testimony.
    void noTestimonySentenceIsLost_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("mboxIndex");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("difficulties");
        for (const Case &c : cases())
            QTest::newRow(qPrintable(c.name)) << c.source << c.mboxIndex << c.text << c.difficulties;
    }

    void noTestimonySentenceIsLost()
    {
        QFETCH(QString, source);
        QFETCH(int, mboxIndex);
        QFETCH(QString, text);
        QFETCH(QString, difficulties);
        if (source.startsWith(QStringLiteral(RECUEIL_SHARED_DIR)) && !corpusHere())
            QSKIP("The shared corpus is not here.");
        QString error;
        const auto message = read({ {}, source, mboxIndex, {}, {}, {} }, &error);
        QVERIFY2(message, qPrintable(error));
        const Contribution c = TestimonyPrefill::of(*message);
        const QString proposed = QString(c.text + u' ' + c.difficulties).simplified();
        for (const QString &sentence : sentences(QString(text + u'\n' + difficulties)))
            QVERIFY2(proposed.contains(sentence), qPrintable(u"lost: « "_s + sentence + u" »"_s));
        // And what goes to the difficulties is never left in the text as well.
        if (!difficulties.isEmpty())
            QVERIFY(!c.difficulties.isEmpty());
    }

    // The proposal is exactly what a coordinator would publish in at least 95 % of the cases.
    void proposalIsExactlyRight()
    {
        const QList<Case> all = cases();
        int right = 0, counted = 0;
        QStringList misses;
        for (const Case &c : all) {
            if (c.source.startsWith(QStringLiteral(RECUEIL_SHARED_DIR)) && !corpusHere())
                continue;
            ++counted;
            QString error;
            const auto message = read(c, &error);
            if (!message) {
                misses << c.name + u": "_s + error;
                continue;
            }
            const Contribution p = TestimonyPrefill::of(*message);
            if (p.text == c.text && p.difficulties == c.difficulties) {
                ++right;
                continue;
            }
            QString why = c.name + u" (" + c.client + u')';
            if (p.text != c.text)
                why += u"\n    text:"_s + showDifference(c.text, p.text);
            if (p.difficulties != c.difficulties)
                why += u"\n    difficulties:"_s + showDifference(c.difficulties, p.difficulties);
            misses << why;
        }
        for (const QString &miss : std::as_const(misses))
            qInfo().noquote() << "not exactly right:" << miss;
        qInfo().noquote() << u"%1 of %2 proposals exactly right"_s.arg(right).arg(counted);
        QVERIFY2(all.size() >= 60, qPrintable(u"only %1 cases"_s.arg(all.size())));
        QVERIFY2(right * 100 >= counted * 95, qPrintable(u"%1 of %2 exactly right, below 95 %"_s.arg(right).arg(counted)));
    }
};

QTEST_GUILESS_MAIN(TstPublishedText)
#include "tst_publishedtext.moc"
