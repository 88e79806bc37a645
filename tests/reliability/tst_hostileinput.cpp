// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever is typed or imported goes through bound parameters only: SQL and full-text
// metacharacters, a megabyte of text, emoji, right-to-left marks and NUL characters come back
// exactly as they went in, and searching for them is never an error or an injection.
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace TestSupport;

namespace {

using Setter = void (*)(Contribution &, const QString &);
using Getter = QString (*)(const Contribution &);

struct Field
{
    const char *name;
    Setter set;
    Getter get;
};

const QList<Field> &fields()
{
    static const QList<Field> all = {
        { "title", [](Contribution &c, const QString &v) { c.title = v; },
            [](const Contribution &c) { return c.title; } },
        { "text", [](Contribution &c, const QString &v) { c.text = v; },
            [](const Contribution &c) { return c.text; } },
        { "difficulties", [](Contribution &c, const QString &v) { c.difficulties = v; },
            [](const Contribution &c) { return c.difficulties; } },
        { "contact name", [](Contribution &c, const QString &v) { c.contact.name = v; },
            [](const Contribution &c) { return c.contact.name; } },
        { "contact role", [](Contribution &c, const QString &v) { c.contact.role = v; },
            [](const Contribution &c) { return c.contact.role; } },
        { "contact email", [](Contribution &c, const QString &v) { c.contact.email = v; },
            [](const Contribution &c) { return c.contact.email; } },
        { "contact phone", [](Contribution &c, const QString &v) { c.contact.phone = v; },
            [](const Contribution &c) { return c.contact.phone; } },
        { "tag", [](Contribution &c, const QString &v) { c.tags = { v }; },
            [](const Contribution &c) { return c.tags.value(0); } },
    };
    return all;
}

QList<std::pair<const char *, QString>> hostileValues()
{
    return {
        { "sql quote", QStringLiteral("l'école'); DROP TABLE contribution; --") },
        { "sql comment and semicolons", QStringLiteral("x\" OR 1=1; /* */ -- ; SELECT * FROM audit_log") },
        { "like wildcards", QStringLiteral("100% _des_ \\ agents") },
        { "fts syntax", QStringLiteral("\"unterminated NEAR(a b, 2) title:x OR * ^ -y AND ( {col} :") },
        { "fts operators only", QStringLiteral("AND OR NOT") },
        { "emoji", QStringLiteral("Télétravail 👩‍💻 🇫🇷 ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢") },
        { "right-to-left", QStringLiteral("\u202Eélbisivni\u202C \u200Fمدينة\u200E ville") },
        { "NUL characters", QStringLiteral("avant") + QChar(u'\0') + QStringLiteral("après") + QChar(u'\0') },
        { "control characters", QStringLiteral("a\u0001b\u001Bc\u007Fd\r\ne\tf") },
        { "one megabyte", QStringLiteral("Un témoignage très long ; ").repeated(40000) },
    };
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The real program; with fileSizeLimit, every file it writes stops growing at that size, as
// on a full disk (the write fails with EFBIG instead of killing the process).
Run recueil(const QStringList &args, qint64 fileSizeLimit = 0)
{
    QProcess p;
    if (fileSizeLimit > 0)
        p.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    static QTemporaryDir runtime; // Qt warns on stderr without one
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RECUEIL_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

bool oneSentence(const QString &err)
{
    return !err.trimmed().isEmpty() && !err.trimmed().contains(QLatin1Char('\n'));
}

} // namespace

class TstHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_db = std::make_unique<TempDatabase>(); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        for (int f = 0; f < fields().size(); ++f)
            for (const auto &[name, value] : hostileValues())
                QTest::addRow("%s: %s", fields().at(f).name, name) << f << value;
    }

    void roundTrip()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        const Field &f = fields().at(field);
        Database &db = *m_db->db;
        ContributionRepository repo(db);
        Contribution c = sampleContribution();
        f.set(c, value);
        QString error;
        const int before = count(QStringLiteral("contribution"));
        if (!repo.create(c, &error)) {
            // Refused by the rules (an address that is not one): said, and nothing written.
            QCOMPARE(repo.lastFailure(), ContributionRepository::Failure::Invalid);
            QVERIFY(!error.isEmpty());
            QCOMPARE(count(QStringLiteral("contribution")), before);
            return;
        }
        const auto stored = repo.find(c.id);
        QVERIFY(stored);
        // Exact, NUL characters included; a tag is a label, its blanks simplified.
        const QString expected = QLatin1String(f.name) == QLatin1String("tag") ? value.simplified() : value;
        QCOMPARE(f.get(*stored).size(), expected.size());
        QVERIFY(f.get(*stored) == expected);
        // An update with the same value, then back to a plain one: exact each time.
        Contribution again = *stored;
        again.title = QStringLiteral("Titre ordinaire");
        f.set(again, f.get(*stored));
        QVERIFY2(repo.update(again, &error), qPrintable(error));
        QVERIFY(f.get(*repo.find(c.id)) == expected);
        QCOMPARE(count(QStringLiteral("contribution")), before + 1);
        QVERIFY(count(QStringLiteral("audit_log")) > 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        for (const auto &[name, value] : hostileValues())
            QTest::addRow("%s", name) << value.left(2000);
    }

    void search()
    {
        QFETCH(QString, query);
        Database &db = *m_db->db;
        ContributionRepository repo(db);
        ContributionFilter filter;
        filter.text = query;
        // No error, no exception, no injection, and an answer in seconds: the tables are all
        // still there.
        QElapsedTimer clock;
        clock.start();
        const QList<SearchHit> hits = repo.search(query, filter, 0, 50);
        Q_UNUSED(hits);
        const QList<ContributionSummary> page = repo.page(filter, 0, 50);
        Q_UNUSED(page);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(count(QStringLiteral("contribution")) >= 0);
        QVERIFY(count(QStringLiteral("audit_log")) >= 0);
        QVERIFY(SqlQuery::scalar(db.connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                    { QStringLiteral("contribution") })
                    .toInt()
            == 1);
    }

    void searchCommand_data() { search_data(); }

    void searchCommand()
    {
        QFETCH(QString, query);
        if (query.contains(QChar(u'\0')))
            QSKIP("a command-line argument cannot hold a NUL character");
        QProcess p;
        p.start(QStringLiteral(RECUEIL_BINARY),
            { QStringLiteral("--database"), m_db->path, QStringLiteral("search"), query,
                QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        // Found or not: never a crash; a refusal is one sentence.
        QVERIFY2(p.exitCode() == 0
                || (p.exitCode() <= 2 && !err.trimmed().isEmpty() && err.trimmed().count('\n') <= 1),
            err.constData());
        QCOMPARE(count(QStringLiteral("contribution")) > 0, true);
    }

    void dossierOnAFullDisk_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("replacing a file, --force") << true;
    }

    void dossierOnAFullDisk()
    {
        // It used to say « Dossier written », exit 0 and leave a truncated PDF.
        QFETCH(bool, existing);
        TempDatabase store;
        Contribution c = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*store.db).create(c, &error), qPrintable(error));
        store.db->close();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
        const QByteArray old = "the dossier printed yesterday";
        if (existing) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        QStringList args { QStringLiteral("--database"), store.path, QStringLiteral("dossier"),
            QStringLiteral("--output"), path, QStringLiteral("--status"), QStringLiteral("received") };
        if (existing)
            args << QStringLiteral("--force");
        const Run r = recueil(args, 64 * 1024);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneSentence(r.err) && r.err.contains(path), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("written")), qPrintable(r.out));
        // No truncated PDF, no temporary file left, and the old file as it was.
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, existing ? QStringList { QStringLiteral("dossier.pdf") } : QStringList {});
        if (existing) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), old);
        }
        // The same without the limit works: the limit was the only cause.
        const Run ok = recueil(args << QStringLiteral("--force"));
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(QFileInfo(path).size() > 64 * 1024);
    }

    void importOnAFullDisk()
    {
        // It went on and reported every remaining message as an error.
        TempDatabase store;
        Contribution earlier = sampleContribution();
        QString error;
        QVERIFY2(ContributionRepository(*store.db).create(earlier, &error), qPrintable(error));
        store.db->close();
        QTemporaryDir dir;
        const QString mbox = dir.filePath(QStringLiteral("many.mbox"));
        {
            QFile f(mbox);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 2000; ++i)
                f.write("From agent@ville-saumur.fr Tue Mar  2 10:00:00 2021\n"
                        "Received: from mx by mx.villes-internet.example; 02 Mar 2021 10:00:00 +0100\n"
                        "From: Mairie de Saumur <contact@ville-saumur.fr>\nSubject: Message "
                    + QByteArray::number(i) + "\nMessage-ID: <full-" + QByteArray::number(i)
                    + "@ville-saumur.fr>\n\n" + QByteArray("Un témoignage assez long. ").repeated(40)
                    + "\n\n");
        }
        const qint64 room = QFileInfo(store.path).size() + 512 * 1024;
        const Run r =
            recueil({ QStringLiteral("--database"), store.path, QStringLiteral("import"), mbox }, room);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneSentence(r.err) && r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
        const int reported = int(r.out.count(QLatin1Char('\n')));
        QVERIFY2(reported > 1 && reported < 2000, qPrintable(QString::number(reported)));
        QCOMPARE(int(r.out.count(QStringLiteral(": error"))), 1);
        // What was stored before, and each message reported as created, is there.
        Database db;
        QVERIFY2(db.open(store.path, &error), qPrintable(error));
        ContributionRepository repo(db);
        QCOMPARE(repo.find(earlier.id)->title, earlier.title);
        QCOMPARE(repo.count({}), 1 + int(r.out.count(QStringLiteral(": created"))));
    }

    void verifyNamesTheDamagedItems()
    {
        // Flipped bytes in a stored email or attachment passed opening and « backup ».
        TempDatabase store;
        store.db->close();
        QTemporaryDir dir;
        const Run imported = recueil({ QStringLiteral("--database"), store.path, QStringLiteral("import"),
            testData(QStringLiteral("mail/01-saumur-thunderbird.eml")),
            testData(QStringLiteral("mail/02-beauvais-outlook.eml")) });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        Run r = recueil({ QStringLiteral("--database"), store.path, QStringLiteral("verify") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("All 2 stored emails")));
        QCOMPARE(recueil({ QStringLiteral("--database"), store.path, QStringLiteral("backup"),
                             dir.filePath(QStringLiteral("good.sqlite")) })
                     .code,
            0);

        qint64 email = 0;
        qint64 attachment = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(store.path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM source_message")) && q.next());
            email = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM attachment")) && q.next());
            attachment = q.value(0).toLongLong();
            QVERIFY(email > 0 && attachment > 0);
            // One bit in each, as a failing disk would. (The schema lets only an erasure rewrite a
            // stored email: its flag row stands for the disk here.)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO erasure_in_progress (id, started_at) VALUES (1, 'disk')")));
            for (const auto &[table, column, id] : { std::tuple("source_message", "raw", email),
                     std::tuple("attachment", "data", attachment) }) {
                QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                                   .arg(QLatin1String(column), QLatin1String(table))
                                   .arg(id))
                    && q.next());
                QByteArray bytes = q.value(0).toByteArray();
                bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x04);
                QSqlQuery u(db.connection());
                u.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                              .arg(QLatin1String(table), QLatin1String(column)));
                u.addBindValue(bytes);
                u.addBindValue(id);
                QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("DELETE FROM erasure_in_progress")));
        }
        r = recueil({ QStringLiteral("--database"), store.path, QStringLiteral("verify") });
        QCOMPARE(r.code, 1);
        QVERIFY2(oneSentence(r.err) && r.err.contains(QStringLiteral("email %1").arg(email))
                && r.err.contains(QStringLiteral("attachment %1").arg(attachment))
                && r.err.contains(QStringLiteral("2 of")),
            qPrintable(r.err));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        r = recueil({ QStringLiteral("--database"), store.path, QStringLiteral("backup"), copy });
        QCOMPARE(r.code, 1);
        QVERIFY2(
            oneSentence(r.err) && r.err.contains(QStringLiteral("email %1").arg(email)), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("checked")));
        // Nothing is lost: the copy holds the same (damaged) bytes, to be examined.
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(recueil({ QStringLiteral("--database"), copy, QStringLiteral("verify") }).code, 1);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    int count(const QString &table) const
    {
        return SqlQuery::scalar(m_db->db->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            .toInt();
    }

    std::unique_ptr<TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TstHostileInput)
#include "tst_hostileinput.moc"
