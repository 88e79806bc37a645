// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/authoritydirectory.h"
#include "core/contributionvalidator.h"

#include <QtTest>

class TestContributionValidator : public QObject
{
    Q_OBJECT

    static Contribution valid()
    {
        Contribution c;
        c.authorityCode = QStringLiteral("49328");
        c.title = QStringLiteral("Entraide");
        c.receivedAt = QDateTime(QDate(2021, 2, 2), QTime(9, 14), Qt::UTC);
        return c;
    }

private Q_SLOTS:
    void validPasses()
    {
        QVERIFY(ContributionValidator(AuthorityDirectory::official()).check(valid()).isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("dated");
        QTest::addColumn<int>("field");
        using F = ContributionValidator::Field;
        QTest::newRow("no authority") << "" << "T" << "" << true << int(F::Authority);
        QTest::newRow("unknown authority") << "12345678" << "T" << "" << true << int(F::Authority);
        QTest::newRow("no title") << "49328" << "  " << "" << true << int(F::Title);
        QTest::newRow("no @") << "49328" << "T" << "claire.moreau.ville-saumur.fr" << true << int(F::ContactEmail);
        QTest::newRow("two @") << "49328" << "T" << "a@b@c.fr" << true << int(F::ContactEmail);
        QTest::newRow("space") << "49328" << "T" << "claire moreau@saumur.fr" << true << int(F::ContactEmail);
        QTest::newRow("no domain dot") << "49328" << "T" << "claire@localhost" << true << int(F::ContactEmail);
        QTest::newRow("no receipt time") << "49328" << "T" << "" << false << int(F::ReceivedAt);
    }

    void problems()
    {
        QFETCH(QString, authority);
        QFETCH(QString, title);
        QFETCH(QString, email);
        QFETCH(bool, dated);
        QFETCH(int, field);
        Contribution c = valid();
        c.authorityCode = authority;
        c.title = title;
        c.contact.email = email;
        if (!dated)
            c.receivedAt = QDateTime();
        const auto problems = ContributionValidator(AuthorityDirectory::official()).check(c);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void goodEmails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("plain") << "claire.moreau@ville-saumur.fr";
        QTest::newRow("plus") << "dsi+covid@martigues.fr";
        QTest::newRow("subdomain") << "ccas@mairie.longwy.fr";
    }

    void goodEmails()
    {
        QFETCH(QString, email);
        QVERIFY(ContributionValidator::isValidEmail(email));
    }
};

QTEST_GUILESS_MAIN(TestContributionValidator)
#include "tst_contributionvalidator.moc"
