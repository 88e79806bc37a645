// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaignsettings.h"
#include "core/deadlineguard.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace TestSupport;

class TestCampaignSettings : public QObject
{
    Q_OBJECT

    static QJsonObject cayenne()
    {
        QFile f(testData(QStringLiteral("campaigns/cayenne.json")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cayenne.json is missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    // The bundled example is the 2021 call of contracts.md, and the default of a new store.
    void defaultIsThe2021Call()
    {
        const CampaignSettings s = CampaignSettings::defaults();
        QCOMPARE(s.campaign.code, QStringLiteral("vdf-vi-2021"));
        QVERIFY(s.campaign.name.startsWith(QStringLiteral("Gestion de crise avec le numérique")));
        QCOMPARE(s.campaign.closesOn, QDate(2021, 3, 20));
        QCOMPARE(s.campaign.timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(s.campaign.eligibility.populationMin, 10000);
        QCOMPARE(s.campaign.eligibility.populationMax, 100000);
        QCOMPARE(s.campaign.eligibility.kinds, (QStringList {QStringLiteral("commune"), QStringLiteral("epci")}));
        QCOMPARE(s.themes.size(), Taxonomy::defaultThemes().size());
        for (int i = 0; i < s.themes.size(); ++i) {
            QCOMPARE(s.themes.at(i).code, Taxonomy::defaultThemes().at(i).code);
            QCOMPARE(s.themes.at(i).frenchLabel, Taxonomy::defaultThemes().at(i).frenchLabel);
            QCOMPARE(s.themes.at(i).englishLabel, Taxonomy::defaultThemes().at(i).englishLabel);
        }
        QCOMPARE(s.subtopics.size(), Taxonomy::defaultSubtopics().size());
        for (int i = 0; i < s.subtopics.size(); ++i) {
            QCOMPARE(s.subtopics.at(i).code, Taxonomy::defaultSubtopics().at(i).code);
            QCOMPARE(s.subtopics.at(i).themeCode, Taxonomy::defaultSubtopics().at(i).themeCode);
        }
        // The closing instant of contracts.md.
        QCOMPARE(DeadlineGuard(s.campaign).closingInstant(), utc("2021-03-20T23:00:00Z"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("2021 call") << QStringLiteral(":/campaigns/vdf-vi-2021.json");
        QTest::newRow("Cayenne") << testData(QStringLiteral("campaigns/cayenne.json"));
        QTest::newRow("Nouméa") << testData(QStringLiteral("campaigns/noumea.json"));
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QString error;
        const auto s = CampaignSettings::fromFile(file, &error);
        QVERIFY2(s, qPrintable(error));
        const auto again = CampaignSettings::fromJson(s->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), s->toJson());
        // Every key scripts rely on is written.
        const QJsonObject o = QJsonDocument::fromJson(s->toJson()).object();
        for (const char *key : {"code", "name", "organisers", "opens_on", "closes_on", "time_zone", "language",
                 "four_eyes", "eligibility", "themes"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject e = o.value(QStringLiteral("eligibility")).toObject();
        for (const char *key : {"kinds", "population_min", "population_max", "overseas"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        // The file's own content comes back, value for value.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(o, QJsonDocument::fromJson(f.readAll()).object());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("code with capitals") << "code" << QJsonValue("Appel 2027") << "cannot be the call's code";
        QTest::newRow("no name") << "name" << QJsonValue("  ") << "Give the call a name";
        QTest::newRow("no organisers") << "organisers" << QJsonValue("") << "organises";
        QTest::newRow("French date") << "closes_on" << QJsonValue("31/03/2027") << "“closes_on” must be a date";
        QTest::newRow("impossible date") << "closes_on" << QJsonValue("2027-02-30") << "“closes_on” must be a date";
        QTest::newRow("opens after it closes") << "opens_on" << QJsonValue("2027-05-01") << "cannot open after";
        QTest::newRow("unknown zone") << "time_zone" << QJsonValue("Mars/Olympus_Mons") << "not a time zone";
        QTest::newRow("offset, not a zone") << "time_zone" << QJsonValue("UTC+25") << "not a time zone";
        QTest::newRow("German") << "language" << QJsonValue("de") << "must be “fr” or “en”";
        QTest::newRow("four eyes as text") << "four_eyes" << QJsonValue("yes") << "true or false";
        QTest::newRow("no theme") << "themes" << QJsonValue(QJsonArray()) << "one theme at least";
        QTest::newRow("kind unknown") << "eligibility"
                                      << QJsonValue(QJsonObject {{"kinds", QJsonArray {"ville"}}})
                                      << "not a kind of authority";
        QTest::newRow("no kind") << "eligibility" << QJsonValue(QJsonObject {{"kinds", QJsonArray()}})
                                 << "which kinds";
        QTest::newRow("band upside down")
            << "eligibility" << QJsonValue(QJsonObject {{"population_min", 50000}, {"population_max", 10000}})
            << "is above the largest";
        QTest::newRow("negative population")
            << "eligibility" << QJsonValue(QJsonObject {{"population_min", -5}}) << "whole number";
        const QJsonObject theme {{"code", "mobilite"}, {"label_fr", "Mobilité"}, {"label_en", "Mobility"}};
        QTest::newRow("two themes, one code") << "themes" << QJsonValue(QJsonArray {theme, theme}) << "Two themes";
        QJsonObject noEnglish = theme;
        noEnglish.remove("label_en");
        QTest::newRow("theme without English") << "themes" << QJsonValue(QJsonArray {noEnglish})
                                               << "French and an English label";
        QJsonObject twoSubtopics = theme;
        const QJsonObject sub {{"code", "velo"}, {"label_fr", "Vélo"}, {"label_en", "Cycling"}};
        twoSubtopics.insert("subtopics", QJsonArray {sub, sub});
        QTest::newRow("two sub-topics, one code") << "themes" << QJsonValue(QJsonArray {twoSubtopics})
                                                  << "Two sub-topics";
    }

    void refusals()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, sentence);
        QJsonObject o = cayenne();
        o.insert(key, value);
        QString error;
        QVERIFY(!CampaignSettings::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.contains(sentence), qPrintable(error));
    }

    void notJson()
    {
        QString error;
        QVERIFY(!CampaignSettings::fromJson("{\"code\": ", &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        QVERIFY(!CampaignSettings::fromJson("[1, 2]", &error));
        QVERIFY2(error.contains(QStringLiteral("one JSON object")), qPrintable(error));
        QVERIFY(!CampaignSettings::fromFile(QStringLiteral("/nonexistent/call.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot read")), qPrintable(error));
    }

    void zoneCity_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("city");
        QTest::newRow("Paris") << "Europe/Paris" << "Paris";
        QTest::newRow("Cayenne") << "America/Cayenne" << "Cayenne";
        QTest::newRow("two words") << "America/Port_of_Spain" << "Port of Spain";
        QTest::newRow("three parts") << "America/Argentina/Buenos_Aires" << "Buenos Aires";
        QTest::newRow("UTC") << "UTC" << "UTC";
    }

    void zoneCity()
    {
        QFETCH(QString, zone);
        QFETCH(QString, city);
        QCOMPARE(CampaignSettings::zoneCity(zone), city);
    }

    void eligibility_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("population");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("in2021");
        QTest::addColumn<bool>("inNoumea");
        QTest::newRow("Saumur") << "commune" << 26241 << "49" << true << true;
        QTest::newRow("104,711 inhabitants") << "commune" << 104711 << "06" << false << false;
        QTest::newRow("small town") << "commune" << 4000 << "23" << false << true;
        QTest::newRow("band's edges") << "commune" << 10000 << "23" << true << true;
        QTest::newRow("an intercommunalité") << "epci" << 30000 << "49" << true << false;
        QTest::newRow("Les Abymes") << "commune" << 53000 << "971" << true << false;
    }

    void eligibility()
    {
        QFETCH(QString, kind);
        QFETCH(int, population);
        QFETCH(QString, departement);
        QFETCH(bool, in2021);
        QFETCH(bool, inNoumea);
        Authority a;
        a.code = QStringLiteral("x");
        a.kind = kind == QLatin1String("epci") ? Authority::Kind::Epci : Authority::Kind::Commune;
        a.population = population;
        a.departement = departement;
        QCOMPARE(CampaignSettings::defaults().campaign.eligibility.admits(a), in2021);
        QString error;
        auto noumea = CampaignSettings::fromFile(testData(QStringLiteral("campaigns/noumea.json")), &error);
        QVERIFY2(noumea, qPrintable(error));
        noumea->campaign.eligibility.overseas = false; // for this row set: overseas out
        QCOMPARE(noumea->campaign.eligibility.admits(a), inNoumea);
    }
};

QTEST_GUILESS_MAIN(TestCampaignSettings)
#include "tst_campaignsettings.moc"
