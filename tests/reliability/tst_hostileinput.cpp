// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever is typed or imported goes through bound parameters only: SQL and full-text
// metacharacters, a megabyte of text, emoji, right-to-left marks and NUL characters come back
// exactly as they went in, and searching for them is never an error or an injection.
#include "contributionrepository.h"
#include "database.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

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
