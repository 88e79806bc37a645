// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sqlquery.h"
#include "storage/taxonomyrepository.h"
#include "testsupport.h"
#include "ui/people/peopledialog.h"
#include "ui/people/profilepicker.h"
#include "ui/review/classificationtree.h"
#include "ui/review/reviewactions.h"
#include "ui/review/reviewworkspace.h"
#include "ui/review/taxonomydialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

class TestReviewAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        UiTestSupport::quietOffscreenWarnings();
        QStandardPaths::setTestModeEnabled(true); // the remembered profile goes to a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("RecueilTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewadmin"));
    }
    void onlyAdministratorsChangeTheTaxonomy();
    void subtopicsAreAddedRenamedAndRetired();
    void retiredSubtopicStaysOnOldContributions();
    void tagsAreRenamedMergedAndRetired();
    void taxonomyDialogDrivesTheRepository();
    void profilePickerSetsTheActor();
    void peopleDialogAddsAndChangesRoles();
    void aNewDeskGetsItsTeamFromThePeopleDialog();
    void workspaceShowsAdminActionsToAdministrators();

private:
    static int taxonomyAudits(Database &db)
    {
        return SqlQuery::scalar(
            db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'taxonomy'"))
            .toInt();
    }
};

void TestReviewAdmin::onlyAdministratorsChangeTheTaxonomy()
{
    ReviewDesk d;
    TaxonomyRepository repo(d.db());
    QString error;
    Subtopic s {
        QString(), QStringLiteral("cohesion"), QStringLiteral("Tiers-lieux"), QStringLiteral("Third places")};
    QVERIFY(!repo.addSubtopic(s, &error)); // bob is a reviewer
    QVERIFY(error.contains(QStringLiteral("administrator")));
    QVERIFY(!repo.retireTag(QStringLiteral("x"), &error));
    QCOMPARE(taxonomyAudits(d.db()), 0);
}

void TestReviewAdmin::subtopicsAreAddedRenamedAndRetired()
{
    ReviewDesk d;
    d.actAs(QStringLiteral("alice"));
    TaxonomyRepository repo(d.db());
    QString error;
    Subtopic s {QString(), QStringLiteral("cohesion"), QStringLiteral("Tiers-lieux & fablabs"),
        QStringLiteral("Third places")};
    QVERIFY2(repo.addSubtopic(s, &error), qPrintable(error));
    QCOMPARE(s.code, QStringLiteral("tiers-lieux-fablabs"));
    QCOMPARE(repo.subtopics().last().code, s.code); // last of the last theme
    // Codes are unique, theme codes included, and well formed.
    Subtopic again {s.code, QStringLiteral("economie"), QStringLiteral("Autre"), {}};
    QVERIFY(!repo.addSubtopic(again, &error));
    Subtopic theme {QStringLiteral("cohesion"), QStringLiteral("cohesion"), QStringLiteral("Autre"), {}};
    QVERIFY(!repo.addSubtopic(theme, &error));
    Subtopic badCode {QStringLiteral("Pas Bon"), QStringLiteral("cohesion"), QStringLiteral("Autre"), {}};
    QVERIFY(!repo.addSubtopic(badCode, &error));
    QVERIFY(error.contains(QStringLiteral("lower-case")));
    Subtopic noTheme {QString(), QStringLiteral("nowhere"), QStringLiteral("Autre"), {}};
    QVERIFY(!repo.addSubtopic(noTheme, &error));

    QVERIFY(
        repo.renameSubtopic(s.code, QStringLiteral("Tiers-lieux"), QStringLiteral("Third places"), &error));
    QCOMPARE(repo.subtopics().last().frenchLabel, QStringLiteral("Tiers-lieux"));
    QCOMPARE(repo.subtopics().last().code, s.code);
    QVERIFY(repo.retireSubtopic(s.code, &error));
    QCOMPARE(repo.retiredSubtopics().size(), 1);
    QVERIFY(repo.subtopics().last().code != s.code);
    QVERIFY(repo.restoreSubtopic(s.code, &error));
    QVERIFY(repo.retiredSubtopics().isEmpty());
    QCOMPARE(taxonomyAudits(d.db()), 4);
}

void TestReviewAdmin::retiredSubtopicStaysOnOldContributions()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("Cyberattaque"));
    ReviewRepository::Tagging t;
    t.addSubtopics = {QStringLiteral("cybersecurite")};
    QString error;
    QVERIFY(ReviewRepository(d.db()).tag({id}, t, &error));
    d.actAs(QStringLiteral("alice"));
    QVERIFY(TaxonomyRepository(d.db()).retireSubtopic(QStringLiteral("cybersecurite"), &error));
    QCOMPARE(
        ContributionRepository(d.db()).find(id)->subtopics, QStringList {QStringLiteral("cybersecurite")});
    // No longer offered to a new contribution, still shown (and removable) where used.
    const qint64 other = d.add(QStringLiteral("Autre"));
    ReviewActions actions(d.db());
    actions.setContributions({other});
    QTreeWidgetItem *retired = actions.classificationTree()->itemOf(QStringLiteral("cybersecurite"));
    QVERIFY(retired && retired->isHidden());
    actions.setContributions({id});
    QCOMPARE(actions.classificationTree()->checkState(QStringLiteral("cybersecurite")), Qt::Checked);
    QVERIFY(!actions.classificationTree()->itemOf(QStringLiteral("cybersecurite"))->isHidden());
    QVERIFY(!ReviewRepository(d.db()).tag({other}, t, &error)); // cannot be put on again
}

void TestReviewAdmin::tagsAreRenamedMergedAndRetired()
{
    ReviewDesk d;
    const qint64 a = d.add(QStringLiteral("A"));
    const qint64 b = d.add(QStringLiteral("B"));
    ReviewRepository::Tagging t;
    t.addTags = {QStringLiteral("teletravail")};
    QString error;
    QVERIFY(ReviewRepository(d.db()).tag({a}, t, &error));
    t.addTags = {QStringLiteral("télétravail")};
    QVERIFY(ReviewRepository(d.db()).tag({b}, t, &error));
    d.actAs(QStringLiteral("alice"));
    TaxonomyRepository repo(d.db());
    ContributionRepository contributions(d.db());

    // Merged into the well-spelt one.
    QVERIFY2(repo.renameTag(QStringLiteral("teletravail"), QStringLiteral("télétravail"), &error),
        qPrintable(error));
    QCOMPARE(repo.tags(), QStringList {QStringLiteral("télétravail")});
    QCOMPARE(contributions.find(a)->tags, QStringList {QStringLiteral("télétravail")});
    QCOMPARE(AuditLog(d.db().connection()).history(a).first().action, QStringLiteral("tag"));
    // Renamed: the contributions follow, the search finds the new word.
    QVERIFY2(repo.renameTag(QStringLiteral("télétravail"), QStringLiteral("travail à distance"), &error),
        qPrintable(error));
    QCOMPARE(contributions.find(b)->tags, QStringList {QStringLiteral("travail à distance")});
    QCOMPARE(contributions.search(QStringLiteral("distance"), {}, 0, 10).size(), 2);
    // A change of case only.
    QVERIFY2(
        repo.renameTag(QStringLiteral("travail à distance"), QStringLiteral("Travail à distance"), &error),
        qPrintable(error));
    QCOMPARE(repo.tags(), QStringList {QStringLiteral("Travail à distance")});
    // Retired: still on the contributions, no longer offered.
    QVERIFY(repo.retireTag(QStringLiteral("Travail à distance"), &error));
    QVERIFY(repo.tags().isEmpty());
    QCOMPARE(repo.retiredTags(), QStringList {QStringLiteral("Travail à distance")});
    QCOMPARE(contributions.find(a)->tags.size(), 1);
    QVERIFY(!repo.renameTag(QStringLiteral("nothing"), QStringLiteral("x"), &error));
    QVERIFY(!repo.renameTag(QStringLiteral("Travail à distance"), QStringLiteral("  "), &error));
}

void TestReviewAdmin::taxonomyDialogDrivesTheRepository()
{
    ReviewDesk d;
    const qint64 id = d.add(QStringLiteral("A"));
    ReviewRepository::Tagging t;
    t.addTags = {QStringLiteral("entraide")};
    QString error;
    QVERIFY(ReviewRepository(d.db()).tag({id}, t, &error));
    d.actAs(QStringLiteral("alice"));
    TaxonomyDialog dialog(d.db());
    QVERIFY(dialog.addSubtopic(
        QStringLiteral("economie"), QStringLiteral("Monnaies locales"), QStringLiteral("Local currencies")));
    QCOMPARE(dialog.subtopicTree()
                 ->findItems(QStringLiteral("monnaies-locales"), Qt::MatchExactly | Qt::MatchRecursive, 1)
                 .size(),
        1);
    QVERIFY(!dialog.addSubtopic(QStringLiteral("economie"), QString(), QString()));
    QVERIFY(dialog.message().contains(QStringLiteral("French label")));
    QVERIFY(dialog.setSubtopicRetired(QStringLiteral("monnaies-locales"), true));
    const QTreeWidgetItem *item =
        dialog.subtopicTree()
            ->findItems(QStringLiteral("monnaies-locales"), Qt::MatchExactly | Qt::MatchRecursive, 1)
            .first();
    QCOMPARE(item->text(3), QStringLiteral("retired"));
    QVERIFY(dialog.renameTag(QStringLiteral("entraide"), QStringLiteral("solidarité")));
    QCOMPARE(dialog.tagTree()->topLevelItemCount(), 1);
    QCOMPARE(dialog.tagTree()->topLevelItem(0)->text(0), QStringLiteral("solidarité"));
    QCOMPARE(dialog.tagTree()->topLevelItem(0)->text(1), QStringLiteral("1"));
    QVERIFY(dialog.changed());
    // Someone who is not an administrator is refused with a sentence.
    d.actAs(QStringLiteral("bob"));
    QVERIFY(!dialog.setTagRetired(QStringLiteral("solidarité"), true));
    QVERIFY(dialog.message().contains(QStringLiteral("administrator")));
}

void TestReviewAdmin::profilePickerSetsTheActor()
{
    ReviewDesk d;
    d.actAs(ProfilePicker::systemLogin());
    ProfilePicker picker(d.db());
    QComboBox *combo = picker.combo();
    // The three people, plus the system user who is not one of them (a coordinator then).
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), ProfilePicker::systemLogin());
    QVERIFY(combo->currentText().contains(QStringLiteral("not registered")));
    QVERIFY(combo->currentText().contains(QStringLiteral("Coordinator")));
    QVERIFY(!picker.peopleButton()->isVisibleTo(&picker));
    QSignalSpy spy(&picker, &ProfilePicker::actorChanged);
    combo->setCurrentIndex(combo->findData(QStringLiteral("alice")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(d.db().actor(), QStringLiteral("alice"));
    QVERIFY(picker.peopleButton()->isVisibleTo(&picker));
    QCOMPARE(combo->count(), 3); // the system user is no longer acting: not listed
    picker.setCurrentLogin(QStringLiteral("bob"));
    QCOMPARE(d.db().actor(), QStringLiteral("bob"));
    QVERIFY(combo->currentText().startsWith(QStringLiteral("Bob Durand")));
    QVERIFY(!picker.managePeople());

    // Next start on this computer: bob again, not the system user.
    d.actAs(ProfilePicker::systemLogin());
    ProfilePicker next(d.db());
    QVERIFY(next.restoreRememberedLogin());
    QCOMPARE(d.db().actor(), QStringLiteral("bob"));
    // Someone no longer active is not restored.
    Person bob = *PersonRepository(d.db().connection()).find(QStringLiteral("bob"));
    bob.active = false;
    QString error;
    QVERIFY(PersonRepository(d.db().connection()).save(bob, QStringLiteral("alice"), &error));
    d.actAs(ProfilePicker::systemLogin());
    QVERIFY(!next.restoreRememberedLogin());
    QCOMPARE(d.db().actor(), ProfilePicker::systemLogin());
}

// A new desk: the first person added is its administrator, whatever role was chosen, and then
// adds the others; nobody else can.
void TestReviewAdmin::aNewDeskGetsItsTeamFromThePeopleDialog()
{
    if (TestSupport::testingPostgres())
        QSKIP("a server's people are its logins, in Recueil's group roles (docs/team-mode.md)");
    TestSupport::TempDatabase t;
    PeopleDialog dialog(*t.db);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY2(dialog.addPerson(QStringLiteral("claire"), QStringLiteral("Claire Moreau"), Role::Coordinator),
        qPrintable(dialog.message()));
    QCOMPARE(PersonRepository(t.db->connection()).roleOf(QStringLiteral("claire")), Role::Admin);
    QVERIFY(!dialog.addPerson(QStringLiteral("bob"), QString(), Role::Reviewer)); // not as an administrator
    t.db->setActor(QStringLiteral("claire"));
    QVERIFY2(dialog.addPerson(QStringLiteral("bob"), QString(), Role::Reviewer), qPrintable(dialog.message()));
    QCOMPARE(PersonRepository(t.db->connection()).roleOf(QStringLiteral("bob")), Role::Reviewer);
}

void TestReviewAdmin::peopleDialogAddsAndChangesRoles()
{
    ReviewDesk d;
    d.actAs(QStringLiteral("alice"));
    PeopleDialog dialog(d.db());
    QCOMPARE(dialog.table()->rowCount(), 3);
    QVERIFY(dialog.addPerson(QStringLiteral("dan"), QStringLiteral("Dan Roux"), Role::Reviewer));
    QTRY_COMPARE(dialog.table()->rowCount(), 4);
    QCOMPARE(PersonRepository(d.db().connection()).roleOf(QStringLiteral("dan")), Role::Reviewer);
    QVERIFY(!dialog.addPerson(QStringLiteral("dan"), QString(), Role::Admin));
    QVERIFY(!dialog.addPerson(QStringLiteral("two words"), QString(), Role::Admin));
    QVERIFY(dialog.changeRole(QStringLiteral("carol"), Role::Reviewer));
    QCOMPARE(PersonRepository(d.db().connection()).roleOf(QStringLiteral("carol")), Role::Reviewer);
    // The last administrator keeps the role.
    QVERIFY(!dialog.changeRole(QStringLiteral("alice"), Role::Reviewer));
    QVERIFY(dialog.message().contains(QStringLiteral("administrator")));
    QVERIFY(!dialog.setActive(QStringLiteral("alice"), false));
    QCOMPARE(PersonRepository(d.db().connection()).roleOf(QStringLiteral("alice")), Role::Admin);
    QVERIFY(dialog.setActive(QStringLiteral("dan"), false));
    QVERIFY(!PersonRepository(d.db().connection()).find(QStringLiteral("dan"))->active);
    // The role combo of a row changes the role too.
    QTRY_VERIFY(dialog.table()->cellWidget(0, 2));
    auto *combo = qobject_cast<QComboBox *>(dialog.table()->cellWidget(1, 2)); // bob
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("bob"));
    combo->setCurrentIndex(combo->findData(int(Role::Admin)));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(PersonRepository(d.db().connection()).roleOf(QStringLiteral("bob")), Role::Admin);
    QTest::qWait(1); // the table is rebuilt afterwards
}

void TestReviewAdmin::workspaceShowsAdminActionsToAdministrators()
{
    ReviewDesk d;
    QWidget window;
    ReviewWorkspace workspace(d.db(), &window);
    QVERIFY(!workspace.taxonomyAction()->isVisible());
    QSignalSpy actor(&workspace, &ReviewWorkspace::actorChanged);
    workspace.profilePicker()->setCurrentLogin(QStringLiteral("alice"));
    QCOMPARE(actor.size(), 1);
    QVERIFY(workspace.taxonomyAction()->isVisible());
    QVERIFY(workspace.peopleAction()->isEnabled());
}

QTEST_MAIN(TestReviewAdmin)
#include "tst_reviewadmin.moc"
