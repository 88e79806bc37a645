// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode targets (issue #6): with 100,000 contributions on a PostgreSQL server, the list's
// first page in under 300 ms, a search in under 50 ms median, 10 clients importing at once
// without a deadlock or a lost message.
//   bench_server --db postgresql://… [--generate N] [--clients 10] [--messages 200]
#include "benchdata.h"
#include "mail/mailimporter.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "ui/review/contributionlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p)));
}

QByteArray message(int client, int n)
{
    return QStringLiteral(
        "Received: from mx.example.fr by mail.villesdefrance.fr; Tue, 2 Feb 2021 10:%3:00 +0100\r\n"
        "From: Mairie de test <contact@ville-%1.example.fr>\r\n"
        "To: appel@villesdefrance.fr\r\n"
        "Subject: =?utf-8?q?T=C3=A9moignage?= %1-%2\r\n"
        "Message-ID: <bench-%1-%2-%4@example.fr>\r\n"
        "Date: Tue, 2 Feb 2021 09:59:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Pendant le confinement, la ville a ouvert une plateforme d'entraide (client %1, message %2).\r\n"
        "Les bénévoles ont livré des courses aux personnes isolées.\r\n")
        .arg(client)
        .arg(n)
        .arg(n % 60, 2, 10, QLatin1Char('0'))
        .arg(QCoreApplication::applicationPid())
        .toUtf8();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 ? args.value(i + 1) : fallback;
    };
    const QString url = option("--db", QString());
    if (url.isEmpty()) {
        out << "usage: bench_server --db postgresql://… [--generate N] [--clients 10] [--messages 200]"
            << Qt::endl;
        return 2;
    }
    QString error;
    Database db;
    if (!db.open(url, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    if (args.contains(QStringLiteral("--generate"))) {
        const int count = option("--generate", QStringLiteral("0")).toInt();
        QElapsedTimer t;
        t.start();
        if (!BenchData::generateContributions(db, count, 2021, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
        out << "generated " << count << " contributions in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
        return 0;
    }
    const qint64 rows =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM contribution")).toLongLong();
    out << rows << " contributions on " << db.location() << Qt::endl;

    // The list: what the window does when it opens (count, then the first page of 200).
    QList<double> list;
    for (int round = 0; round < 10; ++round) {
        QElapsedTimer t;
        t.start();
        ContributionListModel model(db);
        model.reload();
        list.append(t.nsecsElapsed() / 1e6);
    }
    out << "list first page: median " << percentile(list, 0.5) << " ms, p95 " << percentile(list, 0.95)
        << " ms" << Qt::endl;

    ContributionRepository repo(db);
    const QStringList queries = { QStringLiteral("teletravail"), QStringLiteral("cyber*"),
        QStringLiteral("tablettes"), QStringLiteral("\"continuité du service public\""),
        QStringLiteral("producteurs OR marché"), QStringLiteral("médiateurs numériques"),
        QStringLiteral("rançongiciel"), QStringLiteral("aînés livraison"), QStringLiteral("vaccination"),
        QStringLiteral("NEAR(("), QStringLiteral("saint*"), QStringLiteral("haut débit") };
    QList<double> search;
    QHash<QString, QList<double>> byQuery;
    QHash<QString, qsizetype> found;
    for (int round = 0; round < 5; ++round)
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const QList<SearchHit> hits = repo.search(q, {}, 0, 50);
            search.append(t.nsecsElapsed() / 1e6);
            byQuery[q].append(search.last());
            found[q] = hits.size();
        }
    for (const QString &q : queries)
        out << "  " << q << ": " << found.value(q) << " hits, median " << percentile(byQuery.value(q), 0.5)
            << " ms (first " << byQuery.value(q).value(0) << " ms)" << Qt::endl;
    out << "search first page (50 hits): median " << percentile(search, 0.5) << " ms, p95 "
        << percentile(search, 0.95) << " ms" << Qt::endl;

    // Ten clients importing at once, each on its own connection.
    const int clients = option("--clients", QStringLiteral("10")).toInt();
    const int messages = option("--messages", QStringLiteral("200")).toInt();
    const qint64 before =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM source_message")).toLongLong();
    std::atomic<int> created { 0 }, failed { 0 };
    QList<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        threads.append(QThread::create([&, c] {
            Database mine;
            QString why;
            if (!mine.open(url, &why)) {
                failed += messages;
                return;
            }
            MailImporter importer(mine);
            for (int n = 0; n < messages; ++n) {
                const ImportOutcome o = importer.importMessage(message(c, n), QStringLiteral("bench"), n);
                if (o.kind == ImportOutcome::Created)
                    ++created;
                else
                    ++failed;
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const qint64 after =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM source_message")).toLongLong();
    out << clients << " clients x " << messages << " messages: " << created << " created, " << failed
        << " failed, " << (after - before) << " stored, in " << wall.elapsed() / 1000.0 << " s" << Qt::endl;
    return failed == 0 && after - before == qint64(clients) * messages ? 0 : 1;
}
