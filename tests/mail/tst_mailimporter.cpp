// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailimporter.h"
#include "mail/testimonyprefill.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

class TestMailImporter : public QObject
{
    Q_OBJECT

    QJsonObject m_expected;

    static int rows(Database &db, const QString &sql)
    {
        return SqlQuery::scalar(db.connection(), sql).toInt();
    }

    static QList<ImportOutcome> importAll(MailImporter &importer, const QString &path)
    {
        QList<ImportOutcome> outcomes;
        importer.importFile(path, [&](const ImportOutcome &o) {
            outcomes.append(o);
            return true;
        });
        return outcomes;
    }

    static QString normalised(QString s)
    {
        return s.simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(testData(QStringLiteral("mail/expected.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_expected.isEmpty());
    }

    void samplesInOrder()
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        ContributionRepository repo(*t.db);
        QMap<QString, ImportOutcome> byFile;
        const QStringList emls = QDir(testData(QStringLiteral("mail"))).entryList({QStringLiteral("0*.eml")}, QDir::Files, QDir::Name);
        QCOMPARE(emls.size(), 9);
        for (const QString &name : emls) {
            const QList<ImportOutcome> outcomes = importAll(importer, testData(QStringLiteral("mail/") + name));
            QCOMPARE(outcomes.size(), 1);
            byFile.insert(name, outcomes.first());
        }
        QCOMPARE(repo.count({}), 7);
        QCOMPARE(byFile.value(QStringLiteral("06-cholet-late.eml")).kind, ImportOutcome::Late);
        QCOMPARE(byFile.value(QStringLiteral("07-saumur-reply.eml")).kind, ImportOutcome::Complement);
        QCOMPARE(byFile.value(QStringLiteral("07-saumur-reply.eml")).contributionId,
                 byFile.value(QStringLiteral("01-saumur-thunderbird.eml")).contributionId);
        QCOMPARE(SourceMessageRepository(t.db->connection()).held().size(), 1);

        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QJsonObject e = m_expected.value(it.key()).toObject();
            const ImportOutcome &o = it.value();
            QCOMPARE(o.fromAddress, e.value(QStringLiteral("from_address")).toString());
            QCOMPARE(o.messageId, e.value(QStringLiteral("message_id")).toString());
            const QJsonObject authority = e.value(QStringLiteral("authority")).toObject();
            const QString code = authority.contains(QStringLiteral("siren")) ? authority.value(QStringLiteral("siren")).toString()
                                                                             : authority.value(QStringLiteral("insee")).toString();
            QVERIFY2(o.authorityCode == code, qPrintable(it.key() + QStringLiteral(": ") + o.authorityCode));
            QCOMPARE(o.kind == ImportOutcome::Late, e.value(QStringLiteral("deadline")).toString() == QLatin1String("late"));
            if (!o.contributionId)
                continue;
            const auto c = repo.find(o.contributionId);
            QVERIFY(c);
            QCOMPARE(c->channel, Channel::Email);
            // Nothing of the testimony is lost: each sentence is in the text to publish or its
            // difficulties, and the email's text is kept whole beside them.
            for (const QJsonValue fragment : e.value(QStringLiteral("body_contains")).toArray()) {
                QVERIFY2(normalised(c->text + QLatin1Char(' ') + c->difficulties).contains(normalised(fragment.toString())),
                         qPrintable(it.key() + QStringLiteral(": ") + fragment.toString()));
                QVERIFY2(normalised(c->originalText).contains(normalised(fragment.toString())),
                         qPrintable(it.key() + QStringLiteral(": ") + fragment.toString()));
            }
            QVERIFY(!c->textReviewed);
        }

        // Titles lose their Re:/TR: and « Contribution : » prefixes; the contact is the sender.
        const auto saumur = repo.find(byFile.value(QStringLiteral("01-saumur-thunderbird.eml")).contributionId);
        QCOMPARE(saumur->title, QStringLiteral("Plateforme d'entraide solidaire à Saumur"));
        // The text to publish leaves out the greeting, the closing and the signature, and the
        // « Difficultés rencontrées » paragraph goes to the difficulties; the email stays whole.
        QVERIFY2(saumur->text.startsWith(QStringLiteral("Dès le premier confinement")), qPrintable(saumur->text));
        // The reply that completes it comes in below its line, cleaned the same way.
        const QStringList parts = saumur->text.split(QStringLiteral("\n\n— Complément reçu le "));
        QCOMPARE(parts.size(), 2);
        QVERIFY2(parts.first().endsWith(QStringLiteral("appels de convivialité.")), qPrintable(saumur->text));
        QVERIFY2(parts.last().contains(QStringLiteral("530 volontaires")), qPrintable(saumur->text));
        for (const QString &gone : {QStringLiteral("Bonjour"), QStringLiteral("cordialement"), QStringLiteral("\nClaire Moreau")})
            QVERIFY2(!saumur->text.contains(gone, Qt::CaseInsensitive), qPrintable(saumur->text));
        QVERIFY2(saumur->difficulties.startsWith(QStringLiteral("beaucoup de seniors")) ||
                 saumur->difficulties.startsWith(QStringLiteral("Beaucoup de seniors")), qPrintable(saumur->difficulties));
        QVERIFY(saumur->originalText.startsWith(QStringLiteral("Bonjour,")));
        QVERIFY(saumur->originalText.contains(QStringLiteral("Bien cordialement,")));
        QCOMPARE(saumur->contact.name, QStringLiteral("Claire Moreau"));
        QCOMPARE(saumur->contact.role, QStringLiteral("Chargée de mission démocratie participative"));
        QCOMPARE(saumur->receivedAt, utc("2021-02-02T09:14:07Z"));

        // The mbox adds one contribution and two duplicates.
        const QList<ImportOutcome> mbox = importAll(importer, testData(QStringLiteral("mail/10-thunderbird-export.mbox")));
        QCOMPARE(mbox.size(), 3);
        QCOMPARE(mbox.at(0).kind, ImportOutcome::Created);
        QCOMPARE(mbox.at(0).authorityCode, QStringLiteral("97101"));
        QCOMPARE(mbox.at(1).kind, ImportOutcome::Duplicate);
        QCOMPARE(mbox.at(2).kind, ImportOutcome::Duplicate);
        QCOMPARE(mbox.at(2).index, 2);
        QCOMPARE(repo.count({}), 8);

        // Everything is kept byte for byte, with an audit line per message.
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), 10);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM attachment")), 2);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('import_message', 'import_held', 'import_complement')")), 10);
        QFile raw(testData(QStringLiteral("mail/01-saumur-thunderbird.eml")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const auto stored = SourceMessageRepository(t.db->connection()).find(byFile.value(QStringLiteral("01-saumur-thunderbird.eml")).sourceMessageId);
        QCOMPARE(stored->raw, raw.readAll());
    }

    void reimportIsAllDuplicates()
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        const QString path = testData(QStringLiteral("mail/10-thunderbird-export.mbox"));
        importAll(importer, path);
        for (const ImportOutcome &o : importAll(importer, path))
            QCOMPARE(o.kind, ImportOutcome::Duplicate);
        QCOMPARE(ContributionRepository(*t.db).count({}), 3);
    }

    void dryRunWritesNothing()
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        importer.setDryRun(true);
        const QList<ImportOutcome> outcomes = importAll(importer, testData(QStringLiteral("mail/03-martigues-gmail.eml")));
        QCOMPARE(outcomes.first().kind, ImportOutcome::Created);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), 0);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), 0);
    }

    void notMailIsAnErrorAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(200, '\x01');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, this is not an email\n");
    }

    void notMailIsAnErrorAndNothingIsWritten()
    {
        QFETCH(QByteArray, bytes);
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("photo.eml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        MailImporter importer(*t.db);
        const QList<ImportOutcome> outcomes = importAll(importer, path);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, ImportOutcome::Error);
        QVERIFY(!outcomes.first().error.isEmpty());
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), 0);
    }

    void oneMessageIsAllOrNothing()
    {
        TempDatabase t;
        // Make storing one attachment fail half-way through the message.
        if (testingPostgres()) {
            QSqlQuery ddl(t.db->connection());
            QVERIFY(ddl.exec(QStringLiteral("CREATE FUNCTION fail_png() RETURNS trigger AS $$ BEGIN RAISE "
                                            "EXCEPTION 'disk trouble'; END $$ "
                                            "LANGUAGE plpgsql")));
            QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER fail_png BEFORE INSERT ON attachment FOR EACH "
                                            "ROW WHEN (NEW.mime = 'image/png') "
                                            "EXECUTE FUNCTION fail_png()")));
        } else {
            QVERIFY(SqlQuery(t.db->connection(),
                QStringLiteral(
                    "CREATE TRIGGER fail_png BEFORE INSERT ON attachment WHEN NEW.mime = 'image/png' "
                    "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"))
                        .exec());
        }
        MailImporter importer(*t.db);
        const QList<ImportOutcome> failed = importAll(importer, testData(QStringLiteral("mail/04-bethune-applemail.eml")));
        QCOMPARE(failed.first().kind, ImportOutcome::Error);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), 0);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), 0);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        // The next message of the batch goes through.
        const QList<ImportOutcome> next = importAll(importer, testData(QStringLiteral("mail/05-longwy-latin1.eml")));
        QCOMPARE(next.first().kind, ImportOutcome::Created);
    }

    void heldMessageAcceptedWithReason()
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        const ImportOutcome late = importAll(importer, testData(QStringLiteral("mail/06-cholet-late.eml"))).first();
        QCOMPARE(late.kind, ImportOutcome::Late);
        QString error;
        qint64 id = 0;
        QVERIFY(!importer.acceptHeld(late.sourceMessageId, {}, QString(), &id, &error)); // late needs a reason
        QVERIFY(!error.isEmpty());
        QVERIFY2(importer.acceptHeld(late.sourceMessageId, {}, QStringLiteral("Annoncé par téléphone le 19 mars"), &id, &error),
                 qPrintable(error));
        const auto c = ContributionRepository(*t.db).find(id);
        QVERIFY(c->lateOverride);
        QCOMPARE(c->authorityCode, QStringLiteral("200071678"));
        QVERIFY(SourceMessageRepository(t.db->connection()).held().isEmpty());
    }

    // A reply is joined to the testimony it answers only when it comes from its contact (or a
    // colleague of the contact's own domain) and the review is not finished; otherwise it waits
    // in the pending list, and accepting it joins it and sends a finished review back to review.
    void replyIsJoinedOrHeld_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("held");
        const QString mairie = QStringLiteral("Mairie de Vierzon <contact@ville-vierzon.fr>");
        QTest::newRow("the contact") << mairie << "received" << "Mairie <CONTACT@Ville-Vierzon.fr>" << false;
        QTest::newRow("a colleague of the same town") << mairie << "in_review" << "dgs@ville-vierzon.fr" << false;
        QTest::newRow("someone else") << mairie << "received" << "x@autre-ville.fr" << true;
        QTest::newRow("a look-alike domain") << mairie << "received" << "x@ville-vierzon.fr.example.com" << true;
        QTest::newRow("the contact, validated") << mairie << "validated" << "contact@ville-vierzon.fr" << true;
        QTest::newRow("the contact, set aside") << mairie << "rejected" << "contact@ville-vierzon.fr" << true;
        QTest::newRow("another user of the same mail service")
            << "Sophie <dsi.vierzon@gmail.com>" << "received" << "inconnu@gmail.com" << true;
        QTest::newRow("the contact on a mail service")
            << "Sophie <dsi.vierzon@gmail.com>" << "received" << "dsi.vierzon@gmail.com" << false;
    }
    void replyIsJoinedOrHeld()
    {
        QFETCH(QString, original);
        QFETCH(QString, state);
        QFETCH(QString, reply);
        QFETCH(bool, held);
        TempDatabase t;
        MailImporter importer(*t.db);
        const QByteArray first = "From: " + original.toUtf8() + "\r\nSubject: Notre témoignage\r\n"
            "Message-ID: <orig-1@ville-vierzon.fr>\r\nDate: Mon, 01 Mar 2021 10:00:00 +0100\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour, voici notre expérience du télétravail.\r\n";
        const ImportOutcome o = importer.importMessage(first, QStringLiteral("orig.eml"), -1);
        QCOMPARE(o.kind, ImportOutcome::Created);
        QSqlQuery q(t.db->connection());
        QVERIFY(fileUnderTheme(*t.db, o.contributionId));
        QVERIFY(q.exec(QStringLiteral("UPDATE contribution SET status = '%1' WHERE id = %2").arg(state).arg(o.contributionId)));
        const QString before = ContributionRepository(*t.db).find(o.contributionId)->text;

        const QByteArray second = "From: " + reply.toUtf8() + "\r\nSubject: Re: Notre témoignage\r\n"
            "Message-ID: <reply-1@example.fr>\r\nIn-Reply-To: <orig-1@ville-vierzon.fr>\r\n"
            "Date: Fri, 05 Mar 2021 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Précision : 40 agents en télétravail.\r\n";
        const ImportOutcome r = importer.importMessage(second, QStringLiteral("reply.eml"), -1);
        QCOMPARE(r.kind, held ? ImportOutcome::HeldComplement : ImportOutcome::Complement);
        QCOMPARE(r.contributionId, o.contributionId);
        ContributionRepository repo(*t.db);
        const QList<StoredMessage> waiting = SourceMessageRepository(t.db->connection()).held();
        if (!held) {
            QVERIFY(repo.find(o.contributionId)->text.contains(QStringLiteral("40 agents")));
            QVERIFY(waiting.isEmpty());
            return;
        }
        // Kept, not joined: the testimony and its state are as they were.
        QCOMPARE(repo.find(o.contributionId)->text, before);
        QCOMPARE(ReviewState::code(repo.find(o.contributionId)->status), state);
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("pending list")), qPrintable(r.warnings.join(' ')));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().hold, QStringLiteral("complement"));
        QCOMPARE(waiting.first().heldReplyTo, o.contributionId);
        QCOMPARE(SourceMessageRepository(t.db->connection()).countByHold(QStringLiteral("complement")), 1);

        // Accepted: joined as a complement, back to review if the review was finished.
        qint64 id = 0;
        QString error;
        QVERIFY2(importer.acceptHeld(r.sourceMessageId, {}, {}, &id, &error), qPrintable(error));
        QCOMPARE(id, o.contributionId);
        const Contribution after = *repo.find(id);
        QVERIFY(after.text.startsWith(before));
        QVERIFY(after.text.contains(QStringLiteral("40 agents")));
        const bool finished = state == QLatin1String("validated") || state == QLatin1String("rejected");
        QCOMPARE(ReviewState::code(after.status), finished ? QStringLiteral("in_review") : state);
        QVERIFY(SourceMessageRepository(t.db->connection()).held().isEmpty());
        const auto stored = SourceMessageRepository(t.db->connection()).find(r.sourceMessageId);
        QCOMPARE(stored->contributionId, id);
        QCOMPARE(stored->role, QStringLiteral("complement"));
        QCOMPARE(stored->hold, QString());
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), 1);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'accept_held' AND field = 'complement'")), 1);
    }

    void undatedMessageWaitsForADate()
    {
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("undated.eml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: Mairie de Vierzon <contact@ville-vierzon.fr>\r\nSubject: Notre témoignage\r\n"
                "Message-ID: <undated-1@ville-vierzon.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Bonjour, voici notre expérience du télétravail.\r\n");
        f.close();
        MailImporter importer(*t.db);
        const ImportOutcome o = importAll(importer, path).first();
        QCOMPARE(o.kind, ImportOutcome::NeedsDate);
        QVERIFY(!o.receivedAt.isValid());
        QCOMPARE(o.authorityCode, QStringLiteral("18279"));
        qint64 id = 0;
        QString error;
        QVERIFY2(importer.acceptHeld(o.sourceMessageId, utc("2021-03-02T10:00:00Z"), QString(), &id, &error), qPrintable(error));
        QCOMPARE(ContributionRepository(*t.db).find(id)->receivedAt, utc("2021-03-02T10:00:00Z"));
    }

    void doubtfulSenderIsKeptWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QString>("address");
        QTest::newRow("quoted local part") << QByteArray(R"("jean dupont"@mairie.fr)") << QString();
        QTest::newRow("address literal")
            << QByteArray("jean@[192.168.1.10]") << QStringLiteral("jean@[192.168.1.10]");
        QTest::newRow("no dot in domain") << QByteArray("jean@mairie") << QStringLiteral("jean@mairie");
        QTest::newRow("one-letter top-level domain")
            << QByteArray("jean@mairie.f") << QStringLiteral("jean@mairie.f");
    }

    void doubtfulSenderIsKeptWithAWarning()
    {
        // These were lost entirely (« nothing was kept of it »).
        QFETCH(QByteArray, from);
        QFETCH(QString, address);
        TempDatabase t;
        Contribution earlier = sampleContribution();
        QString error;
        QVERIFY(ContributionRepository(*t.db).create(earlier, &error));
        const QByteArray raw =
            "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\r\n"
            "From: Jean Dupont <"
            + from
            + ">\r\nSubject: Notre témoignage\r\n"
              "Message-ID: <doubtful-1@mairie.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
              "Bonjour, voici notre expérience du télétravail.\r\n";
        MailImporter importer(*t.db);
        const ImportOutcome o = importer.importMessage(raw, QStringLiteral("doubtful.eml"), -1);
        QVERIFY2(o.kind == ImportOutcome::Created, qPrintable(o.error));
        QVERIFY2(o.warnings.join(QLatin1Char(' '))
                     .contains(QStringLiteral("does not look like a usable email address")),
            qPrintable(o.warnings.join(QLatin1Char('|'))));
        const std::optional<Contribution> c = ContributionRepository(*t.db).find(o.contributionId);
        QVERIFY(c);
        QVERIFY(c->text.contains(QStringLiteral("télétravail")));
        QCOMPARE(c->contact.email, QString());
        QCOMPARE(c->contact.name, QStringLiteral("Jean Dupont"));
        // The address as written stays with the email; what was stored before is unchanged.
        const std::optional<StoredMessage> stored =
            SourceMessageRepository(t.db->connection()).find(o.sourceMessageId);
        QVERIFY(stored);
        QCOMPARE(stored->raw, raw);
        if (!address.isEmpty())
            QCOMPARE(stored->fromAddress, address);
        QCOMPARE(ContributionRepository(*t.db).find(earlier.id)->title, earlier.title);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), 2);
    }

    void sameMessageIdDifferentContent_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<bool>("duplicate");
        const QByteArray head =
            "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\n"
            "From: Mairie de Saumur <contact@ville-saumur.fr>\nSubject: Notre témoignage\n"
            "Message-ID: <reused@ville-saumur.fr>\nContent-Type: text/plain; charset=utf-8\n\n";
        QTest::newRow("same bytes") << head + "Premier texte.\n" << true;
        QTest::newRow("same email, CRLF line ends")
            << QByteArray(head + "Premier texte.\n").replace("\n", "\r\n") << true;
        QTest::newRow("same email, one more line end at the end") << head + "Premier texte.\n\n" << true;
        QTest::newRow("another email reusing the Message-ID") << head + "Un tout autre témoignage.\n"
                                                              << false;
    }

    void sameMessageIdDifferentContent()
    {
        // A different email reusing a Message-ID was dropped as a duplicate.
        QFETCH(QByteArray, second);
        QFETCH(bool, duplicate);
        TempDatabase t;
        const QByteArray first =
            "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\n"
            "From: Mairie de Saumur <contact@ville-saumur.fr>\nSubject: Notre témoignage\n"
            "Message-ID: <reused@ville-saumur.fr>\nContent-Type: text/plain; charset=utf-8\n\n"
            "Premier texte.\n";
        MailImporter importer(*t.db);
        const ImportOutcome a = importer.importMessage(first, QStringLiteral("a.eml"), -1);
        QCOMPARE(a.kind, ImportOutcome::Created);
        const ImportOutcome b = importer.importMessage(second, QStringLiteral("b.eml"), -1);
        QCOMPARE(b.kind, duplicate ? ImportOutcome::Duplicate : ImportOutcome::Created);
        QCOMPARE(b.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("same Message-ID")), !duplicate);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), duplicate ? 1 : 2);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), duplicate ? 1 : 2);
        if (duplicate)
            QCOMPARE(b.contributionId, a.contributionId);
        QCOMPARE(
            ContributionRepository(*t.db).find(a.contributionId)->text, QStringLiteral("Premier texte."));
        // Rows stored before the content hash existed are compared by their bytes.
        QSqlQuery(t.db->connection()).exec(QStringLiteral("UPDATE source_message SET content_sha256 = NULL"));
        QCOMPARE(importer.importMessage(second, QStringLiteral("c.eml"), -1).kind, ImportOutcome::Duplicate);
    }

    // The mbox is read on a second thread: the outcomes still come in the file's order, and a
    // sink that stops the import leaves exactly the messages it was told about in the database.
    void mboxStopsWhereTheSinkSays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.mbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        constexpr int count = 300;
        for (int i = 0; i < count; ++i) {
            f.write(QStringLiteral("From mairie@saumur.fr Mon Feb  1 10:00:00 2021\n"
                                   "From: Mairie <mairie@saumur.fr>\n"
                                   "To: appel@villesinternet.net\n"
                                   "Subject: Témoignage %1\n"
                                   "Date: Mon, 1 Feb 2021 10:00:00 +0100\n"
                                   "Message-ID: <m%1@saumur.fr>\n"
                                   "MIME-Version: 1.0\n"
                                   "Content-Type: text/plain; charset=utf-8\n\n"
                                   "Le télétravail, message %1.\n\n")
                        .arg(i)
                        .toUtf8());
        }
        f.close();

        TempDatabase t;
        MailImporter importer(*t.db);
        QList<int> indexes;
        const bool completed = importer.importFile(path, [&](const ImportOutcome &o) {
            indexes.append(o.index);
            return indexes.size() < 10;
        });
        QVERIFY(!completed);
        QCOMPARE(indexes, QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), 10);
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM source_message")), 10);

        // Again to the end: the ten are duplicates, the rest created, all in order.
        const QList<ImportOutcome> outcomes = importAll(importer, path);
        QCOMPARE(outcomes.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(outcomes.at(i).index, i);
            QCOMPARE(outcomes.at(i).messageId, QStringLiteral("m%1@saumur.fr").arg(i));
            QCOMPARE(outcomes.at(i).kind, i < 10 ? ImportOutcome::Duplicate : ImportOutcome::Created);
        }
        QCOMPARE(rows(*t.db, QStringLiteral("SELECT count(*) FROM contribution")), count);
    }

    void roleFromSignature_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::newRow("plain") << "Bonjour,\nvoici notre retour.\n\nMarie Dupont\nDirectrice générale des services\n"
                               << "Marie Dupont" << "Directrice générale des services";
        QTest::newRow("accents and case differ") << "Texte.\n\nHÉLÈNE LEFÈVRE\nChargée de mission numérique"
                                                 << "Hélène Lefèvre" << "Chargée de mission numérique";
        QTest::newRow("blank line before the role") << "Texte.\n-- \nJean Martin\n\nMaire adjoint"
                                                    << "Jean Martin" << "Maire adjoint";
        QTest::newRow("address, not a role") << "Texte.\nJean Martin\njean.martin@mairie.fr" << "Jean Martin" << "";
        QTest::newRow("phone, not a role") << "Texte.\nJean Martin\n02 41 00 00 00" << "Jean Martin" << "";
        QTest::newRow("name absent") << "Texte.\nCordialement\nLe service" << "Jean Martin" << "";
        QTest::newRow("no name") << "Texte.\nJean Martin\nMaire" << "" << "";
        QString longText;
        for (int i = 0; i < 200; ++i)
            longText += QStringLiteral("Ligne %1 du témoignage, assez longue pour compter.\n").arg(i);
        QTest::newRow("signature after a long text") << longText + "Paul Girard\nDGS" << "Paul Girard" << "DGS";
        QTest::newRow("name too far up") << "Paul Girard\nDGS\n" + longText << "Paul Girard" << "";
    }

    void roleFromSignature()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QCOMPARE(TestimonyPrefill::roleFromSignature(text, name), role);
    }

    void titleFromSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("title");
        QTest::newRow("Re") << "Re: Contribution" << "Contribution";
        QTest::newRow("RE: RE:") << "RE: RE: Contribution" << "Contribution";
        QTest::newRow("TR with nbsp") << QStringLiteral("TR\u00a0: Drive") << "Drive";
        QTest::newRow("Fwd") << "Fwd: Drive" << "Drive";
        QTest::newRow("Fw numbered") << "Fw[2]: Drive" << "Drive";
        QTest::newRow("keeps inner colon") << "Contribution : plateforme" << "Contribution : plateforme";
        QTest::newRow("not a prefix") << "Retour d'expérience" << "Retour d'expérience";
    }

    void titleFromSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, title);
        QCOMPARE(TestimonyPrefill::titleFromSubject(subject), title);
    }
};

QTEST_GUILESS_MAIN(TestMailImporter)
#include "tst_mailimporter.moc"
