// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "ui/review/audithistorymodel.h"
#include "ui/review/historyview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        UiTestSupport::quietOffscreenWarnings();
    }
    void passesTheModelTester();
    void showsEveryRowNewestFirst();
    void longValuesAreShortenedWithTheWholeInTheTooltip();
    void datesAreFrenchOnAFrenchSystem();
    void commentThread();

private:
    // Created by carol; bob takes it up, changes the title, assigns it to himself, sends it back.
    static qint64 historyOf(ReviewDesk &d)
    {
        const qint64 id = d.add(QStringLiteral("Entraide"));
        QString error;
        ReviewRepository review(d.db());
        review.changeStatus({id}, ReviewState::InReview, {}, &error);
        review.assign({id}, QStringLiteral("bob"), &error);
        Contribution c = *ContributionRepository(d.db()).find(id);
        c.title = QStringLiteral("Entraide entre voisins");
        ContributionRepository(d.db()).update(c, &error);
        review.changeStatus({id}, ReviewState::NeedsChanges, QStringLiteral("Le contact manque."), &error);
        return id;
    }
};

void TestHistoryView::passesTheModelTester()
{
    ReviewDesk d;
    const qint64 id = historyOf(d);
    AuditHistoryModel model(d.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContribution(id);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                model.data(model.index(row, column), role);
    model.setContribution(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryView::showsEveryRowNewestFirst()
{
    ReviewDesk d;
    const qint64 id = historyOf(d);
    HistoryView view(d.db());
    view.setContribution(id);
    const AuditHistoryModel *m = view.model();
    auto text = [m](int row, int column) { return m->data(m->index(row, column)).toString(); };
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(text(0, AuditHistoryModel::WhatColumn), QStringLiteral("Review state"));
    QCOMPARE(text(0, AuditHistoryModel::ChangeColumn), QStringLiteral("In review → Needs changes"));
    QCOMPARE(text(0, AuditHistoryModel::ReasonColumn), QStringLiteral("Le contact manque."));
    QCOMPARE(text(0, AuditHistoryModel::WhoColumn), QStringLiteral("Bob Durand"));
    QCOMPARE(text(1, AuditHistoryModel::WhatColumn), QStringLiteral("Edited: title"));
    QCOMPARE(text(1, AuditHistoryModel::ChangeColumn), QStringLiteral("Entraide → Entraide entre voisins"));
    QCOMPARE(text(2, AuditHistoryModel::WhatColumn), QStringLiteral("Assignment"));
    QCOMPARE(text(2, AuditHistoryModel::ChangeColumn), QStringLiteral("Bob Durand"));
    QCOMPARE(text(3, AuditHistoryModel::ChangeColumn), QStringLiteral("Received → In review"));
    QCOMPARE(text(4, AuditHistoryModel::WhatColumn), QStringLiteral("Entered"));
    QCOMPARE(text(4, AuditHistoryModel::WhoColumn), QStringLiteral("Carol Petit"));
    QVERIFY(text(4, AuditHistoryModel::ChangeColumn)
                .startsWith(QStringLiteral("title: Entraide · local authority: 49328")));
    QVERIFY(view.auditView()->isVisibleTo(&view));
}

void TestHistoryView::longValuesAreShortenedWithTheWholeInTheTooltip()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Plateforme"));
    Contribution c = *ContributionRepository(d.db()).find(id);
    const QString before = c.text;
    c.text = QStringLiteral(
        "Pendant le confinement, la commune a ouvert une plateforme d'entraide qui met en relation "
        "les habitants volontaires et les personnes isolées, avec l'appui des associations.");
    QString error;
    QVERIFY(ContributionRepository(d.db()).update(c, &error));
    AuditHistoryModel model(d.db());
    model.setContribution(id);
    const QString shown = model.data(model.index(0, AuditHistoryModel::ChangeColumn)).toString();
    const QStringList sides = shown.split(QStringLiteral(" → "));
    QCOMPARE(sides.size(), 2);
    QVERIFY(sides.at(1).endsWith(QChar(0x2026)));
    QVERIFY(sides.at(1).size() <= AuditHistoryModel::ShortValueLength);
    const QString tip =
        model.data(model.index(0, AuditHistoryModel::ChangeColumn), Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(c.text));
    QVERIFY(tip.contains(before));
}

void TestHistoryView::datesAreFrenchOnAFrenchSystem()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Plateforme"));
    AuditHistoryModel model(d.db());
    model.setContribution(id);
    const QString when = model.data(model.index(0, AuditHistoryModel::WhenColumn)).toString();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Paris")).date();
    const QString month = QLocale(QLocale::French).standaloneMonthName(today.month()).toLower();
    QVERIFY2(when.contains(month) && when.contains(QStringLiteral(" à ")), qPrintable(when));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryView::commentThread()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Plateforme"));
    HistoryView view(d.db());
    view.setContribution(id);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.commentCount(), 0);
    QVERIFY(!view.addCommentButton()->isEnabled());
    view.commentEdit()->setFocus();
    UiTestSupport::typeText(view.commentEdit(), QStringLiteral("Vérifier l'orthographe <b>du</b> nom."));
    QVERIFY(view.addCommentButton()->isEnabled());
    QSignalSpy added(&view, &HistoryView::commentAdded);
    QTest::mouseClick(view.addCommentButton(), Qt::LeftButton);
    QCOMPARE(added.size(), 1);
    QCOMPARE(view.commentCount(), 1);
    QVERIFY(view.commentEdit()->toPlainText().isEmpty());
    const QString thread = view.thread()->toPlainText();
    QVERIFY2(thread.contains(QStringLiteral("Vérifier l'orthographe <b>du</b> nom.")),
        qPrintable(thread)); // shown as typed
    QVERIFY(thread.contains(QStringLiteral("Bob Durand")));
    // The comment is in the history as well.
    QCOMPARE(view.model()->data(view.model()->index(0, AuditHistoryModel::WhatColumn)).toString(),
        QStringLiteral("Comment"));
    // Another contribution: its own (empty) thread.
    view.setContribution(d.add(QStringLiteral("Autre")));
    QCOMPARE(view.commentCount(), 0);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
