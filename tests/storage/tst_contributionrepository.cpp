// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace TestSupport;

class TestContributionRepository : public QObject
{
    Q_OBJECT

    static int rows(Database &db, const char *table)
    {
        return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
    }

private Q_SLOTS:
    void createAndFind()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        c.tags = {QStringLiteral("solidarité"), QStringLiteral("CCAS")};
        c.consentToPublishName = true;
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        QCOMPARE(c.version, 1);
        const auto stored = repo.find(c.id);
        QVERIFY(stored);
        QCOMPARE(stored->title, c.title);
        QCOMPARE(stored->text, c.text);
        QCOMPARE(stored->authorityCode, QStringLiteral("49328"));
        QCOMPARE(stored->receivedAt, c.receivedAt);
        QCOMPARE(stored->contact, c.contact);
        QCOMPARE(stored->themes, QStringList{QStringLiteral("cohesion")});
        QCOMPARE(stored->primaryTheme, QStringLiteral("cohesion"));
        QCOMPARE(stored->subtopics, QStringList{QStringLiteral("associations")});
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("CCAS"), QStringLiteral("solidarité")}));
        QCOMPARE(stored->status, ReviewState::Received);
        QVERIFY(stored->consentToPublishName);
        QCOMPARE(stored->createdBy, QStringLiteral("test"));
    }

    void deadline_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("23:59:59 Paris") << "2021-03-20T23:59:59+01:00" << true;
        QTest::newRow("00:00:00 Paris") << "2021-03-21T00:00:00+01:00" << false;
        QTest::newRow("19:30 Guadeloupe") << "2021-03-20T19:30:00-04:00" << false;
    }

    void deadline()
    {
        QFETCH(QString, received);
        QFETCH(bool, accepted);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        c.receivedAt = QDateTime::fromString(received, Qt::ISODate);
        QString error;
        QCOMPARE(repo.create(c, &error), accepted);
        QCOMPARE(rows(*t.db, "contribution"), accepted ? 1 : 0);
        QCOMPARE(rows(*t.db, "audit_log") > 0, accepted);
        if (!accepted) {
            QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Late);
            QVERIFY(!error.isEmpty());
            QCOMPARE(rows(*t.db, "contact"), 0);
        }
    }

    void lateOverrideIsStoredAndLogged()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        c.receivedAt = utc("2021-03-22T08:30:12Z");
        c.lateOverride = LateOverride{QStringLiteral("admin"), QStringLiteral("Envoyé le 19, retenu par l'antispam")};
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        const auto stored = repo.find(c.id);
        QVERIFY(stored->lateOverride);
        QCOMPARE(stored->lateOverride->reason, c.lateOverride->reason);
        QCOMPARE(SqlQuery::scalar(t.db->connection(),
                                  QStringLiteral("SELECT reason FROM audit_log WHERE action = 'late_override'")).toString(),
                 c.lateOverride->reason);
        // Editing goes on after the close, and the override stays.
        Contribution edit = *stored;
        edit.lateOverride.reset();
        edit.title = QStringLiteral("Nouveau titre");
        QVERIFY2(repo.update(edit, &error), qPrintable(error));
        QVERIFY(repo.find(c.id)->lateOverride);
    }

    void blankLateReasonIsRefusedByTheDatabase_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("one space") << QStringLiteral(" ");
        QTest::newRow("empty") << QString::fromLatin1("");
        QTest::newRow("tabs and newlines") << QStringLiteral("\t\r\n ");
    }

    void blankLateReasonIsRefusedByTheDatabase()
    {
        // Whatever program writes the row (another client, raw SQL): blanks are not a reason.
        QFETCH(QString, reason);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        c.receivedAt = utc("2021-03-22T08:30:12Z");
        c.lateOverride = LateOverride { QStringLiteral("admin"), QStringLiteral("Retenu par l'antispam") };
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        QSqlQuery q(t.db->connection());
        q.prepare(QStringLiteral("UPDATE contribution SET late_override_reason = ? WHERE id = ?"));
        q.addBindValue(reason);
        q.addBindValue(c.id);
        QVERIFY(!q.exec());
        q.prepare(QStringLiteral(
            "INSERT INTO contribution (campaign_id, authority_code, title, body, difficulties, "
            "channel, received_at, status, consent_name, late_override_by, late_override_reason, "
            "created_by, created_at, updated_at, version) SELECT campaign_id, authority_code, title, "
            "body, difficulties, channel, received_at, status, consent_name, late_override_by, ?, "
            "created_by, created_at, updated_at, 1 FROM contribution WHERE id = ?"));
        q.addBindValue(reason);
        q.addBindValue(c.id);
        QVERIFY(!q.exec());
        QCOMPARE(repo.find(c.id)->lateOverride->reason, QStringLiteral("Retenu par l'antispam"));
        QCOMPARE(repo.count({}), 1);
        // A written reason still goes through the same statement: the blanks were the cause.
        q.prepare(QStringLiteral("UPDATE contribution SET late_override_reason = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("  Envoyé le 19  "));
        q.addBindValue(c.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void updateRecordsEachChangedField()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY(repo.create(c, &error));
        t.db->setActor(QStringLiteral("reviewer"));
        c.title = QStringLiteral("Plateforme d'entraide solidaire");
        c.contact.email = QStringLiteral("c.moreau@ville-saumur.fr");
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        QCOMPARE(c.version, 2);
        const QList<AuditEntry> history = AuditLog(t.db->connection()).history(c.id);
        QStringList updated;
        for (const AuditEntry &e : history)
            if (e.action == QLatin1String("update")) {
                updated.append(e.field);
                QCOMPARE(e.actor, QStringLiteral("reviewer"));
            }
        updated.sort();
        QCOMPARE(updated, (QStringList{QStringLiteral("contact_email"), QStringLiteral("title")}));
        const auto titleChange = std::find_if(history.cbegin(), history.cend(), [](const AuditEntry &e) {
            return e.field == QLatin1String("title") && e.action == QLatin1String("update");
        });
        QCOMPARE(titleChange->oldValue, QStringLiteral("Plateforme d'entraide"));
        QCOMPARE(titleChange->newValue, QStringLiteral("Plateforme d'entraide solidaire"));
    }

    void staleVersionIsAConflict()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY(repo.create(c, &error));
        Contribution mine = *repo.find(c.id);
        Contribution theirs = *repo.find(c.id);
        theirs.title = QStringLiteral("Leur titre");
        QVERIFY(repo.update(theirs, &error));
        mine.title = QStringLiteral("Mon titre");
        QVERIFY(!repo.update(mine, &error));
        QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Conflict);
        QCOMPARE(repo.find(c.id)->title, QStringLiteral("Leur titre"));
        QCOMPARE(mine.title, QStringLiteral("Mon titre")); // the edit is still in hand
    }

    void invalidIsRefused_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("theme");
        QTest::newRow("unknown authority") << "00000" << "cohesion";
        QTest::newRow("unknown theme") << "49328" << "sport";
    }

    void invalidIsRefused()
    {
        QFETCH(QString, authority);
        QFETCH(QString, theme);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        c.authorityCode = authority;
        c.themes = {theme};
        c.primaryTheme.clear();
        QString error;
        QVERIFY(!repo.create(c, &error));
        QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Invalid);
        QCOMPARE(rows(*t.db, "contribution"), 0);
    }

    void removeHidesAndLogs()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY(repo.create(c, &error));
        QVERIFY(repo.remove(c.id, &error));
        QVERIFY(!repo.find(c.id));
        QCOMPARE(repo.count({}), 0);
        QCOMPARE(rows(*t.db, "contribution"), 1); // kept, hidden
        QCOMPARE(SqlQuery::scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")).toInt(), 1);
    }

    void auditLogIsAppendOnly()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution();
        QString error;
        QVERIFY(repo.create(c, &error));
        const int before = rows(*t.db, "audit_log");
        QVERIFY(!SqlQuery(t.db->connection(), QStringLiteral("UPDATE audit_log SET actor = 'x'")).exec());
        QVERIFY(!SqlQuery(t.db->connection(), QStringLiteral("DELETE FROM audit_log")).exec());
        QCOMPARE(rows(*t.db, "audit_log"), before);
    }

    void filterAndSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << "" << "" << "" << 3;
        QTest::newRow("accent-insensitive") << "teletravail" << "" << "" << 1;
        QTest::newRow("prefix") << "télétr" << "" << "" << 1;
        QTest::newRow("plural searched, singular written") << "plateformes" << "" << "" << 2;
        QTest::newRow("a noun finds its verb") << "entraider" << "" << "" << 2;
        QTest::newRow("authority name") << "martigues" << "" << "" << 1;
        QTest::newRow("contact") << "moreau" << "" << "" << 2;
        QTest::newRow("two words") << "entraide saumur" << "" << "" << 2;
        QTest::newRow("theme") << "" << "" << "organisation" << 1;
        QTest::newRow("status") << "" << "received" << "" << 3;
        QTest::newRow("status none") << "" << "validated" << "" << 0;
        QTest::newRow("FTS syntax is plain words") << "NEAR((\"" << "" << "" << 0;
        QTest::newRow("SQL metacharacters") << "'; DROP TABLE contribution; --" << "" << "" << 0;
    }

    void filterAndSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, theme);
        QFETCH(int, expected);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        Contribution a = sampleContribution(QStringLiteral("Plateforme d'entraide"));
        Contribution b = sampleContribution(QStringLiteral("Entraide entre voisins"));
        Contribution m = sampleContribution(QStringLiteral("Télétravail des agents"));
        m.authorityCode = QStringLiteral("13056");
        m.contact = Contact{QStringLiteral("Sophie Garcia"), {}, QStringLiteral("dsi.martigues@gmail.com"), {}};
        m.text = QStringLiteral("La DSI a équipé 450 postes.");
        m.themes = {QStringLiteral("organisation")};
        m.subtopics = {QStringLiteral("teletravail")};
        QVERIFY(repo.create(a, &error) && repo.create(b, &error) && repo.create(m, &error));
        ContributionFilter f;
        f.text = text;
        f.status = status;
        f.theme = theme;
        QCOMPARE(repo.count(f), expected);
        QCOMPARE(repo.page(f, 0, 50).size(), expected);
        QCOMPARE(rows(*t.db, "contribution"), 3);
    }

    // A batch import defers indexing (one FTS5 segment per statement made it half of an
    // import's time): the contributions wait in a queue until indexQueued(). A server indexes
    // at once.
    void deferredIndexWaitsInItsQueue()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        t.db->setSearchIndexDeferred(true);
        Contribution c = sampleContribution(QStringLiteral("Guichet numérique"));
        c.tags = {QStringLiteral("kiosque")};
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        ContributionFilter byText;
        byText.text = QStringLiteral("guichet");
        ContributionFilter byTag;
        byTag.text = QStringLiteral("kiosque");
        if (!t.db->dialect().storesInLocalFile()) {
            QVERIFY(!t.db->isSearchIndexDeferred());
            QCOMPARE(repo.count(byText), 1);
            QCOMPARE(repo.search(QStringLiteral("kiosque"), {}, 0, 10).size(), 1);
            QVERIFY2(SearchIndex::of(*t.db)->indexQueued(&error), qPrintable(error));
            return;
        }
        QVERIFY(t.db->isSearchIndexDeferred());
        QCOMPARE(repo.count(byText), 0);
        QCOMPARE(rows(*t.db, "search_index_queue"), 1);
        // Edited while it waits: still one entry, indexed with what it says now.
        c.title = QStringLiteral("Guichet numérique en mairie");
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        QCOMPARE(rows(*t.db, "search_index_queue"), 1);

        t.db->setSearchIndexDeferred(false);
        QVERIFY2(SearchIndex::of(*t.db)->indexQueued(&error), qPrintable(error));
        QCOMPARE(rows(*t.db, "search_index_queue"), 0);
        QCOMPARE(rows(*t.db, "contribution_fts"), 1);
        QCOMPARE(repo.count(byText), 1);
        QCOMPARE(repo.count(byTag), 1);
        const QList<SearchHit> hits = repo.search(QStringLiteral("mairie"), {}, 0, 10);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("«mairie»")), qPrintable(hits.first().snippet));

        // Edited by hand once indexed, then queued again: indexed once, not twice.
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        t.db->setSearchIndexDeferred(true);
        c.text = QStringLiteral("Une borne en libre-service.");
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        QVERIFY2(SearchIndex::of(*t.db)->indexQueued(&error), qPrintable(error));
        QCOMPARE(rows(*t.db, "contribution_fts"), 1);
        QCOMPARE(repo.search(QStringLiteral("borne"), {}, 0, 10).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("volontaires"), {}, 0, 10).size(), 0); // the old text is gone
    }

    // What a killed import left waiting is indexed when the file is next opened.
    void queueLeftBehindIsIndexedAtOpening()
    {
        if (testingPostgres())
            QSKIP("a server indexes at once");
        TempDatabase t;
        QString error;
        {
            t.db->setSearchIndexDeferred(true);
            Contribution c = sampleContribution(QStringLiteral("Guichet numérique"));
            QVERIFY2(ContributionRepository(*t.db).create(c, &error), qPrintable(error));
            QCOMPARE(rows(*t.db, "search_index_queue"), 1);
            t.db->close();
        }
        Database reopened;
        QVERIFY2(reopened.open(t.path, &error), qPrintable(error));
        QCOMPARE(rows(reopened, "search_index_queue"), 0);
        ContributionFilter f;
        f.text = QStringLiteral("guichet");
        QCOMPARE(ContributionRepository(reopened).count(f), 1);
    }

    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE contribution;--");
        QTest::newRow("emoji and rtl") << QStringLiteral("Merci 🙏 \u202Eevil\u202C العربية");
        QTest::newRow("nul byte") << QString(QStringLiteral("avant")).append(QChar(0)).append(QStringLiteral("après"));
        QTest::newRow("1 MB") << QString(1 << 20, QLatin1Char('x'));
        QTest::newRow("fts metacharacters") << QStringLiteral("NEAR(( \"* ^ : -");
    }

    void hostileTextRoundTrips()
    {
        QFETCH(QString, text);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        Contribution c = sampleContribution(text.left(200));
        c.text = text;
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        // PostgreSQL's text has no NUL character: it is kept as U+FFFD.
        const QString expected =
            testingPostgres() ? QString(text).replace(QChar(0), QChar::ReplacementCharacter) : text;
        QCOMPARE(repo.find(c.id)->text, expected);
        ContributionFilter f;
        f.text = text.left(100);
        repo.count(f); // must not fail or throw
        QCOMPARE(rows(*t.db, "contribution"), 1);
    }

    void pagingIsStable()
    {
        TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        for (int i = 0; i < 25; ++i) {
            Contribution c = sampleContribution(QStringLiteral("Contribution %1").arg(i));
            c.receivedAt = utc("2021-01-01T00:00:00Z").addSecs(3600 * (i % 5)); // many equal receipt times
            QVERIFY(repo.create(c, &error));
        }
        ContributionFilter f;
        QSet<qint64> seen;
        for (int offset = 0; offset < 25; offset += 10)
            for (const ContributionSummary &s : repo.page(f, offset, 10))
                seen.insert(s.id);
        QCOMPARE(seen.size(), 25);
    }

    // An imported testimony keeps the email's text as it came; the text to publish is « revu »
    // once a person changes it. A testimony typed by hand has one text, never « revu ».
    void theTextToPublishIsReviewedWhenAPersonEditsIt_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<bool>("editText");
        QTest::addColumn<bool>("reviewed");
        QTest::newRow("imported, text edited") << QStringLiteral("Bonjour,\n\nLe portail.\n\nCordialement") << true << true;
        QTest::newRow("imported, title edited") << QStringLiteral("Bonjour,\n\nLe portail.") << false << false;
        QTest::newRow("typed, text edited") << QString() << true << false;
    }
    void theTextToPublishIsReviewedWhenAPersonEditsIt()
    {
        QFETCH(QString, original);
        QFETCH(bool, editText);
        QFETCH(bool, reviewed);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        Contribution c = sampleContribution();
        c.originalText = original;
        c.text = QStringLiteral("Le portail.");
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        QCOMPARE(repo.find(c.id)->originalText, original);
        QVERIFY(!repo.find(c.id)->textReviewed);
        Contribution edit = *repo.find(c.id);
        if (editText)
            edit.text = QStringLiteral("Le portail famille.");
        else
            edit.title = QStringLiteral("Portail famille");
        edit.originalText = QStringLiteral("written over"); // ignored: the original stays
        QVERIFY2(repo.update(edit, &error), qPrintable(error));
        QCOMPARE(repo.find(c.id)->textReviewed, reviewed);
        QCOMPARE(repo.find(c.id)->originalText, original);
        // A complement adds to both, as it came to the original.
        Transaction tx(t.db->connection());
        QVERIFY(repo.appendComplementInTransaction(c.id, QStringLiteral("Bonjour, 530 volontaires."),
                                                   QStringLiteral("530 volontaires."), &error));
        QVERIFY(tx.commit());
        const Contribution after = *repo.find(c.id);
        QVERIFY(after.text.endsWith(original.isEmpty() ? QStringLiteral("Bonjour, 530 volontaires.")
                                                       : QStringLiteral("\n\n530 volontaires.")));
        if (!original.isEmpty())
            QCOMPARE(after.originalText, original + QStringLiteral("\n\nBonjour, 530 volontaires."));
    }

    // A testimony typed after the close waits in the holding list with its reason: in no list,
    // count or search, until an administrator accepts it (then in all of them) or someone sets
    // it aside (kept, in none).
    void heldTestimoniesAreInNoList_data()
    {
        QTest::addColumn<QString>("then"); // "", "accept" or "discard"
        QTest::addColumn<bool>("listed");
        QTest::newRow("waiting") << QString() << false;
        QTest::newRow("accepted") << QStringLiteral("accept") << true;
        QTest::newRow("set aside") << QStringLiteral("discard") << false;
    }
    void heldTestimoniesAreInNoList()
    {
        QFETCH(QString, then);
        QFETCH(bool, listed);
        TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        Contribution inTime = sampleContribution(QStringLiteral("Plateforme d'entraide"));
        QVERIFY2(repo.create(inTime, &error), qPrintable(error));
        Contribution late = sampleContribution(QStringLiteral("Lettre tardive sur le télétravail"));
        late.receivedAt = utc("2021-03-22T09:00:00Z");
        QVERIFY(!repo.create(late, &error));
        QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Late);
        // Held without a reason: refused.
        QVERIFY(!repo.hold(late, QStringLiteral("  "), &error));
        late.id = 0;
        QVERIFY2(repo.hold(late, QStringLiteral("Lettre reçue le 22 mars"), &error), qPrintable(error));
        QVERIFY(late.id > 0);
        QCOMPARE(repo.held().size(), 1);
        QCOMPARE(repo.find(late.id)->hold, QStringLiteral("late"));
        if (then == QLatin1String("accept")) {
            QVERIFY2(repo.acceptHeld(late.id, QStringLiteral("Posté le 19 mars"), &error), qPrintable(error));
            QCOMPARE(repo.find(late.id)->lateOverride->reason, QStringLiteral("Posté le 19 mars"));
            // Once out, it cannot be accepted or set aside again.
            QVERIFY(!repo.discardHeld(late.id, QStringLiteral("Doublon"), &error));
        } else if (then == QLatin1String("discard")) {
            QVERIFY2(repo.discardHeld(late.id, QStringLiteral("Doublon d'un courriel"), &error), qPrintable(error));
            QCOMPARE(repo.find(late.id)->hold, QStringLiteral("discarded"));
            QVERIFY(!repo.acceptHeld(late.id, QStringLiteral("Finalement"), &error));
        }
        QCOMPARE(repo.held().size(), then.isEmpty() ? 1 : 0);
        const int expected = listed ? 2 : 1;
        ContributionFilter all;
        QCOMPARE(repo.count(all), expected);
        QCOMPARE(repo.count(all, 10), expected);
        QCOMPARE(repo.page(all, 0, 10).size(), expected);
        ContributionFilter theme;
        theme.theme = QStringLiteral("cohesion");
        QCOMPARE(repo.page(theme, 0, 10).size(), expected);
        QCOMPARE(repo.search(QStringLiteral("tardive"), all, 0, 10).size(), listed ? 1 : 0);
        QCOMPARE(repo.search(QStringLiteral("tardive"), theme, 0, 10).size(), listed ? 1 : 0);
        // Nothing typed is lost, whatever became of it.
        QCOMPARE(repo.find(late.id)->title, QStringLiteral("Lettre tardive sur le télétravail"));
        QCOMPARE(repo.find(late.id)->holdReason, QStringLiteral("Lettre reçue le 22 mars"));
    }
};

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
