// SPDX-License-Identifier: GPL-3.0-or-later
// An email shown without ever reaching outside it.
#include "mail/mailreader.h"
#include "testsupport.h"
#include "ui/editor/mailhtmlsanitizer.h"
#include "ui/editor/safemailview.h"
#include "uitestsupport.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QImage>
#include <QTextDocument>
#include <QtTest>

using TestSupport::testData;

class TestSafeMailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sanitizes_data();
    void sanitizes();
    void showsAnHtmlOnlyEmailWithoutItsTracker();
    void refusesEveryResourceFromOutside();
    void showsInlineImagesOfTheMessage();
    void opensItsAttachmentsFromTheirLinks();
    void showsHeadersAndPlainText();
    void asksBeforeFollowingALink();
    void refusesLinksThatAreNotWebOrMail();

private:
    static ParsedMessage read(const QString &sample);
};

void TestSafeMailView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    UiTestSupport::quietOffscreenWarnings();
}

ParsedMessage TestSafeMailView::read(const QString &sample)
{
    QFile file(testData(QStringLiteral("mail/") + sample));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(sample));
    const std::optional<ParsedMessage> m = MailReader::read(file.readAll());
    if (!m)
        qFatal("cannot parse %s", qPrintable(sample));
    return *m;
}

void TestSafeMailView::sanitizes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QStringList>("gone");

    QTest::newRow("script") << "<p>Bonjour<script>alert('x')</script> à tous</p>"
                            << "Bonjour à tous" << QStringList { "script", "alert" };
    QTest::newRow("script with tricks")
        << "<script>var s = \"</p><a href='\"; document.write('<img src=x>')</script>ok"
        << "ok" << QStringList { "document", "img" };
    QTest::newRow("event handler") << "<p onclick=\"steal()\" onmouseover='x()'>Texte</p>"
                                   << "<p>Texte</p>" << QStringList { "onclick", "steal", "onmouseover" };
    QTest::newRow("remote image")
        << "<p>A<img src=\"https://tracker.example.net/open.gif?id=77\" width=1>B</p>"
        << "AB" << QStringList { "tracker", "<img" };
    QTest::newRow("image alt kept as text") << "<img src='http://x.example/logo.png' alt='Logo de la ville'>"
                                            << "[Logo de la ville]" << QStringList { "x.example" };
    QTest::newRow("protocol-relative image") << "<img src=\"//tracker.example.net/p.gif\">"
                                             << "" << QStringList { "tracker" };
    QTest::newRow("local file image") << "<img src=\"file:///etc/passwd\"><img src=\"/home/user/photo.png\">"
                                      << "" << QStringList { "passwd", "photo" };
    QTest::newRow("embedded image") << "<img src=\"cid:logo@mairie\">"
                                    << "<img src=\"cid:logo@mairie\">" << QStringList {};
    QTest::newRow("style sheet") << "<style>body{background:url(https://x.example/bg.png)}</style><p>t</p>"
                                 << "<p>t</p>" << QStringList { "x.example", "background" };
    QTest::newRow("style url")
        << "<td style=\"color: red; background-image: url('https://x.example/a.png')\">t</td>"
        << "color: red" << QStringList { "x.example" };
    QTest::newRow("link and meta")
        << "<head><link rel=stylesheet href=\"https://x.example/s.css\"><meta http-equiv=refresh "
           "content=\"0;url=https://x.example\"><title>T</title></head><body>Corps</body>"
        << "Corps" << QStringList { "x.example", "T<", "refresh" };
    QTest::newRow("frames and objects")
        << "<iframe src=\"https://x.example\">i</iframe><object data=\"x.swf\"><param "
           "name=a></object><embed src=\"y\">fin"
        << "fin" << QStringList { "x.example", "swf", "embed", "iframe" };
    QTest::newRow("form")
        << "<form action=\"https://x.example/post\"><input name=pw value=secret><button>Go</button>"
           "<select><option>1</option></select>Texte</form>"
        << "Texte" << QStringList { "x.example", "input", "secret", "Go", "option" };
    QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">clic</a>"
                                     << "<a>clic</a>" << QStringList { "javascript" };
    QTest::newRow("web link kept")
        << "<a href=\"https://www.villes-internet.net/?a=1&amp;b=2\" target=_blank>site</a>"
        << "<a href=\"https://www.villes-internet.net/?a=1&amp;b=2\">site</a>" << QStringList { "target" };
    QTest::newRow("comment") << "a<!-- <img src=https://x.example> -->b"
                             << "ab" << QStringList { "x.example" };
    QTest::newRow("entities kept") << "<p>M&eacute;diation&nbsp;: 3 &lt; 4</p>"
                                   << "M&eacute;diation&nbsp;: 3 &lt; 4" << QStringList {};
    QTest::newRow("table layout kept") << "<table border=1><tr><td colspan=2 bgcolor=#eee>x</td></tr></table>"
                                       << "<td colspan=\"2\" bgcolor=\"#eee\">" << QStringList {};
    QTest::newRow("svg") << "<svg><script>x()</script><circle/></svg>après"
                         << "après" << QStringList { "circle", "x()" };
    QTest::newRow("unterminated") << "<p>texte<a href=\"https://x"
                                  << "<p>texte" << QStringList {};
}

void TestSafeMailView::sanitizes()
{
    QFETCH(QString, html);
    QFETCH(QString, kept);
    QFETCH(QStringList, gone);
    const QString out = MailHtmlSanitizer::sanitize(html).html;
    QVERIFY2(out.contains(kept), qPrintable(out));
    for (const QString &g : gone)
        QVERIFY2(!out.contains(g, Qt::CaseInsensitive), qPrintable(g + QStringLiteral(" in ") + out));
}

void TestSafeMailView::showsAnHtmlOnlyEmailWithoutItsTracker()
{
    const ParsedMessage m = read(QStringLiteral("08-albi-html-only.eml"));
    SafeMailView view;
    view.resize(600, 500);
    view.showMessage(m);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab(); // lay out and paint: every resource the document wants is asked for now

    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("médiateurs numériques ont tenu des permanences")));
    QVERIFY(text.contains(QStringLiteral("plus de 600 appels")));
    QVERIFY(text.contains(QStringLiteral("inclusion.numerique@mairie-albi.fr")));
    QCOMPARE(view.blockedImageCount(), 1);
    QVERIFY(!view.document()->toHtml().contains(QStringLiteral("tracker.example.net")));
    for (const QUrl &url : view.requestedResources())
        QVERIFY2(!url.scheme().startsWith(QLatin1String("http")) || view.refusedResources().contains(url),
            qPrintable(url.toString()));
    // The reader is told why an image is missing.
    QVERIFY(text.contains(QStringLiteral("1 image")));
}

void TestSafeMailView::refusesEveryResourceFromOutside()
{
    SafeMailView view;
    view.resize(400, 300);
    // Straight into the document, as if the sanitizer had missed them.
    view.setHtml(QStringLiteral("<p>x</p><img src=\"https://tracker.example.net/open.gif?id=77\">"
                                "<img src=\"/etc/hostname\"><img src=\"relative.png\">"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    const QUrl tracker(QStringLiteral("https://tracker.example.net/open.gif?id=77"));
    QVERIFY(view.requestedResources().contains(tracker));
    QVERIFY(view.refusedResources().contains(tracker));
    QCOMPARE(view.refusedResources().size(), view.requestedResources().size());
    // What it gives back holds nothing: an empty pixel, not the file, not the network.
    for (const QUrl &url :
        { tracker, QUrl(QStringLiteral("/etc/hostname")), QUrl(QStringLiteral("file:///etc/hostname")) }) {
        const QVariant v = view.loadResource(QTextDocument::ImageResource, url);
        QVERIFY(!v.isNull());
        QCOMPARE(v.value<QImage>().size(), QSize(1, 1));
        QCOMPARE(qAlpha(v.value<QImage>().pixel(0, 0)), 0);
        const QVariant css = view.loadResource(QTextDocument::StyleSheetResource, url);
        QVERIFY(css.toString().isEmpty());
    }
}

void TestSafeMailView::showsInlineImagesOfTheMessage()
{
    QImage red(4, 3, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");

    ParsedMessage m;
    m.fromAddress = QStringLiteral("mairie@example.fr");
    m.html =
        QStringLiteral("<p>Logo :</p><img src=\"cid:logo@mairie\"><img src=\"data:image/png;base64,%1\">")
            .arg(QString::fromLatin1(png.toBase64()));
    MailAttachment logo;
    logo.contentId = QStringLiteral("logo@mairie");
    logo.isInline = true;
    logo.data = png;
    logo.mimeType = QStringLiteral("image/png");
    m.attachments << logo;
    SafeMailView view;
    view.showMessage(m);
    QCOMPARE(view.blockedImageCount(), 0);
    const QVariant cid =
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@mairie")));
    QCOMPARE(cid.value<QImage>().size(), QSize(4, 3));
    const QVariant data = view.loadResource(QTextDocument::ImageResource,
        QUrl(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())));
    QCOMPARE(data.value<QImage>().size(), QSize(4, 3));
}

// Receives what QDesktopServices would hand to the desktop.
class OpenedFiles : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

void TestSafeMailView::opensItsAttachmentsFromTheirLinks()
{
    ParsedMessage m;
    m.fromAddress = QStringLiteral("mairie@example.fr");
    m.text = QStringLiteral("Voir le bilan joint.");
    MailAttachment report;
    report.originalName = QStringLiteral("Bilan 2020.pdf");
    report.safeName = QStringLiteral("Bilan 2020.pdf");
    report.mimeType = QStringLiteral("application/pdf");
    report.data = "%PDF-1.4 bilan";
    MailAttachment logo;
    logo.originalName = QStringLiteral("logo.png");
    logo.safeName = QStringLiteral("logo.png");
    logo.contentId = QStringLiteral("logo@mairie");
    logo.isInline = true;
    logo.data = "png";
    m.attachments << report << logo;
    SafeMailView view;
    view.showMessage(m);
    // Both listed, the inline image said to be in the text.
    const QString text = view.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Bilan 2020.pdf")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("logo.png (3 bytes, in the text)")), qPrintable(text));
    QVERIFY(view.toHtml().contains(view.attachmentLink(0).toString(QUrl::FullyEncoded).toHtmlEscaped()));

    OpenedFiles opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    Q_EMIT view.anchorClicked(view.attachmentLink(0));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(opened.urls.size(), 1);
    QFile written(opened.urls.first().toLocalFile());
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), report.data);
    QCOMPARE(QFileInfo(written).fileName(), QStringLiteral("Bilan 2020.pdf"));

    // A link the email itself holds cannot guess the token of this showing: it is refused as
    // any unknown link is, and opens nothing.
    QString shown;
    UiTestSupport::answerMessageBox(QMessageBox::Ok, &shown);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("recueil-attachment:0")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(opened.urls.size(), 1);
    const QUrl before = view.attachmentLink(0);
    view.showMessage(m);
    QVERIFY(view.attachmentLink(0) != before); // a new token for each showing
}

void TestSafeMailView::showsHeadersAndPlainText()
{
    const ParsedMessage m = read(QStringLiteral("01-saumur-thunderbird.eml"));
    SafeMailView view;
    view.showMessage(m);
    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("Claire Moreau <claire.moreau@ville-saumur.fr>")));
    QVERIFY(text.contains(QStringLiteral("temoignages@")));
    QVERIFY(text.contains(QStringLiteral("2 février 2021 à 10")));
    QVERIFY(text.contains(QStringLiteral("Contribution : plateforme d'entraide solidaire à Saumur")));
    QVERIFY(text.contains(QStringLiteral("numéro de téléphone tenu par le CCAS")));
    QVERIFY(text.contains(QStringLiteral("Bilan entraide solidaire – Saumur.pdf")));
    QVERIFY(SafeMailView::headerValue(m.raw, "To").contains(QStringLiteral("temoignages@")));
    QVERIFY(SafeMailView::headerValue(m.raw, "X-Nothing").isEmpty());
}

void TestSafeMailView::asksBeforeFollowingALink()
{
    QString shown;
    UiTestSupport::answerMessageBox(QMessageBox::Cancel, &shown);
    QVERIFY(!SafeMailView::openLinkAfterConfirmation(
        nullptr, QUrl(QStringLiteral("https://xn--mairi-bva.example/connexion"))));
    QVERIFY2(shown.contains(QStringLiteral("xn--mairi-bva.example")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("https://xn--mairi-bva.example/connexion")));

    // A click on a link in the view asks the same question.
    SafeMailView view;
    view.setHtml(QStringLiteral("<a href=\"https://www.example.org/page\">www.ville.fr</a>"));
    shown.clear();
    UiTestSupport::answerMessageBox(QMessageBox::Cancel, &shown);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("https://www.example.org/page")));
    QVERIFY(shown.contains(QStringLiteral("www.example.org")));
    QVERIFY(view.source().isEmpty()); // the view itself never navigates
}

void TestSafeMailView::refusesLinksThatAreNotWebOrMail()
{
    for (const char *link :
        { "javascript:alert(1)", "file:///etc/passwd", "smb://server/share", "data:text/html,x" }) {
        QString shown;
        UiTestSupport::answerMessageBox(QMessageBox::Ok, &shown);
        QVERIFY(!SafeMailView::openLinkAfterConfirmation(nullptr, QUrl(QString::fromLatin1(link))));
        QVERIFY2(!shown.isEmpty(), link);
    }
    QVERIFY(MailHtmlSanitizer::isFollowableLink(QUrl(QStringLiteral("mailto:contact@ville.fr"))));
    QVERIFY(!MailHtmlSanitizer::isFollowableLink(QUrl(QStringLiteral("https:///nohost"))));
}

QTEST_MAIN(TestSafeMailView)
#include "tst_safemailview.moc"
