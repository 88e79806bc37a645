// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "ui/review/audithistorymodel.h"
#include "ui/review/bulkchangepreviewdialog.h"
#include "ui/review/classificationtree.h"
#include "ui/review/historyview.h"
#include "ui/review/queuepanel.h"
#include "ui/review/reviewactions.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

class TestReviewActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        UiTestSupport::quietOffscreenWarnings();
    }

    void reviewerTagsValidatesAndTraces();
    void coordinatorCannotValidate();
    void onlyAllowedTargetsAreOffered();
    void reasonIsAskedAndRequired();
    void bulkPreviewAppliesOnlyTheAllowedAndUndoRestores();
    void undoGivesBackTheFormerReasons();
    void undoThatTheWorkflowRefusesSaysSo();
    void undoBelongsToWhoActed();
    void bulkClassificationShowsPartialStateAndUndoes();
    void assignsAReviewer();
    void aLongTitleDoesNotMoveTheButtons_data();
    void aLongTitleDoesNotMoveTheButtons();

private:
    static ReviewState::State state(ReviewDesk &d, qint64 id)
    {
        return ContributionRepository(d.db()).find(id)->status;
    }
    static void answerReason(const QString &reason, std::function<void(QWidget *)> then = {})
    {
        UiTestSupport::whenDialogOpens([reason, then](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            if (then)
                UiTestSupport::whenDialogOpens(then);
            input->setTextValue(reason);
            input->accept();
        });
    }
};

void TestReviewActions::reviewerTagsValidatesAndTraces()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Entraide entre voisins"));
    d.actAs(QStringLiteral("bob"));

    // « À relire » holds the received contribution.
    QueuePanel queues(d.db());
    QCOMPARE(queues.count(ReviewQueue::ToReview), 1);
    QCOMPARE(queues.count(ReviewQueue::Validated), 0);
    QSignalSpy selected(&queues, &QueuePanel::queueSelected);
    queues.selectQueue(ReviewQueue::ToReview);
    QCOMPARE(selected.size(), 1);
    const auto filter = selected.first().first().value<ContributionFilter>();
    const QList<ContributionSummary> rows = ContributionRepository(d.db()).page(filter, 0, 50);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, id);

    // Tagged with a theme and a sub-topic, and two free tags, through the widgets.
    ReviewActions actions(d.db());
    actions.setContributions({id});
    actions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&actions));
    // Without a theme « Valider » waits, and says why.
    QVERIFY(!actions.stateButton(ReviewState::Validated)->isEnabled());
    QVERIFY2(actions.stateButton(ReviewState::Validated)->toolTip().contains(QStringLiteral("at least one theme")),
        qPrintable(actions.stateButton(ReviewState::Validated)->toolTip()));
    ClassificationTree *tree = actions.classificationTree();
    QVERIFY(tree->itemOf(QStringLiteral("associations")));
    tree->itemOf(QStringLiteral("associations"))->setCheckState(0, Qt::Checked); // as a click does
    QCOMPARE(tree->checkState(QStringLiteral("cohesion")), Qt::Checked); // its theme follows
    actions.tagsEdit()->setFocus();
    UiTestSupport::typeText(actions.tagsEdit(), QStringLiteral("entraide, bénévolat"));
    QTest::mouseClick(actions.applyClassificationButton(), Qt::LeftButton);
    std::optional<Contribution> c = ContributionRepository(d.db()).find(id);
    QVERIFY(c->themes.contains(QStringLiteral("cohesion")));
    QCOMPARE(c->subtopics, QStringList {QStringLiteral("associations")});
    QCOMPARE(c->tags.size(), 2);
    QVERIFY(c->tags.contains(QStringLiteral("bénévolat")));

    // Validated with the button.
    QPushButton *validate = actions.stateButton(ReviewState::Validated);
    QVERIFY(validate->isVisible());
    QVERIFY(validate->isEnabled());
    QSignalSpy changed(&actions, &ReviewActions::contributionsChanged);
    QTest::mouseClick(validate, Qt::LeftButton);
    QCOMPARE(state(d, id), ReviewState::Validated);
    QCOMPARE(changed.size(), 1);
    QVERIFY(actions.message().contains(QStringLiteral("Validated")));

    // The counts move from « À relire » to « Validées »; the history says who did it.
    queues.refresh();
    QCOMPARE(queues.count(ReviewQueue::ToReview), 0);
    QCOMPARE(queues.count(ReviewQueue::Validated), 1);
    selected.clear();
    queues.selectQueue(ReviewQueue::Validated);
    QCOMPARE(ContributionRepository(d.db())
                 .page(selected.first().first().value<ContributionFilter>(), 0, 50)
                 .first()
                 .id,
        id);

    HistoryView history(d.db());
    history.setContribution(id);
    const AuditHistoryModel *model = history.model();
    QVERIFY(model->rowCount() >= 3); // created, tagged, validated
    QCOMPARE(
        model->data(model->index(0, AuditHistoryModel::WhoColumn)).toString(), QStringLiteral("Bob Durand"));
    QCOMPARE(model->data(model->index(0, AuditHistoryModel::WhatColumn)).toString(),
        QStringLiteral("Review state"));
    QCOMPARE(model->data(model->index(0, AuditHistoryModel::ChangeColumn)).toString(),
        QStringLiteral("Received → Validated"));
    QCOMPARE(model->data(model->index(1, AuditHistoryModel::WhatColumn)).toString(),
        QStringLiteral("Classification"));
    QVERIFY(model->data(model->index(1, AuditHistoryModel::ChangeColumn))
                .toString()
                .contains(QStringLiteral("Social cohesion")));
}

void TestReviewActions::coordinatorCannotValidate()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Télétravail des agents"));
    d.actAs(QStringLiteral("carol"));
    ReviewActions actions(d.db());
    actions.setContributions({id});
    actions.show();
    QPushButton *validate = actions.stateButton(ReviewState::Validated);
    QVERIFY(validate->isVisible());
    QVERIFY(!validate->isEnabled());
    QVERIFY2(validate->toolTip().contains(QStringLiteral("coordinator")), qPrintable(validate->toolTip()));
    QVERIFY(!actions.stateButton(ReviewState::InReview)->isEnabled());
    QVERIFY(actions.findChild<QLabel *>(QStringLiteral("roleNote"))->isVisible());
    QVERIFY(!actions.assignButton()->isEnabled());
    // Forced past the interface, the repository refuses too.
    QString error;
    QVERIFY(!ReviewRepository(d.db()).changeStatus({id}, ReviewState::Validated, {}, &error));
    QVERIFY(error.contains(QStringLiteral("coordinator")));
    QVERIFY(!actions.changeState(ReviewState::Validated));
    QCOMPARE(state(d, id), ReviewState::Received);
    QVERIFY(actions.message().contains(QStringLiteral("coordinator")));
}

void TestReviewActions::onlyAllowedTargetsAreOffered()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Plateforme"));
    QVERIFY(TestSupport::fileUnderTheme(d.db(), id));
    QString error;
    QVERIFY(ReviewRepository(d.db()).changeStatus({id}, ReviewState::Validated, {}, &error));
    ReviewActions actions(d.db());
    actions.setContributions({id});
    actions.show();
    // From « Validée » the workflow only allows reopening.
    QVERIFY(actions.stateButton(ReviewState::InReview)->isVisible());
    for (ReviewState::State s :
        {ReviewState::Received, ReviewState::NeedsChanges, ReviewState::Validated, ReviewState::Rejected})
        QVERIFY2(!actions.stateButton(s)->isVisible(), qPrintable(ReviewState::code(s)));
}

void TestReviewActions::reasonIsAskedAndRequired()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Sans contact"));
    ReviewActions actions(d.db());
    actions.setContributions({id});
    actions.show();
    // An empty reason changes nothing, and says why.
    answerReason(QString());
    QVERIFY(!actions.changeState(ReviewState::NeedsChanges));
    QCOMPARE(state(d, id), ReviewState::Received);
    QVERIFY(actions.message().contains(QStringLiteral("reason")));
    answerReason(QStringLiteral("Le nom du contact manque."));
    QVERIFY(actions.changeState(ReviewState::NeedsChanges));
    QCOMPARE(state(d, id), ReviewState::NeedsChanges);
    HistoryView history(d.db());
    history.setContribution(id);
    QCOMPARE(history.model()->data(history.model()->index(0, AuditHistoryModel::ReasonColumn)).toString(),
        QStringLiteral("Le nom du contact manque."));
}

// Our choice for a bulk change: the preview lists the refusals, and applying changes the
// allowed contributions only (the refused ones stay as they are).
void TestReviewActions::bulkPreviewAppliesOnlyTheAllowedAndUndoRestores()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("Première"));
    const qint64 b = d.add(QStringLiteral("Deuxième"));
    const qint64 c = d.add(QStringLiteral("Troisième"));
    QVERIFY(TestSupport::fileUnderTheme(d.db(), c));
    QString error;
    QVERIFY(ReviewRepository(d.db()).changeStatus({c}, ReviewState::Validated, {}, &error));

    ReviewActions actions(d.db());
    actions.setContributions({a, b, c});
    actions.show();
    QVERIFY(actions.stateButton(ReviewState::NeedsChanges)->isEnabled());

    int rows = 0, refused = 0;
    QString refusal, summary;
    answerReason(QStringLiteral("Il manque la date de l'action."), [&](QWidget *dialog) {
        auto *preview = qobject_cast<BulkChangePreviewDialog *>(dialog);
        QVERIFY(preview);
        rows = preview->table()->rowCount();
        refused = preview->refusedCount();
        refusal = preview->table()->item(2, 2)->text();
        summary = preview->summary();
        QVERIFY(preview->applyButton()->isEnabled());
        preview->applyButton()->click();
    });
    QTest::mouseClick(actions.stateButton(ReviewState::NeedsChanges), Qt::LeftButton);
    QCOMPARE(rows, 3);
    QCOMPARE(refused, 1);
    QVERIFY2(refusal.contains(QStringLiteral("cannot go from")), qPrintable(refusal));
    QVERIFY2(summary.startsWith(QStringLiteral("2 of these 3")), qPrintable(summary));
    QCOMPARE(state(d, a), ReviewState::NeedsChanges);
    QCOMPARE(state(d, b), ReviewState::NeedsChanges);
    QCOMPARE(state(d, c), ReviewState::Validated);
    // Each count agrees with its own number.
    QCOMPARE(actions.message(),
        QStringLiteral("2 contributions are now “Needs changes”; 1 could not change and stayed as it was."));

    // One step of undo for the whole action.
    QCOMPARE(actions.undoStack()->count(), 1);
    QVERIFY(actions.undoButton()->isEnabled());
    QSignalSpy changed(&actions, &ReviewActions::contributionsChanged);
    QTest::mouseClick(actions.undoButton(), Qt::LeftButton);
    QCOMPARE(state(d, a), ReviewState::Received);
    QCOMPARE(state(d, b), ReviewState::Received);
    QCOMPARE(state(d, c), ReviewState::Validated);
    QCOMPARE(changed.size(), 1);
    QVERIFY2(actions.message().startsWith(QStringLiteral("Undone")), qPrintable(actions.message()));
    // And redone.
    actions.undoStack()->redo();
    QCOMPARE(state(d, a), ReviewState::NeedsChanges);
    QCOMPARE(state(d, b), ReviewState::NeedsChanges);
}

void TestReviewActions::undoGivesBackTheFormerReasons()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("Première"));
    const qint64 b = d.add(QStringLiteral("Deuxième"));
    ReviewRepository review(d.db());
    QString error;
    QVERIFY(review.changeStatus({a}, ReviewState::NeedsChanges, QStringLiteral("Date manquante."), &error));
    QVERIFY(review.changeStatus({b}, ReviewState::NeedsChanges, QStringLiteral("Contact manquant."), &error));
    ReviewActions actions(d.db());
    actions.setContributions({a, b});
    UiTestSupport::whenDialogOpens(
        [](QWidget *dialog) { qobject_cast<BulkChangePreviewDialog *>(dialog)->applyButton()->click(); });
    QVERIFY(actions.changeState(ReviewState::InReview));
    actions.undoStack()->undo();
    QCOMPARE(state(d, a), ReviewState::NeedsChanges);
    QCOMPARE(state(d, b), ReviewState::NeedsChanges);
    QCOMPARE(AuditLog(d.db().connection()).history(a).first().reason, QStringLiteral("Date manquante."));
    QCOMPARE(AuditLog(d.db().connection()).history(b).first().reason, QStringLiteral("Contact manquant."));
}

void TestReviewActions::undoThatTheWorkflowRefusesSaysSo()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("Première"));
    const qint64 b = d.add(QStringLiteral("Deuxième"));
    QVERIFY(TestSupport::fileUnderTheme(d.db(), a) && TestSupport::fileUnderTheme(d.db(), b));
    ReviewActions actions(d.db());
    actions.setContributions({a, b});
    actions.show();
    UiTestSupport::whenDialogOpens(
        [](QWidget *dialog) { qobject_cast<BulkChangePreviewDialog *>(dialog)->applyButton()->click(); });
    QVERIFY(actions.changeState(ReviewState::Validated));
    QCOMPARE(state(d, a), ReviewState::Validated);
    // « Validée » can only be reopened, not sent back to « Reçue »: the undo is refused.
    actions.undoStack()->undo();
    QCOMPARE(state(d, a), ReviewState::Validated);
    QCOMPARE(state(d, b), ReviewState::Validated);
    QVERIFY2(actions.message().contains(QStringLiteral("cannot be undone")), qPrintable(actions.message()));
    QVERIFY(actions.message().contains(QStringLiteral("no. %1").arg(a)));
    QCOMPARE(actions.undoStack()->count(), 0); // nothing left to undo: the stack does not pretend
    QVERIFY(!actions.undoButton()->isEnabled());
}

// After Bob's action, Alice's undo (the same window, another profile) changes nothing back; nor
// does Bob's own once Alice has set one of them aside.
void TestReviewActions::undoBelongsToWhoActed()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("Première"));
    const qint64 b = d.add(QStringLiteral("Deuxième"));
    ReviewActions actions(d.db());
    actions.setContributions({ a, b });
    actions.show();
    UiTestSupport::whenDialogOpens(
        [](QWidget *dialog) { qobject_cast<BulkChangePreviewDialog *>(dialog)->applyButton()->click(); });
    QVERIFY(actions.changeState(ReviewState::InReview));
    QCOMPARE(state(d, a), ReviewState::InReview);

    d.actAs(QStringLiteral("alice"));
    actions.undoStack()->undo();
    QCOMPARE(state(d, a), ReviewState::InReview);
    QCOMPARE(state(d, b), ReviewState::InReview);
    QVERIFY2(actions.message().contains(QStringLiteral("only they can undo")), qPrintable(actions.message()));
    QVERIFY2(actions.message().contains(QStringLiteral("bob")), qPrintable(actions.message()));

    // Again as Bob, after Alice asked for a complement on one of them.
    d.actAs(QStringLiteral("bob"));
    UiTestSupport::whenDialogOpens(
        [](QWidget *dialog) { qobject_cast<BulkChangePreviewDialog *>(dialog)->applyButton()->click(); });
    QVERIFY(actions.changeState(ReviewState::Received));
    QCOMPARE(state(d, a), ReviewState::Received);
    d.actAs(QStringLiteral("alice"));
    QString error;
    QVERIFY2(ReviewRepository(d.db()).changeStatus({ a }, ReviewState::Rejected, QStringLiteral("Hors sujet"), &error),
        qPrintable(error));
    d.actAs(QStringLiteral("bob"));
    actions.undoStack()->undo();
    QCOMPARE(state(d, a), ReviewState::Rejected);
    QCOMPARE(state(d, b), ReviewState::Received);
    QVERIFY2(actions.message().contains(QStringLiteral("changed since")), qPrintable(actions.message()));
    QVERIFY(actions.message().contains(QStringLiteral("no. %1").arg(a)));
}

void TestReviewActions::bulkClassificationShowsPartialStateAndUndoes()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("Première"));
    const qint64 b = d.add(QStringLiteral("Deuxième"));
    ReviewRepository::Tagging before;
    before.addSubtopics = {QStringLiteral("teletravail")};
    before.addTags = {QStringLiteral("agents")};
    QString error;
    QVERIFY(ReviewRepository(d.db()).tag({a}, before, &error));

    ReviewActions actions(d.db());
    actions.setContributions({a, b});
    ClassificationTree *tree = actions.classificationTree();
    QCOMPARE(tree->checkState(QStringLiteral("teletravail")), Qt::PartiallyChecked);
    QCOMPARE(tree->checkState(QStringLiteral("organisation")), Qt::PartiallyChecked);
    QCOMPARE(actions.tagsEdit()->text(), QString()); // "agents" is on one of them only
    // Add a sub-topic to both, take "télétravail" off both, add a tag to both.
    tree->setChecked(QStringLiteral("circuits-courts"), true);
    tree->setChecked(QStringLiteral("teletravail"), false);
    actions.tagsEdit()->setText(QStringLiteral("local"));
    QVERIFY(actions.applyClassification());
    ContributionRepository repo(d.db());
    QCOMPARE(repo.find(a)->subtopics, QStringList {QStringLiteral("circuits-courts")});
    QCOMPARE(repo.find(b)->subtopics, QStringList {QStringLiteral("circuits-courts")});
    QVERIFY(repo.find(a)->tags.contains(QStringLiteral("agents")));
    QVERIFY(repo.find(b)->tags.contains(QStringLiteral("local")));
    QVERIFY(!repo.find(b)->tags.contains(QStringLiteral("agents")));

    actions.undoStack()->undo();
    QCOMPARE(repo.find(a)->subtopics, QStringList {QStringLiteral("teletravail")});
    QCOMPARE(repo.find(a)->themes, QStringList {QStringLiteral("organisation")});
    QCOMPARE(repo.find(a)->tags, QStringList {QStringLiteral("agents")});
    QVERIFY(repo.find(b)->subtopics.isEmpty());
    QVERIFY(repo.find(b)->themes.isEmpty());
    QVERIFY(repo.find(b)->tags.isEmpty());
    QCOMPARE(tree->checkState(QStringLiteral("teletravail")), Qt::PartiallyChecked);
}

void TestReviewActions::assignsAReviewer()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("À attribuer"));
    ReviewActions actions(d.db());
    actions.setContributions({id});
    QComboBox *combo = actions.assigneeCombo();
    QCOMPARE(combo->currentData().toString(), QString()); // nobody yet
    QCOMPARE(combo->findData(QStringLiteral("carol")), -1); // coordinators do not review
    combo->setCurrentIndex(combo->findData(QStringLiteral("bob")));
    QTest::mouseClick(actions.assignButton(), Qt::LeftButton);
    QueuePanel queues(d.db());
    QCOMPARE(queues.count(ReviewQueue::Mine), 1);
    actions.setContributions({id});
    QCOMPARE(combo->currentData().toString(), QStringLiteral("bob"));
}

void TestReviewActions::aLongTitleDoesNotMoveTheButtons_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow dock") << 240;
    QTest::newRow("wide dock") << 420;
}

// Going from a short title to one that would wrap leaves « Valider » where it was (it moved
// down a line under the pointer); the heading shows the state first and the whole title in its
// tooltip.
void TestReviewActions::aLongTitleDoesNotMoveTheButtons()
{
    QFETCH(int, width);
    ReviewDesk d;
    const qint64 shortTitle = d.add(QStringLiteral("Drive"));
    const QString longText = QStringLiteral("Continuité pédagogique, espaces numériques de travail et prêt de "
                                            "tablettes aux familles sans ordinateur pendant le premier confinement");
    const qint64 longTitle = d.add(longText);
    d.actAs(QStringLiteral("bob"));
    ReviewActions actions(d.db());
    actions.resize(width, 600);
    actions.show();
    QVERIFY(QTest::qWaitForWindowExposed(&actions));
    auto *validate = actions.findChild<QPushButton *>(QStringLiteral("stateButton_validated"));
    auto *heading = actions.findChild<QLabel *>(QStringLiteral("reviewHeading"));
    QVERIFY(validate && heading);
    actions.setContributions({shortTitle});
    QApplication::processEvents();
    const QPoint before = validate->mapTo(&actions, QPoint());
    actions.setContributions({longTitle});
    QApplication::processEvents();
    QCOMPARE(validate->mapTo(&actions, QPoint()), before);
    QVERIFY2(heading->text().startsWith(QStringLiteral("No. %1 (Received) — ").arg(longTitle)), qPrintable(heading->text()));
    QVERIFY(heading->toolTip().endsWith(longText));
    QVERIFY(heading->fontMetrics().horizontalAdvance(heading->text()) <= heading->contentsRect().width());
}

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
