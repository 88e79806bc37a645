// SPDX-License-Identifier: GPL-3.0-or-later
// The validated contributions as open data: the CSV (both separators) read back by Python's csv,
// the JSON by a JSON parser, the spreadsheet by odfpy, each giving back every value; no contact
// but a consenting one, and only when asked; the command line's refusals in a sentence.
#include "dossier/dossierloader.h"
#include "mail/mailimporter.h"
#include "publish/opendataexport.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

// Reads a file as a spreadsheet user's tool would and prints its rows as a JSON array of arrays
// of strings.
const char *const PythonCsv = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))
)";
const char *const PythonOds = R"(
import json, sys, zipfile
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf.text import P
from odf import teletype
z = zipfile.ZipFile(sys.argv[1])
assert z.namelist()[0] == 'mimetype' and z.getinfo('mimetype').compress_type == 0, 'mimetype first, stored'
doc = load(sys.argv[1])
rows = []
for row in doc.spreadsheet.getElementsByType(TableRow):
    cells = []
    for cell in row.getElementsByType(TableCell):
        cells.append('\n'.join(teletype.extractText(p) for p in cell.getElementsByType(P)))
    rows.append(cells)
print(json.dumps(rows))
)";

QJsonArray runPython(const char *script, const QStringList &args, QString *error)
{
    QProcess p;
    // Debian's own Python, where python3-odf installs (a python3 earlier in PATH may lack it).
    p.start(QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s, QStringList { u"-c"_s, QString::fromUtf8(script) } + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

QString text(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(u'|');
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toString();
}

} // namespace

class TstOpenDataExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        PersonRepository people(m_t.db->connection());
        people.save({ u"test"_s, u"Test"_s, Role::Admin }, u"test"_s, &error);
        people.save({ u"carole"_s, u"Carole Petit"_s, Role::Coordinator }, u"test"_s, &error);
        people.save({ u"remi"_s, u"Rémi Durand"_s, Role::Reviewer }, u"test"_s, &error);
        m_t.db->setActor(u"carole"_s);
        MailImporter importer(*m_t.db);
        const QDir samples(QStringLiteral(RECUEIL_TEST_DATA "/mail"));
        for (const QString &file : samples.entryList({ u"*.eml"_s }, QDir::Files))
            importer.importFile(samples.filePath(file), [](const ImportOutcome &) { return true; });
        QList<qint64> ids;
        ContributionRepository contributions(*m_t.db);
        for (const ContributionSummary &s : contributions.page(ContributionFilter(), 0, 100)) {
            QVERIFY(fileUnderTheme(*m_t.db, s.id));
            Contribution c = *contributions.find(s.id);
            if (c.contact.email.endsWith(u"ville-saumur.fr"_s)) {
                c.consentToPublishName = true; // Claire Moreau agreed to be named
                c.contact.phone = u"02 41 83 30 00"_s;
                QVERIFY2(contributions.update(c, &error), qPrintable(error));
            }
            if (c.contact.email.endsWith(u"mairie-longwy.fr"_s)) {
                m_unvalidated = c.title;
                continue; // stays received: not published
            }
            ids << s.id;
        }
        m_t.db->setActor(u"remi"_s);
        QVERIFY2(ReviewRepository(*m_t.db).changeStatus(ids, ReviewState::Validated, {}, &error), qPrintable(error));
        m_validated = int(ids.size());
        QVERIFY(m_validated >= 5);
    }

    void csvReadsBackInPython_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("withContacts");
        QTest::newRow("comma") << u","_s << false;
        QTest::newRow("semicolon, for French spreadsheets") << u";"_s << false;
        QTest::newRow("semicolon, with the consenting contacts") << u";"_s << true;
    }

    void csvReadsBackInPython()
    {
        QFETCH(QString, separator);
        QFETCH(bool, withContacts);
        OpenDataExport::Options options;
        options.separator = separator.at(0);
        options.withContacts = withContacts;
        const QString path = m_t.dir.filePath(u"contributions.csv"_s);
        int count = 0;
        QString error;
        QVERIFY2(OpenDataExport::write(*m_t.db, options, path, &count, &error), qPrintable(error));
        QCOMPARE(count, m_validated);
        const QJsonArray read = runPython(PythonCsv, { path, separator }, &error);
        QVERIFY2(!read.isEmpty(), qPrintable(error));
        compareWithRows(read, withContacts);
    }

    void jsonRoundTrips()
    {
        OpenDataExport::Options options;
        options.format = OpenDataExport::Format::Json;
        const QString path = m_t.dir.filePath(u"contributions.json"_s);
        QString error;
        QVERIFY2(OpenDataExport::write(*m_t.db, options, path, nullptr, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"campaign").toObject().value(u"closes_on").toString(), u"2021-03-20"_s);
        QCOMPARE(root.value(u"themes").toArray().size(), 3);
        const QJsonArray contributions = root.value(u"contributions").toArray();
        const QList<QVariantList> rows = expectedRows(false);
        QCOMPARE(contributions.size(), rows.size());
        const QList<OpenDataExport::Column> columns = OpenDataExport::columns(false);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject o = contributions.at(r).toObject();
            QCOMPARE(o.keys().size(), columns.size());
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QJsonValue v = o.value(columns.at(c).name);
                const QVariant expected = rows.at(r).at(c);
                if (expected.typeId() == QMetaType::QStringList)
                    QCOMPARE(v.toVariant().toStringList(), expected.toStringList());
                else if (expected.typeId() == QMetaType::Bool)
                    QCOMPARE(v.toBool(), expected.toBool());
                else if (columns.at(c).type == u"integer"_s)
                    QCOMPARE(v.toInteger(), expected.toLongLong());
                else
                    QCOMPARE(v.toString(), expected.toString());
            }
        }
        QVERIFY(contributions.at(0).toObject().value(u"received_at").toString().endsWith(u'Z'));
    }

    void odsReadsBackWithOdfpy()
    {
        OpenDataExport::Options options;
        options.format = OpenDataExport::Format::Ods;
        const QString path = m_t.dir.filePath(u"contributions.ods"_s);
        QString error;
        QVERIFY2(OpenDataExport::write(*m_t.db, options, path, nullptr, &error), qPrintable(error));
        const QJsonArray read = runPython(PythonOds, { path }, &error);
        QVERIFY2(!read.isEmpty(), qPrintable(error));
        compareWithRows(read, false);
    }

    // docs/open-data/contributions.tableschema.json names the columns written, in order, with
    // their types: the documentation cannot drift from the files.
    void tableSchemaDescribesTheColumns()
    {
        QFile f(QStringLiteral(RECUEIL_TEST_DATA "/../../docs/open-data/contributions.tableschema.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray fields = QJsonDocument::fromJson(f.readAll()).object().value(u"fields").toArray();
        const QList<OpenDataExport::Column> columns = OpenDataExport::columns(true);
        QCOMPARE(fields.size(), columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QCOMPARE(fields.at(i).toObject().value(u"name").toString(), columns.at(i).name);
            QCOMPARE(fields.at(i).toObject().value(u"type").toString(), columns.at(i).type);
        }
    }

    // Nobody's address, phone or name leaves without consent and without being asked.
    void noUnconsentedContact()
    {
        QString error;
        const QByteArray without = exported(false);
        const QByteArray with = exported(true);
        for (const char *sender : { "j.lefevre@beauvais.fr", "dsi.martigues@gmail.com", "m.dubois@bethune.fr",
                 "Julien Lefèvre", "Sophie Garcia" }) {
            QVERIFY2(!without.contains(sender), sender);
            QVERIFY2(!with.contains(sender), sender);
        }
        QVERIFY(!without.contains("claire.moreau@ville-saumur.fr"));
        QVERIFY(!without.contains("contact_email"));
        QVERIFY(with.contains("claire.moreau@ville-saumur.fr"));
        QVERIFY(with.contains("02 41 83 30 00"));
        // What was not validated is not published.
        QVERIFY(!m_unvalidated.isEmpty());
        QVERIFY(!without.contains(m_unvalidated.toUtf8()));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        QTest::newRow("written") << QStringList { u"--format"_s, u"csv"_s, u"--separator"_s, u";"_s } << 0
                                 << u"validated contribution"_s;
        QTest::newRow("no format") << QStringList() << 2 << u"--format csv, json or ods"_s;
        QTest::newRow("unknown format") << QStringList { u"--format"_s, u"xls"_s } << 2 << u"not “xls”"_s;
        QTest::newRow("separator for JSON") << QStringList { u"--format"_s, u"json"_s, u"--separator"_s, u";"_s }
                                            << 2 << u"--format csv only"_s;
        QTest::newRow("into a folder that does not exist")
            << QStringList { u"--format"_s, u"ods"_s, u"--output"_s, u"/nonexistent/folder/x.ods"_s } << 1
            << u"Could not write"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        if (!args.contains(u"--output"_s) && !args.isEmpty())
            args << u"--output"_s << m_t.dir.filePath(u"cli-%1.out"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(QStringLiteral(RECUEIL_BINARY),
            QStringList { u"--database"_s, m_t.db->location(), u"export"_s } + args);
        QVERIFY(p.waitForFinished(60000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(output.contains(said), qPrintable(output));
    }

private:
    QByteArray exported(bool withContacts)
    {
        OpenDataExport::Options options;
        options.withContacts = withContacts;
        const QString path = m_t.dir.filePath(withContacts ? u"with.csv"_s : u"without.csv"_s);
        QString error;
        if (!OpenDataExport::write(*m_t.db, options, path, nullptr, &error))
            qWarning("%s", qPrintable(error));
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QList<QVariantList> expectedRows(bool withContacts)
    {
        DossierData data;
        QString error;
        if (!DossierLoader(*m_t.db).load(DossierOptions(), &data, &error))
            qWarning("%s", qPrintable(error));
        return OpenDataExport::rows(data, withContacts);
    }

    void compareWithRows(const QJsonArray &read, bool withContacts)
    {
        const QList<OpenDataExport::Column> columns = OpenDataExport::columns(withContacts);
        const QJsonArray header = read.at(0).toArray();
        QCOMPARE(header.size(), columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c)
            QCOMPARE(header.at(c).toString(), columns.at(c).name);
        const QList<QVariantList> rows = expectedRows(withContacts);
        QCOMPARE(read.size() - 1, rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray cells = read.at(r + 1).toArray();
            for (qsizetype c = 0; c < columns.size(); ++c)
                QCOMPARE(cells.at(c).toString(), text(rows.at(r).at(c)));
        }
    }

    TempDatabase m_t;
    int m_validated = 0;
    QString m_unvalidated;
};

QTEST_GUILESS_MAIN(TstOpenDataExport)
#include "tst_opendataexport.moc"
