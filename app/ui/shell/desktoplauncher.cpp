// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/desktoplauncher.h"

#include "core/clock.h"
#include "core/launchoptions.h"
#include "mail/contacteraser.h"
#include "storage/database.h"
#include "ui/import/maildropfilter.h"
#include "ui/shell/databaserecovery.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentdatabases.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/welcomedialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

namespace {
// macOS: the Finder opens a .eml with the running Recueil through a QFileOpenEvent, not argv.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString file = static_cast<QFileOpenEvent *>(event)->file();
            if (MailDropFilter::isMailFile(file)) {
                m_window->receiveFiles({file});
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow *m_window;
};
} // namespace

QString DesktopLauncher::databaseLocation(const QStringList &arguments)
{
    const QString named = namedDatabase(arguments);
    return named.isEmpty() ? Database::defaultLocation() : named;
}

QString DesktopLauncher::namedDatabase(const QStringList &arguments)
{
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (!options.database.isEmpty())
        return options.database;
    // A database file opened from the file manager (an email given so is imported instead).
    for (const QString &word : options.words())
        if (QFileInfo(word).isFile() && !MailDropFilter::isMailFile(word))
            return word;
    return {};
}

QStringList DesktopLauncher::mailFiles(const QStringList &arguments)
{
    QStringList files;
    for (const QString &word : LaunchOptions::parse(arguments).words())
        if (MailDropFilter::isMailFile(word))
            files << QFileInfo(word).absoluteFilePath();
    return files;
}

void DesktopLauncher::watchFileOpenEvents(MainWindow *window)
{
    qApp->installEventFilter(new FileOpenFilter(window));
}

bool DesktopLauncher::openAskingPassword(Database &db, const QString &location, QWidget *parent, QString *error)
{
    bool opened = db.open(location, error);
    // A server that wants a password libpq could not find (~/.pgpass, PGPASSWORD): ask for it.
    while (!opened && db.needsPassword()) {
        bool ok = false;
        const QString password = QInputDialog::getText(parent, tr("Password"),
            tr("Password for %1:").arg(db.location()), QLineEdit::Password, QString(), &ok);
        if (!ok) {
            error->clear();
            return false;
        }
        db.setPassword(password);
        opened = db.open(location, error);
    }
    // A copy made before a person's details were erased is brought up to date before any use.
    int replayed = 0;
    if (opened && !ContactEraser(db).replay({}, &replayed, error)) {
        db.close();
        return false;
    }
    return opened;
}

int DesktopLauncher::launch(const QStringList &arguments)
{
    // Without --database: the database of the last session, else the default one.
    QString location = namedDatabase(arguments);
    if (location.isEmpty())
        location = RecentDatabases::lastDatabase();
    if (location.isEmpty())
        location = Database::defaultLocation();
    // A window is already open on this database: it imports the files, this process is done.
    const QStringList files = mailFiles(arguments);
    if (SingleInstance::sendToRunning(location, files))
        return 0;

    Database db;
    QString error;
    if (!openAskingPassword(db, location, nullptr, &error)
        && (error.isEmpty() || !DatabaseRecovery::offerBackup(nullptr, db, location, error)))
        return 1;
    MainWindow window(db, Clock::system());
    window.restoreSession();
    SingleInstance instance;
    instance.listen(db.location());
    window.setSingleInstance(&instance);
    watchFileOpenEvents(&window);
    window.show();
    QTimer::singleShot(0, &window, [&window, &db] { DatabaseRecovery::backUpToday(&window, db); });
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.importFiles(files); });
    else if (!WelcomeDialog::wasShown())
        QTimer::singleShot(0, &window, &MainWindow::showWelcome);
    return QApplication::exec();
}
