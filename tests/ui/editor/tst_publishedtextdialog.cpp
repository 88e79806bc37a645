// SPDX-License-Identifier: GPL-3.0-or-later
// The email beside the text to publish: what import left out is shown greyed with its name and
// can be put back where it was; the text can go back to the proposal or to the whole email; the
// lines a person wrote are marked; and from the editor, the text chosen becomes a text « revu ».
#include "core/contribution.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/publishedtextdialog.h"
#include "uitestsupport.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

namespace {
const QString Email = QStringLiteral("Bonjour,\n\nLe portail famille a tenu bon pendant le confinement.\n\n"
                                     "Bien cordialement,\n\n-- \nClaire Moreau\nChargée de mission\nVille de Saumur");
}

class TestPublishedTextDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestSupport::quietOffscreenWarnings(); }

    void showsWhatWasLeftOutAndPutsItBack()
    {
        const PublishableText::Context context {QStringLiteral("Claire Moreau"), QStringLiteral("Saumur"), QString()};
        const QString proposed = PublishableText::propose(Email, context).text();
        QCOMPARE(proposed, QStringLiteral("Le portail famille a tenu bon pendant le confinement."));
        PublishedTextDialog dialog(Email, proposed, context);
        dialog.show();
        const QString left = dialog.originalView()->toPlainText();
        for (const QString &shown : {QStringLiteral("Greeting"), QStringLiteral("Closing"), QStringLiteral("Signature"),
                                     QStringLiteral("put back"), QStringLiteral("Claire Moreau")})
            QVERIFY2(left.contains(shown), qPrintable(left));
        QVERIFY(dialog.originalView()->toHtml().contains(QStringLiteral("recueil-part:")));

        // The greeting goes back before the text, the closing after it.
        const PublishableText::Proposal parts = PublishableText::propose(Email, context);
        int greeting = -1;
        int closing = -1;
        for (int i = 0; i < parts.parts.size(); ++i) {
            if (parts.parts.at(i).kind == PublishableText::Part::Greeting)
                greeting = i;
            if (parts.parts.at(i).kind == PublishableText::Part::Closing)
                closing = i;
        }
        QVERIFY(greeting >= 0 && closing >= 0);
        QVERIFY(dialog.bringBack(closing));
        QVERIFY(dialog.bringBack(greeting));
        QVERIFY(!dialog.bringBack(greeting)); // already there
        QCOMPARE(dialog.text(), QStringLiteral("Bonjour,\n\nLe portail famille a tenu bon pendant le confinement.\n\n"
                                               "Bien cordialement,"));

        // A line the email does not have is marked; the email's own are not.
        QCOMPARE(dialog.textEdit()->extraSelections().size(), 0);
        dialog.textEdit()->appendPlainText(QStringLiteral("Ajouté par la relectrice."));
        QCOMPARE(dialog.textEdit()->extraSelections().size(), 1);

        dialog.findChild<QPushButton *>(QStringLiteral("backToOriginalButton"))->click();
        QCOMPARE(dialog.text(), Email.trimmed());
        dialog.findChild<QPushButton *>(QStringLiteral("backToProposalButton"))->click();
        QCOMPARE(dialog.text(), proposed);
    }

    void theEditorUsesTheTextChosen()
    {
        TestSupport::TempDatabase t;
        Contribution c = TestSupport::sampleContribution(QStringLiteral("Portail famille"));
        c.originalText = Email;
        c.text = QStringLiteral("Le portail famille a tenu bon pendant le confinement.");
        QString error;
        QVERIFY2(ContributionRepository(*t.db).create(c, &error), qPrintable(error));
        Contribution typed = TestSupport::sampleContribution(QStringLiteral("Lettre"));
        QVERIFY(ContributionRepository(*t.db).create(typed, &error));

        ContributionEditor editor(*t.db);
        editor.show();
        QVERIFY(editor.openContribution(typed.id));
        auto *compare = editor.findChild<QPushButton *>(QStringLiteral("compareWithEmailButton"));
        QVERIFY(compare);
        QVERIFY(!compare->isVisibleTo(&editor)); // typed by hand: one text only
        QVERIFY(editor.openContribution(c.id));
        QVERIFY(compare->isVisibleTo(&editor));

        UiTestSupport::whenDialogOpens([](QWidget *dialog) {
            auto *d = qobject_cast<PublishedTextDialog *>(dialog);
            QVERIFY(d);
            d->findChild<QPushButton *>(QStringLiteral("backToOriginalButton"))->click();
            d->accept();
        });
        compare->click();
        QCOMPARE(editor.contribution().text, Email.trimmed());
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        const Contribution saved = *ContributionRepository(*t.db).find(c.id);
        QVERIFY(saved.textReviewed);
        QCOMPARE(saved.originalText, Email);
    }
};

QTEST_MAIN(TestPublishedTextDialog)
#include "tst_publishedtextdialog.moc"
