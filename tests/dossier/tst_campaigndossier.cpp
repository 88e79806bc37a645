// SPDX-License-Identifier: GPL-3.0-or-later
// A call made from another file than the 2021 one: its dossier (read back with Poppler) and
// its ODT say its own name, organisers, dates, themes and cover texts, and nothing of the 2021
// call.
#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossieroptions.h"
#include "dossier/dossierpdfwriter.h"
#include "pdfprobe.h"
#include "storage/campaignrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace TestSupport;

class TestCampaignDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const CampaignSettings cayenne = campaignFile("cayenne");
        m_db = std::make_unique<TempDatabase>(&cayenne);
        Database &db = *m_db->db;
        PersonRepository(db.connection()).save({QStringLiteral("test"), QStringLiteral("Test"), Role::Admin},
            QStringLiteral("test"), &error);
        struct Row
        {
            const char *authority, *title, *received, *theme;
        };
        const Row rows[] = {
            {"97302", "Un fablab dans l'ancienne caserne", "2027-02-03T14:00:00Z", "tiers-lieux"},
            {"97304", "Des navettes à la demande", "2027-03-12T12:30:00Z", "mobilite"},
            {"97302", "Un tiers-lieu pour les associations", "2027-03-31T20:00:00Z", "tiers-lieux"},
        };
        QList<qint64> ids;
        for (const Row &r : rows) {
            Contribution c = sampleContribution(QString::fromUtf8(r.title));
            c.authorityCode = QLatin1String(r.authority);
            c.receivedAt = utc(r.received);
            c.themes = {QLatin1String(r.theme)};
            c.primaryTheme = QLatin1String(r.theme);
            c.subtopics = QString::fromLatin1(r.theme) == QLatin1String("tiers-lieux") ? QStringList {QStringLiteral("fablabs")}
                                                                                      : QStringList {};
            QVERIFY2(ContributionRepository(db).create(c, &error), qPrintable(error));
            ids << c.id;
        }
        // The call's four-eyes rule is off: one person enters and validates.
        QVERIFY2(ReviewRepository(db).changeStatus(ids, ReviewState::Validated, {}, &error), qPrintable(error));

        m_pdf = m_db->dir.filePath(QStringLiteral("dossier.pdf"));
        m_text = printed(m_pdf);
    }


    void saysItsOwnCall_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << "Les tiers-lieux en Guyane";
        QTest::newRow("organisers") << "Collectivité territoriale de Guyane";
        QTest::newRow("cover subtitle") << "Témoignages des communes guyanaises";
        QTest::newRow("cover note") << "Un appel de la Collectivité territoriale.";
        QTest::newRow("closing date") << "31 mars 2027";
        QTest::newRow("first theme") << "Tiers-lieux";
        QTest::newRow("second theme") << "Mobilité";
        QTest::newRow("sub-topic") << "Fablabs";
        QTest::newRow("a testimony") << "Des navettes à la demande";
        // Received at 17:00 in Cayenne on the closing day (20:00 UTC): in time, in the dossier.
        QTest::newRow("last day, Cayenne time") << "Un tiers-lieu pour les associations";
    }

    void saysItsOwnCall()
    {
        QFETCH(QString, expected);
        QVERIFY2(m_text.contains(expected), qPrintable(expected));
    }

    void noTraceOfThe2021Call_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::newRow("2021 call's name") << "Gestion de crise";
        QTest::newRow("2021 organisers") << "Villes de France";
        QTest::newRow("2021 organisers, second") << "Villes Internet";
        QTest::newRow("2021 theme 1") << "Organisation de la fonction publique";
        QTest::newRow("2021 theme 2") << "Soutien à l";
        QTest::newRow("2021 theme 3") << "Cohésion sociale";
        QTest::newRow("2021 sub-topic") << "Télétravail";
        // The size chart keeps its usual bands; the call's target is said nowhere.
        QTest::newRow("2021 target") << "10 000 à 100 000";
        QTest::newRow("core target") << "cœur de cible";
        QTest::newRow("2021 year") << "2021";
        QTest::newRow("2021 subtitle") << "Recueil des contributions des collectivités";
        QTest::newRow("Covid") << "Covid";
    }

    void noTraceOfThe2021Call()
    {
        QFETCH(QString, trace);
        QVERIFY2(!m_text.contains(trace, Qt::CaseInsensitive), qPrintable(trace));
    }

    void documentInformation()
    {
        const PdfProbe pdf(m_pdf);
        QVERIFY2(pdf.info(QStringLiteral("Title")).startsWith(QStringLiteral("Les tiers-lieux en Guyane")),
            qPrintable(pdf.info(QStringLiteral("Title"))));
    }

    // The call retires a theme its testimonies carry: they are still printed under it.
    void aRetiredThemeStillFilesItsTestimonies()
    {
        Database &db = *m_db->db;
        CampaignSettings call = CampaignRepository(db).settings();
        for (Theme &t : call.themes)
            t.retired = t.code == QLatin1String("mobilite");
        QString error;
        QVERIFY2(CampaignRepository(db).save(call, CampaignRepository::LateChoice::Hold, {}, &error), qPrintable(error));
        const QString text = printed(m_db->dir.filePath(QStringLiteral("retired.pdf")));
        QVERIFY(text.contains(QStringLiteral("Mobilité")));
        QVERIFY(text.contains(QStringLiteral("Des navettes à la demande")));
        QVERIFY2(!text.contains(QStringLiteral("sans thème principal")), qPrintable(text.left(3000)));
    }

private:
    QString printed(const QString &path)
    {
        QString error;
        DossierOptions options;
        DossierOptions::groupingFromCode(QStringLiteral("theme"), &options.grouping);
        options.editionDate = QDate(2027, 6, 3);
        DossierData data;
        if (!DossierLoader(*m_db->db).load(options, &data, &error))
            qWarning("%s", qPrintable(error));
        const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
        if (!layout || !DossierPdfWriter(*layout).write(path, &error))
            qWarning("%s", qPrintable(error));
        return PdfProbe::simplified(PdfProbe(path).allText());
    }

    std::unique_ptr<TempDatabase> m_db;
    QString m_pdf;
    QString m_text;
};

QTEST_MAIN(TestCampaignDossier)
#include "tst_campaigndossier.moc"
