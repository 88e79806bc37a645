// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "core/deadlineguard.h"
#include "core/translations.h"

#include <QScopeGuard>
#include <QTranslator>
#include <QtTest>

class TestDeadlineGuard : public QObject
{
    Q_OBJECT

private:
    DeadlineGuard guard() const { return DeadlineGuard(QDate(2021, 3, 20), QTimeZone(QByteArrayLiteral("Europe/Paris"))); }

private Q_SLOTS:
    void lateMessageSaysTheTimeAsPeopleDo_data()
    {
        QTest::addColumn<QLocale>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("français") << QLocale(QLocale::French, QLocale::France)
                                  << QStringLiteral(
                                         "Reçu le 22 mars 2021 à 10 h 30 (heure de Paris), après la "
                                         "clôture de l’appel le 20 mars 2021 : un administrateur doit "
                                         "l’accepter en indiquant un motif.");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 << QStringLiteral(
                                        "Received on 22 March 2021 at 10:30 (Paris time), after the call "
                                        "closed on 20 March 2021: an administrator must accept it with a "
                                        "reason.");
    }

    // It read « 22 mars 2021 10:30:00 CET »: seconds nobody needs and a code nobody says.
    void lateMessageSaysTheTimeAsPeopleDo()
    {
        QFETCH(QLocale, language);
        QFETCH(QString, expected);
        const QLocale before;
        Translations::install(QCoreApplication::instance(), language);
        const auto untranslate = qScopeGuard([before] {
            QLocale::setDefault(before);
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        QCOMPARE(
            guard().refusal(QDateTime(QDate(2021, 3, 22), QTime(9, 30), Qt::UTC), std::nullopt), expected);
    }

    void closingInstant()
    {
        QCOMPARE(guard().closingInstant(), QDateTime(QDate(2021, 3, 20), QTime(23, 0), Qt::UTC));
    }

    void judge_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::addColumn<int>("verdict");
        const int in = int(DeadlineGuard::Verdict::InTime);
        const int late = int(DeadlineGuard::Verdict::Late);
        QTest::newRow("last second, Paris") << "2021-03-20T23:59:59+01:00" << in;
        QTest::newRow("midnight, Paris") << "2021-03-21T00:00:00+01:00" << late;
        QTest::newRow("last second, UTC") << "2021-03-20T22:59:59Z" << in;
        QTest::newRow("close, UTC") << "2021-03-20T23:00:00Z" << late;
        QTest::newRow("19:30 Guadeloupe is 00:30 Paris") << "2021-03-20T19:30:00-04:00" << late;
        QTest::newRow("18:59 Guadeloupe is 23:59 Paris") << "2021-03-20T18:59:59-04:00" << in;
        QTest::newRow("Reunion evening, +04:00") << "2021-03-21T02:59:59+04:00" << in;
        QTest::newRow("long before") << "2020-12-01T10:00:00+01:00" << in;
        QTest::newRow("two days late") << "2021-03-22T08:30:12Z" << late;
    }

    void judge()
    {
        QFETCH(QString, instant);
        QFETCH(int, verdict);
        const QDateTime dt = QDateTime::fromString(instant, Qt::ISODate);
        QVERIFY(dt.isValid());
        QCOMPARE(int(guard().judge(dt)), verdict);
    }

    void undated()
    {
        QCOMPARE(guard().judge(QDateTime()), DeadlineGuard::Verdict::Undated);
        QVERIFY(!guard().refusal(QDateTime(), std::nullopt).isEmpty());
    }

    void overrideNeedsPersonAndReason_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("both") << "admin" << "Envoyé le 19, bloqué par l'antispam" << true;
        QTest::newRow("no reason") << "admin" << "" << false;
        QTest::newRow("blank reason") << "admin" << "   " << false;
        QTest::newRow("nobody") << "" << "raison" << false;
    }

    void overrideNeedsPersonAndReason()
    {
        QFETCH(QString, by);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        const QDateTime late = QDateTime::fromString(QStringLiteral("2021-03-22T08:30:12Z"), Qt::ISODate);
        QVERIFY(!guard().refusal(late, std::nullopt).isEmpty());
        QCOMPARE(guard().refusal(late, LateOverride{by, reason}).isEmpty(), accepted);
    }

    void statusFollowsInjectedClock()
    {
        FixedClock clock(QDateTime::fromString(QStringLiteral("2021-03-20T22:00:00Z"), Qt::ISODate));
        QVERIFY(guard().isOpenAt(clock.now()));
        clock.set(QDateTime::fromString(QStringLiteral("2021-03-21T08:00:00Z"), Qt::ISODate));
        QVERIFY(!guard().isOpenAt(clock.now()));
        QVERIFY(guard().statusText(clock.now()).contains(QStringLiteral("20")));
    }

    void campaignZone()
    {
        Campaign c;
        c.closesOn = QDate(2021, 3, 20);
        c.timeZone = QStringLiteral("America/Guadeloupe");
        const DeadlineGuard g(c);
        QCOMPARE(g.closingInstant(), QDateTime(QDate(2021, 3, 21), QTime(4, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineGuard)
#include "tst_deadlineguard.moc"
