// SPDX-License-Identifier: GPL-3.0-or-later
// File › New call… and Edit › Call settings…, driven as a person would: the form, the copy of
// an existing call, the rules on a live call (an earlier close, a theme in use, a merge), and
// the window showing the call's own name and themes.
#include "core/clock.h"
#include "storage/campaignrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testsupport.h"
#include "ui/campaign/campaignactions.h"
#include "ui/campaign/campaigndialog.h"
#include "ui/common/elidedlabel.h"
#include "ui/editor/contributioneditor.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentdatabases.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

class TestCampaignDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestSupport::quietOffscreenWarnings(); }

    // A new call typed from nothing: name, code, dates, zone, a theme with a sub-topic.
    void newCallTyped()
    {
        CampaignDialog dialog(CampaignDialog::Mode::NewCall, CampaignActions::blankFrom(CampaignSettings::defaults().campaign));
        dialog.findChild<QLineEdit *>(QStringLiteral("campaignName"))->setText(QStringLiteral("Les écoles numériques"));
        dialog.findChild<QLineEdit *>(QStringLiteral("campaignCode"))->setText(QStringLiteral("ecoles-2027"));
        dialog.findChild<QDateEdit *>(QStringLiteral("campaignClosesOn"))->setDate(QDate(2027, 6, 30));
        dialog.findChild<QComboBox *>(QStringLiteral("campaignTimeZone"))->setCurrentText(QStringLiteral("Indian/Reunion"));
        // No theme yet: the form says so and stays open.
        dialog.accept();
        QVERIFY2(dialog.message().contains(QStringLiteral("theme")), qPrintable(dialog.message()));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QTreeWidgetItem *theme = dialog.addTheme(QStringLiteral("Équipement des écoles"), QStringLiteral("School equipment"));
        QCOMPARE(theme->text(2), QStringLiteral("equipement-des-ecoles")); // the code follows the label
        theme->setText(0, QStringLiteral("Équipements"));
        QCOMPARE(theme->text(2), QStringLiteral("equipements"));
        QVERIFY(dialog.addSubtopic(theme, QStringLiteral("Tablettes"), QStringLiteral("Tablets")));
        const CampaignSettings s = dialog.settings();
        QVERIFY2(s.problem().isEmpty(), qPrintable(s.problem()));
        QCOMPARE(s.campaign.timeZone, QStringLiteral("Indian/Reunion"));
        QCOMPARE(s.themes.size(), 1);
        QCOMPARE(s.subtopics.value(0).themeCode, QStringLiteral("equipements"));
        // Written as a file, read back the same.
        QTemporaryDir dir;
        QVERIFY(dialog.saveToFile(dir.filePath(QStringLiteral("ecoles.json"))));
        QString error;
        const auto again = CampaignSettings::fromFile(dir.filePath(QStringLiteral("ecoles.json")), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), s.toJson());
    }

    // « Copier les réglages d'un appel existant »: from another database, without its code.
    void copyFromAnExistingCall()
    {
        const CampaignSettings noumea = campaignFile("noumea");
        TempDatabase source(&noumea);
        if (source.path.startsWith(QLatin1String("postgresql:")))
            QSKIP("copying reads a database file");
        CampaignDialog dialog(CampaignDialog::Mode::NewCall, CampaignActions::blankFrom(Campaign()));
        QVERIFY(dialog.copyFrom(source.path));
        const CampaignSettings copy = dialog.settings();
        QVERIFY(copy.campaign.code.isEmpty()); // a new call gets its own
        QCOMPARE(copy.campaign.name, noumea.campaign.name);
        QCOMPARE(copy.campaign.timeZone, QStringLiteral("Pacific/Noumea"));
        QCOMPARE(copy.themes.size(), 3);
        QCOMPARE(copy.subtopics.size(), 2);
        QVERIFY(!dialog.copyFrom(QStringLiteral("/nonexistent/nothing.sqlite")));
        QVERIFY(!dialog.message().isEmpty());
    }

    // The new call's database, opened in the window: its name in the title and the status bar,
    // its themes in the filter, nothing of the 2021 call.
    void windowShowsTheNewCall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guyane.sqlite"));
        QString error;
        QVERIFY2(CampaignActions::createCall(campaignFile("cayenne"), path, &error), qPrintable(error));
        QVERIFY(!CampaignActions::createCall(campaignFile("cayenne"), path, &error)); // never over an existing file
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        FixedClock clock(utc("2027-02-01T12:00:00Z"));
        MainWindow window(db, clock);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("Les tiers-lieux en Guyane")));
        bool named = false;
        for (ElidedLabel *label : window.findChildren<ElidedLabel *>())
            named = named || label->fullText() == QStringLiteral("Les tiers-lieux en Guyane");
        QVERIFY(named);
        // Its dates: the status bar says until when the call is open.
        QStringList said;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            said << label->text();
        QVERIFY2(said.join(QLatin1Char('|')).contains(QStringLiteral("31 March 2027"))
                || said.join(QLatin1Char('|')).contains(QStringLiteral("31 mars 2027")),
            qPrintable(said.join(QLatin1Char('|'))));
        auto *themes = window.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(themes);
        QStringList items;
        for (int i = 0; i < themes->count(); ++i)
            items << themes->itemText(i);
        // In the interface's language (English here).
        const QString all = items.join(QLatin1Char('|'));
        QVERIFY2(items.contains(QStringLiteral("Third places")) || items.contains(QStringLiteral("Tiers-lieux")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("cohesion"), Qt::CaseInsensitive) && !all.contains(QStringLiteral("Cohésion")),
            qPrintable(all));
        // File › Open Recent names the call and its state.
        const QString recent = RecentDatabases::describe(path);
        QVERIFY2(recent.contains(QStringLiteral("Les tiers-lieux en Guyane")), qPrintable(recent));
        QVERIFY2(recent.contains(QStringLiteral("guyane.sqlite")), qPrintable(recent));
        QVERIFY2(recent.contains(QStringLiteral("2027")), qPrintable(recent));
        window.editor()->undoStack()->setClean();
    }

    // Edit › Call settings…: an administrator moves the close earlier; the window asks what to
    // do with the testimonies after it, and they go to the holding list.
    void earlierCloseAsksAndHolds()
    {
        TempDatabase t;
        QString error;
        PersonRepository(t.db->connection()).save({QStringLiteral("test"), QStringLiteral("Test"), Role::Admin},
            QStringLiteral("test"), &error);
        Contribution early = sampleContribution(QStringLiteral("Avant"));
        early.receivedAt = utc("2021-03-01T10:00:00Z");
        Contribution late = sampleContribution(QStringLiteral("Après"));
        late.receivedAt = utc("2021-03-15T10:00:00Z");
        QVERIFY(ContributionRepository(*t.db).create(early, &error));
        QVERIFY(ContributionRepository(*t.db).create(late, &error));
        FixedClock clock(utc("2021-03-25T10:00:00Z"));
        MainWindow window(*t.db, clock);
        window.show();
        QString asked;
        UiTestSupport::DialogAnswerer answerer([&asked](QWidget *w) {
            if (auto *dialog = qobject_cast<CampaignDialog *>(w)) {
                dialog->findChild<QDateEdit *>(QStringLiteral("campaignClosesOn"))->setDate(QDate(2021, 3, 10));
                QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                asked = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (b->text().contains(QStringLiteral("holding list")))
                        QMetaObject::invokeMethod(b, &QAbstractButton::click, Qt::QueuedConnection);
            }
        });
        window.findChild<QAction *>(QStringLiteral("actionCampaignSettings"))->trigger();
        QVERIFY2(asked.contains(QStringLiteral("1 testimony")), qPrintable(asked));
        QTRY_COMPARE(t.db->campaign().closesOn, QDate(2021, 3, 10));
        QCOMPARE(ContributionRepository(*t.db).find(late.id)->hold, QStringLiteral("late"));
        QVERIFY(ContributionRepository(*t.db).find(early.id)->hold.isEmpty());
        window.editor()->undoStack()->setClean();
    }

    void onlyAnAdministrator()
    {
        TempDatabase t;
        QString error;
        PersonRepository people(t.db->connection());
        people.save({QStringLiteral("test"), QStringLiteral("Test"), Role::Admin}, QStringLiteral("test"), &error);
        people.save({QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator}, QStringLiteral("test"), &error);
        t.db->setActor(QStringLiteral("carol"));
        FixedClock clock(utc("2021-03-25T10:00:00Z"));
        MainWindow window(*t.db, clock);
        QString said;
        UiTestSupport::answerMessageBox(QMessageBox::Ok, &said);
        window.findChild<QAction *>(QStringLiteral("actionCampaignSettings"))->trigger();
        QVERIFY2(said.contains(QStringLiteral("administrator")), qPrintable(said));
        window.editor()->undoStack()->setClean();
    }

    // A theme in use cannot be deleted; merging moves it.
    void themeRulesInTheForm()
    {
        CampaignDialog dialog(CampaignDialog::Mode::Settings, CampaignSettings::defaults());
        dialog.setThemeUsage({{QStringLiteral("economie"), 4}});
        QTreeWidget *tree = dialog.themeTree();
        QTreeWidgetItem *economie = tree->topLevelItem(1);
        QCOMPARE(economie->text(2), QStringLiteral("economie"));
        QVERIFY(!dialog.remove(economie));
        QVERIFY2(dialog.message().contains(QStringLiteral("4 contributions")), qPrintable(dialog.message()));
        // A stored code stays.
        economie->setText(2, QStringLiteral("eco"));
        QCOMPARE(economie->text(2), QStringLiteral("economie"));
        QVERIFY(dialog.merge(economie, tree->topLevelItem(2)));
        const CampaignSettings s = dialog.settings();
        QVERIFY(s.theme(QStringLiteral("economie"))->retired);
        QCOMPARE(s.subtopicsOf(QStringLiteral("economie")).size(), 0);
        QCOMPARE(s.subtopicsOf(QStringLiteral("cohesion")).size(), 9);
        QCOMPARE(dialog.merges().size(), 1);
        QVERIFY(dialog.remove(tree->topLevelItem(0))); // « organisation »: nobody uses it
    }
};

QTEST_MAIN(TestCampaignDialog)
#include "tst_campaigndialog.moc"
