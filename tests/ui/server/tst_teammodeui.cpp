// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode through the window, against the throwaway PostgreSQL server: File › Connect to a
// server (recent servers kept without any password, clear refusals) and the lost-connection
// banner (what is typed survives a server restart and is saved once it is back).
#include "core/clock.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/serverlocation.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/server/serverwatch.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentdatabases.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace TestSupport;

namespace {
const QString password = QStringLiteral("Mot2PasseSecret");
} // namespace

class TestTeamModeUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectionDialogOpensTheServer_data();
    void connectionDialogOpensTheServer();
    void connectionDialogRefusesABadAddress_data();
    void connectionDialogRefusesABadAddress();
    void lostConnectionKeepsTheEditAndSavesItOnceBack();

private:
    // Opens File › Connect to a server, types address and clicks OK; *offered gets the
    // addresses the dialog proposes. When the dialog then shows a message box, *message gets
    // its text.
    void connectThroughTheDialog(const QString &address, QStringList *offered, QString *message);
    QString settingsText() const;
    QString serverDatabaseWith(const QString &title, qint64 *id);

    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Database> m_serverDb;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamModeUi::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    QCoreApplication::setOrganizationName(QStringLiteral("RecueilTests"));
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_files->filePath(QStringLiteral("settings")));
    // Whatever the window writes beside a relative location (drafts…) stays in the temporary folder.
    QVERIFY(QDir::setCurrent(m_files->path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_files->filePath(QStringLiteral("data"))));
    RECUEIL_REQUIRE_POSTGRES();
    // The group roles come with the schema: migrate the template first.
    QVERIFY(!PostgresServer::instance().createDatabase().isEmpty());
    QString error;
    PostgresServer::instance().exec(
        QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cleo_coordinator') "
            "THEN CREATE ROLE cleo_coordinator LOGIN IN ROLE recueil_coordinator; END IF; END $$"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeamModeUi::init()
{
    QSettings().clear();
    // The window starts on a SQLite file (the default desk), as a coordinator's does.
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<FixedClock>(utc("2021-03-10T10:00:00Z"));
    Contribution c = sampleContribution(QStringLiteral("Sur le poste"));
    QString error;
    QVERIFY2(ContributionRepository(*m_db->db).create(c, &error), qPrintable(error));
}

void TestTeamModeUi::cleanup()
{
    if (m_window)
        m_window->editor()->undoStack()->setClean(); // no question on the way out
    m_window.reset();
    m_serverDb.reset();
    m_db.reset();
}

QString TestTeamModeUi::serverDatabaseWith(const QString &title, qint64 *id)
{
    PostgresServer &server = PostgresServer::instance();
    const QString name = server.createDatabase();
    Database db;
    QString error;
    if (!db.open(server.url(name), &error))
        qWarning("%s", qPrintable(error));
    Contribution c = sampleContribution(title);
    if (!ContributionRepository(db).create(c, &error))
        qWarning("%s", qPrintable(error));
    if (id)
        *id = c.id;
    return name;
}

void TestTeamModeUi::connectThroughTheDialog(const QString &address, QStringList *offered, QString *message)
{
    bool asked = false;
    UiTestSupport::DialogAnswerer answerer([&](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            // What the window says next (a refusal) is read and closed.
            *message = box->text();
            box->button(QMessageBox::Ok)->click();
            return;
        }
        // Should a check below fail, the dialog is closed all the same: no test left hanging.
        const auto closeAnyway = qScopeGuard([dialog] { dialog->close(); });
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY2(input && !asked, dialog->metaObject()->className());
        asked = true;
        auto *combo = input->findChild<QComboBox *>();
        QVERIFY(combo && combo->isEditable());
        for (int i = 0; i < combo->count(); ++i)
            offered->append(combo->itemText(i));
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(combo->lineEdit(), address);
        QCOMPARE(input->textValue(), address);
        QTest::mouseClick(
            input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionConnectToServer"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger(); // returns once every dialog it opened is closed
    QVERIFY(asked);
}

QString TestTeamModeUi::settingsText() const
{
    QSettings().sync();
    QString text;
    QDirIterator it(m_files->filePath(QStringLiteral("settings")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(f.readAll());
    }
    return text;
}

void TestTeamModeUi::connectionDialogOpensTheServer_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("userInfo"); // what is written before '@'
    QTest::addColumn<QString>("query"); // after the socket folder
    QTest::newRow("login only") << "postgres"
                                << "postgres"
                                << "";
    QTest::newRow("password in the address") << "cleo_coordinator"
                                             << "cleo_coordinator:" + password << "";
    QTest::newRow("password as an option") << "cleo_coordinator"
                                           << "cleo_coordinator"
                                           << "&password=" + password + "&connect_timeout=5";
}

void TestTeamModeUi::connectionDialogOpensTheServer()
{
    QFETCH(QString, login);
    QFETCH(QString, userInfo);
    QFETCH(QString, query);
    PostgresServer &server = PostgresServer::instance();
    const QString name = serverDatabaseWith(QStringLiteral("Sur le serveur"), nullptr);
    const QString socket = QString::fromUtf8(QUrl::toPercentEncoding(server.socketDir()));
    const QString address =
        QStringLiteral("postgresql://%1@/%2?host=%3%4").arg(userInfo, name, socket, query);
    ServerLocation parsed;
    QString error;
    QVERIFY2(ServerLocation::parse(address, &parsed, &error), qPrintable(error));
    const QString shown = parsed.display();
    QVERIFY(!shown.contains(password));

    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->restoreSession(); // as at a real start: the session is remembered from now on
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->summaryAt(0).title, QStringLiteral("Sur le poste"));

    QStringList offered;
    QString message;
    connectThroughTheDialog(address, &offered, &message);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QVERIFY(offered.isEmpty()); // no server yet

    // The window works on the server's campaign now, as the login typed.
    QVERIFY(!m_db->db->dialect().storesInLocalFile());
    QCOMPARE(m_db->db->location(), shown);
    QCOMPARE(m_db->db->actor(), login);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->summaryAt(0).title, QStringLiteral("Sur le serveur"));
    QVERIFY2(!m_window->windowTitle().contains(password), qPrintable(m_window->windowTitle()));

    // Remembered for next time, without the password, and offered by the dialog.
    QCOMPARE(QSettings().value(QStringLiteral("recentServers")).toStringList(), QStringList { shown });
    m_window->saveSession();
    // File › Open Recent lists files only: the desk file is still the one to reopen at the next start.
    QCOMPARE(m_window->recentDatabases()->locations(), QStringList { m_db->path });
    QCOMPARE(RecentDatabases::lastDatabase(), m_db->path);
    const QString settings = settingsText();
    QVERIFY(settings.contains(name));
    QVERIFY2(!settings.contains(password), qPrintable(settings));

    offered.clear();
    {
        UiTestSupport::DialogAnswerer answerer([&](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>();
            for (int i = 0; combo && i < combo->count(); ++i)
                offered.append(combo->itemText(i));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionConnectToServer"))->trigger();
    }
    QCOMPARE(offered, QStringList { shown });
    QCOMPARE(m_db->db->location(), shown); // cancelled: nothing changes
}

void TestTeamModeUi::connectionDialogRefusesABadAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("not an address") << "serveur de la mairie"
                                    << "is not a PostgreSQL address";
    QTest::newRow("port in letters") << "postgresql://cleo@serveur:cinq/recueil"
                                     << "is not a PostgreSQL address";
    QTest::newRow("no database") << "postgresql://cleo@serveur:5432/"
                                 << "names no database";
    QTest::newRow("bad option") << "postgresql://cleo@serveur/recueil?ssl mode=require"
                                << "is not a connection option";
    QTest::newRow("no such database on the server") << "NOSUCHDB"
                                                    << "Cannot connect to postgresql://";
}

void TestTeamModeUi::connectionDialogRefusesABadAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, sentence);
    if (address == QLatin1String("NOSUCHDB"))
        address = PostgresServer::instance().url(QStringLiteral("pas_de_campagne_ici"));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->restoreSession();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QStringList offered;
    QString message;
    connectThroughTheDialog(address, &offered, &message);
    QVERIFY2(message.contains(sentence), qPrintable(message));
    // The desk that was open stays open, and nothing is remembered.
    QCOMPARE(m_db->db->location(), m_db->path);
    QVERIFY(m_db->db->isOpen());
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->summaryAt(0).title, QStringLiteral("Sur le poste"));
    QVERIFY(QSettings().value(QStringLiteral("recentServers")).toStringList().isEmpty());
}

void TestTeamModeUi::lostConnectionKeepsTheEditAndSavesItOnceBack()
{
    PostgresServer &server = PostgresServer::instance();
    qint64 id = 0;
    const QString name = serverDatabaseWith(QStringLiteral("Tiers-lieu numérique"), &id);
    QVERIFY(id > 0);
    m_serverDb = std::make_unique<Database>();
    QString error;
    QVERIFY2(
        m_serverDb->open(server.url(name, QStringLiteral("cleo_coordinator")), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_serverDb, *m_clock);
    m_window->serverWatch()->setCheckInterval(200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QToolBar *banner = m_window->connectionBanner();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    ContributionEditor *editor = m_window->editor();
    QVERIFY(editor->openContribution(id));
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QVERIFY(text);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    const QString typed = QStringLiteral(" Ajouté pendant la coupure : l’été dernier.");
    UiTestSupport::typeText(text, typed);
    const QString expected = sampleContribution().text + typed;
    QCOMPARE(text->toPlainText(), expected);
    QVERIFY(editor->isModified());

    // The server goes away: the banner says so, the form keeps what was typed.
    QVERIFY(server.stop());
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    const QString sentence = banner->findChild<QLabel *>()->text();
    QVERIFY2(sentence.contains(QStringLiteral("connection to the server")) && sentence.contains(name)
            && sentence.contains(QStringLiteral("kept")),
        qPrintable(sentence));
    QCOMPARE(text->toPlainText(), expected);
    QVERIFY(editor->isModified());
    // Should Recueil stop now, the draft has it, in the user's data folder (not in the
    // working folder, under a path made of the address).
    QVERIFY(editor->writeDraft());
    const DraftStore drafts(m_serverDb->location());
    QVERIFY2(
        drafts.folder().startsWith(m_files->filePath(QStringLiteral("data/"))), qPrintable(drafts.folder()));
    QVERIFY(!drafts.folder().contains(password));
    const std::optional<DraftStore::Draft> draft = drafts.load(id);
    QVERIFY(draft);
    QCOMPARE(draft->contribution.text, expected);
    QVERIFY(!QFileInfo::exists(m_files->filePath(QStringLiteral("postgresql:"))));

    // Saving now fails with a sentence; the form and its changes stay.
    QString refusal;
    {
        UiTestSupport::DialogAnswerer answerer([&refusal](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                refusal = box->text();
            dialog->close();
        });
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }
    QVERIFY2(refusal.contains(QStringLiteral("connection")), qPrintable(refusal));
    QCOMPARE(editor->contributionId(), id);
    QCOMPARE(text->toPlainText(), expected);
    QVERIFY(editor->isModified());
    QVERIFY(banner->isVisible());

    // The server comes back: the banner goes, the edit is still there and now saves.
    QVERIFY2(server.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    QVERIFY(m_window->serverWatch()->isConnected());
    QCOMPARE(editor->contributionId(), id);
    QCOMPARE(text->toPlainText(), expected);
    QVERIFY(editor->isModified());
    QString unexpected;
    {
        UiTestSupport::DialogAnswerer answerer([&unexpected](QWidget *dialog) {
            unexpected = dialog->windowTitle();
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                unexpected += QLatin1Char(' ') + box->text();
            dialog->close();
        });
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    QVERIFY(!editor->isModified());
    QVERIFY(!QFile::exists(drafts.fileFor(id))); // saved: the draft is done with

    Database check;
    QVERIFY2(check.open(server.url(name), &error), qPrintable(error));
    const std::optional<Contribution> stored = ContributionRepository(check).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->text, expected);
}

QTEST_MAIN(TestTeamModeUi)
#include "tst_teammodeui.moc"
