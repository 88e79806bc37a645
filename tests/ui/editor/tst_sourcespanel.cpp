// SPDX-License-Identifier: GPL-3.0-or-later
// The emails and files a contribution came from, and what leaves the database of them.
#include "mail/mailimporter.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "testsupport.h"
#include "ui/common/uitext.h"
#include "ui/editor/attachmentexporter.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/sourcespanel.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QTreeWidget>
#include <QtTest>

using TestSupport::TempDatabase;

class TestSourcesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileSizesInFrench_data();
    void fileSizesInFrench();
    void listsEmailsAndAttachments();
    void exportStaysInsideTheChosenFolder();
    void exportNeverReplacesAFile();
    void exportRefusesAMissingFolder();
    void openingWritesAPrivateCopy();
    void editorShowsSourcesOfImportedContributionsOnly();

private:
    qint64 importHostileEmail();

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_out;
    qint64 m_contributionId = 0;
};

namespace {
const QByteArray hostileEmail =
    "Received: from smtp.ville-saumur.fr by mx.villes-internet.example; Fri, 12 Mar 2021 10:00:00 +0100\n"
    "From: Claire Moreau <claire.moreau@ville-saumur.fr>\n"
    "To: temoignages@villes-internet.example\n"
    "Subject: Bilan avec pieces jointes\n"
    "Message-ID: <hostile-1@ville-saumur.fr>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\n"
    "\n"
    "--b1\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "\n"
    "Bonjour, voici notre bilan.\n"
    "--b1\n"
    "Content-Type: text/plain; name=\"../../evil.txt\"\n"
    "Content-Disposition: attachment; filename=\"../../evil.txt\"\n"
    "\n"
    "pwned\n"
    "--b1\n"
    "Content-Type: application/pdf; name=\"Bilan.pdf\"\n"
    "Content-Disposition: attachment; filename=\"Bilan.pdf\"\n"
    "Content-Transfer-Encoding: base64\n"
    "\n";
} // namespace

void TestSourcesPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
}

void TestSourcesPanel::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_out = std::make_unique<QTemporaryDir>();
    m_contributionId = importHostileEmail();
    QVERIFY(m_contributionId > 0);
}

void TestSourcesPanel::cleanup()
{
    m_db.reset();
    m_out.reset();
}

qint64 TestSourcesPanel::importHostileEmail()
{
    QByteArray raw = hostileEmail;
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(12800 - 9, 'x');
    raw += pdf.toBase64() + "\n--b1--\n";
    MailImporter importer(*m_db->db);
    const ImportOutcome o = importer.importMessage(raw, QStringLiteral("bilan.eml"), -1);
    if (o.kind != ImportOutcome::Created)
        qWarning("import: %s %s", qPrintable(ImportOutcome::kindCode(o.kind)), qPrintable(o.error));
    return o.contributionId;
}

void TestSourcesPanel::fileSizesInFrench_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("unit");
    QTest::newRow("bytes") << qint64(512) << "512" << QStringLiteral("bytes");
    QTest::newRow("12,5 Ko") << qint64(12800) << "12,5" << UiText::tr("KB");
    QTest::newRow("round") << qint64(3 * 1024) << "3" << UiText::tr("KB");
    QTest::newRow("Mo") << qint64(5 * 1024 * 1024 + 300 * 1024) << "5,3" << UiText::tr("MB");
    QTest::newRow("large") << qint64(250) * 1024 * 1024 << "250" << UiText::tr("MB");
}

void TestSourcesPanel::fileSizesInFrench()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, number);
    QFETCH(QString, unit);
    const QString text = UiText::fileSize(bytes);
    QVERIFY2(text.startsWith(number + QLatin1Char(' ')) || text.startsWith(number + QChar(0x00A0)),
        qPrintable(text));
    QVERIFY2(text.endsWith(unit), qPrintable(text));
}

void TestSourcesPanel::listsEmailsAndAttachments()
{
    SourcesPanel panel(*m_db->db);
    panel.showContribution(m_contributionId);
    QCOMPARE(panel.messageList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *email = panel.messageList()->topLevelItem(0);
    QCOMPARE(email->text(1), QStringLiteral("Claire Moreau"));
    QCOMPARE(email->text(2), QStringLiteral("Bilan avec pieces jointes"));
    QVERIFY2(QString(email->text(0))
                 .replace(QChar(0xA0), QLatin1Char(' '))
                 .startsWith(QStringLiteral("12 mars 2021")),
        qPrintable(email->text(0)));
    QCOMPARE(email->text(3), SourcesPanel::tr("Testimony"));
    QCOMPARE(panel.attachmentList()->topLevelItemCount(), 2);
    // Shown as the sender named them; written under their safe names.
    QCOMPARE(panel.attachmentList()->topLevelItem(0)->text(0), QStringLiteral("../../evil.txt"));
    QCOMPARE(panel.attachmentList()->topLevelItem(1)->text(0), QStringLiteral("Bilan.pdf"));
    QVERIFY(panel.attachmentList()->topLevelItem(1)->text(2).startsWith(QStringLiteral("12,5")));
}

void TestSourcesPanel::exportStaysInsideTheChosenFolder()
{
    const QString folder = m_out->filePath(QStringLiteral("a/b/export"));
    QVERIFY(QDir().mkpath(folder));
    SourcesPanel panel(*m_db->db);
    panel.showContribution(m_contributionId);
    QString error;
    const QStringList written = panel.exportAttachmentsTo(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written.size(), 2);
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    for (const QString &path : written) {
        QCOMPARE(QFileInfo(path).canonicalPath(), canonical);
        QVERIFY(QFileInfo(path).fileName() != QLatin1String(".."));
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther | QFileDevice::ExeUser),
            QFileDevice::Permissions());
    }
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("a/evil.txt"))));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("a/b/evil.txt"))));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
    QCOMPARE(QFileInfo(written.first()).fileName(), QStringLiteral("_.._evil.txt"));
    QFile evil(written.first());
    QVERIFY(evil.open(QIODevice::ReadOnly));
    QCOMPARE(evil.readAll(), QByteArray("pwned"));
}

void TestSourcesPanel::exportNeverReplacesAFile()
{
    const QString folder = m_out->path();
    const QList<StoredAttachment> attachments =
        SourceMessageRepository(m_db->db->connection()).attachmentsOfContribution(m_contributionId, true);
    const QString pdfName = AttachmentExporter::fileNameFor(attachments.at(1));
    QCOMPARE(pdfName, QStringLiteral("Bilan.pdf"));
    QFile mine(QDir(folder).filePath(pdfName));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("le mien");
    mine.close();
    // A link where the file would go is not followed either.
    QVERIFY(QFile::link(
        m_out->filePath(QStringLiteral("nowhere")), QDir(folder).filePath(QStringLiteral("Bilan (2).pdf"))));

    QString error;
    const QStringList written = AttachmentExporter::exportTo(folder, { attachments.at(1) }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written,
        QStringList {
            QDir(QFileInfo(folder).canonicalFilePath()).filePath(QStringLiteral("Bilan (3).pdf")) });
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("le mien"));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("nowhere"))));
}

void TestSourcesPanel::exportRefusesAMissingFolder()
{
    SourcesPanel panel(*m_db->db);
    panel.showContribution(m_contributionId);
    QString error;
    QVERIFY(panel.exportAttachmentsTo(m_out->filePath(QStringLiteral("missing")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSourcesPanel::openingWritesAPrivateCopy()
{
    const QList<StoredAttachment> attachments =
        SourceMessageRepository(m_db->db->connection()).attachmentsOfContribution(m_contributionId, true);
    QString error;
    const QString path = AttachmentExporter::writeForOpening(attachments.first(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY(!QFileInfo(path).fileName().contains(QLatin1Char('/')));
    QVERIFY(QFileInfo(path).canonicalPath().startsWith(QFileInfo(QDir::tempPath()).canonicalFilePath()));
    QCOMPARE(QFile::permissions(QFileInfo(path).path())
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup
                | QFileDevice::ExeOther),
        QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
}

void TestSourcesPanel::editorShowsSourcesOfImportedContributionsOnly()
{
    ContributionEditor editor(*m_db->db);
    editor.show();
    QVERIFY(editor.openContribution(m_contributionId));
    auto *group = qobject_cast<QGroupBox *>(editor.sourcesPanel()->parentWidget());
    QVERIFY(group);
    QVERIFY(group->isVisible());
    QCOMPARE(editor.sourcesPanel()->attachmentList()->topLevelItemCount(), 2);
    editor.newContribution();
    QVERIFY(!group->isVisible());
}

QTEST_MAIN(TestSourcesPanel)
#include "tst_sourcespanel.moc"
