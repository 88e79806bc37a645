// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a person can reach with Tab must have a name a screen reader can say: its own
// accessible name, the text of the label whose buddy it is, or its visible text. This walks the
// widget tree of each window and dialog and lists the controls without one.
#include "core/clock.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/dossier/dossierdialog.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/mailviewerdialog.h"
#include "ui/import/importprogressdialog.h"
#include "ui/import/importsummarydialog.h"
#include "ui/import/messagereviewdialog.h"
#include "ui/people/peopledialog.h"
#include "ui/review/taxonomydialog.h"
#include "ui/shell/helpdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/welcomedialog.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextEdit>
#include <QtTest>

using TestSupport::TempDatabase;
using TestSupport::utc;

namespace {

bool isControl(QWidget *w)
{
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractSlider *>(w);
}

// The line edit inside a combo box or a spin box is named through its owner.
bool isPartOfAnotherControl(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return true;
    return false;
}

QString describe(QWidget *w, QWidget *top)
{
    QStringList path;
    for (QWidget *p = w; p && p != top; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className())
            + (p->objectName().isEmpty() ? QString() : "#" + p->objectName()));
    return path.join(" > ");
}

bool hasBuddyLabel(QWidget *w)
{
    const QList<QLabel *> labels = w->window()->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
        [w](QLabel *l) { return l->buddy() == w && !l->text().trimmed().isEmpty(); });
}

// What a screen reader says for w. A combo box or a line edit would otherwise be called by
// its current text or its placeholder, which says what is in it, not what it is for.
QString accessibleName(QWidget *w)
{
    if (qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w))
        return !w->accessibleName().trimmed().isEmpty() || hasBuddyLabel(w) ? QStringLiteral("named")
                                                                            : QString();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget *top)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isControl(w) || w->focusPolicy() == Qt::NoFocus || isPartOfAnotherControl(w))
            continue;
        const QString name = accessibleName(w);
        if (name.isEmpty())
            unnamed << describe(w, top);
        if (qEnvironmentVariableIsSet("RECUEIL_LIST_NAMES"))
            qInfo("%s: %s", qPrintable(describe(w, top)), qPrintable(name));
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void theWalkFindsAnUnnamedControl();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccessibility::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("window");
    for (const char *name :
        { "main window", "editor with a contribution", "review docks", "import summary", "dossier dialog",
            "welcome", "help", "message review", "import progress", "mail viewer", "people", "taxonomy" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, window);
    TempDatabase db;
    FixedClock clock(utc("2021-03-10T10:00:00Z"));
    Contribution c = TestSupport::sampleContribution();
    QString error;
    QVERIFY2(ContributionRepository(*db.db).create(c, &error), qPrintable(error));

    MainWindow main(*db.db, clock);
    std::unique_ptr<QWidget> dialog;
    QList<QWidget *> tops;
    if (window == "main window") {
        tops << &main;
    } else if (window == "editor with a contribution") {
        QVERIFY(main.editor()->openContribution(c.id));
        tops << main.editor();
    } else if (window == "review docks") {
        for (QDockWidget *dock : main.findChildren<QDockWidget *>())
            tops << dock;
    } else if (window == "import summary") {
        auto *summary = new ImportSummaryDialog(db.db->deadlineGuard());
        ImportOutcome created;
        created.kind = ImportOutcome::Created;
        created.source = "/tmp/a.eml";
        created.subject = "Plateforme d'entraide";
        ImportOutcome late = created;
        late.kind = ImportOutcome::Late;
        late.receivedAt = utc("2021-03-22T08:00:00Z");
        ImportOutcome failed = created;
        failed.kind = ImportOutcome::Error;
        failed.error = "Illisible";
        summary->setOutcomes({ created, late, failed }, false);
        dialog.reset(summary);
    } else if (window == "dossier dialog") {
        dialog = std::make_unique<DossierDialog>(*db.db);
    } else if (window == "welcome") {
        dialog = std::make_unique<WelcomeDialog>();
    } else if (window == "help") {
        dialog = std::make_unique<HelpDialog>();
    } else if (window == "message review") {
        dialog = std::make_unique<MessageReviewDialog>(*db.db);
    } else if (window == "import progress") {
        dialog = std::make_unique<ImportProgressDialog>();
    } else if (window == "mail viewer") {
        dialog = std::make_unique<MailViewerDialog>();
    } else if (window == "people") {
        dialog = std::make_unique<PeopleDialog>(*db.db);
    } else if (window == "taxonomy") {
        dialog = std::make_unique<TaxonomyDialog>(*db.db);
    }
    if (dialog)
        tops << dialog.get();
    for (QWidget *top : tops) {
        top->window()->show();
        const QStringList unnamed = unnamedControls(top);
        QVERIFY2(unnamed.isEmpty(), qPrintable("without an accessible name:\n  " + unnamed.join("\n  ")));
    }
}

void TestAccessibility::theWalkFindsAnUnnamedControl()
{
    QWidget form;
    auto *named = new QLineEdit(&form);
    named->setAccessibleName("Titre");
    new QLineEdit(&form); // nothing says what it is for
    auto *combo = new QComboBox(&form);
    combo->addItem("Courriel"); // its current text is not its name
    auto *labelled = new QComboBox(&form);
    auto *label = new QLabel("&Canal :", &form);
    label->setBuddy(labelled);
    auto *button = new QPushButton("Enregistrer", &form);
    Q_UNUSED(button);
    const QStringList unnamed = unnamedControls(&form);
    QCOMPARE(unnamed.size(), 2);
    QVERIFY(unnamed.first().startsWith("QLineEdit"));
    QVERIFY(unnamed.last().startsWith("QComboBox"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
