// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deadlineguard.h"
#include "core/reviewstate.h"
#include "core/translations.h"

#include <QFile>
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
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
