// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets (review): with 100,000 contributions of 1–3 KB of French text, a search returns
// its first page in under 20 ms median and 50 ms at the 95th percentile; a bulk tag of 10,000
// contributions takes under 2 s; memory stays under 300 MB.
//   bench_search --db FILE [--generate N]
#include "benchdata.h"
#include "contributionrepository.h"
#include "database.h"
#include "reviewrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>

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
    QList<double> times;
    for (int round = 0; round < 10; ++round)
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const QList<SearchHit> hits = repo.search(q, {}, 0, 50);
            times.append(t.nsecsElapsed() / 1e6);
            Q_UNUSED(hits)
        }
    // The same FTS5 query alone on the same connection: what SQLite itself needs.
    QList<double> bare;
    for (int round = 0; round < 10; ++round)
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            QSqlQuery s(db.connection());
            s.prepare(QStringLiteral("SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH ? ORDER BY rank LIMIT 50"));
            s.addBindValue(q);
            if (s.exec())
                while (s.next()) {
                }
            bare.append(t.nsecsElapsed() / 1e6);
        }
    out << "bare FTS5 query (ORDER BY rank LIMIT 50): median " << percentile(bare, 0.5) << " ms, p95 "
        << percentile(bare, 0.95) << " ms" << Qt::endl;
    out << "search first page (50 hits): median " << percentile(times, 0.5) << " ms, p95 " << percentile(times, 0.95)
        << " ms over " << times.size() << " searches" << Qt::endl;

    ContributionFilter filtered;
    filtered.status = QStringLiteral("validated");
    filtered.theme = QStringLiteral("organisation");
    QList<double> withFilters;
    for (int round = 0; round < 5; ++round)
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            repo.search(q, filtered, 0, 50);
            withFilters.append(t.nsecsElapsed() / 1e6);
        }
    out << "search with state + theme filters: median " << percentile(withFilters, 0.5) << " ms, p95 "
        << percentile(withFilters, 0.95) << " ms" << Qt::endl;

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
