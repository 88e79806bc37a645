// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deadlineguard.h"
#include "core/reviewstate.h"
#include "core/translations.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    void removeTranslators()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void frenchOnAFrenchSystem()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        QCOMPARE(ReviewState::label(ReviewState::NeedsChanges), QStringLiteral("À compléter"));
        const DeadlineGuard guard(QDate(2021, 3, 20), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        QCOMPARE(guard.statusText(QDateTime(QDate(2021, 4, 1), QTime(12, 0), Qt::UTC)),
                 QStringLiteral("Appel clos depuis le 20 mars 2021"));
    }

    void englishOtherwise_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    }

    void englishOtherwise()
    {
        QFETCH(QLocale, locale);
        Translations::install(QCoreApplication::instance(), locale);
        QCOMPARE(ReviewState::label(ReviewState::NeedsChanges), QStringLiteral("Needs changes"));
    }

    // Every message of both catalogues is translated: nothing unfinished, nothing left empty.
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral("recueil_fr.ts");
        QTest::newRow("en") << QStringLiteral("recueil_en.ts");
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(RECUEIL_TRANSLATIONS_DIR "/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(f.readAll());
        const int messages = int(ts.count(QStringLiteral("<message")));
        QVERIFY(messages > 100);
        QCOMPARE(int(ts.count(QStringLiteral("type=\"unfinished\""))), 0);
        QCOMPARE(int(ts.count(QStringLiteral("<translation></translation>"))), 0);
        QCOMPARE(int(ts.count(QStringLiteral("<numerusform></numerusform>"))), 0);
        QVERIFY(ts.count(QStringLiteral("numerus=\"yes\"")) >= 10);
    }

    // French text uses the typographic apostrophe (« l’appel »), in the catalogue as in the help
    // and the dossier; a straight one between letters is a slip. (Quotes around a literal in a
    // date format, « H 'h' mm », are not between letters.)
    void frenchUsesTheTypographicApostrophe_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("catalogue") << QStringLiteral(RECUEIL_TRANSLATIONS_DIR "/recueil_fr.ts");
        QTest::newRow("help") << QStringLiteral(RECUEIL_SOURCE_DIR "/resources/help/help-fr.html");
    }

    void frenchUsesTheTypographicApostrophe()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        if (file.endsWith(QLatin1String(".ts"))) {
            // Only what is translated: the English sources keep their own apostrophes.
            static const QRegularExpression translation(
                QStringLiteral("<(translation|numerusform)>(.*?)</\\1>"), QRegularExpression::DotMatchesEverythingOption);
            QStringList translated;
            for (auto it = translation.globalMatch(text); it.hasNext();)
                translated << it.next().captured(2).replace(QLatin1String("&apos;"), QLatin1String("'"));
            text = translated.join(QLatin1Char('\n'));
        } else {
            static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
            text.remove(tag);
        }
        static const QRegularExpression straight(QStringLiteral("\\w'\\w"),
            QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch found = straight.match(text);
        QVERIFY2(!found.hasMatch(),
            qPrintable(QStringLiteral("straight apostrophe in: ") + text.mid(qMax(0, int(found.capturedStart()) - 30), 60)));
    }

    // French counts 0 and 1 as singular, English only 1: each language's forms, from the same
    // call.
    void countsAgreeWithTheirNumber_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("fr 0") << fr << 0 << QStringLiteral("0 contribution");
        QTest::newRow("fr 1") << fr << 1 << QStringLiteral("1 contribution");
        QTest::newRow("fr 2") << fr << 2 << QStringLiteral("2 contributions");
        QTest::newRow("fr 1234") << fr << 1234 << QStringLiteral("1\u202F234 contributions");
        QTest::newRow("en 0") << en << 0 << QStringLiteral("0 contributions");
        QTest::newRow("en 1") << en << 1 << QStringLiteral("1 contribution");
        QTest::newRow("en 2") << en << 2 << QStringLiteral("2 contributions");
        QTest::newRow("en 1234") << en << 1234 << QStringLiteral("1,234 contributions");
    }

    void countsAgreeWithTheirNumber()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Translations::install(QCoreApplication::instance(), locale);
        QCOMPARE(QCoreApplication::translate("DeskStatusBar", "%Ln contribution(s)", nullptr, n), expected);
        QLocale::setDefault(QLocale::c());
    }

    // lupdate, run over the sources as they are now, finds no message the catalogues lack: a
    // string added to the code without its French (or its English forms) fails here.
    void everyMessageOfTheCodeIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral("recueil_fr.ts");
        QTest::newRow("en") << QStringLiteral("recueil_en.ts");
    }

    void everyMessageOfTheCodeIsTranslated()
    {
        QFETCH(QString, file);
        if (!QFileInfo::exists(QStringLiteral(RECUEIL_LUPDATE)))
            QSKIP("lupdate (qt6-l10n-tools) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(RECUEIL_TRANSLATIONS_DIR "/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RECUEIL_SOURCE_DIR));
        lupdate.start(QStringLiteral(RECUEIL_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("app"), QStringLiteral("forms"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile updated(copy);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(updated.readAll());
        QStringList untranslated;
        static const QRegularExpression message(
            QStringLiteral("<source>(.*?)</source>\\s*<translation type=\"unfinished\""),
            QRegularExpression::DotMatchesEverythingOption);
        for (auto it = message.globalMatch(ts); it.hasNext();)
            untranslated << it.next().captured(1);
        if (!untranslated.isEmpty())
            qWarning().noquote() << "Not in the catalogue (add them to translations/*.tsv, then run "
                                    "lupdate and translations/apply-tsv.py):\n  "
                                        + untranslated.join(QStringLiteral("\n  "));
        QCOMPARE(untranslated.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
