// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window, the editor, the import summary, the email beside its text to publish
// and the dossier dialog, filled from
// the sample campaign, into PNG files for docs/screenshots and the AppStream file (not a test):
//   xvfb-run -a -s "-screen 0 1920x1080x24" env LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8
//       build/ci/tests/ui/desktop_screenshots docs/screenshots [--dark]
// (one command line).
// QT_SCALE_FACTOR=2 shows the window at 200 %; --dark paints it with a dark palette.
// --laptop renders instead the window, its review panel and the dossier dialog at the common
// laptop sizes, 1366 × 768 and 1280 × 800 (files *-1366x768.png, *-1280x800.png).
#include "core/clock.h"
#include "core/translations.h"
#include "mail/mailimporter.h"
#include "storage/campaignrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "ui/campaign/campaignactions.h"
#include "ui/campaign/campaigndialog.h"
#include "ui/dossier/dossierdialog.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/publishedtextdialog.h"
#include "ui/publish/opendatadialog.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/import/importsummarydialog.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/samplecampaign.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QTabWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSqlQuery>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    for (int i = 0; i < 20; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
    const QString path = QDir(dir).filePath(name);
    if (!w->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RecueilScreenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recueil"));
    const QStringList args = QCoreApplication::arguments();
    const QString out =
        args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) ? args.at(1) : QDir::currentPath();
    const bool dark = args.contains(QStringLiteral("--dark"));
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    Translations::install(&app, QLocale(QLocale::French, QLocale::France));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());

    QTemporaryDir dir;
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const QString location = dir.filePath(QStringLiteral("exemple.sqlite"));
    QString error;

    // The import summary: what importing the sample emails into an empty database does.
    QList<ImportOutcome> outcomes;
    {
        Database db;
        if (!db.open(location, &error))
            qFatal("%s", qPrintable(error));
        db.setActor(QStringLiteral("carole"));
        MailImporter importer(db);
        for (const QString &file : SampleCampaign::sampleFiles())
            importer.importFile(file, [&outcomes, &file](ImportOutcome o) {
                o.source = QFileInfo(file).fileName();
                outcomes << o;
                return true;
            });
        ImportSummaryDialog summary(db.deadlineGuard());
        summary.setOutcomes(outcomes, false);
        summary.resize(900, 560);
        save(&summary, out, QStringLiteral("import-summary%1.png").arg(suffix));
    }

    Database db;
    if (!db.open(location, &error))
        qFatal("%s", qPrintable(error));
    FixedClock clock(QDateTime(QDate(2021, 3, 25), QTime(10, 0), QTimeZone::utc()));
    if (args.contains(QStringLiteral("--laptop"))) {
        for (const QSize size : { QSize(1366, 768), QSize(1280, 800) }) {
            const QString tag = QStringLiteral("-%1x%2%3").arg(size.width()).arg(size.height()).arg(suffix);
            MainWindow window(db, clock);
            window.resize(size);
            window.show();
            window.contributionView()->setFocus();
            window.contributionView()->selectRow(2);
            save(&window, out, QStringLiteral("main-window%1.png").arg(tag));
            // A letter typed after the close: the editor's red message.
            window.editor()->newContribution();
            window.editor()
                ->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral("Courrier du maire"));
            window.editor()
                ->findChild<QLineEdit *>(QStringLiteral("authorityEdit"))
                ->setText(QStringLiteral("Saumur (49)"));
            window.editor()
                ->findChild<ReceiptTimeEdit *>(QStringLiteral("receivedEdit"))
                ->setReceivedAt(QDateTime(QDate(2021, 3, 22), QTime(9, 0), QTimeZone::utc()));
            // Saving asks whether to hold it for an administrator: that question, then the form
            // as left by « Corriger la date ».
            QTimer answer;
            answer.setInterval(50);
            QObject::connect(&answer, &QTimer::timeout, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                answer.stop();
                save(box, out, QStringLiteral("late-question%1.png").arg(tag));
                if (auto *stay = box->findChild<QPushButton *>(QStringLiteral("correctDateButton")))
                    stay->click();
            });
            answer.start();
            window.editor()->save();
            save(&window, out, QStringLiteral("main-window-late%1.png").arg(tag));
            // Saved again, into the pending list with its reason: the list shows it beside the
            // emails held at import.
            QObject::disconnect(&answer, nullptr, nullptr, nullptr);
            QObject::connect(&answer, &QTimer::timeout, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    if (auto *hold = box->findChild<QPushButton *>(QStringLiteral("holdLateButton")))
                        hold->click();
                } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                    answer.stop();
                    input->setTextValue(QStringLiteral("Lettre postée le 19 mars, arrivée le 22"));
                    input->accept();
                }
            });
            answer.start();
            window.editor()->save();
            save(&window, out, QStringLiteral("main-window-held%1.png").arg(tag));
            DossierDialog dossier(db, &window);
            dossier.resize(
                std::min(760, size.width()), std::min(dossier.sizeHint().height(), size.height() - 60));
            save(&dossier, out, QStringLiteral("dossier-dialog%1.png").arg(tag));
        }
        return 0;
    }

    MainWindow window(db, clock);
    window.resize(1920, 1080);
    window.show();
    window.contributionView()->setFocus();
    window.contributionView()->selectRow(2);
    save(&window, out, QStringLiteral("main-window%1.png").arg(suffix));

    // The editor, on the contribution chosen in the list.
    window.editor()->resize(620, 860);
    save(window.editor(), out, QStringLiteral("editor%1.png").arg(suffix));

    // « Comparer avec le courriel… » on the Saumur testimony: what import left out, greyed.
    QSqlQuery saumur(db.connection());
    saumur.exec(QStringLiteral("SELECT id FROM contribution WHERE original_text LIKE '%Bien cordialement%' LIMIT 1"));
    if (saumur.next()) {
        if (const auto c = ContributionRepository(db).find(saumur.value(0).toLongLong())) {
            PublishedTextDialog compare(c->originalText, c->text, { c->contact.name, QStringLiteral("Saumur"), {} });
            compare.resize(1100, 640);
            save(&compare, out, QStringLiteral("published-text%1.png").arg(suffix));
        }
    }

    DossierDialog dossier(db, &window);
    dossier.resize(760, dossier.sizeHint().height());
    save(&dossier, out, QStringLiteral("dossier-dialog%1.png").arg(suffix));

    OpenDataDialog openData(db, &window);
    openData.resize(560, openData.sizeHint().height());
    save(&openData, out, QStringLiteral("open-data-dialog%1.png").arg(suffix));

    // The call's settings, as an administrator sees them: the call, then its themes.
    CampaignDialog settings(CampaignDialog::Mode::Settings, CampaignRepository(db).settings(), &window);
    settings.setThemeUsage(CampaignRepository(db).themeUsage());
    settings.resize(820, 600);
    save(&settings, out, QStringLiteral("campaign-settings%1.png").arg(suffix));
    settings.findChild<QTabWidget *>()->setCurrentIndex(2);
    save(&settings, out, QStringLiteral("campaign-themes%1.png").arg(suffix));
    CampaignDialog newCall(CampaignDialog::Mode::NewCall, CampaignActions::blankFrom(db.campaign()), &window);
    newCall.resize(820, 600);
    newCall.findChild<QTabWidget *>()->setCurrentIndex(1);
    save(&newCall, out, QStringLiteral("campaign-new%1.png").arg(suffix));
    return 0;
}
