// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the review widgets offscreen, in French, into PNG files, to look at them and to
// keep docs/screenshots up to date:  review_screenshots [OUTPUT_DIR] [TRANSLATION.qm]
#include "reviewdesk.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "storage/savedsearchrepository.h"
#include "storage/sourcemessagerepository.h"
#include "ui/people/peopledialog.h"
#include "ui/people/profilepicker.h"
#include "ui/review/bulkchangepreviewdialog.h"
#include "ui/review/historyview.h"
#include "ui/review/queuepanel.h"
#include "ui/review/reviewactions.h"
#include "ui/review/reviewworkspace.h"
#include "ui/review/searchresultsmodel.h"
#include "ui/review/taxonomydialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

struct Sample
{
    const char *authority;
    const char *title;
    const char *text;
};

const Sample samples[] = {
    {"49328", "Plateforme d'entraide entre voisins",
        "Pendant le confinement, la commune a ouvert une plateforme qui met en relation les habitants "
        "volontaires et les "
        "personnes isolées, avec l'appui des associations de quartier."},
    {"86194", "Télétravail des agents en une semaine",
        "Le télétravail a été généralisé en une semaine : 300 agents équipés, une messagerie instantanée et "
        "des "
        "permanences téléphoniques pour le public."},
    {"17300", "Drive fermier des producteurs locaux",
        "Un drive fermier a permis aux producteurs du marché de continuer à vendre en circuit court."},
    {"97101", "Continuité des services d'état civil",
        "Les actes d'état civil ont été délivrés sur rendez-vous, quelques agents en télétravail, les autres "
        "sur site."},
    {"64445", "Prêt d'ordinateurs aux collégiens",
        "Cent ordinateurs reconditionnés prêtés aux familles pour l'école à la maison."},
    {"79191", "Cyberattaque sur la messagerie",
        "Une tentative d'hameçonnage a visé la messagerie des agents au début du confinement."},
    {"35238", "Livraison de courses aux personnes âgées",
        "Les agents de la médiathèque ont livré des courses."},
    {"16015", "Cellule d'écoute pour les commerçants",
        "Une cellule téléphonique a aidé les commerçants à demander les aides."},
};

void hold(Database &db, const QString &why, const QByteArray &raw)
{
    StoredMessage m;
    m.hold = why;
    m.raw = raw;
    m.subject = QString::fromUtf8(raw);
    m.sha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    m.importedBy = QStringLiteral("carol");
    QString error;
    SourceMessageRepository(db.connection()).insert(m, {}, &error);
}

QList<qint64> fill(ReviewDesk &d)
{
    QList<qint64> ids;
    d.actAs(QStringLiteral("carol"));
    ContributionRepository repo(d.db());
    QString error;
    int day = 1;
    for (const Sample &s : samples) {
        Contribution c = TestSupport::sampleContribution(QString::fromUtf8(s.title));
        c.authorityCode = QString::fromLatin1(s.authority);
        c.text = QString::fromUtf8(s.text);
        c.themes.clear();
        c.subtopics.clear();
        c.receivedAt = QDateTime(QDate(2021, 2, day), QTime(9 + day % 5, 14), QTimeZone::utc());
        day += 3;
        if (!repo.create(c, &error))
            qFatal("%s", qPrintable(error));
        ids.append(c.id);
    }
    d.actAs(QStringLiteral("bob"));
    ReviewRepository review(d.db());
    ReviewRepository::Tagging t;
    t.addSubtopics = {QStringLiteral("associations"), QStringLiteral("acces-droits")};
    t.addTags = {QStringLiteral("entraide"), QStringLiteral("bénévolat")};
    review.tag({ids[0]}, t, &error);
    review.changeStatus({ids[0]}, ReviewState::InReview, {}, &error);
    review.assign({ids[0], ids[1], ids[3]}, QStringLiteral("bob"), &error);
    review.addComment(
        ids[0], QStringLiteral("Le nombre de bénévoles manque ; je demande à la mairie."), &error);
    review.changeStatus({ids[0]}, ReviewState::NeedsChanges,
        QStringLiteral("Préciser le nombre de bénévoles mobilisés."), &error);
    d.actAs(QStringLiteral("carol"));
    review.addComment(
        ids[0], QStringLiteral("La mairie a répondu : 42 bénévoles. Je renvoie en relecture."), &error);
    review.changeStatus({ids[0]}, ReviewState::Received, QString(), &error);
    Contribution c = *repo.find(ids[0]);
    c.text += QStringLiteral(" 42 bénévoles se sont relayés pendant huit semaines.");
    repo.update(c, &error);
    d.actAs(QStringLiteral("bob"));
    review.changeStatus({ids[0]}, ReviewState::InReview, {}, &error);
    t = {};
    t.addSubtopics = {QStringLiteral("teletravail")};
    t.addTags = {QStringLiteral("télétravail")};
    review.tag({ids[1], ids[3]}, t, &error);
    review.changeStatus({ids[1]}, ReviewState::Validated, {}, &error);
    review.changeStatus({ids[2]}, ReviewState::Validated, {}, &error);
    review.changeStatus({ids[5]}, ReviewState::Rejected, QStringLiteral("Hors du champ de l'appel."), &error);
    review.changeStatus(
        {ids[4]}, ReviewState::NeedsChanges, QStringLiteral("Il manque le nom du contact."), &error);
    hold(d.db(), QStringLiteral("late"), "Témoignage reçu le 22 mars");
    hold(d.db(), QStringLiteral("needs_date"), "Message sans date");
    ContributionFilter f;
    f.text = QStringLiteral("télétravail");
    SavedSearchRepository(d.db()).add(QStringLiteral("Télétravail"), f, &error);
    f = {};
    f.departement = QStringLiteral("17");
    SavedSearchRepository(d.db()).add(QStringLiteral("Charente-Maritime"), f, &error);
    return ids;
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    if (!w->grab().save(path))
        qWarning("cannot write %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTranslator translator;
    if (argc > 2 && translator.load(QString::fromLocal8Bit(argv[2])))
        QApplication::installTranslator(&translator);
    for (const QString &font :
        QDir(QStringLiteral(RECUEIL_SOURCE_DIR "/resources/fonts")).entryList({QStringLiteral("*.ttf")}))
        QFontDatabase::addApplicationFont(QStringLiteral(RECUEIL_SOURCE_DIR "/resources/fonts/") + font);

    ReviewDesk d;
    const QList<qint64> ids = fill(d);
    d.actAs(QStringLiteral("bob"));

    // The review workspace: queues, the search results, the reviewer's controls.
    QWidget window;
    window.resize(1360, 780);
    ReviewWorkspace workspace(d.db(), &window);
    auto *search = new QLineEdit(&window);
    search->setText(QStringLiteral("télétravail"));
    search->setClearButtonEnabled(true);
    auto *middle = new QWidget(&window);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(search);
    middleLayout->addWidget(workspace.searchView(), 1);
    workspace.searchView()->show();
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(workspace.queuePanel());
    splitter->addWidget(middle);
    splitter->addWidget(workspace.reviewActions());
    splitter->setSizes({240, 700, 420});
    auto *status = new QStatusBar(&window);
    status->addPermanentWidget(workspace.profilePicker());
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(status);
    ContributionFilter criteria;
    criteria.text = search->text();
    workspace.queuePanel()->setCriteriaSource([&criteria] { return criteria; });
    workspace.search(criteria);
    workspace.queuePanel()->selectQueue(ReviewQueue::ToReview);
    workspace.searchView()->selectRow(1);
    workspace.setSelection({ids[3]});
    save(&window, out, QStringLiteral("review-queues.png"));

    // A bulk selection, as a coordinator sees it.
    d.actAs(QStringLiteral("carol"));
    workspace.profilePicker()->reload();
    workspace.reload();
    workspace.setSelection({ids[4], ids[6], ids[7]});
    save(&window, out, QStringLiteral("review-coordinator.png"));

    d.actAs(QStringLiteral("bob"));
    HistoryView history(d.db());
    history.resize(980, 640);
    history.setContribution(ids[0]);
    save(&history, out, QStringLiteral("history.png"));

    BulkChangePreviewDialog preview(ReviewRepository(d.db()).planStatusChange(
                                        {ids[3], ids[6], ids[1], ids[7]}, ReviewState::Validated, {}),
        ReviewState::Validated);
    save(&preview, out, QStringLiteral("review-bulk-preview.png"));

    d.actAs(QStringLiteral("alice"));
    TaxonomyDialog taxonomy(d.db());
    save(&taxonomy, out, QStringLiteral("review-taxonomy.png"));
    PeopleDialog people(d.db());
    save(&people, out, QStringLiteral("review-people.png"));
    return 0;
}
