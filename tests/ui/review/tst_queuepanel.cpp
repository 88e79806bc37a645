// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/savedsearchrepository.h"
#include "storage/sourcemessagerepository.h"
#include "ui/review/queuepanel.h"
#include "uitestsupport.h"

#include <QCryptographicHash>
#include <QInputDialog>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

class TestQueuePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        UiTestSupport::quietOffscreenWarnings();
    }
    void countsEveryQueue();
    void queueFiltersListTheirContributions();
    void heldQueueSaysSo();
    void savedSearchRoundTrip();
    void savedSearchJsonKeepsEveryCriterion();
    void savedSearchesBelongToTheirOwner();
    void savedSearchNamesAreChecked();

private:
    static void hold(Database &db, const QString &hold, const QByteArray &raw)
    {
        StoredMessage m;
        m.hold = hold;
        m.raw = raw;
        m.sha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
        m.importedBy = QStringLiteral("carol");
        QString error;
        QVERIFY2(SourceMessageRepository(db.connection()).insert(m, {}, &error), qPrintable(error));
    }
    static QList<qint64> idsOf(Database &db, const ContributionFilter &f)
    {
        QList<qint64> ids;
        for (const ContributionSummary &s : ContributionRepository(db).page(f, 0, 100))
            ids.append(s.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
};

void TestQueuePanel::countsEveryQueue()
{
    ReviewDesk d;
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(d.add(QStringLiteral("Témoignage %1").arg(i)));
    ReviewRepository review(d.db());
    QString error;
    QVERIFY(review.changeStatus({ids[1]}, ReviewState::InReview, {}, &error));
    QVERIFY(review.changeStatus({ids[2]}, ReviewState::NeedsChanges, QStringLiteral("date"), &error));
    QVERIFY(TestSupport::fileUnderTheme(d.db(), ids[3]));
    QVERIFY(review.changeStatus({ids[3]}, ReviewState::Validated, {}, &error));
    QVERIFY(review.changeStatus({ids[4]}, ReviewState::Rejected, QStringLiteral("hors sujet"), &error));
    QVERIFY(review.assign({ids[0], ids[2], ids[3]}, QStringLiteral("bob"), &error));
    hold(d.db(), QStringLiteral("late"), "late");
    hold(d.db(), QStringLiteral("needs_date"), "undated");
    hold(d.db(), QStringLiteral("discarded"), "discarded");
    // A letter typed after the close waits too; a deleted contribution is in the bin only.
    Contribution typed = TestSupport::sampleContribution(QStringLiteral("Lettre tardive"));
    typed.receivedAt = TestSupport::utc("2021-03-22T09:00:00Z");
    QVERIFY2(ContributionRepository(d.db()).hold(typed, QStringLiteral("Reçue le 22 mars"), &error), qPrintable(error));
    const qint64 gone = d.add(QStringLiteral("Doublon"));
    QVERIFY(ContributionRepository(d.db()).remove(gone, &error));

    QueuePanel panel(d.db());
    QCOMPARE(panel.count(ReviewQueue::All), 6);
    QCOMPARE(panel.count(ReviewQueue::ToReview), 3); // received ×2 + in review
    QCOMPARE(panel.count(ReviewQueue::Mine), 2); // bob's, not validated
    QCOMPARE(panel.count(ReviewQueue::NeedsChanges), 1);
    QCOMPARE(panel.count(ReviewQueue::Validated), 1);
    QCOMPARE(panel.count(ReviewQueue::Rejected), 1);
    QCOMPARE(panel.count(ReviewQueue::Held), 3); // late + undated + typed, not the discarded one
    QCOMPARE(panel.count(ReviewQueue::Bin), 1);

    // The numbers are what the panel shows.
    const QList<QTreeWidgetItem *> found =
        panel.tree()->findItems(QStringLiteral("To review"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), QStringLiteral("3"));

    // Another person's « Mes relectures ».
    d.actAs(QStringLiteral("alice"));
    panel.refresh();
    QCOMPARE(panel.count(ReviewQueue::Mine), 0);
}

void TestQueuePanel::queueFiltersListTheirContributions()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("A"));
    const qint64 b = d.add(QStringLiteral("B"));
    const qint64 c = d.add(QStringLiteral("C"));
    QString error;
    QVERIFY(ReviewRepository(d.db()).changeStatus({b}, ReviewState::InReview, {}, &error));
    QVERIFY(TestSupport::fileUnderTheme(d.db(), c));
    QVERIFY(ReviewRepository(d.db()).changeStatus({c}, ReviewState::Validated, {}, &error));
    QueuePanel panel(d.db());
    QSignalSpy spy(&panel, &QueuePanel::queueSelected);
    for (ReviewQueue::Kind kind : ReviewQueue::all()) {
        if (kind == ReviewQueue::Held || kind == ReviewQueue::Bin)
            continue;
        spy.clear();
        panel.selectQueue(kind);
        QCOMPARE(spy.size(), 1);
        const ContributionFilter f = spy.first().first().value<ContributionFilter>();
        QVERIFY2(ContributionRepository(d.db()).count(f) == panel.count(kind),
            qPrintable(ReviewQueue::label(kind)));
        QCOMPARE(panel.currentQueue(), std::optional<ReviewQueue::Kind>(kind));
    }
    spy.clear();
    panel.selectQueue(ReviewQueue::ToReview);
    const ContributionFilter toReview = spy.first().first().value<ContributionFilter>();
    QCOMPARE(idsOf(d.db(), toReview), (QList<qint64> {a, b}));
    // The queue is live: what arrives or leaves afterwards shows the next time the list reads it.
    const qint64 late = d.add(QStringLiteral("D"));
    QCOMPARE(idsOf(d.db(), toReview), (QList<qint64> {a, b, late}));
    QVERIFY(ReviewRepository(d.db()).changeStatus({late}, ReviewState::Rejected, QStringLiteral("doublon"), &error));
    QCOMPARE(idsOf(d.db(), toReview), (QList<qint64> {a, b}));
    // An empty multi-state queue shows nothing (not everything).
    QVERIFY(TestSupport::fileUnderTheme(d.db(), a) && TestSupport::fileUnderTheme(d.db(), b));
    QVERIFY(ReviewRepository(d.db()).changeStatus({a, b}, ReviewState::Validated, {}, &error));
    spy.clear();
    panel.selectQueue(ReviewQueue::ToReview);
    QCOMPARE(idsOf(d.db(), spy.first().first().value<ContributionFilter>()), QList<qint64>());
}

void TestQueuePanel::heldQueueSaysSo()
{
    ReviewDesk d;
    QueuePanel panel(d.db());
    QSignalSpy held(&panel, &QueuePanel::heldSelected);
    QSignalSpy queue(&panel, &QueuePanel::queueSelected);
    QSignalSpy bin(&panel, &QueuePanel::binSelected);
    panel.selectQueue(ReviewQueue::Held);
    QCOMPARE(held.size(), 1);
    QCOMPARE(queue.size(), 0);
    panel.selectQueue(ReviewQueue::Bin);
    QCOMPARE(bin.size(), 1);
    QCOMPARE(held.size(), 1);
    QCOMPARE(queue.size(), 0);
}

void TestQueuePanel::savedSearchRoundTrip()
{
    ReviewDesk d;
    d.add(QStringLiteral("Télétravail des agents"));
    d.add(QStringLiteral("Marché de producteurs"));
    ContributionFilter criteria;
    criteria.text = QStringLiteral("télétravail");
    criteria.status = QStringLiteral("received");
    QueuePanel panel(d.db());
    panel.setCriteriaSource([&criteria] { return criteria; });
    QVERIFY(panel.findChild<QToolButton *>(QStringLiteral("saveSearchButton"))->isEnabled());

    // Saved with the button: the name is asked, the words proposed.
    QString proposed;
    UiTestSupport::whenDialogOpens([&proposed](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        proposed = input->textValue();
        input->setTextValue(QStringLiteral("Télétravail à relire"));
        input->accept();
    });
    QTest::mouseClick(panel.findChild<QToolButton *>(QStringLiteral("saveSearchButton")), Qt::LeftButton);
    QCOMPARE(proposed, QStringLiteral("télétravail"));
    const QList<SavedSearch> saved = SavedSearchRepository(d.db()).all();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Télétravail à relire"));
    QCOMPARE(saved.first().owner, QStringLiteral("bob"));
    QCOMPARE(panel.savedSearchCount(saved.first().id), 1);

    // Selected again later, it gives back the same criteria.
    QueuePanel again(d.db());
    QSignalSpy spy(&again, &QueuePanel::queueSelected);
    QVERIFY(again.selectSavedSearch(saved.first().id));
    QCOMPARE(spy.size(), 1);
    const ContributionFilter back = spy.first().first().value<ContributionFilter>();
    QCOMPARE(back.text, criteria.text);
    QCOMPARE(back.status, criteria.status);
    QCOMPARE(ContributionRepository(d.db()).count(back), 1);

    // Renamed, then deleted.
    QVERIFY(again.renameSavedSearch(saved.first().id, QStringLiteral("Agents")));
    QCOMPARE(SavedSearchRepository(d.db()).all().first().name, QStringLiteral("Agents"));
    QVERIFY(
        !again.tree()->findItems(QStringLiteral("Agents"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    QVERIFY(again.deleteSavedSearch(saved.first().id, false));
    QVERIFY(SavedSearchRepository(d.db()).all().isEmpty());
    QVERIFY(
        again.tree()->findItems(QStringLiteral("Agents"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
}

void TestQueuePanel::savedSearchJsonKeepsEveryCriterion()
{
    ContributionFilter f;
    f.text = QStringLiteral("cyber*");
    f.status = QStringLiteral("validated");
    f.statuses = {QStringLiteral("received"), QStringLiteral("in_review")};
    f.theme = QStringLiteral("organisation");
    f.authorityCode = QStringLiteral("49328");
    f.subtopic = QStringLiteral("cybersecurite");
    f.departement = QStringLiteral("49");
    f.region = QStringLiteral("52");
    f.populationMin = 10000;
    f.populationMax = 100000;
    f.assignedTo = QStringLiteral("bob");
    f.receivedFrom = TestSupport::utc("2021-01-01T00:00:00Z");
    f.receivedTo = TestSupport::utc("2021-03-21T00:00:00Z");
    f.ids = {3, 5};
    f.sortColumn = ContributionFilter::SortColumn::Title;
    f.descending = false;
    const ContributionFilter g = SavedSearchRepository::fromJson(SavedSearchRepository::toJson(f));
    QCOMPARE(g.text, f.text);
    QCOMPARE(g.status, f.status);
    QCOMPARE(g.statuses, f.statuses);
    QCOMPARE(g.theme, f.theme);
    QCOMPARE(g.authorityCode, f.authorityCode);
    QCOMPARE(g.subtopic, f.subtopic);
    QCOMPARE(g.departement, f.departement);
    QCOMPARE(g.region, f.region);
    QCOMPARE(g.populationMin, f.populationMin);
    QCOMPARE(g.populationMax, f.populationMax);
    QCOMPARE(g.assignedTo, f.assignedTo);
    QCOMPARE(g.receivedFrom, f.receivedFrom);
    QCOMPARE(g.receivedTo, f.receivedTo);
    QCOMPARE(g.ids, f.ids);
    QVERIFY(g.sortColumn == f.sortColumn);
    QCOMPARE(g.descending, f.descending);
    // Unknown or missing keys give the defaults.
    const ContributionFilter empty = SavedSearchRepository::fromJson(QStringLiteral("{\"future\": 1}"));
    QVERIFY(empty.text.isEmpty());
    QVERIFY(empty.descending);
}

void TestQueuePanel::savedSearchesBelongToTheirOwner()
{
    ReviewDesk d;
    QString error;
    const QString first = d.db().actor();
    const qint64 id = SavedSearchRepository(d.db()).add(QStringLiteral("Mine"), {}, &error);
    QVERIFY(id);
    // « Vous êtes » changes: the search stays on the desk, but is not hers to change.
    d.actAs(QStringLiteral("alice"));
    QCOMPARE(SavedSearchRepository(d.db()).all().size(), 1);
    QVERIFY(!SavedSearchRepository(d.db()).isMine(SavedSearchRepository(d.db()).all().first()));
    QVERIFY(!SavedSearchRepository(d.db()).remove(id, &error));
    QVERIFY(!SavedSearchRepository(d.db()).rename(id, QStringLiteral("Volée"), &error));
    QVERIFY(SavedSearchRepository(d.db()).add(QStringLiteral("Mine"), {}, &error)); // her own name space
    QList<SavedSearch> seen = SavedSearchRepository(d.db()).all();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.first().owner, QStringLiteral("alice")); // hers first

    // In the panel: the other one says whose it is, and cannot be renamed or deleted.
    QueuePanel panel(d.db());
    auto *tree = panel.findChild<QTreeWidget *>();
    QVERIFY(tree);
    QTreeWidgetItem *others = nullptr;
    QTreeWidgetItem *hers = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0).startsWith(QStringLiteral("Mine (")))
            others = *it;
        else if ((*it)->text(0) == QStringLiteral("Mine"))
            hers = *it;
    }
    QVERIFY2(others && hers, "both searches are listed");
    QVERIFY2(others->toolTip(0).contains(QStringLiteral("only they can rename or delete it")),
        qPrintable(others->toolTip(0)));
    auto *rename = panel.findChild<QToolButton *>(QStringLiteral("renameSearchButton"));
    auto *remove = panel.findChild<QToolButton *>(QStringLiteral("deleteSearchButton"));
    QVERIFY(rename && remove);
    tree->setCurrentItem(others);
    QVERIFY(!rename->isEnabled());
    QVERIFY(!remove->isEnabled());
    tree->setCurrentItem(hers);
    QVERIFY(rename->isEnabled());
    QVERIFY(remove->isEnabled());
    d.actAs(first);
    QCOMPARE(SavedSearchRepository(d.db()).all().first().owner, first);
}

void TestQueuePanel::savedSearchNamesAreChecked()
{
    ReviewDesk d;
    QString error;
    SavedSearchRepository repo(d.db());
    QVERIFY(!repo.add(QStringLiteral("  "), {}, &error));
    QVERIFY(error.contains(QStringLiteral("name")));
    const qint64 first = repo.add(QStringLiteral("Une"), {}, &error);
    const qint64 second = repo.add(QStringLiteral("Deux"), {}, &error);
    QVERIFY(first && second);
    QVERIFY(!repo.add(QStringLiteral("Une"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QVERIFY(!repo.rename(second, QStringLiteral("Une"), &error));
    QVERIFY(repo.rename(first, QStringLiteral("Une"), &error)); // its own name is fine
}

QTEST_MAIN(TestQueuePanel)
#include "tst_queuepanel.moc"
