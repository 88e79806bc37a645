// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reviewworkflow.h"

#include <QtTest>

Q_DECLARE_METATYPE(ReviewState::State)
Q_DECLARE_METATYPE(Role::Value)

class TestReviewWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusal_data()
    {
        QTest::addColumn<ReviewState::State>("from");
        QTest::addColumn<ReviewState::State>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<Role::Value>("role");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("fourEyes");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("themes"); // how many themes the contribution has
        using S = ReviewState;
        QTest::newRow("reviewer takes it") << S::Received << S::InReview << "" << Role::Reviewer << "bob" << true << true << 1;
        QTest::newRow("reviewer validates") << S::InReview << S::Validated << "" << Role::Reviewer << "bob" << true << true << 1;
        QTest::newRow("admin validates") << S::InReview << S::Validated << "" << Role::Admin << "alice" << true << true << 1;
        QTest::newRow("coordinator cannot validate") << S::InReview << S::Validated << "" << Role::Coordinator << "bob" << true << false << 1;
        QTest::newRow("coordinator cannot reject") << S::InReview << S::Rejected << "hors sujet" << Role::Coordinator << "bob" << true << false << 1;
        QTest::newRow("coordinator sends back completed") << S::NeedsChanges << S::Received << "" << Role::Coordinator << "bob" << true << true << 1;
        QTest::newRow("needs_changes needs a reason") << S::InReview << S::NeedsChanges << "  " << Role::Reviewer << "bob" << true << false << 1;
        QTest::newRow("needs_changes with reason") << S::InReview << S::NeedsChanges << "Manque la population" << Role::Reviewer << "bob" << true << true << 1;
        QTest::newRow("rejected needs a reason") << S::Received << S::Rejected << "" << Role::Reviewer << "bob" << true << false << 1;
        QTest::newRow("validated cannot be rejected directly") << S::Validated << S::Rejected << "doublon" << Role::Admin << "alice" << true << false << 1;
        QTest::newRow("validated reopened") << S::Validated << S::InReview << "" << Role::Reviewer << "bob" << true << true << 1;
        QTest::newRow("same state") << S::Received << S::Received << "" << Role::Admin << "alice" << true << false << 1;
        QTest::newRow("four-eyes: own entry") << S::InReview << S::Validated << "" << Role::Reviewer << "carol" << true << false << 1;
        QTest::newRow("four-eyes off") << S::InReview << S::Validated << "" << Role::Reviewer << "carol" << false << true << 1;
        QTest::newRow("needs_changes cannot be validated") << S::NeedsChanges << S::Validated << "" << Role::Admin << "alice" << true << false << 1;
        QTest::newRow("no theme: not validated") << S::InReview << S::Validated << "" << Role::Admin << "alice" << true << false << 0;
        QTest::newRow("no theme: rejected all the same") << S::InReview << S::Rejected << "hors sujet" << Role::Admin << "alice" << true << true << 0;
    }

    void refusal()
    {
        QFETCH(ReviewState::State, from);
        QFETCH(ReviewState::State, to);
        QFETCH(QString, reason);
        QFETCH(Role::Value, role);
        QFETCH(QString, actor);
        QFETCH(bool, fourEyes);
        QFETCH(bool, allowed);
        QFETCH(int, themes);
        const QString why =
            ReviewWorkflow::refusal({from, to, reason, actor, role, QStringLiteral("carol"), fourEyes, themes});
        QVERIFY2(why.isEmpty() == allowed, qPrintable(why));
    }

    void everyStateCanBeLeft()
    {
        for (ReviewState::State s : ReviewState::all())
            QVERIFY(!ReviewWorkflow::allowedTargets(s).isEmpty());
    }

    void roleCodes()
    {
        Role::Value r;
        QVERIFY(Role::fromCode(QStringLiteral("reviewer"), &r));
        QCOMPARE(r, Role::Reviewer);
        QVERIFY(!Role::fromCode(QStringLiteral("boss"), &r));
    }
};

QTEST_GUILESS_MAIN(TestReviewWorkflow)
#include "tst_reviewworkflow.moc"
