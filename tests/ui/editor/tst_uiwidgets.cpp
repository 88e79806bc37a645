// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy.h"
#include "testsupport.h"
#include "ui/common/uitext.h"
#include "ui/editor/authoritycompleter.h"
#include "ui/editor/formhistory.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/editor/tagcompleter.h"
#include "ui/editor/themeselector.h"
#include "ui/review/filterbar.h"
#include "ui/common/elidedlabel.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStringListModel>
#include <QUndoStack>
#include <QtTest>

using TestSupport::utc;

// The small widgets the editor and the filter bar are made of.
class TestUiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void receiptTimeStartsUnset();
    void receiptTimeIsTypedInParisTime_data();
    void receiptTimeIsTypedInParisTime();
    void receiptTimeShowsStoredInstantsInParisTime();
    void receiptTimeIsTypedOverAnOldOne();
    void namesAPersonAfterDe_data();
    void namesAPersonAfterDe();
    void resolvesAuthorities_data();
    void resolvesAuthorities();
    void splitsTags();
    void completesTheTagBeingTyped();
    void themeSelectorKeepsThemesAndSubtopicsTogether();
    void filterBarWaitsForAPause();
    void historyMergesTypingInOneField();
    void elidedLabelKeepsTheWholeTextInItsTooltip();
};

void TestUiWidgets::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
}

void TestUiWidgets::receiptTimeStartsUnset()
{
    ReceiptTimeEdit edit;
    QVERIFY(!edit.isSet());
    QVERIFY(!edit.receivedAt().isValid());
    QCOMPARE(edit.text(), edit.specialValueText());
    edit.setReceivedAt(utc("2021-02-02T09:14:07Z"));
    QVERIFY(edit.isSet());
    edit.clear();
    QVERIFY(!edit.isSet());
    // The up arrow on an unset field offers the suggested day, not the clock's.
    edit.setSuggestedDate(QDate(2021, 3, 20));
    edit.stepUp();
    QVERIFY(edit.isSet());
    QCOMPARE(edit.dateTime().date(), QDate(2021, 3, 20));
}

void TestUiWidgets::receiptTimeIsTypedInParisTime_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDateTime>("expected");
    // Day, month, year, hours and minutes: nobody types seconds.
    QTest::newRow("winter, with separators") << QStringLiteral("02/02/2021 10:14") << utc("2021-02-02T09:14:00Z");
    QTest::newRow("digits only") << QStringLiteral("210320210000") << utc("2021-03-20T23:00:00Z");
    QTest::newRow("short sections") << QStringLiteral("2/2/2021 9:05") << utc("2021-02-02T08:05:00Z");
    QTest::newRow("summer time") << QStringLiteral("29/03/2021 10:00") << utc("2021-03-29T08:00:00Z");
    QTest::newRow("last minute") << QStringLiteral("20/03/2021 23:59") << utc("2021-03-20T22:59:00Z");
}

void TestUiWidgets::receiptTimeIsTypedInParisTime()
{
    QFETCH(QString, typed);
    QFETCH(QDateTime, expected);
    ReceiptTimeEdit edit;
    edit.setSuggestedDate(QDate(2021, 3, 20));
    edit.show();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    QSignalSpy changed(&edit, &ReceiptTimeEdit::receivedAtChanged);
    edit.setFocus();
    QTest::keyClicks(&edit, typed);
    QCOMPARE(edit.receivedAt(), expected);
    QVERIFY(changed.count() > 0);
    QCOMPARE(changed.last().at(0).toDateTime(), expected);
}

void TestUiWidgets::receiptTimeShowsStoredInstantsInParisTime()
{
    ReceiptTimeEdit edit;
    // An email's seconds are shown (they matter at the close) and kept.
    edit.setReceivedAt(utc("2021-03-20T22:59:59Z"));
    QCOMPARE(edit.text(), QStringLiteral("20/03/2021 23:59:59"));
    QCOMPARE(edit.receivedAt(), utc("2021-03-20T22:59:59Z"));
    // A time without seconds shows none.
    edit.setReceivedAt(utc("2021-06-01T08:00:00Z"));
    QCOMPARE(edit.text(), QStringLiteral("01/06/2021 10:00"));
    QCOMPARE(edit.receivedAt(), utc("2021-06-01T08:00:00Z"));
}

void TestUiWidgets::namesAPersonAfterDe_data()
{
    // Seen by a newcomer: « au nom de amartin ». The name, with French elision.
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("vowel") << fr << QStringLiteral("Anne Martin") << QStringLiteral("d’Anne Martin");
    QTest::newRow("accented vowel") << fr << QStringLiteral("Émile Roux") << QStringLiteral("d’Émile Roux");
    QTest::newRow("mute h") << fr << QStringLiteral("Hélène Dupré") << QStringLiteral("d’Hélène Dupré");
    QTest::newRow("consonant") << fr << QStringLiteral("Paul Durand") << QStringLiteral("de Paul Durand");
    QTest::newRow("a login") << fr << QStringLiteral("amartin") << QStringLiteral("d’amartin");
    QTest::newRow("English") << en << QStringLiteral("Anne Martin") << QStringLiteral("Anne Martin");
}

void TestUiWidgets::namesAPersonAfterDe()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString named = UiText::ofPerson(name);
    QLocale::setDefault(before);
    QCOMPARE(named, expected);
}

void TestUiWidgets::receiptTimeIsTypedOverAnOldOne()
{
    // Seen by a newcomer: typing a new time over the old one mixed the two.
    ReceiptTimeEdit edit;
    edit.setReceivedAt(utc("2021-03-20T09:00:00Z"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    edit.setFocus();
    edit.selectAll();
    QTest::keyClicks(&edit, QStringLiteral("19/03/2021 10:30"));
    QCOMPARE(edit.text(), QStringLiteral("19/03/2021 10:30"));
    QCOMPARE(edit.receivedAt(), utc("2021-03-19T09:30:00Z"));
}

void TestUiWidgets::resolvesAuthorities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("INSEE code") << QStringLiteral("49328") << QStringLiteral("49328");
    QTest::newRow("SIREN") << QStringLiteral(" 200071876 ") << QStringLiteral("200071876");
    QTest::newRow("shown form") << QStringLiteral("Saumur (49)") << QStringLiteral("49328");
    QTest::newRow("name, any case") << QStringLiteral("saumur") << QStringLiteral("49328");
    QTest::newRow("overseas") << QStringLiteral("Les Abymes (971)") << QStringLiteral("97101");
    QTest::newRow("homonyms told apart") << QStringLiteral("Saint-Denis (974)") << QStringLiteral("97411");
    QTest::newRow("homonyms without département") << QStringLiteral("Saint-Denis") << QString();
    QTest::newRow("unknown") << QStringLiteral("Atlantide") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestUiWidgets::resolvesAuthorities()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(AuthorityCompleter::resolve(text).code, code);
}

void TestUiWidgets::splitsTags()
{
    QCOMPARE(TagCompleter::split(QStringLiteral(" télétravail, VPN ,, Télétravail ,  ")),
             (QStringList {QStringLiteral("télétravail"), QStringLiteral("VPN")}));
    QCOMPARE(TagCompleter::join({QStringLiteral("a"), QStringLiteral("b c")}), QStringLiteral("a, b c"));
    QCOMPARE(TagCompleter::split(QString()), QStringList());
}

void TestUiWidgets::completesTheTagBeingTyped()
{
    QLineEdit edit;
    auto *completer = new TagCompleter(&edit);
    completer->setTags({QStringLiteral("entraide"), QStringLiteral("état civil"), QStringLiteral("VPN")});
    edit.setCompleter(completer);
    edit.setText(QStringLiteral("télétravail, ent"));
    QCOMPARE(completer->splitPath(edit.text()), QStringList {QStringLiteral("ent")});
    completer->setCompletionPrefix(QStringLiteral("ent"));
    QCOMPARE(completer->currentIndex().data().toString(), QStringLiteral("entraide"));
    // What goes into the line edit: the tags before, then the one chosen.
    QCOMPARE(completer->currentCompletion(), QStringLiteral("télétravail, entraide"));
}

void TestUiWidgets::themeSelectorKeepsThemesAndSubtopicsTogether()
{
    ThemeSelector selector;
    selector.setTaxonomy(Taxonomy::defaultThemes(), Taxonomy::defaultSubtopics());
    QCOMPARE(selector.topLevelItemCount(), 3);
    QSignalSpy edited(&selector, &ThemeSelector::selectionEdited);
    selector.setCheckedCodes({QStringLiteral("cohesion"), QStringLiteral("associations")});
    QCOMPARE(edited.count(), 0); // set by the form, not by the person
    QCOMPARE(selector.checkedThemes(), QStringList {QStringLiteral("cohesion")});

    QTreeWidgetItem *economie = selector.topLevelItem(1);
    economie->child(0)->setCheckState(0, Qt::Checked); // circuits courts
    QCOMPARE(edited.count(), 1);
    QCOMPARE(selector.checkedThemes(),
             (QStringList {QStringLiteral("economie"), QStringLiteral("cohesion")}));

    selector.topLevelItem(2)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(selector.checkedCodes(),
             (QStringList {QStringLiteral("economie"), QStringLiteral("circuits-courts")}));
    // Stored as the contract writes it, shown with the typographic apostrophe.
    QCOMPARE(selector.themeLabel(QStringLiteral("economie")), QStringLiteral("Soutien à l\u2019économie locale"));
    QVERIFY(selector.minimumHeight() >= 16 * selector.fontMetrics().height());
}

void TestUiWidgets::filterBarWaitsForAPause()
{
    FilterBar bar;
    bar.setThemes(Taxonomy::defaultThemes());
    bar.show();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    QSignalSpy changed(&bar, &FilterBar::criteriaChanged);
    auto *search = bar.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("entraide"));
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(bar.criteria().text, QStringLiteral("entraide"));
    QVERIFY(bar.isFiltering());

    auto *theme = bar.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    theme->setCurrentIndex(2);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.criteria().theme, QStringLiteral("economie"));

    bar.clear();
    QVERIFY(!bar.isFiltering());
    QCOMPARE(bar.criteria().theme, QString());
}

void TestUiWidgets::historyMergesTypingInOneField()
{
    QUndoStack stack;
    FormHistory history(&stack);
    QLineEdit first;
    QLineEdit second;
    history.watch(&first, QStringLiteral("First"));
    history.watch(&second, QStringLiteral("Second"));
    QTest::keyClicks(&first, QStringLiteral("abc"));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("change to “First”"));
    QTest::keyClicks(&second, QStringLiteral("xy"));
    QTest::keyClicks(&first, QStringLiteral("d"));
    QCOMPARE(stack.count(), 3);
    // Typing back to where it was leaves nothing to undo.
    QTest::keyClick(&first, Qt::Key_Backspace);
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(second.text(), QString());
    stack.undo();
    QCOMPARE(first.text(), QString());
    QVERIFY(stack.isClean());
    stack.redo();
    QCOMPARE(first.text(), QStringLiteral("abc"));
}

void TestUiWidgets::elidedLabelKeepsTheWholeTextInItsTooltip()
{
    ElidedLabel label;
    const QString name = QStringLiteral(
        "Gestion de crise avec le numérique : prévenir les risques et saisir les opportunités");
    label.setFullText(name);
    label.resize(120, 20);
    label.show();
    QVERIFY(label.text().endsWith(QChar(0x2026)));
    QCOMPARE(label.toolTip(), name);
    QCOMPARE(label.fullText(), name);
}

QTEST_MAIN(TestUiWidgets)
#include "tst_uiwidgets.moc"
