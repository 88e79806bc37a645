// SPDX-License-Identifier: GPL-3.0-or-later
// The call's static website, built from the sample campaign and from 1,000 generated
// contributions: every link and picture resolves inside the site, every page is valid HTML5
// (html5lib, strict), no page asks anything of another site, no contact appears without
// consent, and publishing again rewrites only what changed and takes down what is no longer
// validated.
#include "dossier/dossierstyle.h"
#include "dossiertestdata.h"
#include "mail/mailimporter.h"
#include "publish/sitepublisher.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Parses every page strictly as HTML5; prints one line per page that is not.
const char *const PythonHtml5 = R"(
import sys, pathlib, html5lib
bad = 0
for page in sorted(pathlib.Path(sys.argv[1]).rglob('*.html')):
    parser = html5lib.HTMLParser(strict=True)
    try:
        parser.parse(page.read_bytes())
    except Exception as e:
        bad += 1
        print(f'{page}: {e} {parser.errors[:3]}')
print(f'checked, {bad} invalid')
)";

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList pages(const QString &root)
{
    QStringList list;
    QDirIterator it(root, { u"*.html"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        list << it.next();
    return list;
}

} // namespace

class TstPublish : public QObject
{
    Q_OBJECT

    TestSupport::TempDatabase m_samples;
    TestSupport::TempDatabase m_generated;
    QTemporaryDir m_dir;
    DossierTestData::Known m_known;

    bool publish(Database &db, const QString &folder, bool withContacts = false, SitePublisher::Result *result = nullptr)
    {
        SitePublisher::Options options;
        options.withContacts = withContacts;
        QString error;
        SitePublisher::Result r;
        const bool ok = SitePublisher::publish(db, options, folder, &r, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        if (result)
            *result = r;
        if (ok && !qEnvironmentVariableIsEmpty("RECUEIL_KEEP_SITE")) // to look at it in a browser
            SitePublisher::publish(db, options, qEnvironmentVariable("RECUEIL_KEEP_SITE") + u'/' + QFileInfo(folder).fileName(), nullptr, &error);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(DossierStyle::loadFonts());
        // The sample campaign, imported and validated as a team would.
        QString error;
        PersonRepository people(m_samples.db->connection());
        people.save({ u"test"_s, u"Test"_s, Role::Admin }, u"test"_s, &error);
        people.save({ u"carole"_s, u"Carole Petit"_s, Role::Coordinator }, u"test"_s, &error);
        people.save({ u"remi"_s, u"Rémi Durand"_s, Role::Reviewer }, u"test"_s, &error);
        m_samples.db->setActor(u"carole"_s);
        MailImporter importer(*m_samples.db);
        const QDir samples(QStringLiteral(RECUEIL_TEST_DATA "/mail"));
        for (const QString &file : samples.entryList({ u"*.eml"_s, u"*.mbox"_s }, QDir::Files))
            importer.importFile(samples.filePath(file), [](const ImportOutcome &) { return true; });
        QList<qint64> ids;
        for (const ContributionSummary &s : ContributionRepository(*m_samples.db).page(ContributionFilter(), 0, 100)) {
            QVERIFY(TestSupport::fileUnderTheme(*m_samples.db, s.id));
            ids << s.id;
        }
        m_samples.db->setActor(u"remi"_s);
        QVERIFY2(ReviewRepository(*m_samples.db).changeStatus(ids, ReviewState::Validated, {}, &error), qPrintable(error));

        DossierTestData::Spec spec;
        spec.count = 1000;
        spec.minChars = 600;
        spec.maxChars = 2500;
        QVERIFY2(DossierTestData::generate(*m_generated.db, spec, &error), qPrintable(error));
        QVERIFY2(DossierTestData::addKnown(*m_generated.db, &m_known, &error), qPrintable(error));
    }

    void everyLinkResolvesAndNothingIsExternal_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::newRow("sample campaign") << false;
        QTest::newRow("1,000 contributions") << true;
    }

    void everyLinkResolvesAndNothingIsExternal()
    {
        QFETCH(bool, generated);
        const QString folder = m_dir.filePath(generated ? u"generated"_s : u"samples"_s);
        QVERIFY(publish(*(generated ? m_generated.db : m_samples.db), folder));
        const QStringList all = pages(folder);
        QVERIFY(all.size() > (generated ? 1000 : 10));
        static const QRegularExpression reference(u"(?:href|src)=\"([^\"]*)\""_s);
        static const QRegularExpression external(u"(?:href|src)=\"(?:[a-z]+:|//)|url\\(\\s*['\"]?(?:[a-z]+:|//)|@import"_s,
            QRegularExpression::CaseInsensitiveOption);
        int links = 0;
        for (const QString &page : all) {
            const QString html = QString::fromUtf8(read(page));
            QVERIFY2(!external.match(html).hasMatch(), qPrintable(page + u": "_s + external.match(html).captured()));
            for (auto it = reference.globalMatch(html); it.hasNext();) {
                QString target = it.next().captured(1);
                if (target.startsWith(u'#'))
                    continue;
                target = target.section(u'#', 0, 0);
                const QString resolved = QFileInfo(page).dir().filePath(target);
                QVERIFY2(QFileInfo::exists(resolved), qPrintable(page + u" → "_s + target));
                QVERIFY2(QDir::cleanPath(resolved).startsWith(QDir::cleanPath(folder)), qPrintable(target));
                ++links;
            }
        }
        QVERIFY(links > all.size() * 3);
        // The stylesheet and the pictures ask nothing elsewhere either.
        QDirIterator assets(folder + u"/assets"_s);
        while (assets.hasNext()) {
            const QByteArray bytes = read(assets.next());
            QVERIFY2(!bytes.contains("@import") && !bytes.contains("xlink:href=\"http") && !bytes.contains("url(http"),
                qPrintable(assets.filePath()));
        }
    }

    void everyPageIsValidHtml5_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::newRow("sample campaign") << false;
        QTest::newRow("1,000 contributions") << true;
    }

    void everyPageIsValidHtml5()
    {
        QFETCH(bool, generated);
        const QString folder = m_dir.filePath(generated ? u"generated"_s : u"samples"_s);
        QVERIFY(publish(*(generated ? m_generated.db : m_samples.db), folder));
        QProcess p;
        p.start(QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s,
            { u"-c"_s, QString::fromUtf8(PythonHtml5), folder });
        QVERIFY(p.waitForFinished(120000));
        const QString said = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0 && said.contains(u"checked, 0 invalid"_s), qPrintable(said));
    }

    void contributionPagesSayWhatTheDossierSays()
    {
        const QString folder = m_dir.filePath(u"generated"_s);
        QVERIFY(publish(*m_generated.db, folder));
        const Contribution known = *ContributionRepository(*m_generated.db).find(m_known.consenting);
        const QString path = folder + u'/' + SitePublisher::contributionPath(known, u"Europe/Paris"_s);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY(QFileInfo(path).fileName().startsWith(u"2021-%1-"_s.arg(known.id)));
        const QString html = QString::fromUtf8(read(path));
        QVERIFY(html.contains(u"<html lang=\"fr\">"_s));
        QVERIFY(html.contains(QString::fromUtf8(DossierTestData::knownTextPhrase).toHtmlEscaped().left(40)));
        // The unvalidated contribution is not published.
        for (const QString &page : pages(folder))
            QVERIFY(!read(page).contains(QByteArray(DossierTestData::receivedOnlyTitle)));
    }

    // A campaign in English gets its website in English.
    void englishCampaignInEnglish()
    {
        TestSupport::TempDatabase english;
        QString error;
        DossierTestData::Spec spec;
        spec.count = 5;
        QVERIFY2(DossierTestData::generate(*english.db, spec, &error), qPrintable(error));
        QVERIFY(TestSupport::rawSql(*english.db, u"UPDATE campaign SET language = 'en'"_s, &error));
        english.db->forgetCampaign();
        const QString folder = m_dir.filePath(u"english"_s);
        QVERIFY(publish(*english.db, folder));
        const QString home = QString::fromUtf8(read(folder + u"/index.html"_s));
        QVERIFY(home.contains(u"<html lang=\"en\">"_s));
        QVERIFY(home.contains(u"Read the contributions"_s));
        QVERIFY(!home.contains(u"Lire les contributions"_s));
        QVERIFY(QString::fromUtf8(read(folder + u"/contributions/index.html"_s)).contains(u"All contributions"_s));
    }

    void noContactWithoutConsent_data()
    {
        QTest::addColumn<bool>("withContacts");
        QTest::newRow("by default") << false;
        QTest::newRow("with the consenting contacts") << true;
    }

    void noContactWithoutConsent()
    {
        QFETCH(bool, withContacts);
        const QString folder = m_dir.filePath(withContacts ? u"contacts"_s : u"nocontacts"_s);
        QVERIFY(publish(*m_generated.db, folder, withContacts));
        QByteArray all;
        for (const QString &page : pages(folder))
            all += read(page);
        all += read(folder + u"/assets/search-index.js"_s);
        QVERIFY(!all.contains(DossierTestData::refusingEmail));
        QVERIFY(!all.contains(DossierTestData::refusingName));
        QCOMPARE(all.contains(DossierTestData::consentingEmail), withContacts);
    }

    // Publishing again rewrites nothing that did not change; one change rewrites its pages only;
    // a contribution no longer validated is taken down.
    void republishesOnlyWhatChanged()
    {
        const QString folder = m_dir.filePath(u"again"_s);
        SitePublisher::Result first, second, third, fourth;
        QVERIFY(publish(*m_samples.db, folder, false, &first));
        QCOMPARE(first.written, first.pages);
        QVERIFY(publish(*m_samples.db, folder, false, &second));
        QCOMPARE(second.written, 0);
        QCOMPARE(second.removed, 0);
        ContributionRepository repo(*m_samples.db);
        const qint64 id = repo.page(ContributionFilter(), 0, 1).first().id;
        Contribution c = *repo.find(id);
        c.text += u" Le dispositif continue en 2021."_s;
        QString error;
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        // A validated text that changes is reviewed again before it is published again.
        m_samples.db->setActor(u"remi"_s);
        QVERIFY2(ReviewRepository(*m_samples.db).changeStatus({ id }, ReviewState::Validated, {}, &error), qPrintable(error));
        QVERIFY(publish(*m_samples.db, folder, false, &third));
        // Its page, and what counts or indexes it (the home page's figures, the charts, the search
        // index); no other contribution's page and no list.
        const QString relative = SitePublisher::contributionPath(c, u"Europe/Paris"_s);
        QVERIFY2(third.changed.contains(relative), qPrintable(third.changed.join(u' ')));
        for (const QString &file : std::as_const(third.changed))
            QVERIFY2(file == relative || file == u"index.html"_s || file.startsWith(u"assets/"_s), qPrintable(file));
        const QString page = folder + u'/' + relative;
        QVERIFY(read(page).contains("Le dispositif continue en 2021."));
        QVERIFY2(ReviewRepository(*m_samples.db).changeStatus({ id }, ReviewState::InReview, u"à préciser"_s, &error),
            qPrintable(error));
        QVERIFY(publish(*m_samples.db, folder, false, &fourth));
        QVERIFY(fourth.removed >= 1);
        QVERIFY(!QFileInfo::exists(page));
    }

    // The home page, a list by theme and a contribution page in a real browser (Debian's
    // chromium through puppeteer-core): no serious or critical axe-core violation of WCAG 2.1
    // A/AA, nothing asked of another site, no sideways scrolling on a phone or at 200 % zoom.
    // RECUEIL_SCREENSHOTS=DIR also saves their screenshots (docs/screenshots).
    void looksRightInABrowser()
    {
        const QString browser = QStringLiteral(RECUEIL_TEST_DATA "/../publish/browser");
        const QString chromium = u"/usr/bin/chromium"_s;
        QString missing;
        if (!QFileInfo::exists(chromium))
            missing = u"Debian's chromium is not installed (packaging/install-deps.sh --tests installs it)"_s;
        else if (!QFileInfo::exists(browser + u"/node_modules/axe-core/axe.min.js"_s))
            missing = u"the npm packages of tests/publish/browser are not installed (packaging/install-deps.sh --tests runs npm ci)"_s;
        if (!missing.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(u"The website is not looked at in a browser: "_s + missing));
        }
        // The sample campaign: its texts are what import proposed from real-shaped emails.
        const QString folder = m_dir.filePath(u"browser"_s);
        QVERIFY(publish(*m_samples.db, folder));
        ContributionFilter saumur;
        saumur.authorityCode = u"49328"_s;
        const QList<ContributionSummary> found = ContributionRepository(*m_samples.db).page(saumur, 0, 1);
        QVERIFY(!found.isEmpty());
        const Contribution shown = *ContributionRepository(*m_samples.db).find(found.first().id);
        QStringList args { browser + u"/check-site.mjs"_s, folder, u"index.html"_s, u"themes/cohesion.html"_s,
            SitePublisher::contributionPath(shown, u"Europe/Paris"_s), u"--chromium"_s, chromium };
        if (!qEnvironmentVariableIsEmpty("RECUEIL_SCREENSHOTS"))
            args << u"--screenshots"_s << qEnvironmentVariable("RECUEIL_SCREENSHOTS");
        QProcess node;
        node.start(u"node"_s, args);
        QVERIFY2(node.waitForFinished(180000), "the browser did not finish in three minutes");
        const QString said = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, qPrintable(said));
        QCOMPARE(said.count(u"\"serious\":[]"_s), 3);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("accents") << u"Télétravail à Saumur"_s << u"teletravail-a-saumur"_s;
        QTest::newRow("punctuation") << u"« Mon marché local » : 30 producteurs !"_s << u"mon-marche-local-30-producteurs"_s;
        QTest::newRow("hostile") << u"../../etc/passwd"_s << u"etc-passwd"_s;
        QTest::newRow("nothing left") << u"« ! »"_s << u"contribution"_s;
    }

    void slugs()
    {
        QFETCH(QString, title);
        QTEST(SitePublisher::slug(title), "slug");
    }
};

QTEST_MAIN(TstPublish)
#include "tst_publish.moc"
