// SPDX-License-Identifier: GPL-3.0-or-later
// The window when things go wrong: a read-only file, a full disk, a crash with unsaved changes,
// a damaged database.
#include "core/clock.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/draftstore.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/shell/databaserecovery.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace TestSupport;

namespace {

qint64 store(Database &db, const QString &title)
{
    Contribution c = sampleContribution(title);
    QString error;
    if (!ContributionRepository(db).create(c, &error))
        qWarning("%s", qPrintable(error));
    return c.id;
}

// Clicks the button with this object name in the next dialog, and records the dialog's text.
void clickInNextDialog(const QString &buttonName, QString *text = nullptr)
{
    UiTestSupport::whenDialogOpens([buttonName, text](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog); box && text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (auto *button = dialog->findChild<QPushButton *>(buttonName))
            button->click();
        else
            dialog->close();
    });
}

} // namespace

class TstSafetyUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestSupport::quietOffscreenWarnings(); }

    void readOnlyDatabaseShowsABannerAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            store(db, QStringLiteral("Déjà là"));
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.isReadOnly());
        FixedClock clock(utc("2021-03-01T10:00:00Z"));
        MainWindow window(db, clock);
        window.show();
        QVERIFY(window.readOnlyBanner()->isVisible());
        QVERIFY(window.readOnlyBanner()->text().contains(QStringLiteral("read-only")));
        for (const char *name : { "actionNew", "actionImport", "actionDelete", "actionForgetContact" }) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
        }
        QVERIFY(!window.editor()->saveAction()->isEnabled());
        // And underneath, the repository says no in a sentence.
        Contribution c = sampleContribution(QStringLiteral("Refusée"));
        QVERIFY(!ContributionRepository(db).create(c, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(DatabaseBackup::folderFor(path)));
    }

    void writableDatabaseHasNoBanner()
    {
        TempDatabase t;
        FixedClock clock(utc("2021-03-01T10:00:00Z"));
        MainWindow window(*t.db, clock);
        window.show();
        QVERIFY(!window.readOnlyBanner()->isVisible());
        QVERIFY(window.forgetContactAction()->isEnabled());
    }

    void erasureShowsEveryPlaceBeforeErasing()
    {
        TempDatabase t;
        Contribution c = sampleContribution(QStringLiteral("Plateforme de Jeanne Martin"));
        c.contact.name = QStringLiteral("Jeanne Martin");
        c.contact.email = QStringLiteral("jeanne.martin@ville-exemple.fr");
        QString error;
        QVERIFY2(ContributionRepository(*t.db).create(c, &error), qPrintable(error));
        FixedClock clock(utc("2021-03-01T10:00:00Z"));
        MainWindow window(*t.db, clock);
        window.show();
        QString preview, places;
        int step = 0;
        UiTestSupport::DialogAnswerer answerer([&](QWidget *dialog) {
            if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
                input->setTextValue(QStringLiteral("jeanne.martin@ville-exemple.fr"));
                input->accept();
                ++step;
            } else if (auto *box = qobject_cast<QMessageBox *>(dialog); box && step == 1) {
                preview = box->text();
                places = box->detailedText();
                ++step;
                box->findChild<QPushButton *>(QStringLiteral("eraseButton"))->click();
            } else {
                dialog->close();
            }
        });
        window.forgetContactAction()->trigger();
        QTRY_COMPARE(step, 2);
        // The same preview as `forget-contact --dry-run`: who, and each place with its table.
        QVERIFY2(preview.contains(QStringLiteral("Jeanne Martin")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("testimonies (contribution): 1")), qPrintable(preview));
        QVERIFY2(places.contains(QStringLiteral("contribution %1: title").arg(c.id)), qPrintable(places));
        const auto after = ContributionRepository(*t.db).find(c.id);
        QCOMPARE(after->title, QStringLiteral("Plateforme de [effacé]"));
        QCOMPARE(after->contact.email, QStringLiteral("[effacé]"));
    }

    void fullDiskFailsTheSaveAndKeepsTheEdit()
    {
        TempDatabase t;
        const qint64 id = store(*t.db, QStringLiteral("Avant"));
        ContributionEditor editor(*t.db);
        editor.show();
        QVERIFY(editor.openContribution(id));
        // The file may not grow by one page any more: the disk is full, as far as SQLite knows.
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        q.finish();

        const QString big = QStringLiteral("Un témoignage très long. ").repeated(40000); // 1 MB
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(text && title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Apres"));
        text->setPlainText(big);
        QString said;
        UiTestSupport::answerMessageBox(QMessageBox::Ok, &said);
        QVERIFY(!editor.save());
        QVERIFY2(said.contains(QStringLiteral("disk is full")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("still in the form")));
        QVERIFY(editor.isModified());
        QCOMPARE(text->toPlainText(), big);
        QCOMPARE(title->text(), QStringLiteral("Apres"));
        QCOMPARE(ContributionRepository(*t.db).find(id)->title, QStringLiteral("Avant"));

        // Space again: the same form saves.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        q.finish();
        QVERIFY(editor.save());
        QCOMPARE(ContributionRepository(*t.db).find(id)->text, big);
    }

    void draftIsOfferedBackAfterACrash()
    {
        TempDatabase t;
        const qint64 id = store(*t.db, QStringLiteral("Titre enregistré"));
        const DraftStore drafts(t.path);
        QByteArray leftByCrash;
        {
            ContributionEditor editor(*t.db);
            QVERIFY(editor.openContribution(id));
            QCoreApplication::processEvents();
            auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
            text->setPlainText(QStringLiteral("Ce que j'ai tapé avant la panne ✓"));
            // Written by itself shortly after the change.
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(drafts.fileFor(id)), ContributionEditor::draftDelayMs * 4);
            QCOMPARE(
                QFile::permissions(drafts.fileFor(id)) & QFileDevice::ReadOther, QFileDevice::Permissions());
            QCOMPARE(QFile::permissions(drafts.folder()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
            QFile f(drafts.fileFor(id));
            QVERIFY(f.open(QIODevice::ReadOnly));
            leftByCrash = f.readAll();
        }
        // A normal close leaves no draft; a crash would have left this one.
        QVERIFY(!QFile::exists(drafts.fileFor(id)));
        {
            QFile f(drafts.fileFor(id));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(leftByCrash);
        }

        ContributionEditor editor(*t.db);
        QString said;
        clickInNextDialog(QStringLiteral("restoreDraftButton"), &said);
        QVERIFY(editor.openContribution(id));
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        QTRY_COMPARE(text->toPlainText(), QStringLiteral("Ce que j'ai tapé avant la panne ✓"));
        QVERIFY(said.contains(QStringLiteral("No. %1").arg(id)));
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        QVERIFY(!QFile::exists(drafts.fileFor(id)));
        QCOMPARE(ContributionRepository(*t.db).find(id)->text,
            QStringLiteral("Ce que j'ai tapé avant la panne ✓"));
    }

    void discardedDraftIsRemoved()
    {
        TempDatabase t;
        const DraftStore drafts(t.path);
        Contribution typed = sampleContribution(QStringLiteral("Nouvelle, jamais enregistrée"));
        QString error;
        QVERIFY(drafts.save(typed, 0, &error));
        ContributionEditor editor(*t.db);
        clickInNextDialog(QStringLiteral("discardDraftButton"));
        QTRY_VERIFY(!QFile::exists(drafts.fileFor(0)));
        QVERIFY(!editor.isModified());
    }

    // The daily copy beside the file is for files: on a server it used to fail with a warning
    // about a damaged file at every start.
    void serverIsNotCopiedBesideAFile()
    {
        RECUEIL_REQUIRE_POSTGRES();
        Database db;
        QString error;
        QVERIFY2(db.open(PostgresServer::instance().url(PostgresServer::instance().createDatabase()), &error),
            qPrintable(error));
        QStringList shown;
        UiTestSupport::DialogAnswerer answerer([&shown](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                shown << box->text();
            dialog->close();
        });
        DatabaseRecovery::backUpToday(nullptr, db);
        QTest::qWait(200);
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
    }

    void damagedDatabaseOffersTheLatestGoodBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recueil.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            for (int i = 0; i < 100; ++i)
                store(db, QStringLiteral("Témoignage %1 ").arg(i) + QString(300, QLatin1Char('x')));
            QString written;
            QCOMPARE(DatabaseBackup::autoBackup(path, QDate(2026, 11, 26), &written, &error),
                DatabaseBackup::AutoResult::Written);
            QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(int(f.size() - 8192), '\x5A'));
        }
        Database db;
        QVERIFY(!db.open(path, &error));
        QString said;
        UiTestSupport::whenDialogOpens([&said](QWidget *dialog) {
            auto *button = dialog->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
            said = button ? button->text() : QStringLiteral("no restore button");
            if (button)
                button->click();
            UiTestSupport::answerMessageBox(QMessageBox::Ok); // then "Backup restored"
        });
        QVERIFY(DatabaseRecovery::offerBackup(nullptr, db, path, error));
        QVERIFY2(said.contains(QStringLiteral("Restore the latest backup, of 26")), qPrintable(said));
        QVERIFY(db.isOpen());
        QCOMPARE(ContributionRepository(db).page(ContributionFilter {}, 0, 500).size(), 100);
        QCOMPARE(
            QDir(dir.path()).entryList({ QStringLiteral("recueil.sqlite.replaced-*") }, QDir::Files).size(),
            1);
    }
};

QTEST_MAIN(TstSafetyUi)
#include "tst_safetyui.moc"
