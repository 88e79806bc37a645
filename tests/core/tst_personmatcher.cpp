// SPDX-License-Identifier: GPL-3.0-or-later
// The right to erasure finds a person's details as whole addresses, whole names and phone
// numbers in their usual spellings, and never touches a longer address or another name.
#include "core/personmatcher.h"

#include <QTest>

namespace {

QString entity(QStringView name)
{
    if (name == u"eacute")
        return QStringLiteral("é");
    if (name == u"egrave")
        return QStringLiteral("è");
    if (name == u"#233")
        return QStringLiteral("é");
    if (name == u"nbsp")
        return QStringLiteral("\u00a0");
    return QString();
}

PersonIdentity helene()
{
    return { { QStringLiteral("helene.dupre@ville-saumur.fr"), QStringLiteral("Helene.Dupre@Ville-Saumur.fr") },
        { QStringLiteral("Hélène Dupré") }, { QStringLiteral("05 63 49 10 10") } };
}

} // namespace

class TstPersonMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrub_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("html");
        const QString x = PersonMatcher::placeholder();

        QTest::newRow("address") << QStringLiteral("Écrire à helene.dupre@ville-saumur.fr.")
                                 << QStringLiteral("Écrire à ") + x + QStringLiteral(".") << false;
        QTest::newRow("address, other spelling held")
            << QStringLiteral("<Helene.Dupre@ville-saumur.FR>") << QStringLiteral("<") + x + QStringLiteral(">")
            << false;
        QTest::newRow("address, in capitals") << QStringLiteral("HELENE.DUPRE@VILLE-SAUMUR.FR") << x << false;
        QTest::newRow("longer address before")
            << QStringLiteral("anne.helene.dupre@ville-saumur.fr") << QStringLiteral("anne.helene.dupre@ville-saumur.fr")
            << false;
        QTest::newRow("longer domain after")
            << QStringLiteral("helene.dupre@ville-saumur.fr.example")
            << QStringLiteral("helene.dupre@ville-saumur.fr.example") << false;
        QTest::newRow("subdomain after") << QStringLiteral("helene.dupre@ville-saumur.froid")
                                         << QStringLiteral("helene.dupre@ville-saumur.froid") << false;
        QTest::newRow("mailto") << QStringLiteral("mailto:helene.dupre@ville-saumur.fr?subject=x")
                                << QStringLiteral("mailto:") + x + QStringLiteral("?subject=x") << false;
        QTest::newRow("name") << QStringLiteral("Signé : Hélène Dupré, DGS")
                              << QStringLiteral("Signé : ") + x + QStringLiteral(", DGS") << false;
        QTest::newRow("name, capitals without accents")
            << QStringLiteral("HELENE DUPRE") << x << false;
        QTest::newRow("name, reversed") << QStringLiteral("DUPRÉ Hélène\nchargée de mission")
                                        << x + QStringLiteral("\nchargée de mission") << false;
        QTest::newRow("name across a line break")
            << QStringLiteral("Hélène\r\n  Dupré") << x << false;
        QTest::newRow("name after an elision") << QStringLiteral("l'avis d'Hélène Dupré")
                                               << QStringLiteral("l'avis d'") + x << false;
        QTest::newRow("name, decomposed accents")
            << QStringLiteral("He\u0301le\u0300ne Dupre\u0301") << x << false;
        QTest::newRow("longer name") << QStringLiteral("Hélène Dupré-Lefèvre") << QStringLiteral("Hélène Dupré-Lefèvre")
                                     << false;
        QTest::newRow("name inside a word") << QStringLiteral("MarieHélène Dupré")
                                            << QStringLiteral("MarieHélène Dupré") << false;
        QTest::newRow("surname alone stays") << QStringLiteral("M. Dupré a répondu")
                                             << QStringLiteral("M. Dupré a répondu") << false;
        QTest::newRow("html entities") << QStringLiteral("<p>H&eacute;l&egrave;ne&nbsp;Dupr&#233;</p>")
                                       << QStringLiteral("<p>") + x + QStringLiteral("</p>") << true;
        QTest::newRow("phone, pairs") << QStringLiteral("Tél. 05 63 49 10 10.")
                                      << QStringLiteral("Tél. ") + x + QStringLiteral(".") << false;
        QTest::newRow("phone, digits") << QStringLiteral("tel 0563491010") << QStringLiteral("tel ") + x << false;
        QTest::newRow("phone, dots") << QStringLiteral("05.63.49.10.10") << x << false;
        QTest::newRow("phone, international") << QStringLiteral("+33 5 63 49 10 10") << x << false;
        QTest::newRow("phone, international (0)") << QStringLiteral("+33 (0)5 63 49 10 10") << x << false;
        QTest::newRow("phone, 0033") << QStringLiteral("0033563491010") << x << false;
        QTest::newRow("phone, no-break spaces")
            << QStringLiteral("05\u00a063\u00a049\u00a010\u00a010") << x << false;
        QTest::newRow("phone inside a longer number")
            << QStringLiteral("n° 105634910101") << QStringLiteral("n° 105634910101") << false;
        QTest::newRow("other phone") << QStringLiteral("05 63 49 10 11") << QStringLiteral("05 63 49 10 11") << false;
        QTest::newRow("several") << QStringLiteral("Hélène Dupré (05 63 49 10 10, helene.dupre@ville-saumur.fr)")
                                 << x + QStringLiteral(" (") + x + QStringLiteral(", ") + x + QStringLiteral(")")
                                 << false;
    }
    void scrub()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(bool, html);
        const PersonMatcher matcher(helene());
        int count = 0;
        QCOMPARE(matcher.scrub(text, &count, html ? &entity : nullptr), expected);
        QCOMPARE(matcher.matches(text, html ? &entity : nullptr), text != expected);
        QCOMPARE(count > 0, text != expected);
    }

    void twoPeopleShareASurnameOrADomain()
    {
        const PersonMatcher u({ { QStringLiteral("u@ville-saumur.fr") }, {}, {} });
        QCOMPARE(u.scrub(QStringLiteral("claire.moreau@ville-saumur.fr, u@ville-saumur.fr")),
            QStringLiteral("claire.moreau@ville-saumur.fr, [effacé]"));
        const PersonMatcher moreau({ {}, { QStringLiteral("Paul Moreau") }, {} });
        QCOMPARE(moreau.scrub(QStringLiteral("Paul Moreau-Lefèvre et Paul Moreau")),
            QStringLiteral("Paul Moreau-Lefèvre et [effacé]"));
    }

    void searchableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("searchable");
        QTest::newRow("full name") << QStringLiteral("Hélène Dupré") << true;
        QTest::newRow("initial") << QStringLiteral("H. Dupré") << false;
        QTest::newRow("one word") << QStringLiteral("Saumur") << false;
        QTest::newRow("town hall") << QStringLiteral("Mairie de Saumur") << false;
        QTest::newRow("service") << QStringLiteral("Service communication") << false;
        QTest::newRow("address as name") << QStringLiteral("dsi.martigues@gmail.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void searchableNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, searchable);
        QCOMPARE(PersonMatcher::isSearchableName(name), searchable);
    }

    void scrubStored_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        // The audit log's records: a line break is "\n" there, so the name after it is found
        // only once the JSON is read; the record stays valid JSON.
        QTest::newRow("json record") << QStringLiteral(R"({"body":"Merci.\nHélène Dupré","n":3})")
                                     << QStringLiteral(R"({"body":"Merci.\n[effacé]","n":3})") << 1;
        QTest::newRow("json array") << QStringLiteral(R"(["helene.dupre@ville-saumur.fr","x"])")
                                    << QStringLiteral(R"(["[effacé]","x"])") << 1;
        QTest::newRow("not json") << QStringLiteral("{Hélène Dupré") << QStringLiteral("{[effacé]") << 1;
        QTest::newRow("json without her") << QStringLiteral(R"({"a": "b"})") << QStringLiteral(R"({"a": "b"})") << 0;
        QTest::newRow("message id") << QStringLiteral("imported <abc@mail.fr> from Hélène Dupré")
                                    << QStringLiteral("imported <erased-1@recueil.invalid> from [effacé]") << 2;
    }

    void scrubStored()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QFETCH(int, count);
        const QHash<QString, QString> ids { { QStringLiteral("abc@mail.fr"), QStringLiteral("erased-1@recueil.invalid") } };
        int found = 0;
        QCOMPARE(PersonMatcher(helene()).scrubStored(stored, &found, ids), expected);
        QCOMPARE(found, count);
    }

    void replaceMessageIds_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alone") << QStringLiteral("abc@mail.fr") << QStringLiteral("new@x");
        QTest::newRow("bracketed") << QStringLiteral("<z@y> <abc@mail.fr>") << QStringLiteral("<z@y> <new@x>");
        // Part of a longer id: not the person's message.
        QTest::newRow("inside another") << QStringLiteral("<xabc@mail.fr>") << QStringLiteral("<xabc@mail.fr>");
    }

    void replaceMessageIds()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        bool changed = false;
        QCOMPARE(PersonMatcher::replaceMessageIds(
                     header, { { QStringLiteral("abc@mail.fr"), QStringLiteral("new@x") } }, &changed),
            expected);
        QCOMPARE(changed, header != expected);
    }

    void emptyPersonMatchesNothing()
    {
        const PersonMatcher none({});
        QVERIFY(none.isEmpty());
        QCOMPARE(none.scrub(QStringLiteral("Hélène Dupré")), QStringLiteral("Hélène Dupré"));
    }

    void linearOnLongText()
    {
        // A megabyte of text with no match, then one: found, in one pass.
        const PersonMatcher matcher(helene());
        const QString text = QString(1 << 20, QLatin1Char('a')) + QStringLiteral(" Hélène Dupré");
        QVERIFY(matcher.matches(text));
    }
};

QTEST_GUILESS_MAIN(TstPersonMatcher)
#include "tst_personmatcher.moc"
