// SPDX-License-Identifier: GPL-3.0-or-later
// Two importers at once (two `recueil import` processes on one database) of the same 3,000
// emails, one mbox with LF line ends and one with CRLF: exactly the contributions of one
// import, each email stored once, and every message the loser met reported as a duplicate,
// never as an error. On SQLite and, as tst_concurrentimport_postgresql, on PostgreSQL.
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace TestSupport;

namespace {

constexpr int MessageCount = 3000;

QByteArray mbox(bool crlf)
{
    QByteArray out;
    out.reserve(MessageCount * 700);
    for (int i = 0; i < MessageCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
        QByteArray m = "From agent" + n
            + "@mairie-saumur.fr Mon Feb  1 10:00:00 2021\n"
              "Received: from mail.mairie-saumur.fr by mx.villes-internet.example; "
            + day
            + " Feb 2021 10:00:00 +0100\n"
              "Date: "
            + day
            + " Feb 2021 09:59:00 +0100\n"
              "From: Agent "
            + n + " <agent" + n
            + "@mairie-saumur.fr>\n"
              "To: temoignages@villes-internet.example\n"
              "Subject: Temoignage "
            + n
            + "\n"
              "Message-ID: <concurrent-"
            + n
            + "@mairie-saumur.fr>\n"
              "MIME-Version: 1.0\n"
              "Content-Type: text/plain; charset=UTF-8\n\n"
              "Bonjour,\n\nLa ville a ouvert une plateforme d'entraide (message "
            + n + ").\n\nCordialement,\nAgent " + n + "\n\n";
        out += m;
    }
    if (crlf)
        out.replace("\n", "\r\n");
    return out;
}

} // namespace

class TestConcurrentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoImportersStoreEachEmailOnce()
    {
        TempDatabase store;
        QTemporaryDir dir;
        QStringList files;
        for (const bool crlf : { false, true }) {
            files << dir.filePath(crlf ? QStringLiteral("crlf.mbox") : QStringLiteral("lf.mbox"));
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(mbox(crlf)) > 0);
        }
        if (!testingPostgres())
            store.db->close(); // the two processes have the file to themselves

        QElapsedTimer clock;
        clock.start();
        QProcess importers[2];
        for (int i = 0; i < 2; ++i)
            importers[i].start(QStringLiteral(RECUEIL_BINARY),
                { QStringLiteral("--database"), store.path, QStringLiteral("import"),
                    QStringLiteral("--json"), files.at(i) });
        QMap<QString, int> kinds;
        for (QProcess &p : importers) {
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                kinds[o.value(QStringLiteral("outcome")).toString()] += 1;
                QVERIFY2(o.value(QStringLiteral("error")).isNull(), line.constData());
            }
        }
        qInfo("two imports of %d emails in %lld ms", MessageCount, clock.elapsed());
        // Every message of both files is reported once: created by one, a duplicate for the other.
        QCOMPARE(kinds.value(QStringLiteral("created")), MessageCount);
        QCOMPARE(kinds.value(QStringLiteral("duplicate")), MessageCount);
        QCOMPARE(kinds.keys(), (QStringList { QStringLiteral("created"), QStringLiteral("duplicate") }));

        Database db;
        QString error;
        QVERIFY2(db.open(store.path, &error), qPrintable(error));
        const auto count = [&](const char *sql) {
            return SqlQuery::scalar(db.connection(), QString::fromLatin1(sql)).toInt();
        };
        QCOMPARE(count("SELECT count(*) FROM contribution"), MessageCount);
        QCOMPARE(count("SELECT count(*) FROM source_message"), MessageCount);
        QCOMPARE(count("SELECT count(DISTINCT message_id) FROM source_message"), MessageCount);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
