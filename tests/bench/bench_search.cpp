// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets (review): with 100,000 contributions of 1–3 KB of French text, a search returns
// its first page in under 20 ms median and 50 ms at the 95th percentile; a bulk tag of 10,000
// contributions takes under 2 s; memory stays under 300 MB.
//   bench_search --db FILE [--generate N]
#include "benchdata.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/dialect/searchrank.h"
#include "storage/reviewrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <ctime>

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p)));
}

long peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
    if (!args.contains(QStringLiteral("--db")) || path.isEmpty()) {
        out << "usage: bench_search --db FILE [--generate N]" << Qt::endl;
        return 2;
    }
    QString error;
    Database db;
    if (!db.open(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    if (args.contains(QStringLiteral("--generate"))) {
        const int count = args.value(args.indexOf(QStringLiteral("--generate")) + 1).toInt();
        QElapsedTimer t;
        t.start();
        if (!BenchData::generateContributions(db, count, 2021, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "generated " << count << " contributions in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
        return 0;
    }

    ContributionRepository repo(db);
    const QStringList queries = {QStringLiteral("teletravail"), QStringLiteral("cyber*"), QStringLiteral("tablettes"),
                                 QStringLiteral("\"continuité du service public\""), QStringLiteral("producteurs OR marché"),
                                 QStringLiteral("médiateurs numériques"), QStringLiteral("rançongiciel"),
                                 QStringLiteral("aînés livraison"), QStringLiteral("vaccination"), QStringLiteral("NEAR(("),
                                 QStringLiteral("saint*"), QStringLiteral("haut débit")};
    // Wall-clock time, and the CPU time of this thread: the second does not grow when other
    // programs share the cores, so two builds can be compared on a busy machine.
    struct Times
    {
        QList<double> wall;
        QList<double> cpu;
        QString text() const
        {
            return QStringLiteral("median %1 ms, p95 %2 ms (CPU: median %3 ms, p95 %4 ms)")
                .arg(percentile(wall, 0.5), 0, 'f', 1)
                .arg(percentile(wall, 0.95), 0, 'f', 1)
                .arg(percentile(cpu, 0.5), 0, 'f', 1)
                .arg(percentile(cpu, 0.95), 0, 'f', 1);
        }
    };
    auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    auto measure = [&](Times &times, const auto &work) {
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        work();
        times.wall.append(t.nsecsElapsed() / 1e6);
        times.cpu.append(threadCpuMs() - cpu);
    };

    Times times;
    // --profile: the searches only, once each, for callgrind.
    if (args.contains(QStringLiteral("--profile"))) {
        for (const QString &q : queries)
            Q_UNUSED(repo.search(q, {}, 0, 50));
        return 0;
    }
    for (int round = 0; round < 10; ++round)
        for (const QString &q : queries)
            measure(times, [&] { Q_UNUSED(repo.search(q, {}, 0, 50)) });
    // The same FTS5 query alone on the same connection: what SQLite itself needs, with its
    // built-in bm25() (as the sqlite3 shell runs it) and with Recueil's ranking.
    auto bareQuery = [&](const QString &sql) {
        Times bare;
        for (int round = 0; round < 10; ++round)
            for (const QString &q : queries)
                measure(bare, [&] {
                    QSqlQuery s(db.connection());
                    s.prepare(sql);
                    s.addBindValue(q);
                    if (s.exec())
                        while (s.next()) {
                        }
                });
        return bare;
    };
    const Times bareBm25 = bareQuery(
        QStringLiteral("SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH ? ORDER BY rank LIMIT 50"));
    const Times bareRank = bareQuery(QStringLiteral("SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH ? "
                                                    "ORDER BY ")
                                     + SearchRank::functionFor(db.connection())
                                     + QStringLiteral("(contribution_fts, 10.0, 1.0, 1.0, 5.0, 2.0) LIMIT 50"));
    out << "bare FTS5 query, bm25 (ORDER BY rank LIMIT 50): " << bareBm25.text() << Qt::endl;
    out << "bare FTS5 query, " << SearchRank::functionFor(db.connection()) << ": " << bareRank.text() << Qt::endl;
    out << "search first page (50 hits, extracts, list columns): " << times.text() << " over " << times.wall.size()
        << " searches" << Qt::endl;

    ContributionFilter filtered;
    filtered.status = QStringLiteral("validated");
    filtered.theme = QStringLiteral("organisation");
    Times withFilters;
    for (int round = 0; round < 5; ++round)
        for (const QString &q : queries)
            measure(withFilters, [&] { Q_UNUSED(repo.search(q, filtered, 0, 50)) });
    out << "search with state + theme filters: " << withFilters.text() << Qt::endl;

    QList<qint64> ids;
    for (const ContributionSummary &s : repo.page({}, 0, 10000))
        ids.append(s.id);
    ReviewRepository::Tagging tagging;
    tagging.addTags = {QStringLiteral("bench-%1").arg(QDateTime::currentMSecsSinceEpoch())};
    tagging.addSubtopics = {QStringLiteral("teletravail")};
    QElapsedTimer t;
    t.start();
    if (!ReviewRepository(db).tag(ids, tagging, &error)) {
        out << "bulk tag failed: " << error << Qt::endl;
        return 1;
    }
    out << "bulk tag of " << ids.size() << " contributions: " << t.elapsed() << " ms" << Qt::endl;
    out << "peak memory: " << peakRssMb() << " MB" << Qt::endl;
    return 0;
}
