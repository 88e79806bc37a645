// SPDX-License-Identifier: GPL-3.0-or-later
// At the common laptop sizes (1366 × 768, 1280 × 800), in French and in English, nothing a
// person reads in the editor, the review panel or the dossier dialog is cut: every label's and
// button's text fits its rectangle, and every field lies wholly in sight (a form may scroll up
// and down, never hide its right-hand side).
#include "core/clock.h"
#include "core/translations.h"
#include "mail/mailimporter.h"
#include "storage/database.h"
#include "testsupport.h"
#include "ui/dossier/dossierdialog.h"
#include "ui/editor/contributioneditor.h"
#include "ui/editor/receipttimeedit.h"
#include "ui/review/contributionlistmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/samplecampaign.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using TestSupport::TempDatabase;
using TestSupport::utc;

class TestLayoutFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void nothingIsClipped_data();
    void nothingIsClipped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLayoutFit::initTestCase()
{
    UiTestSupport::quietOffscreenWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(
        QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
}

void TestLayoutFit::cleanup()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

namespace {
QString describe(const QWidget *w, const QString &text = {})
{
    QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    if (!text.isEmpty())
        name += " « " + text + " »";
    return name;
}

// The columns of the window where a widget can be seen: its left and right edges clipped by
// every ancestor's. Only across: a form may scroll up and down.
QPair<int, int> visibleAcross(const QWidget *w, const QWidget *top)
{
    int left = w->mapTo(top, QPoint(0, 0)).x();
    int right = left + w->width();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const int pLeft = p == top ? 0 : p->mapTo(top, QPoint(0, 0)).x();
        left = std::max(left, pLeft);
        right = std::min(right, pLeft + p->width());
        if (p == top)
            break;
    }
    return { left, std::max(left, right) };
}

// What does not fit, among the visible widgets under root.
QStringList clipped(QWidget *root, QWidget *top)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0 || qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            continue;
        // Parts of a list or table scroll with it: not fields of a form.
        bool inView = false;
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            if (qobject_cast<QAbstractItemView *>(p))
                inView = true;
        if (inView)
            continue;
        const bool readable = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QGroupBox *>(w);
        if (!readable || w->inherits("QDockWidgetTitleButton") || w->objectName().startsWith("qt_"))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        // Wholly in sight, across.
        const auto [left, right] = visibleAcross(w, top);
        if (right - left < w->width()) {
            found << describe(w)
                    + QStringLiteral(" cut at the side (%1 of %2 px seen)").arg(right - left).arg(w->width());
            continue;
        }
        // Its text in its rectangle.
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->pixmap().cacheKey() != 0
                || label->textFormat() == Qt::RichText)
                continue;
            const QRect room = label->contentsRect();
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    found << describe(w, label->text()) + " wraps into more lines than it has room for";
            } else {
                const int needed = label->fontMetrics().horizontalAdvance(label->text().remove('&'));
                if (needed > room.width() + 1 && !label->text().contains('\n'))
                    found << describe(w, label->text())
                            + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(room.width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                found << describe(w, button->text())
                        + QStringLiteral(" needs %1 px, has %2")
                              .arg(button->sizeHint().width())
                              .arg(button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            const int needed = box->fontMetrics().horizontalAdvance(box->title().remove('&')) + 16;
            if (!box->title().isEmpty() && needed > box->width())
                found << describe(w, box->title()) + " title cut";
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // The choice shown reads whole.
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText())
                + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, combo) + 12;
            if (!combo->currentText().isEmpty() && needed > combo->width())
                found << describe(w, combo->currentText())
                        + QStringLiteral(" needs %1 px, has %2").arg(needed).arg(combo->width());
        }
    }
    return found;
}
} // namespace

void TestLayoutFit::nothingIsClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("french");
    QTest::addColumn<bool>("late");
    QTest::newRow("1366 × 768, français") << QSize(1366, 768) << true << false;
    QTest::newRow("1366 × 768, français, late") << QSize(1366, 768) << true << true;
    QTest::newRow("1366 × 768, English") << QSize(1366, 768) << false << false;
    QTest::newRow("1280 × 800, français") << QSize(1280, 800) << true << false;
    QTest::newRow("1280 × 800, English, late") << QSize(1280, 800) << false << true;
}

void TestLayoutFit::nothingIsClipped()
{
    QFETCH(QSize, size);
    QFETCH(bool, french);
    QFETCH(bool, late);
    const QLocale language = french ? QLocale(QLocale::French, QLocale::France)
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(language);
    Translations::install(QCoreApplication::instance(), language);

    TempDatabase t;
    t.db->setActor(QStringLiteral("carole"));
    MailImporter importer(*t.db);
    for (const QString &file : SampleCampaign::sampleFiles())
        QVERIFY(importer.importFile(file, [](const ImportOutcome &) { return true; }));
    FixedClock clock(utc("2021-03-25T10:00:00Z"));
    MainWindow window(*t.db, clock);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.width() <= size.width() && window.height() <= size.height());
    window.contributionView()->selectRow(2);
    QTRY_VERIFY(window.editor()->contributionId() != 0);
    if (late) {
        // A letter typed after the close: the red message and its button must read whole too.
        window.editor()->newContribution();
        window.editor()->findChild<QLineEdit *>("titleEdit")->setText("Courrier du maire");
        window.editor()->findChild<QLineEdit *>("authorityEdit")->setText("Saumur (49)");
        window.editor()
            ->findChild<ReceiptTimeEdit *>("receivedEdit")
            ->setReceivedAt(utc("2021-03-22T09:00:00Z"));
        // Asked to hold it or correct the date: stay, and the form shows what is wrong.
        UiTestSupport::whenDialogOpens([](QWidget *box) {
            box->findChild<QPushButton *>(QStringLiteral("correctDateButton"))->click();
        });
        QVERIFY(!window.editor()->save());
    }
    QTest::qWait(300); // the list fits its columns once laid out

    QStringList found = clipped(window.editor(), &window);
    if (auto *review = window.findChild<QDockWidget *>("reviewDock"))
        found += clipped(review, &window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join("\n")));

    // The list shows the state without scrolling across, and at 1366 × 768 a title a person can
    // read (it showed some ten characters): the theme makes room and the date is in figures,
    // whole in its tooltip.
    QTableView *list = window.contributionView();
    if (size.width() >= 1366)
        QVERIFY2(list->columnWidth(ContributionListModel::TitleColumn)
                >= list->fontMetrics().averageCharWidth() * 24,
            qPrintable(QString::number(list->columnWidth(ContributionListModel::TitleColumn))));
    const QModelIndex date = list->model()->index(0, ContributionListModel::ReceivedColumn);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/20\\d\\d$"))
                 .match(date.data().toString()).hasMatch(), qPrintable(date.data().toString()));
    QVERIFY(list->fontMetrics().horizontalAdvance(date.data().toString())
            < list->columnWidth(ContributionListModel::ReceivedColumn));
    QVERIFY(date.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2021")));
    const int status = list->columnViewportPosition(ContributionListModel::StatusColumn);
    QVERIFY2(status >= 0
            && status + list->columnWidth(ContributionListModel::StatusColumn) <= list->viewport()->width(),
        "the state column is out of sight");

    // The history reads without scrolling across: in a narrow panel, one entry of a few lines
    // per change.
    {
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        auto *audit = window.findChild<QAbstractItemView *>(QStringLiteral("auditView"));
        QVERIFY(audit);
        tabs->setCurrentWidget(tabs->widget(tabs->count() - 1));
        window.editor()->openContribution(window.editor()->contributionId() ? window.editor()->contributionId() : 1);
        QApplication::processEvents();
        QVERIFY2(audit->isVisible(), "the history is not shown");
        QCOMPARE(audit->horizontalScrollBar()->maximum(), 0);
        // Each change whole on its lines: when and who, what changed.
        const QString entry = audit->model()->index(0, 0).data().toString();
        QVERIFY2(entry.count(QLatin1Char('\n')) >= 1, qPrintable(entry));
        tabs->setCurrentIndex(0);
    }

    DossierDialog dossier(*t.db, &window);
    dossier.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dossier));
    QVERIFY2(dossier.width() <= size.width() && dossier.height() <= size.height(),
        qPrintable(QStringLiteral("%1 × %2").arg(dossier.width()).arg(dossier.height())));
    const QStringList inDossier = clipped(&dossier, &dossier);
    QVERIFY2(inDossier.isEmpty(), qPrintable(inDossier.join("\n")));
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
