// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier dialog, driven offscreen: its defaults, the options it hands to the builder, and
// a real export read back with Poppler.
#include "core/translations.h"
#include "dossier/dossierloader.h"
#include "dossiertestdata.h"
#include "pdfprobe.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/dossier/dossierdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

class TestDossierDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::TempDatabase> m_store;
    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static void check(QListWidget *list, const QString &code)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == code)
                list->item(i)->setCheckState(Qt::Checked);
    }

private Q_SLOTS:
    void saysWhereTheExportWent_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("folder");
        QTest::newRow("français, Ouvrir") << true << QStringLiteral("openExportButton") << false;
        QTest::newRow("français, Ouvrir le dossier") << true << QStringLiteral("openFolderButton") << true;
        QTest::newRow("English, Open the folder") << false << QStringLiteral("openFolderButton") << true;
    }

    // After « Exporter en PDF », nothing was said: now where it went, and a way to open it.
    void saysWhereTheExportWent()
    {
        QFETCH(bool, french);
        QFETCH(QString, button);
        QFETCH(bool, folder);
        const QLocale before;
        if (french)
            Translations::install(QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        const auto untranslate = qScopeGuard([before] {
            QLocale::setDefault(before);
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        TestSupport::TempDatabase t;
        DossierDialog dialog(*t.db);
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        const QString path = m_dir.filePath(QStringLiteral("dossier-2021-03-25.pdf"));
        QString said;
        QStringList buttons;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            said = box->text();
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            box->findChild<QPushButton *>(button)->click();
        });
        dialog.tellWhereItWent(path);
        QVERIFY2(said.contains(QStringLiteral("dossier-2021-03-25.pdf"))
                && said.contains(QDir::toNativeSeparators(m_dir.path())),
            qPrintable(said));
        if (french) {
            QVERIFY2(said.startsWith(QStringLiteral("Le dossier a été enregistré")), qPrintable(said));
            QVERIFY2(buttons.contains(QStringLiteral("&Ouvrir"))
                    && buttons.contains(QStringLiteral("Ouvrir le &dossier")),
                qPrintable(buttons.join(" | ")));
        } else {
            QVERIFY2(buttons.contains(QStringLiteral("&Open"))
                    && buttons.contains(QStringLiteral("Open the &folder")),
                qPrintable(buttons.join(" | ")));
        }
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0),
            QUrl::fromLocalFile(
                folder ? QFileInfo(path).absolutePath() : QFileInfo(path).absoluteFilePath()));
    }

    void printsWhatTheListShows()
    {
        TestSupport::TempDatabase t;
        ContributionRepository repo(*t.db);
        QString error;
        Contribution saumur = TestSupport::sampleContribution(QStringLiteral("Entraide à Saumur"));
        Contribution martigues = TestSupport::sampleContribution(QStringLiteral("Télétravail à Martigues"));
        martigues.authorityCode = QStringLiteral("13056");
        QVERIFY(repo.create(saumur, &error) && repo.create(martigues, &error));
        QSqlQuery(t.db->connection()).exec(QStringLiteral("UPDATE contribution SET status = 'validated'"));

        DossierDialog dialog(*t.db);
        QVERIFY(!dialog.options().useListFilter); // validated by default
        ContributionFilter shown;
        shown.authorityCode = QStringLiteral("13056");
        dialog.setListSelection(shown, QStringLiteral("1 contribution"));
        const DossierOptions o = dialog.options();
        QVERIFY(o.useListFilter);
        DossierData data;
        QVERIFY2(DossierLoader(*t.db).load(o, &data, &error), qPrintable(error));
        QCOMPARE(data.entries.size(), 1);
        QCOMPARE(data.entries.first().contribution.title, QStringLiteral("Télétravail à Martigues"));
        QCOMPARE(data.selectionLabel, QStringLiteral("1 contribution"));
    }

    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_store = std::make_unique<TestSupport::TempDatabase>();
        DossierTestData::Spec spec;
        spec.count = 12;
        spec.minChars = 400;
        spec.maxChars = 1200;
        DossierTestData::Known known;
        QString error;
        QVERIFY2(DossierTestData::generate(*m_store->db, spec, &error), qPrintable(error));
        QVERIFY2(DossierTestData::addKnown(*m_store->db, &known, &error), qPrintable(error));
    }

    void defaults()
    {
        DossierDialog dialog(*m_store->db);
        QVERIFY(child<QRadioButton>(&dialog, "validatedRadio")->isChecked());
        QVERIFY(!child<QListWidget>(&dialog, "statusList")->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, "synthesisCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "contactsCheck")->isChecked()); // privacy by default
        QVERIFY(child<QCheckBox>(&dialog, "attachmentsCheck")->isChecked());
        QCOMPARE(child<QListWidget>(&dialog, "themeList")->count(), 3);
        const DossierOptions o = dialog.options();
        QCOMPARE(o.statuses, QStringList { QStringLiteral("validated") });
        QVERIFY(o.themes.isEmpty());
        QCOMPARE(o.grouping, DossierOptions::Grouping::Theme);
        QVERIFY(!o.includeContacts);
    }

    void filterOptions()
    {
        DossierDialog dialog(*m_store->db);
        child<QRadioButton>(&dialog, "filterRadio")->setChecked(true);
        QVERIFY(child<QListWidget>(&dialog, "statusList")->isEnabled());
        check(child<QListWidget>(&dialog, "statusList"), QStringLiteral("received"));
        check(child<QListWidget>(&dialog, "themeList"), QStringLiteral("economie"));
        auto *grouping = child<QComboBox>(&dialog, "groupingCombo");
        grouping->setCurrentIndex(grouping->findData(QStringLiteral("region")));
        child<QCheckBox>(&dialog, "contactsCheck")->setChecked(true);
        const DossierOptions o = dialog.options();
        QCOMPARE(o.statuses, (QStringList { QStringLiteral("received"), QStringLiteral("validated") }));
        QCOMPARE(o.themes, QStringList { QStringLiteral("economie") });
        QCOMPARE(o.grouping, DossierOptions::Grouping::Region);
        QVERIFY(o.includeContacts);

        DossierDialog other(*m_store->db);
        other.setOptions(o);
        const DossierOptions again = other.options();
        QCOMPARE(again.statuses, o.statuses);
        QCOMPARE(again.themes, o.themes);
        QCOMPARE(again.grouping, o.grouping);
        QCOMPARE(again.includeContacts, o.includeContacts);
    }

    void exportReadBack()
    {
        DossierDialog dialog(*m_store->db);
        DossierOptions o;
        o.grouping = DossierOptions::Grouping::Region;
        o.includeSynthesis = false;
        dialog.setOptions(o);
        const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        const PdfProbe pdf(path);
        QVERIFY(pdf.isValid());
        QVERIFY(pdf.pageCount() > 3);
        const QString all = pdf.allText();
        QVERIFY(all.contains(QString::fromUtf8(DossierTestData::knownTextPhrase)));
        QVERIFY(all.contains(QStringLiteral("Pays de la Loire")));
        QVERIFY(!all.contains(QStringLiteral("Contributions par thème principal"))); // no synthesis
    }

    // « Exporter… » with a .odt name: the OpenDocument text for the report's authors.
    void exportsOpenDocumentText()
    {
        DossierDialog dialog(*m_store->db);
        const QString path = m_dir.filePath(QStringLiteral("dialog.odt"));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QVERIFY(bytes.mid(30, 8 + 39) == "mimetypeapplication/vnd.oasis.opendocument.text");
    }

    void emptySelection()
    {
        DossierDialog dialog(*m_store->db);
        DossierOptions o;
        o.statuses = { QStringLiteral("rejected") };
        dialog.setOptions(o);
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY(!dialog.exportTo(path, &error));
        QVERIFY(error.contains(QStringLiteral("No contribution")));
        QVERIFY(!QFile::exists(path));

        o.statuses.clear(); // filter with no state checked
        dialog.setOptions(o);
        QVERIFY(!dialog.exportTo(path, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDossierDialog)
#include "tst_dossierdialog.moc"
