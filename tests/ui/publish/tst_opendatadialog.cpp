// SPDX-License-Identifier: GPL-3.0-or-later
// Fichier › Exporter en données ouvertes… : the format chosen is the file written, the contacts
// only when ticked, and afterwards the window says where the file went and opens it; a folder
// one cannot write in gets a sentence, and the action is in the File menu. Fichier › Publier le
// site… writes the website and offers to open its home page.
#include "core/clock.h"
#include "core/translations.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/publish/opendatadialog.h"
#include "ui/publish/sitepublishing.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

class TstOpenDataDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        UiTestSupport::quietOffscreenWarnings();
        QString error;
        Contribution c = TestSupport::sampleContribution(QStringLiteral("Entraide à Saumur"));
        c.contact = { QStringLiteral("Claire Moreau"), QString(), QStringLiteral("claire.moreau@ville-saumur.fr"), {} };
        QVERIFY2(ContributionRepository(*m_t.db).create(c, &error), qPrintable(error));
        QSqlQuery(m_t.db->connection()).exec(QStringLiteral("UPDATE contribution SET status = 'validated'"));
    }

    void writesTheChosenFormat_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("spreadsheet") << 0 << QStringLiteral("ods") << QByteArray("PK\x03\x04");
        QTest::newRow("CSV with semicolons") << 1 << QStringLiteral("csv") << QByteArray("id;title;authority_code");
        QTest::newRow("CSV with commas") << 2 << QStringLiteral("csv") << QByteArray("id,title,authority_code");
        QTest::newRow("JSON") << 3 << QStringLiteral("json") << QByteArray("{");
    }

    void writesTheChosenFormat()
    {
        QFETCH(int, choice);
        QFETCH(QString, extension);
        QFETCH(QByteArray, starts);
        OpenDataDialog dialog(*m_t.db);
        dialog.findChild<QRadioButton *>(QStringLiteral("format%1").arg(choice))->click();
        QVERIFY(dialog.suggestedPath().endsWith(QLatin1Char('.') + extension));
        const QString path = m_dir.filePath(QStringLiteral("export-%1.%2").arg(choice).arg(extension));
        QList<QUrl> opened;
        dialog.setOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QString said = answer(QStringLiteral("openExportButton"), [&] { QVERIFY(dialog.exportTo(path)); });
        QVERIFY2(said.contains(QStringLiteral("1 validated contribution written")), qPrintable(said));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(starts));
        QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(path) });
    }

    void contactsOnlyWhenTicked()
    {
        OpenDataDialog dialog(*m_t.db);
        QVERIFY(!dialog.options().withContacts);
        dialog.findChild<QCheckBox *>()->click();
        QVERIFY(dialog.options().withContacts);
    }

    void aFolderOneCannotWriteInGetsASentence()
    {
        OpenDataDialog dialog(*m_t.db);
        const QString said = answer(QString(), [&] {
            QVERIFY(!dialog.exportTo(QStringLiteral("/nonexistent/folder/contributions.ods")));
        });
        QVERIFY2(said.startsWith(QStringLiteral("Could not write")), qPrintable(said));
    }

    void publishesTheWebsite()
    {
        const QString folder = m_dir.filePath(QStringLiteral("site"));
        QList<QUrl> opened;
        const auto opener = [&opened](const QUrl &url) {
            opened << url;
            return true;
        };
        const QString said = answer(QStringLiteral("openExportButton"),
            [&] { QVERIFY(SitePublishing::publishInto(nullptr, *m_t.db, folder, opener)); });
        QVERIFY2(said.contains(QStringLiteral("file(s) new or changed")) || said.contains(QStringLiteral("files new or changed")),
            qPrintable(said));
        QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(folder + QStringLiteral("/index.html")) });
        QVERIFY(QFile::exists(folder + QStringLiteral("/contributions/index.html")));
        const QString again = answer(QString(), [&] { QVERIFY(SitePublishing::publishInto(nullptr, *m_t.db, folder, opener)); });
        QVERIFY2(again.contains(QStringLiteral(": 0 files new or changed")), qPrintable(again));
        const QString refused = answer(QString(), [&] {
            QVERIFY(!SitePublishing::publishInto(nullptr, *m_t.db, QStringLiteral("/proc/no-website-here"), opener));
        });
        QVERIFY2(!refused.isEmpty(), qPrintable(refused));
    }

    void isInTheFileMenuInFrench()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        FixedClock clock(QDateTime(QDate(2021, 3, 25), QTime(10, 0), QTimeZone::utc()));
        MainWindow window(*m_t.db, clock);
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionOpenData"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("E&xporter en données ouvertes…"));
        QStringList said;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<OpenDataDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            said << dialog->windowTitle();
            for (QRadioButton *b : dialog->findChildren<QRadioButton *>())
                said << b->text();
            dialog->reject();
        });
        action->trigger();
        QVERIFY2(said.value(0) == QStringLiteral("Exporter en données ouvertes"), qPrintable(said.join(" | ")));
        QVERIFY2(said.join(QLatin1Char(' ')).contains(QStringLiteral("tableurs français")), qPrintable(said.join(" | ")));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPublishSite"))->text(), QStringLiteral("P&ublier le site…"));
    }

private:
    // Runs act, clicks button (or closes) in the message it shows, returns the message's text.
    static QString answer(const QString &button, const std::function<void()> &act)
    {
        QString said;
        QTimer timer;
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer.stop();
            said = box->text();
            if (auto *b = button.isEmpty() ? nullptr : box->findChild<QPushButton *>(button))
                b->click();
            else
                box->close();
        });
        timer.start();
        act();
        return said;
    }

    TestSupport::TempDatabase m_t;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstOpenDataDialog)
#include "tst_opendatadialog.moc"
