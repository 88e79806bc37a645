// SPDX-License-Identifier: GPL-3.0-or-later
// Issue target: with 100,000 contributions, the list shows its first rows in under 1 s after
// opening, and typing in the filter box updates it in under 100 ms.
//   bench_list [--count N] [--keep FILE]
#include "benchdata.h"
#include "storage/database.h"
#include "ui/review/contributionlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
double percentile95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.95)));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int count = args.contains(QStringLiteral("--count")) ? args.value(args.indexOf(QStringLiteral("--count")) + 1).toInt() : 100000;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (args.contains(QStringLiteral("--keep")))
        path = args.value(args.indexOf(QStringLiteral("--keep")) + 1);

    QString error;
    if (!QFile::exists(path)) {
        Database db;
        QElapsedTimer t;
        t.start();
        if (!db.open(path, &error) || !BenchData::generateContributions(db, count, 2021, &error)) {
            out << "generation failed: " << error << Qt::endl;
            return 1;
        }
        out << "generated " << count << " contributions in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    // Cold open: database, model, view, first rows painted.
    QElapsedTimer t;
    t.start();
    Database db;
    if (!db.open(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    ContributionListModel model(db);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    const double firstRows = t.nsecsElapsed() / 1e6;
    out << "open + first rows: " << firstRows << " ms (" << model.rowCount() << " rows loaded of "
        << model.totalCount() << ")" << Qt::endl;

    // Typing in the filter box: each keystroke's query (the debounce timer is not counted).
    const QStringList typed = {QStringLiteral("t"), QStringLiteral("te"), QStringLiteral("tel"), QStringLiteral("tele"),
                               QStringLiteral("telet"), QStringLiteral("teletravail"), QStringLiteral("cyber"),
                               QStringLiteral("marche producteurs"), QStringLiteral("tablettes familles"),
                               QStringLiteral("zzzz"), QStringLiteral("saumur"), QStringLiteral("aînés")};
    QList<double> times;
    for (int round = 0; round < 3; ++round)
        for (const QString &text : typed) {
            ContributionFilter f;
            f.text = text;
            QElapsedTimer k;
            k.start();
            model.setFilter(f);
            QApplication::processEvents();
            times.append(k.nsecsElapsed() / 1e6);
            if (round == 2)
                out << "  " << text << ": " << times.last() << " ms, " << model.totalCount() << " rows" << Qt::endl;
        }
    out << "filter update: median " << median(times) << " ms, p95 " << percentile95(times) << " ms, max "
        << *std::max_element(times.cbegin(), times.cend()) << " ms over " << times.size() << " keystrokes" << Qt::endl;

    QList<double> scroll;
    model.setFilter({});
    for (int i = 0; i < 20 && model.canFetchMore({}); ++i) {
        QElapsedTimer k;
        k.start();
        model.fetchMore({});
        scroll.append(k.nsecsElapsed() / 1e6);
    }
    out << "next page while scrolling: median " << median(scroll) << " ms" << Qt::endl;
    return 0;
}
