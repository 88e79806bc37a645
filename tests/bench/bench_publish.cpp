// SPDX-License-Identifier: GPL-3.0-or-later
// The website benchmark (issue "Publication", not run by ctest): publishing 1,000 validated
// contributions into an empty folder (target under 10 s), then again after one contribution's
// text changed (target under 1 s). The contributions are the dossier's realistic generated ones.
//   bench_publish [COUNT]
#include "dossier/dossierstyle.h"
#include "dossiertestdata.h"
#include "dossier/dossierloader.h"
#include "publish/sitepublisher.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database db;
    QString error;
    DossierStyle::loadFonts();
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    DossierTestData::Spec spec;
    spec.count = count;
    if (!DossierTestData::generate(db, spec, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const QString site = dir.filePath(QStringLiteral("site"));
    SitePublisher::Result result;
    QElapsedTimer timer;
    timer.start();
    if (!SitePublisher::publish(db, {}, site, &result, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << "publish " << count << " contributions: " << timer.elapsed() << " ms, " << result.pages << " files written"
        << Qt::endl;

    // One validated text corrected: Recueil's rule sends it back to review, so it leaves the site,
    // and every list and count that held it changes with it. Then published again.
    QSqlQuery change(db.connection());
    if (!change.exec(QStringLiteral("UPDATE contribution SET body = body || ' Le dispositif continue en 2021.' "
                                    "WHERE id = (SELECT MIN(id) FROM contribution WHERE status = 'validated')")))
        out << change.lastError().text() << Qt::endl;
    // Where the time goes: reading the selection, building the pages, comparing and writing.
    {
        QElapsedTimer part;
        part.start();
        DossierData data;
        DossierLoader(db).load(DossierOptions(), &data, &error);
        const qint64 load = part.restart();
        const auto files = SitePublisher(data, {}).files();
        out << "  (reading " << load << " ms, building " << part.elapsed() << " ms)" << Qt::endl;
    }
    timer.restart();
    if (!SitePublisher::publish(db, {}, site, &result, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << "publish again after one change: " << timer.elapsed() << " ms, " << result.written << " of "
        << result.pages << " files rewritten (" << result.changed.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return 0;
}
