// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/launchoptions.h"

#include <QTest>

class TstLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("rest");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<bool>("failed");

        const QStringList none;
        const auto row = [](const char *name, const QStringList &arguments, const char *database, const char *command,
                             const QStringList &rest, const QStringList &unknown, bool failed) {
            QTest::newRow(name) << arguments << QString::fromUtf8(database) << QString::fromUtf8(command) << rest
                                << unknown << failed;
        };
        row("window", { "recueil" }, "", "", none, none, false);
        row("database", { "recueil", "--database", "a.sqlite", "list" }, "a.sqlite", "list", none, none, false);
        row("database=", { "recueil", "--database=postgresql://u@h/db", "init" }, "postgresql://u@h/db", "init", none,
            none, false);
        row("-d", { "recueil", "-d", "b.sqlite" }, "b.sqlite", "", none, none, false);
        // What follows the command is the command's, even an option of the same name.
        row("command options", { "recueil", "list", "--json", "--database", "x" }, "", "list",
            { "--json", "--database", "x" }, none, false);
        row("emails", { "recueil", "a.eml", "b.eml" }, "", "a.eml", { "b.eml" }, none, false);
        row("unknown before", { "recueil", "--frobnicate", "list" }, "", "list", none, { "--frobnicate" }, false);
        row("window option", { "recueil", "-platform", "offscreen" }, "", "offscreen", none, { "--platform" }, false);
        row("database without value", { "recueil", "--database" }, "", "", none, none, true);
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, database);
        QFETCH(QString, command);
        QFETCH(QStringList, rest);
        QFETCH(QStringList, unknown);
        QFETCH(bool, failed);
        const LaunchOptions o = LaunchOptions::parse(arguments);
        QCOMPARE(o.database, database);
        QCOMPARE(o.command, command);
        QCOMPARE(o.rest, rest);
        QCOMPARE(o.unknownOptions, unknown);
        QCOMPARE(!o.error.isEmpty(), failed);
    }

    void versionAndHelp()
    {
        QVERIFY(LaunchOptions::parse({ "recueil", "--version" }).version);
        QVERIFY(LaunchOptions::parse({ "recueil", "-v" }).version);
        QVERIFY(LaunchOptions::parse({ "recueil", "-h" }).help);
        QVERIFY(!LaunchOptions::parse({ "recueil", "list", "--help" }).help); // list's own --help
    }
};

QTEST_GUILESS_MAIN(TstLaunchOptions)
#include "tst_launchoptions.moc"
