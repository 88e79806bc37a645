// SPDX-License-Identifier: GPL-3.0-or-later
// The right to erasure on real mail: every sample email and every message of the shared corpus
// that has a sender is imported beside another person's testimony, and its sender is erased.
// Nothing crashes; afterwards not one spelling of the sender's address, name or phone number is
// left in the stored data (and, on a file, in its bytes, its write-ahead log, its backups and a
// dossier printed from it); every rewritten email is still MIME that reads the same but for the
// erased words; and the other person's data has not changed by one byte.
#include "core/personmatcher.h"
#include "dossier/dossiercommand.h"
#include "mail/contacteraser.h"
#include "mail/mailimporter.h"
#include "mail/mailreader.h"
#include "pdfprobe.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/eraser.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <limits>

using namespace TestSupport;

namespace {

const QString otherAddress = QStringLiteral("anne.lemaire@agglo-exemple.fr");

// Another person's testimony, which no erasure of someone else may touch.
QByteArray otherEmail()
{
    return QByteArrayLiteral(
        "Message-ID: <autre-personne-1@ville-saumur.fr>\r\n"
        "Date: Mon, 01 Feb 2021 09:00:00 +0100\r\n"
        "From: Anne Lemaire <anne.lemaire@agglo-exemple.fr>\r\n"
        "To: temoignages@villes-internet.example\r\n"
        "Subject: =?UTF-8?Q?T=C3=A9l=C3=A9consultations_=C3=A0_Saumur?=\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Bonjour,\r\n\r\nLa ville de Saumur a ouvert des t\xc3\xa9l\xc3\xa9" "consultations.\r\n\r\n"
        "Anne Lemaire, 03 22 00 00 01\r\n");
}

// Lower-case byte forms of a text: UTF-8, Latin-1, and without accents.
QList<QByteArray> formsOf(const QString &text)
{
    QList<QByteArray> forms;
    const QString lower = text.toLower();
    forms << lower.toUtf8();
    bool latin1 = std::all_of(lower.cbegin(), lower.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (latin1)
        forms << lower.toLatin1();
    QString plain;
    for (const QChar c : lower.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    forms << plain.toUtf8();
    return forms;
}

QList<QByteArray> phoneForms(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.size() < 6)
        return {};
    QList<QByteArray> forms { digits.toLatin1() };
    if (digits.size() == 10) {
        QStringList pairs;
        for (int i = 0; i < 10; i += 2)
            pairs << digits.mid(i, 2);
        forms << pairs.join(QLatin1Char(' ')).toLatin1() << pairs.join(QLatin1Char('.')).toLatin1();
    }
    return forms;
}

// What must be gone: every spelling of the address, of the names the eraser looks for (full
// names) and of the phone numbers.
QList<QByteArray> forbiddenFor(const PersonIdentity &person)
{
    QList<QByteArray> forbidden;
    for (const QString &a : person.addresses)
        forbidden << a.toLower().toUtf8();
    for (const QString &n : PersonMatcher(person).searchedNames())
        forbidden += formsOf(n);
    for (const QString &p : person.phones)
        forbidden += phoneForms(p);
    forbidden.removeAll(QByteArray());
    return forbidden;
}

// Found as a whole: an address not inside a longer one (vice-president@… is someone else), a
// name or number not inside a longer word.
QStringList hitsIn(const QByteArray &bytes, const QList<QByteArray> &forbidden, const QString &where)
{
    QStringList hits;
    const QByteArray lower = bytes.toLower();
    for (const QByteArray &f : forbidden) {
        const bool address = f.contains('@');
        for (qsizetype from = lower.indexOf(f); from >= 0; from = lower.indexOf(f, from + 1)) {
            const char before = from > 0 ? lower.at(from - 1) : ' ';
            const qsizetype end = from + f.size();
            const char after = end < lower.size() ? lower.at(end) : ' ';
            const char afterNext = end + 1 < lower.size() ? lower.at(end + 1) : ' ';
            auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; };
            const bool inside = address
                ? (word(before) || before == '.' || before == '+' || before == '%' || word(after)
                    || (after == '.' && std::isalnum(static_cast<unsigned char>(afterNext))))
                : ((word(before) && !f.startsWith(' ')) || (word(after) && !f.endsWith(' ')));
            if (!inside) {
                hits << where + QStringLiteral(": «") + QString::fromUtf8(f) + QStringLiteral("» in «")
                        + QString::fromUtf8(bytes.mid(std::max<qsizetype>(0, from - 30), f.size() + 60)).simplified()
                        + QStringLiteral("»");
                break;
            }
        }
    }
    return hits;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every value of the tables that hold people's data, as the database returns it.
QByteArray storedValues(const Database &db)
{
    QByteArray all;
    for (const char *table : { "contact", "contribution", "source_message", "attachment", "comment", "tag",
             "audit_log", "saved_search" }) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)))
            continue;
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                all += (v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8()) + '\n';
            }
    }
    return all;
}

// The other person's rows, byte for byte.
QByteArray otherPersonsData(const Database &db)
{
    QByteArray all;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.raw, s.sha256, s.from_name, s.from_address, s.subject, s.message_id, c.title, c.body, "
        "ct.name, ct.email, ct.phone FROM source_message s JOIN contribution c ON c.id = s.contribution_id "
        "JOIN contact ct ON ct.id = c.contact_id WHERE s.from_address = ?"));
    q.addBindValue(otherAddress);
    if (q.exec())
        while (q.next())
            for (int i = 0; i < 11; ++i)
                all += q.value(i).toByteArray() + '\n';
    return all;
}

QStringList corpusFiles()
{
    QStringList files;
    QFile list(sharedDir(QStringLiteral("corpus/inputs.txt")));
    if (!list.open(QIODevice::ReadOnly))
        return files;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty() || line.endsWith(QLatin1String(".msg")))
            continue;
        files << sharedDir(QStringLiteral("corpus/") + line);
    }
    return files;
}

} // namespace

class TstContactEraser : public QObject
{
    Q_OBJECT

private:
    // Imports file beside the other person's testimony, then erases each sender in turn (at most
    // maxSenders) and checks all of the above. dossier: print one and read it back.
    void eraseEverySender(const QString &file, int maxSenders, bool dossier)
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        QCOMPARE(importer.importMessage(otherEmail(), QStringLiteral("autre.eml"), -1).kind, ImportOutcome::Created);
        importer.importFile(file, [](const ImportOutcome &) { return true; });
        // A reviewer's comment and a free tag that name the sender, as people write them.
        QStringList senders;
        {
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT lower(from_address) FROM source_message ORDER BY 1")));
            while (q.next()) {
                const QString a = q.value(0).toString();
                if (a.contains(QLatin1Char('@')) && a != otherAddress)
                    senders << a;
            }
        }
        if (senders.isEmpty())
            QSKIP("no message of this file has a sender");
        const QByteArray other = otherPersonsData(*t.db);
        QVERIFY(!other.isEmpty());
        // A backup written before the erasure: it must be rewritten too.
        if (t.db->dialect().storesInLocalFile()) {
            QString written, error;
            QCOMPARE(DatabaseBackup::autoBackup(t.path, QDate(2021, 3, 1), &written, &error),
                DatabaseBackup::AutoResult::Written);
        }

        QHash<QString, QList<QByteArray>> forbiddenBySender;
        for (const QString &address : senders.mid(0, maxSenders)) {
            ContactEraser eraser(*t.db);
            ContactEraser::Plan plan;
            QString error;
            QVERIFY2(eraser.plan(address, &plan, &error), qPrintable(error));
            const QList<QByteArray> forbidden = forbiddenFor(plan.person);
            forbiddenBySender.insert(address, forbidden);
            // Stored emails before, as they read.
            QHash<qint64, ParsedMessage> before;
            {
                QSqlQuery q(t.db->connection());
                QVERIFY(q.exec(QStringLiteral("SELECT id, raw FROM source_message")));
                while (q.next())
                    if (auto m = MailReader::read(q.value(1).toByteArray()))
                        before.insert(q.value(0).toLongLong(), *m);
            }
            QVERIFY2(eraser.erase(plan, &error), qPrintable(address + QStringLiteral(": ") + error));

            QStringList hits = hitsIn(storedValues(*t.db), forbidden, QStringLiteral("stored"));
            if (t.db->dialect().storesInLocalFile()) {
                for (const QString &suffix : { QString(), QStringLiteral("-wal") })
                    hits += hitsIn(fileBytes(t.path + suffix), forbidden, QStringLiteral("file") + suffix);
                for (const QString &backup : DatabaseBackup::backups(t.path))
                    hits += hitsIn(fileBytes(backup), forbidden, QFileInfo(backup).fileName());
            }
            QVERIFY2(hits.isEmpty(), qPrintable(address + QStringLiteral(" left in ") + hits.join(QStringLiteral(", "))));
            QCOMPARE(otherPersonsData(*t.db), other);

            // Every rewritten email still reads, and says the same but for the erased words.
            const PersonMatcher matcher(plan.person);
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, raw FROM source_message")));
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (!before.contains(id))
                    continue;
                const auto after = MailReader::read(q.value(1).toByteArray());
                QVERIFY2(after, qPrintable(QStringLiteral("message %1 no longer reads").arg(id)));
                const QString expected = matcher.scrub(before.value(id).text);
                if (after->text.simplified() != expected.simplified()) {
                    // The same words, save the erased ones (a re-encoded part may wrap differently).
                    auto words = [](const QString &s) {
                        return s.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
                    };
                    QCOMPARE(words(after->text), words(expected));
                }
            }
        }

        if (dossier) {
            // Printed in this process (as the window prints) and read back as a viewer reads it.
            const QString pdf = QDir(t.dir.path()).filePath(QStringLiteral("dossier.pdf"));
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            const int code = runDossierCommand({ QStringLiteral("--output"), pdf, QStringLiteral("--status"),
                                                   QStringLiteral("received"), QStringLiteral("--with-contacts") },
                *t.db, out, err);
            err.flush();
            QVERIFY2(code == 0, qPrintable(errText));
            const PdfProbe probe(pdf);
            QVERIFY(probe.isValid());
            const QByteArray printed = probe.allText().toUtf8();
            QVERIFY(printed.contains("Saumur"));
            QStringList hits;
            for (const QString &address : senders.mid(0, maxSenders))
                hits += hitsIn(printed, forbiddenBySender.value(address), QStringLiteral("dossier"));
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        }
    }

private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(testData(QStringLiteral("mail")), { QStringLiteral("*.eml"), QStringLiteral("*.mbox") });
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        QVERIFY(files.size() >= 10);
        for (const QString &f : std::as_const(files))
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void samples()
    {
        QFETCH(QString, file);
        eraseEverySender(file, 100, true);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = corpusFiles();
        if (files.isEmpty()) {
            // CI always has the corpus beside the clone: a check that reads nothing must not pass.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("../shared/corpus is missing: the erasure cannot be checked on real mail.");
            QSKIP("../shared/corpus is not beside this clone");
        }
#ifdef RECUEIL_SANITIZED
        // Under the sanitizers the corpus takes three minutes per backend; what they check (the
        // MIME rewriting, the memory it uses) is the same on both. The gcc build runs both.
        if (TestSupport::testingPostgres())
            QSKIP("the corpus runs on SQLite in the sanitized build; the gcc build runs it on both backends");
#endif
        for (const QString &f : files)
            QTest::newRow(qPrintable(QDir(sharedDir(QStringLiteral("corpus"))).relativeFilePath(f))) << f;
    }
    void corpus()
    {
        QFETCH(QString, file);
        // Every sender of every message (an mbox of the corpus has a score of them).
        eraseEverySender(file, std::numeric_limits<int>::max(), true);
    }

    void commandLineOnTheBundledSample()
    {
        // The case that crashed: a Gmail message whose body had to be rewritten.
        if (testingPostgres())
            QSKIP("the command line is run on a file here");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.sqlite"));
        auto run = [&db](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(RECUEIL_BINARY), QStringList { QStringLiteral("--database"), db } + args);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QCOMPARE(run({ QStringLiteral("import"), testData(QStringLiteral("mail/03-martigues-gmail.eml")) }), 0);
        QByteArray out;
        QCOMPARE(run({ QStringLiteral("forget-contact"), QStringLiteral("dsi.martigues@gmail.com"),
                     QStringLiteral("--dry-run") },
                     &out),
            0);
        // The preview lists every place, with a count per table, and writes nothing.
        QVERIFY2(out.contains("contribution 1:"), out.constData());
        QVERIFY2(out.contains("stored emails (source_message): 1"), out.constData());
        QVERIFY(fileBytes(db).toLower().contains("dsi.martigues@gmail.com")
            || fileBytes(db + QStringLiteral("-wal")).toLower().contains("dsi.martigues@gmail.com"));
        QCOMPARE(run({ QStringLiteral("forget-contact"), QStringLiteral("dsi.martigues@gmail.com"), QStringLiteral("--yes") }), 0);
        QVERIFY(!fileBytes(db).toLower().contains("dsi.martigues@gmail.com"));
        QVERIFY(!fileBytes(db + QStringLiteral("-wal")).toLower().contains("dsi.martigues@gmail.com"));
    }

    void twoPeopleShareASurnameOrADomain()
    {
        TempDatabase t;
        MailImporter importer(*t.db);
        auto email = [](const char *id, const char *from, const char *body) -> QByteArray {
            return QByteArray("Message-ID: <") + id + ">\r\nDate: Mon, 01 Feb 2021 09:00:00 +0100\r\nFrom: " + from
                + "\r\nSubject: Test\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
        };
        QCOMPARE(importer.importMessage(email("a@x", "Paul Moreau <u@ville-saumur.fr>", "Paul Moreau, DGS."), QStringLiteral("a"), -1).kind,
            ImportOutcome::Created);
        QCOMPARE(importer.importMessage(email("b@x", "Paul Moreau-Lef\xc3\xa8vre <anne.lemaire@agglo-exemple.fr>",
                                            "Paul Moreau-Lef\xc3\xa8vre, adjoint. Voir aussi u@ville-saumur.fr."),
                     QStringLiteral("b"), -1)
                     .kind,
            ImportOutcome::Created);
        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QString error;
        QVERIFY2(eraser.plan(QStringLiteral("u@ville-saumur.fr"), &plan, &error), qPrintable(error));
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));
        // The second person's message named u@…, which goes; everything else of theirs stays.
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT from_name, from_address, raw FROM source_message ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), PersonMatcher::placeholder());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Paul Moreau-Lefèvre"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("anne.lemaire@agglo-exemple.fr"));
        const auto read = MailReader::read(q.value(2).toByteArray());
        QVERIFY(read);
        QCOMPARE(read->fromAddress, QStringLiteral("anne.lemaire@agglo-exemple.fr"));
        QVERIFY(read->text.contains(QStringLiteral("Paul Moreau-Lefèvre, adjoint.")));
        QVERIFY(!read->text.contains(QStringLiteral("u@ville-saumur.fr")));
        QVERIFY(read->text.contains(PersonMatcher::placeholder()));
    }

    void backupMadeBeforeIsCleanedWhenRestored()
    {
        if (testingPostgres())
            QSKIP("backups of a server are its administrator's (pg_dump)");
        TempDatabase t;
        MailImporter importer(*t.db);
        QCOMPARE(importer.importMessage(otherEmail(), QStringLiteral("autre.eml"), -1).kind, ImportOutcome::Created);
        // A copy kept elsewhere, before the erasure.
        const QString elsewhere = QDir(t.dir.path()).filePath(QStringLiteral("copie-usb.sqlite"));
        QString error;
        QVERIFY2(DatabaseBackup::write(t.path, elsewhere, &error), qPrintable(error));
        QVERIFY(fileBytes(elsewhere).contains("anne.lemaire@agglo-exemple.fr"));

        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QVERIFY(eraser.plan(otherAddress, &plan, &error));
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));
        t.db->close();

        // Restored over the campaign: the erasure is done again before the copy takes its place.
        QString aside;
        QVERIFY2(DatabaseBackup::restore(elsewhere, t.path, &aside, &error,
                     [&t](const QString &copy, QString *why) { return ContactEraser::prepareRestored(copy, t.path, why); }),
            qPrintable(error));
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            const QByteArray bytes = fileBytes(t.path + suffix).toLower();
            QVERIFY(!bytes.contains("anne.lemaire@agglo-exemple.fr"));
            QVERIFY(!bytes.contains("anne lemaire"));
        }
        Database restored;
        QVERIFY2(restored.open(t.path, &error), qPrintable(error));
        QCOMPARE(ErasureRegister::read(restored.connection()).size(), 1);
        QVERIFY(ContributionRepository(restored).search(QStringLiteral("Saumur"), {}, 0, 10).size() == 1);
    }

    void copyOpenedElsewhereReplaysTheErasure()
    {
        if (testingPostgres())
            QSKIP("a file copy");
        TempDatabase t;
        MailImporter importer(*t.db);
        QCOMPARE(importer.importMessage(otherEmail(), QStringLiteral("autre.eml"), -1).kind, ImportOutcome::Created);
        QString written, error;
        QCOMPARE(DatabaseBackup::autoBackup(t.path, QDate(2021, 3, 1), &written, &error),
            DatabaseBackup::AutoResult::Written);
        const QString copy = QDir(t.dir.path()).filePath(QStringLiteral("copie.sqlite"));
        const QString readOnly = QDir(t.dir.path()).filePath(QStringLiteral("lecture-seule.sqlite"));
        QVERIFY(QFile::copy(written, copy));
        QVERIFY(QFile::copy(written, readOnly));
        ContactEraser eraser(*t.db);
        ContactEraser::Plan plan;
        QVERIFY(eraser.plan(otherAddress, &plan, &error));
        QVERIFY2(eraser.erase(plan, &error), qPrintable(error));
        // The automatic backup was rewritten at once.
        QVERIFY(!fileBytes(written).toLower().contains("anne.lemaire"));
        // A copy taken out of the folder is brought up to date when opened with the side file.
        QVERIFY(QFile::copy(t.path + QStringLiteral(".erasures"), copy + QStringLiteral(".erasures")));
        QProcess p;
        p.start(QStringLiteral(RECUEIL_BINARY), { QStringLiteral("--database"), copy, QStringLiteral("list") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().contains("Erasures of personal data"));
        QVERIFY(!fileBytes(copy).toLower().contains("anne.lemaire"));
        // Read-only, it cannot be brought up to date: it is refused rather than shown.
        QVERIFY(QFile::copy(t.path + QStringLiteral(".erasures"), readOnly + QStringLiteral(".erasures")));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner));
        p.start(QStringLiteral(RECUEIL_BINARY), { QStringLiteral("--database"), readOnly, QStringLiteral("list") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("read-only"), "the refusal says why");
    }
};

QTEST_MAIN(TstContactEraser)
#include "tst_contacteraser.moc"
