// SPDX-License-Identifier: GPL-3.0-or-later
// The bin: a deleted contribution is listed there, newest first, and « Restaurer » brings it
// back into the lists, the search and the counts, its history saying so.
#include "core/translations.h"
#include "reviewdesk.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "ui/editor/editorprompts.h"
#include "ui/review/bindialog.h"
#include "ui/review/reviewqueue.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

class TestBinDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestSupport::quietOffscreenWarnings(); }

    void restoresADeletedContribution_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("said"); // in the question before a deletion
        QTest::addColumn<QString>("history");
        QTest::newRow("français") << true << QStringLiteral("Corbeille") << QStringLiteral("Corbeille")
                                  << QStringLiteral("Corbeille") << QStringLiteral("Restaurée depuis la corbeille");
        QTest::newRow("English") << false << QStringLiteral("Bin") << QStringLiteral("Bin") << QStringLiteral("Bin")
                                 << QStringLiteral("Restored from the bin");
    }

    void restoresADeletedContribution()
    {
        QFETCH(bool, french);
        QFETCH(QString, queue);
        QFETCH(QString, title);
        QFETCH(QString, said);
        QFETCH(QString, history);
        if (french)
            Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        const auto english = qScopeGuard([] {
            Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        });
        ReviewDesk d;
        const qint64 kept = d.add(QStringLiteral("Drive des producteurs"));
        const qint64 first = d.add(QStringLiteral("Portail famille"), QStringLiteral("Le portail a tenu."));
        const qint64 second = d.add(QStringLiteral("Doublon du drive"));
        ContributionRepository repository(d.db());
        QString error;

        // The question before a deletion says where it goes.
        QString question;
        UiTestSupport::whenDialogOpens([&question](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            question = box->informativeText();
            box->button(QMessageBox::No)->click();
        });
        QVERIFY(!EditorPrompts::confirmDelete(nullptr, first, QStringLiteral("Portail famille")));
        QVERIFY2(question.contains(said), qPrintable(question));

        d.actAs(QStringLiteral("alice"));
        QVERIFY(repository.remove(first, &error));
        QVERIFY(repository.remove(second, &error));
        QCOMPARE(repository.count(ContributionFilter()), 1);
        QCOMPARE(ReviewQueue::label(ReviewQueue::Bin), queue);
        QCOMPARE(ReviewQueue::count(d.db(), ReviewQueue::Bin, QStringLiteral("carol")), 2);

        BinDialog bin(d.db());
        QCOMPARE(bin.windowTitle(), title);
        QTreeWidget *list = bin.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QString::number(second)); // newest first
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Portail famille"));
        QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("Alice Martin")); // who deleted it, by name

        list->setCurrentItem(list->topLevelItem(1));
        QSignalSpy restored(&bin, &BinDialog::restored);
        bin.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toLongLong(), first);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(repository.count(ContributionFilter()), 2);
        QCOMPARE(repository.search(QStringLiteral("portail"), ContributionFilter(), 0, 10).size(), 1);
        QVERIFY(repository.find(first));
        QCOMPARE(repository.find(kept)->title, QStringLiteral("Drive des producteurs"));
        const QList<AuditEntry> entries = AuditLog(d.db().connection()).history(first);
        QCOMPARE(entries.first().action, QStringLiteral("restore"));
        QVERIFY(!repository.restore(first, &error)); // no longer in the bin
        QCOMPARE(QCoreApplication::translate("AuditHistoryModel", "Restored from the bin"), history);
    }
};

QTEST_MAIN(TestBinDialog)
#include "tst_bindialog.moc"
