// SPDX-License-Identifier: GPL-3.0-or-later
// Emails into the window: dropped, reviewed, reported, held, stopped.
#include "core/clock.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/editor/safemailview.h"
#include "ui/editor/sourcespanel.h"
#include "ui/import/accepthelddialog.h"
#include "ui/import/holdinglistwidget.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importprogressdialog.h"
#include "ui/import/importsummarydialog.h"
#include "ui/import/maildropfilter.h"
#include "ui/import/messagereviewdialog.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/shell/desktoplauncher.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QtTest>

using TestSupport::TempDatabase;
using TestSupport::fileUnderTheme;
using TestSupport::testData;
using TestSupport::utc;

namespace {
// French dates hold no-break spaces ("22 mars"): compare with plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0xA0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}
} // namespace

class TestMailIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void acceptsOnlyDropsThatCanBeMail();
    void droppedEmailIsReviewedThenSaved();
    void skippingAReviewWritesNothing();
    void editsInTheReviewAreSaved();
    void saveAllStopsAskingForTheBatch();
    void dropOnATextFieldImportsInsteadOfPasting();
    void messageDraggedFromAMailProgramIsImported();
    void lateEmailIsReportedAndHeld();
    void acceptingALateEmailNeedsAReason();
    void undatedEmailIsAcceptedWithItsReceiptTime();
    void discardingKeepsTheEmail();
    void replyToAValidatedTestimonyWaitsForAPerson();
    void summaryShowsWhatTheReaderNoticed();
    void stoppingAnMboxKeepsWholeMessagesOnly();
    void stoppingFromAReviewReadsNoFurther();
    void skippedDuplicatesAreToldAtTheNextQuestion();
    void commandLineTellsEmailsFromTheDatabase();

private:
    void drop(QWidget *target, QMimeData *mime, bool *accepted = nullptr);
    void dropFiles(const QStringList &paths);
    void waitForImport();
    int countRows(const char *table) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    static QByteArray message(int n, const QByteArray &received, const QByteArray &extraHeaders = {});

    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestMailIntake::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    QCoreApplication::setOrganizationName(QStringLiteral("RecueilTests"));
    m_files = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_files->filePath(QStringLiteral("settings")));
}

void TestMailIntake::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<FixedClock>(utc("2021-03-25T10:00:00Z"));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMailIntake::cleanup()
{
    if (m_window) {
        m_window->importController()->stopAndWait();
        if (ImportSummaryDialog *summary = m_window->importController()->summaryDialog())
            summary->close();
    }
    m_window.reset();
    m_db.reset();
}

QByteArray TestMailIntake::message(int n, const QByteArray &received, const QByteArray &extraHeaders)
{
    QByteArray m;
    if (!received.isEmpty())
        m += "Received: from smtp.ville-saumur.fr by mx.villes-internet.example; " + received + "\n";
    m += "From: Agent " + QByteArray::number(n) + " <agent" + QByteArray::number(n)
        + "@ville-saumur.fr>\n"
          "To: temoignages@villes-internet.example\n"
          "Subject: =?UTF-8?Q?T=C3=A9moignage_num=C3=A9ro_"
        + QByteArray::number(n)
        + "?=\n"
          "Message-ID: <intake-"
        + QByteArray::number(n)
        + "@ville-saumur.fr>\n"
          "MIME-Version: 1.0\n"
        + extraHeaders
        + "Content-Type: text/plain; charset=utf-8\n"
          "Content-Transfer-Encoding: 8bit\n\n"
          "Bonjour,\n\nVoici le récit numéro "
        + QByteArray::number(n) + " de la ville de Saumur.\n\nAgent " + QByteArray::number(n) + "\n";
    return m;
}

QString TestMailIntake::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestMailIntake::countRows(const char *table) const
{
    QSqlQuery q(m_db->db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestMailIntake::drop(QWidget *target, QMimeData *mime, bool *accepted)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (accepted)
        *accepted = enter.isAccepted();
    if (!enter.isAccepted())
        return;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    if (accepted)
        *accepted = dropEvent.isAccepted();
}

void TestMailIntake::dropFiles(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    bool accepted = false;
    drop(m_window.get(), &mime, &accepted);
    QVERIFY(accepted);
}

void TestMailIntake::waitForImport()
{
    ImportController *controller = m_window->importController();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning() && controller->summaryDialog() != nullptr, 20000);
}

void TestMailIntake::acceptsOnlyDropsThatCanBeMail()
{
    const QString picture =
        writeFile(QStringLiteral("photo.eml.png"), QByteArray("\x89PNG\r\n\x1a\n....", 12));
    const QString text = writeFile(QStringLiteral("notes.txt"), "Quelques notes sans en-têtes.\n");
    const QString mailWithoutExtension =
        writeFile(QStringLiteral("Inbox"), message(1, "Fri, 12 Mar 2021 10:00:00 +0100"));
    QVERIFY(!MailDropFilter::isMailFile(picture));
    QVERIFY(!MailDropFilter::isMailFile(text));
    QVERIFY(!MailDropFilter::isMailFile(m_db->path)); // the database itself
    QVERIFY(!MailDropFilter::isMailFile(m_files->path())); // a folder
    QVERIFY(MailDropFilter::isMailFile(mailWithoutExtension));
    QVERIFY(MailDropFilter::isMailFile(testData(QStringLiteral("mail/10-thunderbird-export.mbox"))));

    QMimeData notMail;
    notMail.setUrls({ QUrl::fromLocalFile(picture), QUrl::fromLocalFile(text) });
    bool accepted = true;
    drop(m_window.get(), &notMail, &accepted);
    QVERIFY(!accepted);
    QMimeData plainText;
    plainText.setText(QStringLiteral("Subject: not a file"));
    drop(m_window.get(), &plainText, &accepted);
    QVERIFY(!accepted);
    QVERIFY(!m_window->importController()->isRunning());
}

void TestMailIntake::droppedEmailIsReviewedThenSaved()
{
    m_window->importController()->setVerifyEachMessage(true);
    QString shownSubject;
    QString authorityShown;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *review = qobject_cast<MessageReviewDialog *>(dialog);
        QVERIFY(review);
        shownSubject = review->mailView()->toPlainText();
        authorityShown = review->findChild<QLineEdit *>(QStringLiteral("authorityEdit"))->text();
        QCOMPARE(countRows("contribution"), 0); // nothing saved before the answer
        review->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    dropFiles({ testData(QStringLiteral("mail/01-saumur-thunderbird.eml")) });
    waitForImport();

    QVERIFY(shownSubject.contains(QStringLiteral("plateforme d'entraide solidaire")));
    QCOMPARE(authorityShown, QStringLiteral("Saumur (49)"));
    QCOMPARE(m_window->importController()->summaryDialog()->count(ImportOutcome::Created), 1);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->summaryAt(0).title,
        QStringLiteral("Plateforme d'entraide solidaire à Saumur"));
    QCOMPARE(countRows("source_message"), 1);
    QCOMPARE(countRows("attachment"), 1);
}

void TestMailIntake::skippingAReviewWritesNothing()
{
    m_window->importController()->setVerifyEachMessage(true);
    UiTestSupport::whenDialogOpens([](QWidget *dialog) {
        QVERIFY(qobject_cast<MessageReviewDialog *>(dialog));
        dialog->findChild<QPushButton *>(QStringLiteral("skipButton"))->click();
    });
    dropFiles({ testData(QStringLiteral("mail/02-beauvais-outlook.eml")) });
    waitForImport();
    ImportSummaryDialog *summary = m_window->importController()->summaryDialog();
    QCOMPARE(summary->count(ImportOutcome::Skipped), 1);
    QCOMPARE(summary->count(ImportOutcome::Created), 0);
    QCOMPARE(summary->problemList()->topLevelItemCount(), 1); // said, so that it can be taken up again
    QCOMPARE(countRows("contribution"), 0);
    QCOMPARE(countRows("source_message"), 0);
    QCOMPARE(countRows("attachment"), 0);
    QCOMPARE(m_window->model()->rowCount(), 0);
}

void TestMailIntake::editsInTheReviewAreSaved()
{
    m_window->importController()->setVerifyEachMessage(true);
    UiTestSupport::whenDialogOpens([](QWidget *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setText(QStringLiteral("Marché de primeurs en ligne"));
        // A wrong address is refused in the dialog, which stays open.
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        const QString address = email->text();
        email->setText(QStringLiteral("pas une adresse"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisibleTo(dialog));
        email->setText(address);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    dropFiles({ testData(QStringLiteral("mail/02-beauvais-outlook.eml")) });
    waitForImport();
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    const std::optional<Contribution> c = ContributionRepository(*m_db->db).find(m_window->model()->idAt(0));
    QVERIFY(c);
    QCOMPARE(c->title, QStringLiteral("Marché de primeurs en ligne"));
    QCOMPARE(c->contact.email, QStringLiteral("j.lefevre@beauvais.fr"));
}

void TestMailIntake::saveAllStopsAskingForTheBatch()
{
    m_window->importController()->setVerifyEachMessage(true);
    int asked = 0;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        ++asked;
        dialog->findChild<QPushButton *>(QStringLiteral("saveAllButton"))->click();
    });
    dropFiles({ testData(QStringLiteral("mail/01-saumur-thunderbird.eml")),
        testData(QStringLiteral("mail/02-beauvais-outlook.eml")),
        testData(QStringLiteral("mail/03-martigues-gmail.eml")) });
    waitForImport();
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->importController()->summaryDialog()->count(ImportOutcome::Created), 3);
    QCOMPARE(countRows("contribution"), 3);
    // Only for that batch: the setting is still on.
    QVERIFY(m_window->importController()->verifiesEachMessage());
}

void TestMailIntake::dropOnATextFieldImportsInsteadOfPasting()
{
    m_window->importController()->setVerifyEachMessage(false);
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title && title->acceptDrops());
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(testData(QStringLiteral("mail/03-martigues-gmail.eml"))) });
    bool accepted = false;
    drop(title, &mime, &accepted);
    QVERIFY(accepted);
    waitForImport();
    QVERIFY(title->text().isEmpty());
    QCOMPARE(countRows("contribution"), 1);
}

void TestMailIntake::messageDraggedFromAMailProgramIsImported()
{
    m_window->importController()->setVerifyEachMessage(false);
    QFile file(testData(QStringLiteral("mail/04-bethune-applemail.eml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QMimeData mime;
    mime.setData(QStringLiteral("message/rfc822"), file.readAll());
    bool accepted = false;
    drop(m_window.get(), &mime, &accepted);
    QVERIFY(accepted);
    waitForImport();
    QCOMPARE(m_window->importController()->summaryDialog()->count(ImportOutcome::Created), 1);
    QCOMPARE(countRows("contribution"), 1);
}

void TestMailIntake::lateEmailIsReportedAndHeld()
{
    m_window->importController()->setVerifyEachMessage(true); // held emails are not reviewed
    QVERIFY(m_window->importFiles({ testData(QStringLiteral("mail/06-cholet-late.eml")) }));
    waitForImport();
    ImportSummaryDialog *summary = m_window->importController()->summaryDialog();
    QCOMPARE(summary->count(ImportOutcome::Late), 1);
    QCOMPARE(summary->problemList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = summary->problemList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("06-cholet-late.eml"));
    QCOMPARE(item->text(2), QStringLiteral("Contribution (en retard) - continuite du service public"));
    QVERIFY2(plain(item->text(3)).contains(QStringLiteral("22 mars 2021")), qPrintable(item->text(3)));
    QVERIFY(summary->reportText().contains(QStringLiteral("06-cholet-late.eml")));
    QVERIFY(summary->findChild<QWidget *>(QStringLiteral("count_late"))->isEnabled());

    HoldingListWidget *holding = m_window->holdingList();
    QCOMPARE(holding->count(), 1);
    const QTreeWidgetItem *held = holding->list()->topLevelItem(0);
    QCOMPARE(held->text(1), QStringLiteral("Nicolas Perrin"));
    QCOMPARE(held->text(2), QStringLiteral("Contribution (en retard) - continuite du service public"));
    QVERIFY2(plain(held->text(0)).startsWith(QStringLiteral("22 mars 2021")), qPrintable(held->text(0)));
    QCOMPARE(countRows("contribution"), 0);

    // "Show the pending emails" brings the dock forward.
    m_window->holdingDock()->hide();
    summary->findChild<QPushButton *>(QStringLiteral("showHeldButton"))->click();
    QVERIFY(m_window->holdingDock()->isVisible());
}

void TestMailIntake::acceptingALateEmailNeedsAReason()
{
    m_window->importController()->setVerifyEachMessage(false);
    QVERIFY(m_window->importFiles({ testData(QStringLiteral("mail/06-cholet-late.eml")) }));
    waitForImport();
    HoldingListWidget *holding = m_window->holdingList();
    QCOMPARE(holding->count(), 1);

    bool refusedEmpty = false;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *accept = qobject_cast<AcceptHeldDialog *>(dialog);
        QVERIFY(accept);
        QVERIFY(!accept->findChild<ReceiptTimeEdit *>()->isVisibleTo(accept)); // the date is known
        auto *ok = accept->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        refusedEmpty = accept->isVisible()
            && accept->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisibleTo(accept);
        QCOMPARE(countRows("contribution"), 0);
        accept->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Retard dû à une panne du serveur de la mairie"));
        ok->click();
    });
    holding->acceptCurrent();
    QVERIFY(refusedEmpty);
    QCOMPARE(holding->count(), 0);
    QCOMPARE(countRows("contribution"), 1);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    const std::optional<Contribution> c = ContributionRepository(*m_db->db).find(m_window->model()->idAt(0));
    QVERIFY(c && c->lateOverride);
    QCOMPARE(c->lateOverride->reason, QStringLiteral("Retard dû à une panne du serveur de la mairie"));
    QCOMPARE(c->lateOverride->by, QStringLiteral("test"));
    QCOMPARE(c->receivedAt, utc("2021-03-22T08:30:12Z"));
    // The new contribution is open in the editor, its email among its sources.
    QCOMPARE(m_window->editor()->contributionId(), c->id);
    QCOMPARE(m_window->editor()->sourcesPanel()->messageList()->topLevelItemCount(), 1);

    // Without a reason, the holding list itself refuses too.
    QVERIFY(m_window->importFiles(
        { writeFile(QStringLiteral("late2.eml"), message(7, "Tue, 23 Mar 2021 10:00:00 +0100")) }));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->importController()->isRunning(), 20000);
    QTRY_COMPARE(holding->count(), 1);
    QString error;
    QVERIFY(!holding->accept(holding->currentSourceId(), {}, QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(holding->count(), 1);
}

void TestMailIntake::undatedEmailIsAcceptedWithItsReceiptTime()
{
    m_window->importController()->setVerifyEachMessage(false);
    QVERIFY(m_window->importFiles({ writeFile(QStringLiteral("undated.eml"), message(3, QByteArray())) }));
    waitForImport();
    QCOMPARE(m_window->importController()->summaryDialog()->count(ImportOutcome::NeedsDate), 1);
    HoldingListWidget *holding = m_window->holdingList();
    QCOMPARE(holding->count(), 1);
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *edit = dialog->findChild<ReceiptTimeEdit *>();
        QVERIFY(edit->isVisibleTo(dialog));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click(); // no date yet
        QVERIFY(dialog->isVisible());
        edit->setReceivedAt(utc("2021-03-10T14:30:00Z")); // 15 h 30 in Paris: in time, no reason needed
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->isVisibleTo(dialog));
        ok->click();
    });
    holding->acceptCurrent();
    QCOMPARE(holding->count(), 0);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    const std::optional<Contribution> c = ContributionRepository(*m_db->db).find(m_window->model()->idAt(0));
    QVERIFY(c);
    QCOMPARE(c->receivedAt, utc("2021-03-10T14:30:00Z"));
    QVERIFY(!c->lateOverride);
}

void TestMailIntake::replyToAValidatedTestimonyWaitsForAPerson()
{
    m_window->importController()->setVerifyEachMessage(false);
    QVERIFY(m_window->importFiles(
        { writeFile(QStringLiteral("first.eml"), message(1, "Wed, 10 Mar 2021 10:00:00 +0100")) }));
    waitForImport();
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    const qint64 id = m_window->model()->idAt(0);
    QSqlQuery q(m_db->db->connection());
    QVERIFY(fileUnderTheme(*m_db->db, id));
    QVERIFY(q.exec(QStringLiteral("UPDATE contribution SET status = 'validated' WHERE id = %1").arg(id)));
    m_window->importController()->summaryDialog()->close();

    // A colleague's reply to the validated testimony: kept, not joined, and said so.
    QVERIFY(m_window->importFiles({ writeFile(QStringLiteral("reply.eml"),
        message(2, "Fri, 12 Mar 2021 10:00:00 +0100", "In-Reply-To: <intake-1@ville-saumur.fr>\n")) }));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->importController()->isRunning()
            && m_window->importController()->summaryDialog()
            && m_window->importController()->summaryDialog()->count(ImportOutcome::HeldComplement) == 1,
        20000);
    ImportSummaryDialog *summary = m_window->importController()->summaryDialog();
    QCOMPARE(summary->problemList()->topLevelItemCount(), 1);
    QVERIFY2(summary->problemList()->topLevelItem(0)->text(3).contains(QStringLiteral("%1").arg(id)),
        qPrintable(summary->problemList()->topLevelItem(0)->text(3)));
    QVERIFY(summary->findChild<QWidget *>(QStringLiteral("showHeldButton"))->isVisibleTo(summary));
    HoldingListWidget *holding = m_window->holdingList();
    QTRY_COMPARE(holding->count(), 1);
    QVERIFY2(holding->list()->topLevelItem(0)->text(3).contains(QString::number(id)),
        qPrintable(holding->list()->topLevelItem(0)->text(3)));
    QVERIFY(!ContributionRepository(*m_db->db).find(id)->text.contains(QStringLiteral("numéro 2")));

    // Accepted: joined, and the testimony goes back to review.
    QString asked;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("acceptComplementBox"));
        asked = box->text() + QLatin1Char(' ') + box->informativeText();
        box->findChild<QPushButton *>(QStringLiteral("addComplementButton"))->click();
    });
    holding->acceptCurrent();
    QVERIFY2(asked.contains(QString::number(id)), qPrintable(asked));
    QCOMPARE(holding->count(), 0);
    const std::optional<Contribution> c = ContributionRepository(*m_db->db).find(id);
    QVERIFY(c->text.contains(QStringLiteral("numéro 2")));
    QCOMPARE(c->status, ReviewState::InReview);
    QCOMPARE(countRows("contribution"), 1);
}

// A kept email with a doubtful sender: counted as created, and its warning is in the list.
void TestMailIntake::summaryShowsWhatTheReaderNoticed()
{
    m_window->importController()->setVerifyEachMessage(false);
    QByteArray doubtful = message(4, "Wed, 10 Mar 2021 10:00:00 +0100");
    doubtful.replace("<agent4@ville-saumur.fr>", "<jean@mairie>");
    QVERIFY(m_window->importFiles({ writeFile(QStringLiteral("doubtful.eml"), doubtful) }));
    waitForImport();
    ImportSummaryDialog *summary = m_window->importController()->summaryDialog();
    QCOMPARE(summary->count(ImportOutcome::Created), 1);
    QCOMPARE(summary->problemList()->topLevelItemCount(), 1);
    const QString said = summary->problemList()->topLevelItem(0)->text(3);
    QVERIFY2(said.contains(QStringLiteral("jean@mairie")), qPrintable(said));
    QVERIFY(summary->reportText().contains(QStringLiteral("jean@mairie")));
    QCOMPARE(countRows("contribution"), 1);
}

void TestMailIntake::discardingKeepsTheEmail()
{
    m_window->importController()->setVerifyEachMessage(false);
    QVERIFY(m_window->importFiles({ testData(QStringLiteral("mail/06-cholet-late.eml")) }));
    waitForImport();
    HoldingListWidget *holding = m_window->holdingList();
    QCOMPARE(holding->count(), 1);
    UiTestSupport::whenDialogOpens([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Envoyé deux fois par erreur"));
        input->accept();
    });
    holding->discardCurrent();
    QCOMPARE(holding->count(), 0);
    QCOMPARE(countRows("contribution"), 0);
    QCOMPARE(countRows("source_message"), 1); // set aside, never deleted
    QSqlQuery q(m_db->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT hold FROM source_message")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("discarded"));
}

void TestMailIntake::stoppingAnMboxKeepsWholeMessagesOnly()
{
    QByteArray mbox;
    for (int n = 1; n <= 300; ++n)
        mbox += "From agent" + QByteArray::number(n) + "@ville-saumur.fr Fri Mar 12 10:00:00 2021\n"
            + message(n, "Fri, 12 Mar 2021 10:00:00 +0100") + "\n";
    const QString path = writeFile(QStringLiteral("trois-cents.mbox"), mbox);

    ImportController *controller = m_window->importController();
    controller->setVerifyEachMessage(false);
    int seen = 0;
    qint64 lastProgress = -1;
    connect(controller, &ImportController::messageImported, this, [&] {
        if (++seen == 10) {
            lastProgress = controller->progressDialog()->findChild<QProgressBar *>()->value();
            controller->progressDialog()->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        }
    });
    QVERIFY(m_window->importFiles({ path }));
    waitForImport();
    ImportSummaryDialog *summary = controller->summaryDialog();
    const int created = summary->count(ImportOutcome::Created);
    QVERIFY2(created >= 10 && created < 300, qPrintable(QString::number(created)));
    for (const ImportOutcome &o : controller->outcomes())
        QVERIFY2(o.kind == ImportOutcome::Created,
                 qPrintable(ImportOutcome::kindCode(o.kind) + QLatin1Char(' ') + QString::number(o.index)
                            + QLatin1Char(' ') + o.error));
    QVERIFY(lastProgress > 0 && lastProgress < 1000); // the bar follows the bytes read
    QVERIFY(summary->findChild<QLabel *>(QStringLiteral("headlineLabel"))
                ->text()
                .contains(QString::number(created)));

    // Every contribution has its email, every email its contribution: nothing half-written.
    QCOMPARE(countRows("contribution"), created);
    QCOMPARE(countRows("source_message"), created);
    QSqlQuery q(m_db->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contribution c LEFT JOIN source_message s "
                                  "ON s.contribution_id = c.id WHERE s.id IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QTRY_COMPARE(m_window->model()->totalCount(), created);

    // Importing the file again takes up where it stopped: the first ones are duplicates.
    QVERIFY(m_window->importFiles({ path }));
    waitForImport();
    QTRY_COMPARE(controller->summaryDialog()->count(ImportOutcome::Duplicate), created);
    QCOMPARE(controller->summaryDialog()->count(ImportOutcome::Created), 300 - created);
}

void TestMailIntake::skippedDuplicatesAreToldAtTheNextQuestion()
{
    // Two emails already in the database, then an mbox holding them before a new one.
    m_window->importController()->setVerifyEachMessage(false);
    QVERIFY(m_window->importFiles({writeFile(QStringLiteral("un.eml"), message(1, "Fri, 12 Mar 2021 10:00:00 +0100")),
        writeFile(QStringLiteral("deux.eml"), message(2, "Fri, 12 Mar 2021 10:00:00 +0100"))}));
    waitForImport();
    m_window->importController()->summaryDialog()->close();
    QByteArray mbox;
    for (int n = 1; n <= 3; ++n)
        mbox += "From agent" + QByteArray::number(n) + "@ville-saumur.fr Fri Mar 12 10:00:00 2021\n"
            + message(n, "Fri, 12 Mar 2021 10:00:00 +0100") + "\n";
    m_window->importController()->setVerifyEachMessage(true);
    QString intro;
    UiTestSupport::whenDialogOpens([&](QWidget *review) {
        intro = review->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
        review->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    QVERIFY(m_window->importFiles({writeFile(QStringLiteral("trois.mbox"), mbox)}));
    waitForImport();
    QVERIFY2(intro.contains(QStringLiteral("message 3 of 3")), qPrintable(intro));
    QVERIFY2(intro.contains(QStringLiteral("Before it, 2 emails already imported were skipped.")), qPrintable(intro));
    QCOMPARE(m_window->importController()->summaryDialog()->count(ImportOutcome::Duplicate), 2);
}

void TestMailIntake::stoppingFromAReviewReadsNoFurther()
{
    QByteArray mbox;
    for (int n = 1; n <= 5; ++n)
        mbox += "From agent" + QByteArray::number(n) + "@ville-saumur.fr Fri Mar 12 10:00:00 2021\n"
            + message(n, "Fri, 12 Mar 2021 10:00:00 +0100") + "\n";
    const QString path = writeFile(QStringLiteral("cinq.mbox"), mbox);
    m_window->importController()->setVerifyEachMessage(true);
    QString secondPosition;
    UiTestSupport::whenDialogOpens([&](QWidget *first) {
        UiTestSupport::whenDialogOpens([&](QWidget *second) {
            secondPosition = second->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
            second->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
        });
        first->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    QVERIFY(m_window->importFiles({path}));
    waitForImport();
    ImportSummaryDialog *summary = m_window->importController()->summaryDialog();
    // Where the coordinator is: the mbox was counted before its first message was shown.
    QVERIFY2(secondPosition.contains(QStringLiteral("message 2 of 5 in “cinq.mbox”")), qPrintable(secondPosition));
    QCOMPARE(summary->count(ImportOutcome::Created), 1);
    QCOMPARE(summary->count(ImportOutcome::Skipped), 1);
    QCOMPARE(int(m_window->importController()->outcomes().size()), 2);
    QCOMPARE(countRows("contribution"), 1);
    QCOMPARE(countRows("source_message"), 1);
}

void TestMailIntake::commandLineTellsEmailsFromTheDatabase()
{
    const QString eml = testData(QStringLiteral("mail/01-saumur-thunderbird.eml"));
    const QStringList arguments = { QStringLiteral("recueil"), QStringLiteral("--database"), m_db->path,
        eml };
    QCOMPARE(DesktopLauncher::databaseLocation(arguments), m_db->path);
    QCOMPARE(DesktopLauncher::mailFiles(arguments), QStringList { eml });
    // Opened from the file manager: the email is not taken for a database.
    QCOMPARE(DesktopLauncher::databaseLocation({ QStringLiteral("recueil"), eml }), Database::defaultLocation());
    QCOMPARE(DesktopLauncher::databaseLocation({ QStringLiteral("recueil"), m_db->path }), m_db->path);
    QVERIFY(DesktopLauncher::mailFiles({ QStringLiteral("recueil"), m_db->path }).isEmpty());
}

QTEST_MAIN(TestMailIntake)
#include "tst_mailintake.moc"
