// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritydirectory.h"
#include "core/reviewworkflow.h"
#include "core/translations.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/personrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/editor/themeselector.h"
#include "ui/import/holdinglistwidget.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using TestSupport::TempDatabase;
using TestSupport::utc;

class TestContributionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmptyWithoutReceiptTime();
    void createsAContributionThroughTheForm();
    void aTypedTestimonyIsALetter_data();
    void aTypedTestimonyIsALetter();
    void onlyAnAdministratorAcceptsLate_data();
    void onlyAnAdministratorAcceptsLate();
    void choosesTheAuthorityFromSuggestions_data();
    void choosesTheAuthorityFromSuggestions();
    void warnsOutsideThePopulationBand();
    void keepsARetiredThemeItCarries();
    void showsProblemsNextToTheirFields();
    void refusesALateReceipt();
    void acceptsALateReceiptWithAReason();
    void holdsALateTestimonyForAnAdministrator_data();
    void holdsALateTestimonyForAnAdministrator();
    void undoRestoresThePreviousTitle();
    void typingIsOneUndoStep();
    void keepsTypingOnConflict();
    void mergesOnConflict_data();
    void mergesOnConflict();
    void asksBeforeLosingChanges();
    void deletesAfterConfirmation();
    void editsTagsThemesAndPrimaryTheme();

private:
    template<typename T> T *field(const char *name) const
    {
        T *w = m_editor->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s in the editor", name);
        return w;
    }
    void typeInto(QWidget *w, const QString &text);
    // Answers the question asked when a new testimony came after the close by staying in the
    // form (« Corriger la date »); records the question in *asked.
    static void stayInTheForm(QString *asked = nullptr);
    void fillValidForm(const QString &title);
    qint64 storedSample(const QString &title);
    int storedCount() const;

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ContributionEditor> m_editor;
};

void TestContributionEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
}

void TestContributionEditor::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_editor = std::make_unique<ContributionEditor>(*m_db->db);
    m_editor->resize(560, 900);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestContributionEditor::cleanup()
{
    m_editor.reset();
    m_db.reset();
}

void TestContributionEditor::stayInTheForm(QString *asked)
{
    UiTestSupport::whenDialogOpens([asked](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("lateTestimonyBox"));
        if (asked)
            *asked = box->text();
        box->findChild<QPushButton *>(QStringLiteral("correctDateButton"))->click();
    });
}

void TestContributionEditor::typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    UiTestSupport::typeText(w, text);
}

void TestContributionEditor::fillValidForm(const QString &title)
{
    typeInto(field<QLineEdit>("authorityEdit"), QStringLiteral("49328"));
    UiTestSupport::leaveField(field<QLineEdit>("authorityEdit"));
    typeInto(field<QLineEdit>("titleEdit"), title);
    typeInto(field<ReceiptTimeEdit>("receivedEdit"), QStringLiteral("02/02/2021 10:14"));
    field<QLineEdit>("contactNameEdit")->setFocus(); // leaves the receipt time
}

qint64 TestContributionEditor::storedSample(const QString &title)
{
    Contribution c = TestSupport::sampleContribution(title);
    QString error;
    if (!ContributionRepository(*m_db->db).create(c, &error))
        qWarning("%s", qPrintable(error));
    return c.id;
}

int TestContributionEditor::storedCount() const
{
    return ContributionRepository(*m_db->db).count(ContributionFilter());
}

void TestContributionEditor::startsEmptyWithoutReceiptTime()
{
    QCOMPARE(m_editor->contributionId(), 0);
    QVERIFY(!m_editor->isModified());
    auto *received = field<ReceiptTimeEdit>("receivedEdit");
    QVERIFY(!received->isSet());
    QVERIFY(!received->receivedAt().isValid());
    QVERIFY(!m_editor->contribution().receivedAt.isValid());
    QCOMPARE(field<QLabel>("statusValueLabel")->text(), ReviewState::label(ReviewState::Received));
    QVERIFY(field<QLabel>("lateOverrideLabel")->isHidden());
    // Every field is reachable by keyboard through its label.
    for (QLabel *label : m_editor->findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
}

void TestContributionEditor::createsAContributionThroughTheForm()
{
    QSignalSpy saved(m_editor.get(), &ContributionEditor::saved);
    fillValidForm(QStringLiteral("Plateforme d'entraide"));
    QCOMPARE(field<QLineEdit>("authorityEdit")->text(), QStringLiteral("Saumur (49)"));
    QVERIFY(field<QLabel>("authorityInfoLabel")->isVisible());
    QVERIFY(field<QLabel>("authorityWarningLabel")->isHidden()); // 26,241 inhabitants: in the band
    typeInto(field<QLineEdit>("emailEdit"), QStringLiteral("claire.moreau@ville-saumur.fr"));
    typeInto(field<QPlainTextEdit>("textEdit"),
             QStringLiteral("Les habitants volontaires aident les personnes isolées."));
    QVERIFY(m_editor->isModified());

    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toBool(), true);
    const qint64 id = saved.at(0).at(0).toLongLong();
    QCOMPARE(m_editor->contributionId(), id);
    QVERIFY(!m_editor->isModified());

    const std::optional<Contribution> stored = ContributionRepository(*m_db->db).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->authorityCode, QStringLiteral("49328"));
    QCOMPARE(stored->title, QStringLiteral("Plateforme d'entraide"));
    QCOMPARE(stored->contact.email, QStringLiteral("claire.moreau@ville-saumur.fr"));
    // 10:14 in Paris in February is 09:14 UTC.
    QCOMPARE(stored->receivedAt, utc("2021-02-02T09:14:00Z"));
    // Typed into the form: a letter unless said otherwise (it printed « par courriel »).
    QCOMPARE(stored->channel, Channel::Letter);
    QCOMPARE(stored->createdBy, QStringLiteral("test"));
}

void TestContributionEditor::aTypedTestimonyIsALetter_data()
{
    QTest::addColumn<QLocale>("language");
    QTest::addColumn<QString>("letter");
    QTest::newRow("français") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("Lettre");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("Letter");
}

void TestContributionEditor::aTypedTestimonyIsALetter()
{
    QFETCH(QLocale, language);
    QFETCH(QString, letter);
    const QLocale before;
    Translations::install(QCoreApplication::instance(), language);
    const auto untranslate = qScopeGuard([before] {
        QLocale::setDefault(before);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    ContributionEditor editor(*m_db->db);
    editor.newContribution(); // Ctrl+N
    auto *channel = editor.findChild<QComboBox *>(QStringLiteral("channelCombo"));
    QCOMPARE(channel->currentData().toString(), Channel::code(Channel::Letter));
    QCOMPARE(channel->currentText(), letter);
    // No two ways in read alike (« Courriel » and « Courrier » differed by one letter).
    auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int up = row[j];
                row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
                diagonal = up;
            }
        }
        return row[b.size()];
    };
    for (int i = 0; i < channel->count(); ++i)
        for (int j = i + 1; j < channel->count(); ++j)
            QVERIFY2(distance(channel->itemText(i), channel->itemText(j)) >= 3,
                qPrintable(channel->itemText(i) + " / " + channel->itemText(j)));
}

void TestContributionEditor::choosesTheAuthorityFromSuggestions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("name") << QStringLiteral("Saumur") << QStringLiteral("49328")
                          << QStringLiteral("Saumur (49) — 26\u202f241 inhab.");
    QTest::newRow("postal code") << QStringLiteral("49400") << QStringLiteral("49328") << QString();
    QTest::newRow("word without accent") << QStringLiteral("abymes") << QStringLiteral("97101")
                                         << QStringLiteral("Les Abymes (971) — 51\u202f055 inhab.");
}

void TestContributionEditor::choosesTheAuthorityFromSuggestions()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, suggestion);
    auto *edit = field<QLineEdit>("authorityEdit");
    typeInto(edit, typed);
    auto *completer = edit->findChild<QCompleter *>();
    QVERIFY(completer);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->model()->rowCount() > 0);
    QVERIFY(popup->model()->rowCount() <= 20);
    // The largest town first; postal codes list every commune that shares it.
    int row = 0;
    for (; row < popup->model()->rowCount(); ++row)
        if (popup->model()->index(row, 0).data(Qt::UserRole + 1).toString() == code)
            break;
    QVERIFY(row < popup->model()->rowCount());
    if (!suggestion.isEmpty())
        QCOMPARE(popup->model()->index(row, 0).data().toString(), suggestion);
    for (int i = 0; i <= row; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_editor->contribution().authorityCode, code);
    QVERIFY(field<QLabel>("authorityInfoLabel")->isVisible());
    QVERIFY(m_editor->isModified());
}

// A theme and a sub-topic retired by the call's settings are no longer offered, but a testimony
// that carries them shows them, and saving it keeps them.
void TestContributionEditor::keepsARetiredThemeItCarries()
{
    const qint64 id = storedSample(QStringLiteral("Entraide"));
    QString error;
    PersonRepository(m_db->db->connection()).save({QStringLiteral("test"), QStringLiteral("Test"), Role::Admin},
        QStringLiteral("test"), &error);
    CampaignSettings call = CampaignRepository(*m_db->db).settings();
    for (Theme &t : call.themes)
        t.retired = t.code == QLatin1String("cohesion");
    QVERIFY2(CampaignRepository(*m_db->db).save(call, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
    m_editor->reloadTaxonomy();
    m_editor->newContribution();
    auto *tree = field<ThemeSelector>("themeSelector");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == QLatin1String("cohesion"))
            QVERIFY(tree->topLevelItem(i)->isHidden()); // not offered to a new testimony
    QVERIFY(m_editor->openContribution(id));
    QCOMPARE(m_editor->contribution().themes, QStringList {QStringLiteral("cohesion")});
    QCOMPARE(m_editor->contribution().subtopics, QStringList {QStringLiteral("associations")});
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral(" solidaire"));
    QVERIFY(m_editor->save());
    const auto stored = ContributionRepository(*m_db->db).find(id);
    QCOMPARE(stored->themes, QStringList {QStringLiteral("cohesion")});
    QCOMPARE(stored->subtopics, QStringList {QStringLiteral("associations")});
}

void TestContributionEditor::warnsOutsideThePopulationBand()
{
    typeInto(field<QLineEdit>("authorityEdit"), QStringLiteral("49002")); // Allonnes, 2,911 inhabitants
    UiTestSupport::leaveField(field<QLineEdit>("authorityEdit"));
    QCOMPARE(field<QLineEdit>("authorityEdit")->text(), QStringLiteral("Allonnes (49)"));
    auto *warning = field<QLabel>("authorityWarningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             QStringLiteral("Outside the call's target (10\u202f000 to 100\u202f000 inhabitants): "
                            "the contribution is accepted."));
    // A warning only: the contribution is saved.
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Petite commune"));
    typeInto(field<ReceiptTimeEdit>("receivedEdit"), QStringLiteral("01/03/2021 09:00"));
    QVERIFY(m_editor->save());
    QCOMPARE(storedCount(), 1);
}

void TestContributionEditor::showsProblemsNextToTheirFields()
{
    typeInto(field<QLineEdit>("emailEdit"), QStringLiteral("claire@"));
    QVERIFY(!m_editor->save());
    QCOMPARE(storedCount(), 0);
    const ContributionValidator validator(AuthorityDirectory::official());
    auto messageFor = [&](ContributionValidator::Field f) {
        for (const auto &p : validator.check(m_editor->contribution()))
            if (p.field == f)
                return p.message;
        return QString();
    };
    auto *authorityError = field<QLabel>("authorityErrorLabel");
    auto *titleError = field<QLabel>("titleErrorLabel");
    auto *emailError = field<QLabel>("emailErrorLabel");
    auto *receivedError = field<QLabel>("receivedErrorLabel");
    QVERIFY(authorityError->isVisible());
    QCOMPARE(authorityError->text(), messageFor(ContributionValidator::Field::Authority));
    QVERIFY(titleError->isVisible());
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("“claire@” is not a valid email address."));
    QVERIFY(receivedError->isVisible());
    QCOMPARE(receivedError->text(), QStringLiteral("Enter the date and time the testimony was received."));
    QCOMPARE(field<QLineEdit>("emailEdit")->accessibleDescription(), emailError->text());
    // The first field at fault has the focus.
    QVERIFY(field<QLineEdit>("authorityEdit")->hasFocus());

    // Correcting a field takes its message away; the others stay until the next save.
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Un titre"));
    QVERIFY(titleError->isHidden());
    QVERIFY(emailError->isVisible());

    // An authority that does not exist is named in the message.
    typeInto(field<QLineEdit>("authorityEdit"), QStringLiteral("Atlantide"));
    QVERIFY(!m_editor->save());
    QCOMPARE(authorityError->text(),
             QStringLiteral("“Atlantide” is not in the official list of communes and intercommunalités."));
}

void TestContributionEditor::refusesALateReceipt()
{
    typeInto(field<QLineEdit>("authorityEdit"), QStringLiteral("49328"));
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Reçu trop tard"));
    // Midnight in Paris after the close of 20 March 2021.
    typeInto(field<ReceiptTimeEdit>("receivedEdit"), QStringLiteral("21/03/2021 00:00"));
    QCOMPARE(m_editor->contribution().receivedAt, utc("2021-03-20T23:00:00Z"));
    QString asked;
    stayInTheForm(&asked);
    QVERIFY(!m_editor->save());
    QCOMPARE(asked, m_db->db->deadlineGuard().refusal(utc("2021-03-20T23:00:00Z"), std::nullopt));
    QCOMPARE(storedCount(), 0);
    auto *receivedError = field<QLabel>("receivedErrorLabel");
    QVERIFY(receivedError->isVisible());
    QCOMPARE(receivedError->text(),
             m_db->db->deadlineGuard().refusal(utc("2021-03-20T23:00:00Z"), std::nullopt));
    QVERIFY(field<QPushButton>("acceptLateButton")->isVisible());
    QVERIFY(m_editor->isModified()); // nothing typed is lost

    // One second earlier is in time.
    auto *received = field<ReceiptTimeEdit>("receivedEdit");
    received->setFocus();
    received->setReceivedAt(utc("2021-03-20T22:59:59Z"));
    QVERIFY(field<QPushButton>("acceptLateButton")->isHidden());
    QVERIFY(m_editor->save());
    QCOMPARE(storedCount(), 1);
}

void TestContributionEditor::acceptsALateReceiptWithAReason()
{
    typeInto(field<QLineEdit>("authorityEdit"), QStringLiteral("49328"));
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Reçu trop tard"));
    typeInto(field<ReceiptTimeEdit>("receivedEdit"), QStringLiteral("22/03/2021 08:30"));
    stayInTheForm();
    QVERIFY(!m_editor->save());

    // The acting person is an administrator (nobody is registered yet): no question, the reason.
    // First an empty reason: refused, nothing saved.
    UiTestSupport::whenDialogOpens([](QWidget *input) {
        auto *reason = qobject_cast<QInputDialog *>(input);
        QVERIFY(reason);
        reason->setTextValue(QStringLiteral("   "));
        reason->accept();
        UiTestSupport::answerMessageBox(QMessageBox::Ok);
    });
    QTest::mouseClick(field<QPushButton>("acceptLateButton"), Qt::LeftButton);
    QCOMPARE(storedCount(), 0);

    UiTestSupport::whenDialogOpens([](QWidget *input) {
        auto *reason = qobject_cast<QInputDialog *>(input);
        QVERIFY(reason);
        reason->setTextValue(QStringLiteral("Courrier posté le 19 mars, retard de La Poste"));
        reason->accept();
    });
    QSignalSpy saved(m_editor.get(), &ContributionEditor::saved);
    QTest::mouseClick(field<QPushButton>("acceptLateButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const std::optional<Contribution> stored =
        ContributionRepository(*m_db->db).find(m_editor->contributionId());
    QVERIFY(stored && stored->lateOverride);
    QCOMPARE(stored->lateOverride->by, QStringLiteral("test"));
    QCOMPARE(stored->lateOverride->reason, QStringLiteral("Courrier posté le 19 mars, retard de La Poste"));
    auto *overrideLabel = field<QLabel>("lateOverrideLabel");
    QVERIFY(overrideLabel->isVisible());
    QCOMPARE(
        overrideLabel->text(),
        QStringLiteral("Accepted after the close by test: Courrier posté le 19 mars, retard de La Poste"));
    QVERIFY(field<QLabel>("receivedErrorLabel")->isHidden());
    QVERIFY(field<QPushButton>("acceptLateButton")->isHidden());

    // Shown again when the contribution is opened later.
    m_editor->newContribution();
    QVERIFY(m_editor->openContribution(stored->id));
    QVERIFY(overrideLabel->isVisible());
}

void TestContributionEditor::holdsALateTestimonyForAnAdministrator_data()
{
    QTest::addColumn<bool>("french");
    QTest::addColumn<QString>("offer"); // how the question begins its second sentence
    QTest::addColumn<QString>("why");   // the pending list's « why it waits »
    QTest::newRow("français") << true << QStringLiteral("Mettez-le dans la liste «\u202FEn attente\u202F»")
                              << QStringLiteral("Témoignage reçu après la clôture (lettre)\u00A0: Lettre arrivée le 22 mars");
    QTest::newRow("English") << false << QStringLiteral("Put it in the pending list")
                             << QStringLiteral("Testimony received after the close (letter): Lettre arrivée le 22 mars");
}

// A letter typed after the close goes to the pending list with its reason, and every field
// typed with it; it is in no list until an administrator accepts it there.
void TestContributionEditor::holdsALateTestimonyForAnAdministrator()
{
    QFETCH(bool, french);
    QFETCH(QString, offer);
    QFETCH(QString, why);
    // A coordinator: the question offers the pending list only.
    PersonRepository people(m_db->db->connection());
    QString error;
    QVERIFY2(people.save(Person {QStringLiteral("anne"), QStringLiteral("Anne Martin"), Role::Admin},
                         QStringLiteral("test"), &error), qPrintable(error));
    QVERIFY2(people.save(Person {QStringLiteral("test"), QStringLiteral("Test"), Role::Coordinator},
                         QStringLiteral("anne"), &error), qPrintable(error));
    if (french)
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    const auto untranslate = qScopeGuard([] {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    });
    ContributionEditor editor(*m_db->db);
    editor.show();
    auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    typeInto(editor.findChild<QLineEdit *>(QStringLiteral("authorityEdit")), QStringLiteral("49328"));
    typeInto(title, QStringLiteral("Lettre du maire"));
    typeInto(editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit")),
             QStringLiteral("Le portail famille a tenu bon."));
    typeInto(editor.findChild<ReceiptTimeEdit *>(QStringLiteral("receivedEdit")), QStringLiteral("22/03/2021 10:30"));

    QString informative;
    bool acceptOffered = true;
    bool emptyReasonRefused = false;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        informative = box->informativeText();
        acceptOffered = box->findChild<QPushButton *>(QStringLiteral("acceptLateNowButton")) != nullptr;
        UiTestSupport::whenDialogOpens([&](QWidget *input) {
            auto *reason = qobject_cast<QInputDialog *>(input);
            QVERIFY(reason);
            QCOMPARE(reason->objectName(), QStringLiteral("holdReasonDialog"));
            QPushButton *ok = reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            emptyReasonRefused = !ok->isEnabled();
            reason->setTextValue(QStringLiteral("Lettre arrivée le 22 mars"));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        box->findChild<QPushButton *>(QStringLiteral("holdLateButton"))->click();
    });
    QSignalSpy held(&editor, &ContributionEditor::held);
    QVERIFY(editor.save());
    QVERIFY2(informative.contains(offer), qPrintable(informative));
    QVERIFY(!acceptOffered);
    QVERIFY(emptyReasonRefused);
    QCOMPARE(held.count(), 1);

    // Held: in no list, count or search; everything typed kept, with the reason.
    ContributionRepository repository(*m_db->db);
    QCOMPARE(storedCount(), 0);
    QCOMPARE(repository.search(QStringLiteral("portail"), ContributionFilter(), 0, 10).size(), 0);
    const QList<Contribution> waiting = repository.held();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().id, held.first().first().toLongLong());
    QCOMPARE(waiting.first().title, QStringLiteral("Lettre du maire"));
    QCOMPARE(waiting.first().text, QStringLiteral("Le portail famille a tenu bon."));
    QCOMPARE(waiting.first().holdReason, QStringLiteral("Lettre arrivée le 22 mars"));
    QCOMPARE(waiting.first().channel, Channel::Letter);
    // The form is ready for the next one.
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.contributionId(), 0);
    QVERIFY(title->text().isEmpty());

    // The pending list shows it, says why, and the coordinator cannot accept it there.
    HoldingListWidget pending(*m_db->db);
    pending.setCurrentHeldContributionId(waiting.first().id);
    QCOMPARE(pending.currentHeldContributionId(), waiting.first().id);
    QCOMPARE(pending.list()->currentItem()->text(2), QStringLiteral("Lettre du maire"));
    QCOMPARE(pending.list()->currentItem()->text(3), why);
    QString said;
    UiTestSupport::whenDialogOpens([&said](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        said = box->text();
        box->accept();
    });
    pending.acceptCurrent();
    QVERIFY2(said.contains(french ? QStringLiteral("Seul un administrateur") : QStringLiteral("Only an administrator")),
             qPrintable(said));
    QCOMPARE(repository.held().size(), 1);
    QVERIFY(!pending.acceptTyped(waiting.first().id, QStringLiteral("Je passe outre"), &error));
    QCOMPARE(storedCount(), 0);

    // Anne, the administrator, accepts it with a reason: it joins the lists, accepted late.
    m_db->db->setActor(QStringLiteral("anne"));
    QVERIFY(!pending.acceptTyped(waiting.first().id, QStringLiteral("  "), &error));
    QSignalSpy created(&pending, &HoldingListWidget::contributionCreated);
    QVERIFY2(pending.acceptTyped(waiting.first().id, QStringLiteral("Posté le 19 mars"), &error), qPrintable(error));
    QCOMPARE(created.count(), 1);
    QCOMPARE(storedCount(), 1);
    QCOMPARE(repository.search(QStringLiteral("portail"), ContributionFilter(), 0, 10).size(), 1);
    QCOMPARE(pending.count(), 0);
    const std::optional<Contribution> accepted = repository.find(waiting.first().id);
    QVERIFY(accepted && accepted->lateOverride && accepted->hold.isEmpty());
    QCOMPARE(accepted->lateOverride->by, QStringLiteral("anne"));
    QCOMPARE(accepted->lateOverride->reason, QStringLiteral("Posté le 19 mars"));
    QStringList actions;
    for (const AuditEntry &e : AuditLog(m_db->db->connection()).history(accepted->id))
        actions.prepend(e.action);
    QCOMPARE(actions, (QStringList {QStringLiteral("create"), QStringLiteral("hold"), QStringLiteral("accept_held"),
                                    QStringLiteral("late_override")}));
}

void TestContributionEditor::onlyAnAdministratorAcceptsLate_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("french");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("coordinator, français")
        << int(Role::Coordinator) << true << QStringLiteral("Seul un administrateur");
    QTest::newRow("reviewer, English")
        << int(Role::Reviewer) << false << QStringLiteral("Only an administrator");
    QTest::newRow("administrator") << int(Role::Admin) << false << QString();
}

void TestContributionEditor::onlyAnAdministratorAcceptsLate()
{
    QFETCH(int, role);
    QFETCH(bool, french);
    QFETCH(QString, refusal);
    // The role is the one the campaign gives the person acting: there is no question to lie to.
    PersonRepository people(m_db->db->connection());
    QString error;
    QVERIFY2(people.save(Person { QStringLiteral("anne"), QStringLiteral("Anne Martin"), Role::Admin },
                 QStringLiteral("test"), &error),
        qPrintable(error));
    QVERIFY2(people.save(Person { QStringLiteral("test"), QStringLiteral("Test"), Role::Value(role) },
                 QStringLiteral("anne"), &error),
        qPrintable(error));
    QCOMPARE(people.roleOf(QStringLiteral("test")), Role::Value(role));
    const QLocale before;
    if (french)
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
    const auto untranslate = qScopeGuard([before] {
        QLocale::setDefault(before);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });
    ContributionEditor editor(*m_db->db);
    editor.show();
    auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    typeInto(editor.findChild<QLineEdit *>(QStringLiteral("authorityEdit")), QStringLiteral("49328"));
    typeInto(title, QStringLiteral("Appel du maire"));
    typeInto(editor.findChild<ReceiptTimeEdit *>(QStringLiteral("receivedEdit")),
        QStringLiteral("22/03/2021 08:30"));
    stayInTheForm();
    QVERIFY(!editor.save());
    QString said;
    if (refusal.isEmpty()) {
        UiTestSupport::whenDialogOpens([](QWidget *input) {
            auto *reason = qobject_cast<QInputDialog *>(input);
            QVERIFY(reason);
            reason->setTextValue(QStringLiteral("Appel reçu le 19 mars, noté le 22"));
            reason->accept();
        });
    } else {
        UiTestSupport::whenDialogOpens([&said](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            said = box->text();
            box->accept();
        });
    }
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("acceptLateButton")), Qt::LeftButton);
    if (refusal.isEmpty()) {
        QCOMPARE(storedCount(), 1);
        return;
    }
    QVERIFY2(said.startsWith(refusal), qPrintable(said));
    QCOMPARE(storedCount(), 0);
    // Nothing typed is lost.
    QCOMPARE(title->text(), QStringLiteral("Appel du maire"));
    QVERIFY(editor.isModified());
}

void TestContributionEditor::undoRestoresThePreviousTitle()
{
    const qint64 id = storedSample(QStringLiteral("Titre d'origine"));
    QVERIFY(m_editor->openContribution(id));
    QVERIFY(!m_editor->isModified());
    QVERIFY(!m_editor->undoAction()->isEnabled());
    auto *title = field<QLineEdit>("titleEdit");
    title->setFocus();
    title->selectAll();
    UiTestSupport::typeText(title, QStringLiteral("Nouveau titre"));
    QCOMPARE(title->text(), QStringLiteral("Nouveau titre"));
    QVERIFY(m_editor->isModified());
    QVERIFY(m_editor->undoAction()->isEnabled());
    QCOMPARE(m_editor->undoAction()->text(), QStringLiteral("&Undo change to “Title”"));

    // Ctrl+Z goes to the form's history, not to the line edit's own.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QStringLiteral("Titre d'origine"));
    QVERIFY(!m_editor->isModified());
    m_editor->redoAction()->trigger();
    QCOMPARE(title->text(), QStringLiteral("Nouveau titre"));
    QVERIFY(m_editor->isModified());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("Nouveau titre")); // nothing more to redo
    m_editor->undoAction()->trigger();
    QCOMPARE(title->text(), QStringLiteral("Titre d'origine"));
}

void TestContributionEditor::typingIsOneUndoStep()
{
    auto *title = field<QLineEdit>("titleEdit");
    typeInto(title, QStringLiteral("Premier"));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    field<QLineEdit>("roleEdit")->setFocus(); // leaving the field ends the step
    typeInto(title, QStringLiteral(" jet"));
    QCOMPARE(m_editor->undoStack()->count(), 2);
    typeInto(field<QPlainTextEdit>("textEdit"), QStringLiteral("Un récit"));
    field<QCheckBox>("consentCheck")->click();
    QCOMPARE(m_editor->undoStack()->count(), 4);
    m_editor->undoStack()->undo();
    QVERIFY(!field<QCheckBox>("consentCheck")->isChecked());
    m_editor->undoStack()->undo();
    QCOMPARE(field<QPlainTextEdit>("textEdit")->toPlainText(), QString());
    m_editor->undoStack()->undo();
    QCOMPARE(title->text(), QStringLiteral("Premier"));
    m_editor->undoStack()->undo();
    QCOMPARE(title->text(), QString());
    QVERIFY(!m_editor->isModified());
}

void TestContributionEditor::keepsTypingOnConflict()
{
    const qint64 id = storedSample(QStringLiteral("Version lue"));
    QVERIFY(m_editor->openContribution(id));
    // Someone else saves meanwhile.
    ContributionRepository other(*m_db->db);
    Contribution theirs = *other.find(id);
    theirs.title = QStringLiteral("Leur version");
    QString error;
    QVERIFY2(other.update(theirs, &error), qPrintable(error));

    auto *title = field<QLineEdit>("titleEdit");
    title->setFocus();
    title->selectAll();
    UiTestSupport::typeText(title, QStringLiteral("Ma version"));
    // Both versions are shown; closing the question keeps the form as typed.
    QString theirsShown, mineShown;
    UiTestSupport::whenDialogOpens([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("fieldTable"));
        if (table && table->rowCount() > 0) {
            theirsShown = table->item(0, 1)->text();
            mineShown = table->item(0, 2)->text();
        }
        dialog->close();
    });
    QVERIFY(!m_editor->save());
    QCOMPARE(theirsShown, QStringLiteral("Leur version"));
    QCOMPARE(mineShown, QStringLiteral("Ma version"));
    QCOMPARE(title->text(), QStringLiteral("Ma version"));
    QVERIFY(m_editor->isModified());
    QVERIFY(field<QLabel>("generalErrorLabel")->isVisible());
    QCOMPARE(ContributionRepository(*m_db->db).find(id)->title, QStringLiteral("Leur version"));
}

void TestContributionEditor::mergesOnConflict_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("difficulties");
    QTest::newRow("merge") << "mergeButton"
                           << "Leur version"
                           << "Peu de bénévoles";
    QTest::newRow("keep mine") << "keepMineButton"
                               << "Version lue"
                               << "Peu de bénévoles";
    QTest::newRow("keep theirs") << "keepTheirsButton"
                                 << "Leur version"
                                 << "";
}

void TestContributionEditor::mergesOnConflict()
{
    QFETCH(QString, button);
    QFETCH(QString, title);
    QFETCH(QString, difficulties);
    const qint64 id = storedSample(QStringLiteral("Version lue"));
    QVERIFY(m_editor->openContribution(id));
    ContributionRepository other(*m_db->db);
    Contribution theirs = *other.find(id);
    theirs.title = QStringLiteral("Leur version");
    QString error;
    QVERIFY2(other.update(theirs, &error), qPrintable(error));
    typeInto(field<QPlainTextEdit>("difficultiesEdit"), QStringLiteral("Peu de bénévoles"));
    UiTestSupport::whenDialogOpens([button](QWidget *dialog) {
        if (auto *b = dialog->findChild<QPushButton *>(button))
            b->click();
        else
            dialog->close();
    });
    QVERIFY(m_editor->save());
    QVERIFY(!m_editor->isModified());
    const Contribution stored = *ContributionRepository(*m_db->db).find(id);
    QCOMPARE(stored.title, title);
    QCOMPARE(stored.difficulties, button == QLatin1String("keepTheirsButton") ? QString() : difficulties);
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), title);
}

void TestContributionEditor::asksBeforeLosingChanges()
{
    QVERIFY(m_editor->maybeSave()); // nothing typed: no question

    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Brouillon"));
    UiTestSupport::answerMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_editor->maybeSave());
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), QStringLiteral("Brouillon"));

    UiTestSupport::whenDialogOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Save));
        box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(m_editor->maybeSave());
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), QString());
    QVERIFY(!m_editor->isModified());

    // Save: a form that cannot be saved keeps the person where they are.
    typeInto(field<QLineEdit>("titleEdit"), QStringLiteral("Incomplet"));
    UiTestSupport::answerMessageBox(QMessageBox::Save);
    QVERIFY(!m_editor->maybeSave());
    QVERIFY(field<QLabel>("authorityErrorLabel")->isVisible());

    fillValidForm(QString());
    UiTestSupport::answerMessageBox(QMessageBox::Save);
    QVERIFY(m_editor->maybeSave());
    QCOMPARE(storedCount(), 1);
}

void TestContributionEditor::deletesAfterConfirmation()
{
    const qint64 id = storedSample(QStringLiteral("À supprimer"));
    QVERIFY(m_editor->openContribution(id));
    QSignalSpy deleted(m_editor.get(), &ContributionEditor::deleted);
    UiTestSupport::whenDialogOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
    });
    QVERIFY(!m_editor->deleteContribution());
    QVERIFY(ContributionRepository(*m_db->db).find(id));
    UiTestSupport::answerMessageBox(QMessageBox::Yes);
    QVERIFY(m_editor->deleteContribution());
    QCOMPARE(deleted.count(), 1);
    QVERIFY(!ContributionRepository(*m_db->db).find(id));
    QCOMPARE(m_editor->contributionId(), 0);
}

void TestContributionEditor::editsTagsThemesAndPrimaryTheme()
{
    const qint64 id = storedSample(QStringLiteral("Classement"));
    QVERIFY(m_editor->openContribution(id));
    auto *themes = field<ThemeSelector>("themeSelector");
    QCOMPARE(themes->checkedThemes(), QStringList {QStringLiteral("cohesion")});
    QCOMPARE(themes->checkedSubtopics(), QStringList {QStringLiteral("associations")});
    auto *primary = field<QComboBox>("primaryThemeCombo");
    QCOMPARE(primary->currentData().toString(), QStringLiteral("cohesion"));

    // Checking a sub-topic checks its theme, which becomes a possible primary theme.
    QTreeWidgetItem *teletravail = nullptr;
    for (QTreeWidgetItem *item :
         themes->findItems(QStringLiteral("Télétravail des agents"), Qt::MatchExactly | Qt::MatchRecursive))
        teletravail = item;
    QVERIFY(teletravail);
    teletravail->setCheckState(0, Qt::Checked);
    QCOMPARE(themes->checkedThemes(),
             (QStringList {QStringLiteral("organisation"), QStringLiteral("cohesion")}));
    QCOMPARE(primary->count(), 2);
    QVERIFY(primary->isEnabled());
    primary->setCurrentIndex(primary->findData(QStringLiteral("organisation")));
    Q_EMIT primary->activated(primary->currentIndex());

    typeInto(field<QLineEdit>("tagsEdit"), QStringLiteral("télétravail, VPN , télétravail"));
    QVERIFY(m_editor->save());
    const Contribution stored = *ContributionRepository(*m_db->db).find(id);
    QCOMPARE(stored.primaryTheme, QStringLiteral("organisation"));
    QCOMPARE(stored.subtopics, (QStringList {QStringLiteral("teletravail"), QStringLiteral("associations")}));
    QCOMPARE(stored.tags, (QStringList {QStringLiteral("télétravail"), QStringLiteral("VPN")}));

    // Undo of the tick takes the theme and the sub-topic back.
    m_editor->undoStack()->undo(); // tags
    m_editor->undoStack()->undo(); // primary theme
    m_editor->undoStack()->undo(); // the tick
    QCOMPARE(themes->checkedThemes(), QStringList {QStringLiteral("cohesion")});
    QCOMPARE(primary->currentData().toString(), QStringLiteral("cohesion"));
    QVERIFY(!primary->isEnabled());
}

QTEST_MAIN(TestContributionEditor)
#include "tst_contributioneditor.moc"
