// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the shared real-world corpus (../shared/corpus) and compares with Python's reading
// (oracle.jsonl): no crash, no hang, and agreement on sender, subject, date and body for at
// least 95% of the messages the oracle does not mark dubious. Skips when the corpus is absent,
// except in CI (CI is set), where it fails.
// The full list of disagreements is written to mail-conformance-report.md in the working folder.
#include "mail/charset.h"
#include "mail/mailreader.h"
#include "mail/mboxreader.h"
#include "mail/tnefreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTimeLimitMs = 5000; // per message, in a debug build
constexpr double kRequiredAgreement = 0.95;

QString corpusDir()
{
    return QStringLiteral(RECUEIL_SHARED_DIR) + u"/corpus"_s;
}

// Whitespace (including no-break and zero-width spaces) is layout, not content. C1 controls
// are how Python shows bytes 0x80–0x9F of a part labelled ISO-8859-1; the reader decodes such
// parts as windows-1252 on purpose (contracts: what every mail program means), so they are
// mapped the same way before comparing.
QString squeeze(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() >= 0x80 && c.unicode() < 0xA0)
            c = QChar(Charset::windows1252(c.unicode()));
    }
    s.remove(QRegularExpression(u"[\\s\\x{00A0}\\x{200B}\\x{FEFF}]+"_s));
    return s;
}

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

struct Outcome
{
    QString key;
    QStringList disagreements;
    bool dubious = false;
};

} // namespace

class TestMailConformance : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QJsonObject> m_oracle; // "file#index" → record
    QList<Outcome> m_outcomes;
    QStringList m_slow;
    int m_tnefChecked = 0;
    QStringList m_tnefGaps;

    static QString keyOf(const QString &file, int index)
    {
        return index < 0 ? file : file + u'#' + QString::number(index);
    }

    void compare(const QString &key, const std::optional<ParsedMessage> &m, const QString &error)
    {
        Outcome out;
        out.key = key;
        const auto it = m_oracle.constFind(key);
        if (it == m_oracle.cend()) {
            out.disagreements.append(u"no oracle record (mbox split differs)"_s);
            m_outcomes.append(out);
            return;
        }
        const QJsonObject o = it.value();
        out.dubious = !o.value(u"dubious").toArray().isEmpty();
        if (!m) {
            out.disagreements.append(u"not read: "_s + error);
            m_outcomes.append(out);
            return;
        }
        // The oracle reads the outer envelope of a forward; so do these fields.
        const QString address = m->isForward ? m->forwarderAddress : m->fromAddress;
        const QString subject = m->isForward ? m->outerSubject : m->subject;
        const QDateTime date = m->isForward ? m->outerSentAt : m->sentAt;
        const QString text = m->isForward ? m->forwarderNote : m->text;

        if (address.compare(o.value(u"from_addr").toString(), Qt::CaseInsensitive) != 0)
            out.disagreements.append(
                u"from: ours «%1» oracle «%2»"_s.arg(address, o.value(u"from_addr").toString()));
        if (subject.simplified() != o.value(u"subject").toString().simplified())
            out.disagreements.append(
                u"subject: ours «%1» oracle «%2»"_s.arg(subject, o.value(u"subject").toString()));
        if (iso(date) != o.value(u"date_utc").toString())
            out.disagreements.append(u"date: ours «%1» oracle «%2» (raw «%3»)"_s.arg(
                iso(date), o.value(u"date_utc").toString(), o.value(u"date_raw").toString()));
        QString ours = text;
        if (o.value(u"body_source").toString() == u"text/html")
            ours.replace(QRegularExpression(u"(^|\\n)- "_s), u"\\1"_s); // list bullets we add
        const QString a = squeeze(ours);
        const QString b = squeeze(o.value(u"body").toString());
        // Equal, or ours holds the oracle's body and more (inline text parts after the first).
        if (a != b && !(!b.isEmpty() && a.contains(b)))
            out.disagreements.append(u"body: ours %1 chars «%2…» oracle %3 chars «%4…»"_s.arg(a.size())
                                         .arg(ours.simplified().left(80))
                                         .arg(b.size())
                                         .arg(o.value(u"body").toString().simplified().left(80)));
        m_outcomes.append(out);
    }

    void readOne(const QString &key, const QByteArray &raw)
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<ParsedMessage> m = MailReader::read(raw, &error);
        if (timer.elapsed() > kTimeLimitMs)
            m_slow.append(u"%1 (%2 ms)"_s.arg(key).arg(timer.elapsed()));
        compare(key, m, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(corpusDir() + u"/inputs.txt"_s)) {
            // CI always has ../shared beside its clone: there, a check that compares nothing fails.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("The shared corpus (../shared/corpus) is missing: the importer cannot be checked against it.");
            QSKIP("The shared corpus (../shared/corpus) is not here; nothing to compare.");
        }
        QFile oracle(corpusDir() + u"/oracle.jsonl"_s);
        QVERIFY(oracle.open(QIODevice::ReadOnly));
        while (!oracle.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(oracle.readLine()).object();
            if (o.isEmpty() || o.contains(u"error"))
                continue;
            const QJsonValue index = o.value(u"mbox_index");
            m_oracle.insert(keyOf(o.value(u"file").toString(), index.isNull() ? -1 : index.toInt()), o);
        }
        QVERIFY(!m_oracle.isEmpty());
    }

    void readsTheCorpus()
    {
        QFile inputs(corpusDir() + u"/inputs.txt"_s);
        QVERIFY(inputs.open(QIODevice::ReadOnly));
        const QList<QByteArray> files = inputs.readAll().split('\n');
        for (const QByteArray &line : files) {
            const QString file = QString::fromUtf8(line.trimmed());
            if (file.isEmpty())
                continue;
            QFile f(corpusDir() + u'/' + file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            if (MboxReader::looksLikeMbox(f.peek(200))) {
                MboxReader mbox(&f);
                QByteArray raw;
                while (mbox.next(&raw))
                    readOne(keyOf(file, mbox.index()), raw);
            } else {
                readOne(file, f.readAll());
            }
        }
        QVERIFY2(m_slow.isEmpty(), qPrintable(u"too slow: "_s + m_slow.join(u", ")));
    }

    // mimekit's TNEF samples list the files each winmail.dat carries (RTF bodies aside, which
    // the reader does not extract): every listed file must come out, or the gap is reported.
    void opensTnefFiles()
    {
        if (!TnefReader::available())
            QSKIP("Built without libytnef.");
        QDirIterator it(corpusDir() + u"/mimekit/tnef"_s, { u"*.tnef"_s }, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile tnef(path);
            QFile list(path.chopped(5) + u".list"_s);
            if (!tnef.open(QIODevice::ReadOnly) || !list.open(QIODevice::ReadOnly))
                continue;
            QList<MailAttachment> files;
            QString error;
            const bool ok = TnefReader::extract(tnef.readAll(), &files, &error);
            QStringList names;
            for (const MailAttachment &f : std::as_const(files))
                names.append(f.originalName);
            QStringList missing;
            for (const QByteArray &line : list.readAll().split('\n')) {
                const QString name = QString::fromUtf8(line.trimmed());
                if (!name.isEmpty() && !name.endsWith(u".rtf") && !names.contains(name))
                    missing.append(name);
            }
            ++m_tnefChecked;
            if (!ok || !missing.isEmpty())
                m_tnefGaps.append(u"`%1`: %2"_s.arg(
                    QFileInfo(path).fileName(), ok ? u"missing "_s + missing.join(u", ") : error));
        }
    }

    void agreesWithTheOracle()
    {
        int counted = 0, agreed = 0;
        QString report = u"# Mail conformance report (generated)\n\n"_s;
        QString details;
        for (const Outcome &o : std::as_const(m_outcomes)) {
            if (!o.dubious) {
                ++counted;
                agreed += o.disagreements.isEmpty() ? 1 : 0;
            }
            if (!o.disagreements.isEmpty()) {
                details += u"- `%1`%2\n"_s.arg(o.key, o.dubious ? u" (oracle dubious)"_s : QString());
                for (const QString &d : o.disagreements)
                    details += u"  - "_s + d + u'\n';
            }
        }
        const double rate = counted ? double(agreed) / counted : 1.0;
        report += u"Messages read: %1. Not marked dubious by the oracle: %2, of which %3 agree (%4%).\n\n"_s
                      .arg(m_outcomes.size())
                      .arg(counted)
                      .arg(agreed)
                      .arg(rate * 100.0, 0, 'f', 1);
        report += u"## Disagreements\n\n"_s + details;
        report += u"\n## TNEF files (mimekit/tnef)\n\n%1 checked, %2 with gaps.\n\n"_s.arg(m_tnefChecked)
                      .arg(m_tnefGaps.size());
        for (const QString &gap : std::as_const(m_tnefGaps))
            report += u"- "_s + gap + u'\n';
        QFile out(QDir::current().filePath(u"mail-conformance-report.md"_s));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(report.toUtf8());
        qInfo().noquote() << u"conformance: %1/%2 agree (%3%), report in %4"_s.arg(agreed)
                                 .arg(counted)
                                 .arg(rate * 100.0, 0, 'f', 1)
                                 .arg(out.fileName());
        QVERIFY2(rate >= kRequiredAgreement,
            qPrintable(u"agreement %1% is below 95%"_s.arg(rate * 100.0, 0, 'f', 1)));
    }
};

QTEST_GUILESS_MAIN(TestMailConformance)
#include "tst_mailconformance.moc"
