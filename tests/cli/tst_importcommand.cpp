// SPDX-License-Identifier: GPL-3.0-or-later
// `recueil import` as a script drives it: JSON Lines, exit codes, --dry-run.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <sys/stat.h>

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

    void attachmentsSayTheirSafeName()
    {
        // The name each attachment is saved under, beside the sender's own.
        const QString path = m_dir.filePath(QStringLiteral("hostile-names.eml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray raw =
            "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\n"
            "From: Mairie de Saumur <contact@ville-saumur.fr>\nSubject: Pieces jointes\n"
            "Message-ID: <names@ville-saumur.fr>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nBonjour.\n";
        const QList<QByteArray> names { "../../.bashrc", "CON.txt", "a/b\\\\c.pdf",
            "=?UTF-8?Q?bilan=01=1B[2J.pdf?=" };
        for (const QByteArray &name : names)
            raw += "--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\""
                + name + "\"\nContent-Transfer-Encoding: base64\n\nQm9uam91cg==\n";
        raw += "--b--\n";
        f.write(raw);
        f.close();
        QList<QJsonObject> lines;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--json"), path }, &lines), 0);
        const QJsonArray attachments = lines.first().value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), names.size());
        for (const QJsonValue &v : attachments) {
            const QJsonObject a = v.toObject();
            const QString safe = a.value(QStringLiteral("safe_name")).toString();
            QVERIFY2(!safe.isEmpty() && !safe.contains(QLatin1Char('/')) && !safe.contains(QLatin1Char('\\'))
                    && safe != QLatin1String(".") && safe != QLatin1String("..")
                    && safe.compare(QStringLiteral("CON.txt"), Qt::CaseInsensitive) != 0,
                qPrintable(safe));
            for (const QChar c : safe)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(safe));
            QVERIFY(!a.value(QStringLiteral("filename")).toString().isEmpty());
        }
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("filename")).toString(),
            QStringLiteral("../../.bashrc"));
    }

    void onlyOrdinaryFilesAreRead_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pipe") << QStringLiteral("fifo");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("folder") << QStringLiteral("folder");
    }

    void onlyOrdinaryFilesAreRead()
    {
        // A FIFO blocked forever; /dev/zero was read until the process aborted.
        QFETCH(QString, kind);
        QString path = kind;
        if (kind == QLatin1String("fifo")) {
            path = m_dir.filePath(QStringLiteral("pipe.mbox"));
            QFile::remove(path);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.filePath(QStringLiteral("folder.mbox"));
            QVERIFY(QDir().mkpath(path));
        }
        QElapsedTimer clock;
        clock.start();
        QList<QJsonObject> lines;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--json"), path,
                         testData(QStringLiteral("mail/02-beauvais-outlook.eml")) },
                     &lines),
            1);
        QVERIFY(clock.elapsed() < 30000);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
        const QString sentence = lines.first().value(QStringLiteral("error")).toString();
        QVERIFY2(sentence.contains(path) && !sentence.contains(QLatin1Char('\n')), qPrintable(sentence));
        // The next file is read all the same (created by the first row, a duplicate after).
        QVERIFY(lines.last().value(QStringLiteral("outcome")).toString() != QLatin1String("error"));
    }

    void oversizedMessageInAnMboxIsSkipped()
    {
        // One message over the limit is skipped with a sentence; those around it are imported.
        const QString path = m_dir.filePath(QStringLiteral("big.mbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3; ++i) {
            f.write("From agent@ville-saumur.fr Tue Mar  2 10:00:00 2021\n"
                    "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\n"
                    "From: Mairie de Saumur <contact@ville-saumur.fr>\nSubject: Message "
                + QByteArray::number(i) + "\nMessage-ID: <big-" + QByteArray::number(i)
                + "@ville-saumur.fr>\n\n");
            const QByteArray line(76, 'x');
            for (int n = 0; n < (i == 1 ? 40000 : 3); ++n) // 3 MB in the middle one
                f.write(line + '\n');
            f.write("\n");
        }
        f.close();
        QList<QJsonObject> lines;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--max-message-mb"),
                         QStringLiteral("2"), path },
                     &lines),
            1);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(lines.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
        QCOMPARE(lines.at(1).value(QStringLiteral("index")).toInt(), 1);
        QVERIFY2(lines.at(1)
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("larger than 2 MB")),
            qPrintable(lines.at(1).value(QStringLiteral("error")).toString()));
        QCOMPARE(lines.at(2).value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(lines.at(2).value(QStringLiteral("subject")).toString(), QStringLiteral("Message 2"));
        // Without the option, the default 1 GB limit lets it through.
        QList<QJsonObject> again;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--json"), path }, &again), 0);
        QCOMPARE(again.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(
            run({ QStringLiteral("import"), QStringLiteral("--max-message-mb"), QStringLiteral("0"), path }),
            2);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
