// SPDX-License-Identifier: GPL-3.0-or-later
// The right to erasure: after `forget-contact`, not one byte of the person's name, address or
// phone number is left in the database file or its write-ahead log, the testimony stays, the
// stored email still reads, and the audit log is still append-only.
#include "mail/contacteraser.h"
#include "mail/mailimporter.h"
#include "mail/mailreader.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/eraser.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

namespace {

const QString address = QStringLiteral("Helene.Dupre@ville-saumur.fr");

QByteArray sampleEmail()
{
    const QByteArray html = QByteArrayLiteral(
        "<html><body><p>La ville a ouvert une plateforme d'entraide.</p>"
        "<p>H\xC3\xA9l\xC3\xA8ne Dupr\xC3\xA9<br>T\xC3\xA9l. 02 41 83 30 00</p></body></html>");
    return QByteArrayLiteral(
               "Message-ID: <erasure-1@ville-saumur.fr>\r\n"
               "Date: Tue, 02 Feb 2021 10:00:00 +0100\r\n"
               "From: =?UTF-8?Q?H=C3=A9l=C3=A8ne_Dupr=C3=A9?= <helene.dupre@ville-saumur.fr>\r\n"
               "To: temoignages@villes-internet.example\r\n"
               "Subject: =?UTF-8?Q?Plateforme_d'entraide_-_H=C3=A9l=C3=A8ne_Dupr=C3=A9?=\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
               "--b\r\n"
               "Content-Type: text/plain; charset=UTF-8\r\n"
               "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
               "Bonjour,\r\n\r\nLa ville de Saumur a ouvert une plateforme d'entraide pour les "
               "a=C3=AEn=C3=A9s.\r\n\r\n"
               "H=C3=A9l=C3=A8ne Dupr=C3=A9, charg=C3=A9e de mission\r\n"
               "T=C3=A9l. 02 41 83 30 00 - helene.dupre@ville-saumur.fr\r\n"
               "--b\r\n"
               "Content-Type: text/html; charset=UTF-8\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n")
        + html.toBase64() + QByteArrayLiteral("\r\n--b--\r\n");
}

// Every way the details could sit in the file's bytes, compared without regard to case.
QList<QByteArray> forbidden()
{
    return { "helene.dupre", "dupr", "h\xc3\xa9l\xc3\xa8ne", "h=c3=a9l=c3=a8ne", "h\xe9l\xe8ne", "helene",
        "02 41 83 30 00", "0241833000", "41 83 30", "02.41.83.30.00" };
}

QStringList hitsIn(const QString &path)
{
    QStringList hits;
    QFile f(path);
    if (!f.exists())
        return hits;
    if (!f.open(QIODevice::ReadOnly))
        return { QStringLiteral("cannot read ") + path };
    const QByteArray bytes = f.readAll().toLower();
    for (const QByteArray &needle : forbidden())
        if (bytes.contains(needle.toLower()))
            hits << QFileInfo(path).fileName() + QStringLiteral(": ") + QString::fromLatin1(needle.toHex());
    return hits;
}

} // namespace

class TstErasure : public QObject
{
    Q_OBJECT

private:
    qint64 importSample(Database &db)
    {
        MailImporter importer(db);
        const ImportOutcome o = importer.importMessage(sampleEmail(), QStringLiteral("erasure.eml"), -1);
        if (o.kind != ImportOutcome::Created)
            qWarning("import: %s", qPrintable(o.error));
        // The coordinator adds the phone number heard on the phone, and a comment.
        ContributionRepository repo(db);
        auto c = repo.find(o.contributionId);
        if (!c)
            return 0;
        c->contact.phone = QStringLiteral("02 41 83 30 00");
        c->authorityCode = QStringLiteral("49328");
        QString error;
        if (!repo.update(*c, &error))
            qWarning("update: %s", qPrintable(error));
        return o.contributionId;
    }

private Q_SLOTS:
    void forgetContactLeavesNoTrace()
    {
        TempDatabase t;
        const qint64 id = importSample(*t.db);
        QVERIFY(id);
        // A second, unrelated testimony keeps its contact.
        Contribution other = sampleContribution(QStringLiteral("Autre témoignage"));
        QString error;
        QVERIFY(ContributionRepository(*t.db).create(other, &error));
        QVERIFY(!hitsIn(t.path).isEmpty() || !hitsIn(t.path + QStringLiteral("-wal")).isEmpty());

        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QVERIFY2(eraser.plan(address, &plan, &error), qPrintable(error));
        QCOMPARE(plan.contactIds.size(), 1);
        QVERIFY(plan.person.names.contains(QStringLiteral("Hélène Dupré")));
        QCOMPARE(plan.person.phones, QStringList { QStringLiteral("02 41 83 30 00") });
        const auto rows = plan.rowsPerTable();
        auto rowsOf = [&rows](const char *table) {
            for (const auto &[name, n] : rows)
                if (name == QLatin1String(table))
                    return n;
            return 0;
        };
        QCOMPARE(rowsOf("source_message"), 1);
        QCOMPARE(rowsOf("contribution"), 1);
        QVERIFY(plan.auditEntries >= 1);
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));

        // Not one byte left, in the file or its log.
        QStringList hits = hitsIn(t.path) + hitsIn(t.path + QStringLiteral("-wal"));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));

        // The testimony stays, and says whose details went.
        ContributionRepository repo(*t.db);
        const auto c = repo.find(id);
        QVERIFY(c);
        QVERIFY(c->text.contains(QStringLiteral("plateforme d'entraide")));
        QCOMPARE(c->contact.email, ContactEraser::placeholder());
        QCOMPARE(c->contact.name, ContactEraser::placeholder());
        QCOMPARE(c->contact.phone, ContactEraser::placeholder());
        QCOMPARE(repo.find(other.id)->contact.email, other.contact.email);

        // The stored email still reads, with its testimony.
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT raw, from_address FROM source_message")));
        QVERIFY(q.next());
        const auto parsed = MailReader::read(q.value(0).toByteArray());
        QVERIFY(parsed);
        QVERIFY(parsed->text.contains(QStringLiteral("plateforme d'entraide")));
        QCOMPARE(parsed->messageId, Eraser::stableMessageId(QStringLiteral("erasure-1@ville-saumur.fr")));
        QCOMPARE(q.value(1).toString(), ContactEraser::placeholder());

        // Search finds the testimony, not the person.
        QCOMPARE(repo.search(QStringLiteral("entraide"), ContributionFilter {}, 0, 10).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("Dupré"), ContributionFilter {}, 0, 10).size(), 0);
        QCOMPARE(repo.search(QStringLiteral("helene"), ContributionFilter {}, 0, 10).size(), 0);

        // Logged, without the data.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase_contact'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Its Message-ID, which named her, is now a stable hash.
        QVERIFY(q.exec(QStringLiteral("SELECT message_id FROM source_message")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), Eraser::stableMessageId(QStringLiteral("erasure-1@ville-saumur.fr")));
    }

    // The disk fills up in the middle of an erasure: one sentence, and nothing half-erased (the
    // person is either wholly there, to erase again, or wholly gone; never a mix).
    void fullDiskDuringErasureChangesNothing()
    {
        TempDatabase t;
        const qint64 id = importSample(*t.db);
        QVERIFY(id);
        // Many testimonies naming her, so that the rewrite needs pages the file cannot have.
        for (int i = 0; i < 40; ++i) {
            Contribution c = sampleContribution(QStringLiteral("Retour %1 sur l'action d'Hélène Dupré").arg(i));
            c.text = QStringLiteral("Hélène Dupré (helene.dupre@ville-saumur.fr) a coordonné. ").repeated(200);
            QString error;
            QVERIFY2(ContributionRepository(*t.db).create(c, &error), qPrintable(error));
        }
        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QString error;
        QVERIFY2(eraser.plan(address, &plan, &error), qPrintable(error));
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        q.finish();
        auto texts = [&t] {
            QStringList all;
            QSqlQuery r(t.db->connection());
            r.exec(QStringLiteral("SELECT title || body FROM contribution ORDER BY id"));
            while (r.next())
                all << r.value(0).toString();
            r.exec(QStringLiteral("SELECT name || email FROM contact ORDER BY id"));
            while (r.next())
                all << r.value(0).toString();
            return all;
        };
        const QStringList before = texts();

        QVERIFY(!eraser.erase(plan, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Nothing was erased")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the disk is full. Free some space")), qPrintable(error));
        QCOMPARE(texts(), before);

        // Space again: the same erasure goes through.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        q.finish();
        QVERIFY2(eraser.plan(address, &plan, &error), qPrintable(error));
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));
        for (const QString &text : texts())
            QVERIFY2(!text.contains(QStringLiteral("Dupré")), qPrintable(text.left(80)));
    }

    // Free tags, comments and the editor's drafts that name the person go too; tags that now read
    // the same become one, and the tag index forgets the person.
    void tagsCommentsAndDraftsAreErased()
    {
        TempDatabase t;
        const qint64 id = importSample(*t.db);
        QVERIFY(id);
        Contribution other = sampleContribution(QStringLiteral("Autre"));
        QString error;
        QVERIFY(ContributionRepository(*t.db).create(other, &error));
        ReviewRepository review(*t.db);
        ReviewRepository::Tagging tagging;
        tagging.addTags = { QStringLiteral("Hélène Dupré"), QStringLiteral("tel 0241833000"),
            QStringLiteral("[effacé]"), QStringLiteral("cantine") };
        QVERIFY2(review.tag({ id, other.id }, tagging, &error), qPrintable(error));
        QVERIFY2(review.addComment(id, QStringLiteral("Rappeler HÉLÈNE DUPRÉ au 02.41.83.30.00"), &error), qPrintable(error));
        DraftStore drafts(t.path);
        Contribution draft = *ContributionRepository(*t.db).find(id);
        draft.text += QStringLiteral("\nNote : Hélène Dupré rappellera.");
        QVERIFY2(drafts.save(draft, draft.version, &error), qPrintable(error));
        QCOMPARE(ContributionRepository(*t.db).search(QStringLiteral("Castagnede OR Dupre"), {}, 0, 10).size(), 2);

        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QVERIFY(eraser.plan(address, &plan, &error));
        QVERIFY(plan.places().filter(QStringLiteral("tag ")).size() == 2);
        QVERIFY(plan.places().filter(QStringLiteral("comment ")).size() == 1);
        QCOMPARE(plan.drafts.size(), 1);
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));

        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT label FROM tag ORDER BY label")));
        QStringList labels;
        while (q.next())
            labels << q.value(0).toString();
        QCOMPARE(labels, (QStringList { QStringLiteral("[effacé]"), QStringLiteral("cantine"), QStringLiteral("tel [effacé]") }));
        QCOMPARE(review.comments(id).constFirst().body, QStringLiteral("Rappeler [effacé] au [effacé]"));
        QVERIFY(ContributionRepository(*t.db).search(QStringLiteral("Dupre"), {}, 0, 10).isEmpty());
        QCOMPARE(ContributionRepository(*t.db).search(QStringLiteral("cantine"), {}, 0, 10).size(), 2);
        const auto kept = drafts.load(id);
        QVERIFY(kept);
        QVERIFY(kept->contribution.text.endsWith(QStringLiteral("Note : [effacé] rappellera.")));
        QStringList hits = hitsIn(t.path) + hitsIn(t.path + QStringLiteral("-wal")) + hitsIn(drafts.fileFor(id));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    }

    void auditLogStaysAppendOnly()
    {
        TempDatabase t;
        QVERIFY(importSample(*t.db));
        QSqlQuery q(t.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET old_value = 'x'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        // Even during an erasure, only the values may change, and nothing may go.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO erasure_in_progress (id, started_at) VALUES (1, 'now')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET old_value = old_value")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO erasure_in_progress (id, started_at) VALUES (2, 'now')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM erasure_in_progress")));
    }

    void commandLineAsksAndErases()
    {
        TempDatabase t;
        QVERIFY(importSample(*t.db));
        t.db->close();
        auto run = [&](const QStringList &args, const QByteArray &input, QString *out) {
            QProcess p;
            p.start(
                QStringLiteral(RECUEIL_BINARY), QStringList { QStringLiteral("--database"), t.path } + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(run({ QStringLiteral("forget-contact"), address }, "no\n", &out), 1);
        QVERIFY2(out.contains(QStringLiteral("Hélène Dupré")), qPrintable(out));
        QVERIFY(!hitsIn(t.path).isEmpty() || !hitsIn(t.path + QStringLiteral("-wal")).isEmpty());
        QCOMPARE(run({ QStringLiteral("forget-contact"), address }, "yes\n", &out), 0);
        QStringList hits = hitsIn(t.path) + hitsIn(t.path + QStringLiteral("-wal"));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        QCOMPARE(run({ QStringLiteral("forget-contact"), address, QStringLiteral("--yes") }, {}, &out), 1);
        QCOMPARE(run({ QStringLiteral("forget-contact"), QStringLiteral("pas-une-adresse") }, {}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TstErasure)
#include "tst_erasure.moc"
