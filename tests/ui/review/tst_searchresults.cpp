// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "ui/review/reviewworkspace.h"
#include "ui/review/searchresultsmodel.h"
#include "ui/review/snippetdelegate.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

class TestSearchResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        UiTestSupport::quietOffscreenWarnings();
    }
    void passesTheModelTester();
    void rankedWithTheWordsInBold();
    void markupOfTheExtract_data();
    void markupOfTheExtract();
    void narrowCellsShowTheMatch();
    void delegatePaintsTheBoldWord();
    void pagesAreFetchedAsTheViewScrolls();
    void workspaceShowsResultsAndSelection();
    void rowsAreRefreshedInPlace();

private:
    static void seed(ReviewDesk &d)
    {
        d.add(QStringLiteral("Télétravail des agents"),
            QStringLiteral("Le télétravail a été généralisé en une semaine."));
        d.add(QStringLiteral("Marché de producteurs"),
            QStringLiteral("Un drive fermier pour les producteurs locaux."));
        d.add(QStringLiteral("Continuité du service"),
            QStringLiteral("Quelques agents en télétravail, les autres sur site."));
    }
};

void TestSearchResults::passesTheModelTester()
{
    ReviewDesk d;
    seed(d);
    SearchResultsModel model(d.db());
    model.setPageSize(1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("télétravail"), {});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 2);
    model.setSearch(QString(), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchResults::rankedWithTheWordsInBold()
{
    ReviewDesk d;
    seed(d);
    SearchResultsModel model(d.db());
    model.setSearch(QStringLiteral("teletravail"), {}); // accents are not needed
    QCOMPARE(model.rowCount(), 2);
    // The title match ranks first.
    QCOMPARE(model.data(model.index(0, SearchResultsModel::TitleColumn)).toString(),
        QStringLiteral("Télétravail des agents"));
    QVERIFY(model.data(model.index(0, 0), SearchResultsModel::RankRole).toDouble()
        <= model.data(model.index(1, 0), SearchResultsModel::RankRole).toDouble());
    SnippetDelegate delegate;
    const QString html = delegate.displayHtml(model.index(1, SearchResultsModel::MatchColumn));
    QVERIFY2(html.contains(QStringLiteral("<b>télétravail</b>")), qPrintable(html));
    QVERIFY(!html.contains(QChar(0x00AB)));
    // Other criteria still apply.
    ContributionFilter validated;
    validated.status = QStringLiteral("validated");
    model.setSearch(QStringLiteral("télétravail"), validated);
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchResults::markupOfTheExtract_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("html");
    QTest::newRow("one word") << QStringLiteral("le «télétravail» des agents")
                              << QStringLiteral("le <b>télétravail</b> des agents");
    QTest::newRow("two") << QStringLiteral("«drive» et «marché»")
                         << QStringLiteral("<b>drive</b> et <b>marché</b>");
    QTest::newRow("escaped") << QStringLiteral("a < b & «c»") << QStringLiteral("a &lt; b &amp; <b>c</b>");
    QTest::newRow("quotation marks of the text")
        << QStringLiteral("dit « merci » au «maire»") << QStringLiteral("dit « merci » au <b>maire</b>");
    QTest::newRow("no-break spaces") << QStringLiteral("«\u00a0solidarité\u00a0» et «aide»")
                                     << QStringLiteral("«\u00a0solidarité\u00a0» et <b>aide</b>");
    QTest::newRow("unclosed") << QStringLiteral("«ouvert") << QStringLiteral("«ouvert");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchResults::markupOfTheExtract()
{
    QFETCH(QString, snippet);
    QFETCH(QString, html);
    QCOMPARE(SnippetDelegate::toHtml(snippet), html);
    QVERIFY(!SnippetDelegate::toPlainText(QStringLiteral("le «télétravail»")).contains(QChar(0x00AB)));
}

void TestSearchResults::narrowCellsShowTheMatch()
{
    const QFontMetrics metrics(QApplication::font());
    const QString snippet = QStringLiteral(
        "Les actes d'état civil ont été délivrés sur rendez-vous, quelques agents en «télétravail»");
    const QString fitted = SnippetDelegate::fitted(snippet, metrics, 300);
    QVERIFY(fitted.startsWith(QChar(0x2026)));
    QVERIFY(fitted.endsWith(QStringLiteral("«télétravail»")));
    QVERIFY(metrics.horizontalAdvance(fitted.section(QChar(0x00AB), 0, 0))
        <= 100 + metrics.horizontalAdvance(QChar(0x2026)));
    QCOMPARE(SnippetDelegate::fitted(snippet, metrics, 5000), snippet); // wide enough: untouched
    QCOMPARE(SnippetDelegate::fitted(QStringLiteral("«début» du texte"), metrics, 10),
        QStringLiteral("«début» du texte"));
}

void TestSearchResults::delegatePaintsTheBoldWord()
{
    ReviewDesk d;
    seed(d);
    ReviewWorkspace workspace(d.db(), nullptr);
    QTableView *view = workspace.searchView();
    ContributionFilter criteria;
    criteria.text = QStringLiteral("drive");
    workspace.search(criteria);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(qobject_cast<SnippetDelegate *>(view->itemDelegateForColumn(SearchResultsModel::MatchColumn)));
    view->resize(900, 200);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // Drawn: bold text is wider than the same text in the regular weight.
    const QModelIndex cell = view->model()->index(0, SearchResultsModel::MatchColumn);
    auto *delegate =
        qobject_cast<SnippetDelegate *>(view->itemDelegateForColumn(SearchResultsModel::MatchColumn));
    QVERIFY(delegate->displayHtml(cell).contains(QStringLiteral("<b>drive</b>")));
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(0, 0, 600, 24);
    QImage image(600, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate->paint(&painter, option, cell);
    painter.end();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    QVERIFY(dark > 20);
    QVERIFY(delegate->sizeHint(option, cell).width() > 50);
}

void TestSearchResults::pagesAreFetchedAsTheViewScrolls()
{
    ReviewDesk d;
    for (int i = 0; i < 25; ++i)
        d.add(QStringLiteral("Solidarité %1").arg(i));
    SearchResultsModel model(d.db());
    model.setPageSize(10);
    QSignalSpy spy(&model, &SearchResultsModel::resultsChanged);
    model.setSearch(QStringLiteral("solidarité"), {});
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(spy.last().at(0).toInt(), 25);
    QVERIFY(model.rowOf(model.idAt(24)) == 24);
}

void TestSearchResults::workspaceShowsResultsAndSelection()
{
    ReviewDesk d;
    seed(d);
    ReviewWorkspace workspace(d.db(), nullptr);
    QSignalSpy current(&workspace, &ReviewWorkspace::searchCurrentChanged);
    ContributionFilter criteria;
    criteria.text = QStringLiteral("télétravail");
    workspace.search(criteria);
    QTableView *view = workspace.searchView();
    view->selectRow(0);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().toLongLong(), workspace.searchModel()->idAt(0));
}

void TestSearchResults::rowsAreRefreshedInPlace()
{
    ReviewDesk d;
    seed(d);
    SearchResultsModel model(d.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("télétravail"), {});
    const qint64 id = model.idAt(1);
    QString error;
    QVERIFY(TestSupport::fileUnderTheme(d.db(), id));
    QVERIFY(ReviewRepository(d.db()).changeStatus({id}, ReviewState::Validated, {}, &error));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh({id, 999});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        model.data(model.index(1, SearchResultsModel::StatusColumn)).toString(), QStringLiteral("Validated"));
    QCOMPARE(model.data(model.index(1, 0), SearchResultsModel::StatusCodeRole).toString(),
        QStringLiteral("validated"));
}

QTEST_MAIN(TestSearchResults)
#include "tst_searchresults.moc"
