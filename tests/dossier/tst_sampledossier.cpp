// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier of the sample emails, as imported and validated: it prints the text to publish
// that import proposed, so no line of the PDF is a greeting, a closing, a signature or a masked
// name left over from the emails (read back with Poppler). The emails themselves keep them.
#include "dossier/dossierbuilder.h"
#include "dossier/dossierloader.h"
#include "dossier/dossieroptions.h"
#include "dossier/dossierpdfwriter.h"
#include "mail/mailimporter.h"
#include "pdfprobe.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/reviewrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>
#include <functional>

using namespace TestSupport;

class TestSampleDossier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLeftoverOfTheEmailsIsPrinted_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("greeting") << QStringLiteral(R"(^(bonjour|madame|monsieur|mesdames|cher|chère|hello|dear)\b)");
        QTest::newRow("closing") << QStringLiteral(
            R"(^(bien |très )?(cordialement|amicalement|sincèrement)\b|^bien à vous|^(je vous prie|veuillez) d|^salutations|^(best|kind) regards)");
        QTest::newRow("signature separator") << QStringLiteral(R"(^--\s*$)");
        QTest::newRow("masked name") << QStringLiteral(R"(\[nom masqué\])");
        QTest::newRow("mobile footer") << QStringLiteral(R"(envoyé de mon|sent from my)");
        QTest::newRow("quoted reply") << QStringLiteral(R"(^>|a écrit\s*:|wrote\s*:)");
    }

    void noLeftoverOfTheEmailsIsPrinted()
    {
        QFETCH(QString, pattern);
        static const QStringList lines = printedLines();
        QVERIFY(lines.size() > 50);
        const QRegularExpression leftover(pattern, QRegularExpression::CaseInsensitiveOption
                                                       | QRegularExpression::UseUnicodePropertiesOption);
        QStringList found;
        for (const QString &line : lines)
            if (leftover.match(line).hasMatch())
                found.append(line);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The dossier says « texte revu » against the testimony whose text to publish a person edited,
    // and against no other.
    void saysWhichTextsWereReviewed()
    {
        const QStringList before = printedLines();
        QCOMPARE(before.filter(QStringLiteral("texte revu")).size(), 0);
        const QStringList after = printedLines([](Database &db, qint64 id) {
            Contribution c = *ContributionRepository(db).find(id);
            c.text += QStringLiteral(" Le dispositif continue en 2021.");
            QString error;
            return ContributionRepository(db).update(c, &error);
        });
        QCOMPARE(after.filter(QStringLiteral("texte revu")).size(), 1);
    }

private:
    // Every line of the dossier of the sample emails, all validated; edit, if given, changes the
    // first of them before it is validated.
    static QStringList printedLines(const std::function<bool(Database &, qint64)> &edit = {})
    {
        TempDatabase t;
        QString error;
        PersonRepository people(t.db->connection());
        people.save({QStringLiteral("test"), QStringLiteral("Test"), Role::Admin}, QStringLiteral("test"), &error);
        people.save({QStringLiteral("carole"), QStringLiteral("Carole Petit"), Role::Coordinator}, QStringLiteral("test"),
                    &error);
        people.save({QStringLiteral("remi"), QStringLiteral("Rémi Durand"), Role::Reviewer}, QStringLiteral("test"),
                    &error);
        t.db->setActor(QStringLiteral("carole"));
        MailImporter importer(*t.db);
        const QDir samples(QStringLiteral(RECUEIL_TEST_DATA "/mail"));
        for (const QString &file : samples.entryList({QStringLiteral("*.eml"), QStringLiteral("*.mbox")}, QDir::Files))
            importer.importFile(samples.filePath(file), [](const ImportOutcome &) { return true; });
        QList<qint64> ids;
        for (const ContributionSummary &s : ContributionRepository(*t.db).page(ContributionFilter(), 0, 100)) {
            ids.append(s.id);
            if (!fileUnderTheme(*t.db, s.id))
                qWarning("not filed: %lld", s.id);
        }
        if (edit && !ids.isEmpty() && !edit(*t.db, ids.first()))
            qWarning("not edited");
        t.db->setActor(QStringLiteral("remi"));
        if (!ReviewRepository(*t.db).changeStatus(ids, ReviewState::Validated, {}, &error))
            qWarning("%s", qPrintable(error));
        if (ids.size() < 7)
            qWarning("only %lld sample contributions", qint64(ids.size()));

        DossierOptions options;
        DossierOptions::groupingFromCode(QStringLiteral("theme"), &options.grouping);
        options.editionDate = QDate(2021, 6, 3);
        DossierData data;
        if (!DossierLoader(*t.db).load(options, &data, &error))
            qWarning("%s", qPrintable(error));
        const std::optional<DossierLayout> layout = DossierBuilder(data, options).build();
        const QString path = t.dir.filePath(QStringLiteral("dossier.pdf"));
        if (!layout || !DossierPdfWriter(*layout).write(path, &error))
            qWarning("%s", qPrintable(error));
        const PdfProbe pdf(path);
        QStringList lines;
        for (int page = 1; page <= pdf.pageCount(); ++page)
            for (const QList<PdfProbe::Segment> &line : pdf.lines(page)) {
                QStringList parts;
                for (const PdfProbe::Segment &s : line)
                    parts.append(s.text);
                lines.append(PdfProbe::simplified(parts.join(QLatin1Char(' '))));
            }
        return lines;
    }
};

QTEST_MAIN(TestSampleDossier)
#include "tst_sampledossier.moc"
