// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier benchmark (not run by ctest): generates N validated contributions, then times
// loading, layout and PDF writing. Peak memory: run it under /usr/bin/time -v.
//   bench_dossier [COUNT=1000] [OUTPUT.pdf] [theme|authority|region]
//   bench_dossier --database FILE.sqlite OUTPUT.pdf [theme|authority|region] [--with-contacts]
// (the second form renders an existing store, e.g. the imported sample emails, to look at).
// Results are recorded in docs/dossier.md.
#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossierpdfwriter.h"
#include "dossiertestdata.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool existing = args.value(1) == QLatin1String("--database");
    const QString existingPath = existing ? args.value(2) : QString();
    if (existing)
        args.replace(1, args.takeAt(2)); // the file takes the place of the count: same positions after
    const int count = existing ? 0 : args.size() > 1 ? args.at(1).toInt() : 1000;
    QTemporaryDir dir;
    const QString output = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("dossier.pdf"));
    DossierOptions options;
    if (args.size() > 3)
        DossierOptions::groupingFromCode(args.at(3), &options.grouping);
    options.includeContacts = args.contains(QStringLiteral("--with-contacts"));
    QTextStream out(stdout);

    Database db;
    QString error;
    if (!db.open(existing ? existingPath : dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    if (!existing) {
        DossierTestData::Spec spec;
        spec.count = count;
        DossierTestData::Known known;
        timer.start();
        if (!DossierTestData::generate(db, spec, &error) || !DossierTestData::addKnown(db, &known, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "generated " << count << " contributions in " << timer.elapsed() << " ms (not counted)"
            << Qt::endl;
    }

    QElapsedTimer total;
    total.start();
    timer.start();
    DossierData data;
    if (!DossierLoader(db).load(options, &data, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 loadMs = timer.restart();
    const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
    const qint64 layoutMs = timer.restart();
    if (!layout || !DossierPdfWriter(*layout).write(output, &error)) {
        out << "failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 writeMs = timer.elapsed();
    out << "contributions " << data.entries.size() << ", pages " << layout->pageCount() << ", PDF "
        << QFileInfo(output).size() / 1024 << " KiB" << Qt::endl;
    out << "load " << loadMs << " ms, layout " << layoutMs << " ms, paint+write " << writeMs << " ms, total "
        << total.elapsed() << " ms" << Qt::endl;
    return 0;
}
