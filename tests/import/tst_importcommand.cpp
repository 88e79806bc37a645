// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil import` as a script drives it: JSON Lines, exit codes, --dry-run.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace TestSupport;

class TestImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    int run(const QStringList &args, QList<QJsonObject> *lines = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECUEIL_BINARY), QStringList{QStringLiteral("--database"), m_db} + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (lines)
            for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
                if (!line.isEmpty())
                    lines->append(QJsonDocument::fromJson(line).object());
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void init()
    {
        // Run a second time against the throwaway PostgreSQL server (…_postgresql): a fresh
        // database per test function, as a fresh file here.
        if (testingPostgres()) {
            RECUEIL_REQUIRE_POSTGRES();
            m_db = PostgresServer::instance().url(PostgresServer::instance().createDatabase());
            return;
        }
        m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    }

    void jsonLinesForEverySample()
    {
        QStringList files;
        for (const QString &name : QDir(testData(QStringLiteral("mail"))).entryList({QStringLiteral("0*.eml")}, QDir::Files, QDir::Name))
            files.append(testData(QStringLiteral("mail/") + name));
        files.append(testData(QStringLiteral("mail/10-thunderbird-export.mbox")));
        QList<QJsonObject> lines;
        QCOMPARE(run(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + files, &lines), 1); // 06 is late
        QCOMPARE(lines.size(), 12);
        QMap<QString, int> outcomes;
        for (const QJsonObject &o : lines) {
            outcomes[o.value(QStringLiteral("outcome")).toString()] += 1;
            for (const char *key : {"source", "index", "message_id", "outcome", "contribution_id", "from_name",
                                    "from_address", "subject", "sent_at", "received_at", "authority_code",
                                    "attachments", "warnings", "error"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(outcomes.value(QStringLiteral("created")), 8);
        QCOMPARE(outcomes.value(QStringLiteral("complement")), 1);
        QCOMPARE(outcomes.value(QStringLiteral("late")), 1);
        QCOMPARE(outcomes.value(QStringLiteral("duplicate")), 2);

        const QJsonObject first = lines.first();
        QCOMPARE(first.value(QStringLiteral("sent_at")).toString(), QStringLiteral("2021-02-02T09:13:58Z"));
        QCOMPARE(first.value(QStringLiteral("received_at")).toString(), QStringLiteral("2021-02-02T09:14:07Z"));
        const QJsonObject pdf = first.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("Bilan entraide solidaire – Saumur.pdf"));
        QCOMPARE(pdf.value(QStringLiteral("mime")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QStringLiteral("size")).toInt(), 719);
        QCOMPARE(pdf.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(lines.last().value(QStringLiteral("index")).toInt(), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("in time") << "mail/02-beauvais-outlook.eml" << 0;
        QTest::newRow("late") << "mail/06-cholet-late.eml" << 1;
    }

    void exitCodes()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QCOMPARE(run({QStringLiteral("import"), testData(file)}), exitCode);
    }

    // libytnef reports a broken winmail.dat on standard output with printf: that must not
    // break the JSON Lines a script reads there.
    void libraryChatterStaysOffTheJsonLines()
    {
        QByteArray tnef("\x78\x9f\x3e\x22\x01\x00", 6);
        tnef += QByteArray("\x02\x02\x90\x06\x00\xff\xff\x00\x00garbage", 16); // length beyond the end
        const QByteArray mail = "From: Mairie <m@albi.fr>\r\nDate: Tue, 2 Feb 2021 10:13:58 +0100\r\n"
                                "Subject: Outlook\r\nMessage-ID: <tnef@albi.fr>\r\nMIME-Version: 1.0\r\n"
                                "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\n\r\nTexte.\r\n--b\r\n"
                                "Content-Type: application/ms-tnef; name=winmail.dat\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n"
            + tnef.toBase64() + "\r\n--b--\r\n";
        const QString path = m_dir.filePath(QStringLiteral("winmail.eml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mail);
        f.close();
        QProcess p;
        p.start(QStringLiteral(RECUEIL_BINARY),
                {QStringLiteral("--database"), m_db, QStringLiteral("import"), QStringLiteral("--json"), path});
        QVERIFY(p.waitForFinished(60000));
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), 2); // one object, then the final newline
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.first(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.first().constData());
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
    }

    void notMailIsAnErrorRow()
    {
        const QString png = m_dir.filePath(QStringLiteral("photo.eml"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'));
        f.close();
        QList<QJsonObject> lines;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--json"), png}, &lines), 1);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
        QVERIFY(!lines.first().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(lines.first().value(QStringLiteral("contribution_id")).isNull());
    }

    void missingFileIsAnErrorRow()
    {
        QList<QJsonObject> lines;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("nope.eml"))}, &lines), 1);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
    }

    void usage()
    {
        QCOMPARE(run({QStringLiteral("import")}), 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--bogus"), testData(QStringLiteral("mail/02-beauvais-outlook.eml"))}), 2);
    }

    void dryRunWritesNothing()
    {
        QList<QJsonObject> lines;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                      testData(QStringLiteral("mail/03-martigues-gmail.eml"))}, &lines), 0);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
        QList<QJsonObject> again;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--json"), testData(QStringLiteral("mail/03-martigues-gmail.eml"))}, &again), 0);
        QCOMPARE(again.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
