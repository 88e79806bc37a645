// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil dossier --format odt`: the dossier for the report's authors, read back with odfpy as
// another program would. Real headings with their outline levels in reading order, a table of
// contents, the synthesis' charts as pictures with alternative text and their figures in a
// table, every validated testimony's text, and the same masking as the PDF.
#include "dossier/dossiercommand.h"
#include "dossiertestdata.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

// Prints what Writer would see: headings (level, text), the contents' entries, the pictures
// with their descriptions, the tables, and all the text.
const char *const PythonOdt = R"(
import json, sys, zipfile
from odf.opendocument import load
from odf import text, draw, table, svg, teletype
z = zipfile.ZipFile(sys.argv[1])
assert z.namelist()[0] == 'mimetype' and z.read('mimetype') == b'application/vnd.oasis.opendocument.text'
doc = load(sys.argv[1])
headings = [[int(h.getAttribute('outlinelevel')), teletype.extractText(h)] for h in doc.getElementsByType(text.H)]
toc = [teletype.extractText(p) for t in doc.getElementsByType(text.TableOfContent) for p in t.getElementsByType(text.P)]
pictures = []
for f in doc.getElementsByType(draw.Frame):
    image = f.getElementsByType(draw.Image)[0].getAttribute('href')
    desc = ''.join(teletype.extractText(d) for d in f.getElementsByType(svg.Desc))
    pictures.append([image, len(z.read(image)), desc])
tables = [t.getAttribute('name') for t in doc.getElementsByType(table.Table)]
body = '\n'.join(teletype.extractText(p) for p in doc.getElementsByType(text.P) + doc.getElementsByType(text.H))
print(json.dumps({'headings': headings, 'toc': toc, 'pictures': pictures, 'tables': tables, 'text': body}))
)";

} // namespace

class TestOdtDossier : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::TempDatabase> m_store;
    QTemporaryDir m_dir;

    QJsonObject written(const QStringList &options, QString *error)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".odt"));
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = runDossierCommand(QStringList { QStringLiteral("--output"), path } + options, *m_store->db,
            outStream, errStream);
        outStream.flush();
        errStream.flush();
        if (code != 0) {
            *error = err;
            return {};
        }
        if (!out.contains(QStringLiteral("OpenDocument"))) {
            *error = out;
            return {};
        }
        QProcess p;
        p.start(QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                        : QStringLiteral("python3"),
            { QStringLiteral("-c"), QString::fromUtf8(PythonOdt), path });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<TestSupport::TempDatabase>();
        DossierTestData::Spec spec;
        spec.count = 12;
        spec.minChars = 400;
        spec.maxChars = 1000;
        DossierTestData::Known known;
        QString error;
        QVERIFY2(DossierTestData::generate(*m_store->db, spec, &error), qPrintable(error));
        QVERIFY2(DossierTestData::addKnown(*m_store->db, &known, &error), qPrintable(error));
    }

    void headingsContentsAndCharts()
    {
        QString error;
        const QJsonObject odt = written({ QStringLiteral("--format"), QStringLiteral("odt") }, &error);
        QVERIFY2(!odt.isEmpty(), qPrintable(error));
        const QJsonArray headings = odt.value(QStringLiteral("headings")).toArray();
        QVERIFY(headings.size() > 15);
        // Levels in order: Synthèse, then the themes (1), their sub-topics or testimonies below.
        QCOMPARE(headings.at(0).toArray().at(0).toInt(), 1);
        QCOMPARE(headings.at(0).toArray().at(1).toString(), QStringLiteral("Synthèse"));
        int previous = 1;
        for (const QJsonValue &h : headings) {
            const int level = h.toArray().at(0).toInt();
            QVERIFY2(level >= 1 && level <= previous + 1, qPrintable(h.toArray().at(1).toString()));
            previous = level;
        }
        // The contents list the parts.
        const QStringList toc = odt.value(QStringLiteral("toc")).toVariant().toStringList();
        QVERIFY(toc.contains(QStringLiteral("Sommaire")));
        QVERIFY(toc.contains(QStringLiteral("Synthèse")));
        QVERIFY(toc.size() > 5);
        // Five charts, each a real PNG, described, and its figures as a table.
        const QJsonArray pictures = odt.value(QStringLiteral("pictures")).toArray();
        QCOMPARE(pictures.size(), 5);
        for (const QJsonValue &p : pictures) {
            QVERIFY(p.toArray().at(1).toInt() > 1000);
            QVERIFY2(p.toArray().at(2).toString().contains(QStringLiteral("\u00A0: ")),
                qPrintable(p.toArray().at(2).toString()));
        }
        QVERIFY(odt.value(QStringLiteral("tables")).toVariant().toStringList().contains(
            QStringLiteral("Contributions par thème principal")));
        const QString text = odt.value(QStringLiteral("text")).toString();
        QVERIFY(text.contains(QString::fromUtf8(DossierTestData::knownTextPhrase)));
        QVERIFY(!text.contains(QString::fromUtf8(DossierTestData::receivedOnlyTitle)));
        QVERIFY(!text.contains(QString::fromUtf8(DossierTestData::consentingName)));
        QVERIFY(!text.contains(QString::fromUtf8(DossierTestData::refusingEmail)));
    }

    void contactsOnlyWithConsentAndAsked()
    {
        QString error;
        const QJsonObject odt =
            written({ QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--with-contacts"),
                        QStringLiteral("--no-synthesis") },
                &error);
        QVERIFY2(!odt.isEmpty(), qPrintable(error));
        const QString text = odt.value(QStringLiteral("text")).toString();
        QVERIFY(text.contains(QString::fromUtf8(DossierTestData::consentingName)));
        QVERIFY(!text.contains(QString::fromUtf8(DossierTestData::refusingName)));
        QVERIFY(!text.contains(QString::fromUtf8(DossierTestData::refusingEmail)));
        QCOMPARE(odt.value(QStringLiteral("pictures")).toArray().size(), 0);
    }

    void unknownFormatIsAUsageError()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = runDossierCommand({ QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.doc")),
                                               QStringLiteral("--format"), QStringLiteral("doc") },
            *m_store->db, outStream, errStream);
        errStream.flush();
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(QStringLiteral("pdf or odt")), qPrintable(err));
    }
};

QTEST_MAIN(TestOdtDossier)
#include "tst_odtdossier.moc"
