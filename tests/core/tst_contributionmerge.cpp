// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contributionmerge.h"

#include <QtTest>

class TestContributionMerge : public QObject
{
    Q_OBJECT

    static Contribution base()
    {
        Contribution c;
        c.id = 7;
        c.version = 3;
        c.title = QStringLiteral("Entraide");
        c.text = QStringLiteral("Texte initial.");
        c.tags = { QStringLiteral("CCAS") };
        return c;
    }

private Q_SLOTS:
    void changesOfEachSideAreKept()
    {
        Contribution mine = base(), theirs = base();
        mine.text = QStringLiteral("Texte complété par moi.");
        theirs.title = QStringLiteral("Entraide entre voisins");
        theirs.version = 4;
        const ContributionMerge merge(base(), mine, theirs);
        QCOMPARE(merge.conflictingFields(), QStringList());
        QCOMPARE(merge.differingFields(), (QStringList { QStringLiteral("title"), QStringLiteral("text") }));
        const Contribution merged = merge.merged();
        QCOMPARE(merged.title, QStringLiteral("Entraide entre voisins"));
        QCOMPARE(merged.text, QStringLiteral("Texte complété par moi."));
        QCOMPARE(merged.version, 4);
    }

    void conflictsFollowTheChoice_data()
    {
        QTest::addColumn<bool>("takeMine");
        QTest::newRow("mine") << true;
        QTest::newRow("theirs") << false;
    }

    void conflictsFollowTheChoice()
    {
        QFETCH(bool, takeMine);
        Contribution mine = base(), theirs = base();
        mine.title = QStringLiteral("Mon titre");
        mine.tags = { QStringLiteral("CCAS"), QStringLiteral("solidarité") };
        theirs.title = QStringLiteral("Leur titre");
        theirs.version = 4;
        ContributionMerge merge(base(), mine, theirs);
        QCOMPARE(merge.conflictingFields(), QStringList { QStringLiteral("title") });
        QCOMPARE(merge.value(ContributionMerge::Side::Theirs, QStringLiteral("title")),
            QStringLiteral("Leur titre"));
        merge.choose(QStringLiteral("title"),
            takeMine ? ContributionMerge::Side::Mine : ContributionMerge::Side::Theirs);
        const Contribution merged = merge.merged();
        QCOMPARE(merged.title, takeMine ? QStringLiteral("Mon titre") : QStringLiteral("Leur titre"));
        QCOMPARE(merged.tags, mine.tags); // only I changed the tags
    }

    void keepMineAndKeepTheirs()
    {
        Contribution mine = base(), theirs = base();
        mine.title = QStringLiteral("Mon titre");
        theirs.text = QStringLiteral("Leur texte");
        theirs.status = ReviewState::InReview;
        theirs.version = 5;
        const ContributionMerge merge(base(), mine, theirs);
        QCOMPARE(merge.keepTheirs().text, QStringLiteral("Leur texte"));
        const Contribution kept = merge.keepMine();
        QCOMPARE(kept.title, QStringLiteral("Mon titre"));
        QCOMPARE(kept.text, QStringLiteral("Texte initial."));
        QCOMPARE(kept.version, 5);
        QCOMPARE(kept.status, ReviewState::InReview);
    }
};

QTEST_GUILESS_MAIN(TestContributionMerge)
#include "tst_contributionmerge.moc"
