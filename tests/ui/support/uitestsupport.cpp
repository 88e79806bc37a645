// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/authoritydirectory.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/searchindex.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>
#include <memory>

namespace UiTestSupport {

void whenDialogOpens(std::function<void(QWidget *dialog)> handler, int timeoutMs)
{
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, handler, timeoutMs] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handler(dialog);
        } else if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("no dialog opened within %d ms", timeoutMs);
        }
    });
    timer->start(10);
}

DialogAnswerer::DialogAnswerer(std::function<void(QWidget *)> handler)
{
    QObject::connect(&m_timer, &QTimer::timeout, [this, handler] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible() || m_seen.contains(dialog))
            return;
        m_seen.append(dialog);
        handler(dialog);
    });
    m_timer.start(10);
}

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(w, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void leaveField(QWidget *w)
{
    if (QWidget *popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    QTest::keyClick(w, Qt::Key_Tab);
}

namespace {
QtMessageHandler previousHandler = nullptr;
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void quietOffscreenWarnings()
{
    previousHandler = qInstallMessageHandler(filterMessages);
}

void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QPointer<QObject> guard(qApp);
    whenDialogOpens([button, text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box) {
            qWarning("expected a message box, got %s", dialog->metaObject()->className());
            dialog->close();
            return;
        }
        if (text)
            *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            qWarning("the message box has no such button");
    });
}

void seedContributions(Database &db, int count)
{
    QSqlDatabase sql = db.connection();
    QVERIFY(sql.transaction());
    QSqlQuery q(sql);
    const QStringList codes = {QStringLiteral("49328"), QStringLiteral("97101"), QStringLiteral("49099"),
                               QStringLiteral("19031"), QStringLiteral("200071876")};
    for (const QString &code : codes) {
        const Authority a = AuthorityDirectory::official().find(code);
        QVERIFY(q.prepare(SqlDialect::of(sql).insertOrIgnore(QStringLiteral("authority (code, kind, name, departement, region, "
                           "population, epci_code) VALUES (?, ?, ?, ?, ?, ?, ?)"))));
        for (const QVariant &v :
             {QVariant(a.code), QVariant(a.kindCode()), QVariant(a.name), QVariant(a.departement),
              QVariant(a.region), QVariant(a.population), QVariant(a.epciCode)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const qint64 campaign = db.campaign().id;
    const qint64 first = [&] {
        QSqlQuery m(sql);
        m.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM contribution"));
        return m.next() ? m.value(0).toLongLong() : 0;
    }();
    // Generated inside the database: a hundred thousand rows take about a second.
    const bool server = !SqlDialect::of(sql).storesInLocalFile();
    const QString receivedAt = server
        ? QStringLiteral(
            "to_char(to_timestamp(1604188800 + i * 61) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 1604188800 + i * 61, 'unixepoch')");
    QVERIFY(q.prepare(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO contribution (id, campaign_id, authority_code, title, body, channel, received_at, "
            "status, "
            "primary_theme, created_by, created_at, updated_at, version) "
            "SELECT ? + i, ?, "
            "  CASE i % 5 WHEN 0 THEN '49328' WHEN 1 THEN '97101' WHEN 2 THEN '49099' WHEN 3 THEN '19031' "
            "  ELSE '200071876' END, "
            "  'Témoignage ' || i || CASE WHEN i % 7 = 0 THEN ' Télétravail des agents' ELSE ' Entraide "
            "locale' "
            "END, "
            "  'Récit numéro ' || i, 'email', "
            "  ")
        + receivedAt
        + QStringLiteral(
            ", "
            "  CASE i % 5 WHEN 0 THEN 'received' WHEN 1 THEN 'in_review' WHEN 2 THEN 'needs_changes' "
            "  WHEN 3 THEN 'validated' ELSE 'rejected' END, "
            "  CASE i % 3 WHEN 0 THEN 'organisation' WHEN 1 THEN 'economie' ELSE 'cohesion' END, "
            "  'test', '2021-04-01T00:00:00Z', '2021-04-01T00:00:00Z', 1 FROM n")));
    q.addBindValue(count);
    q.addBindValue(first);
    q.addBindValue(campaign);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO contribution_theme (contribution_id, theme_code) "
                                   "SELECT id, primary_theme FROM contribution WHERE id > %1")
                        .arg(first)),
             qPrintable(q.lastError().text()));
    if (server) {
        // The ids were given: the server's next one follows them. The index is PostgreSQL's own.
        QVERIFY2(
            q.exec(QStringLiteral(
                "SELECT setval(pg_get_serial_sequence('contribution', 'id'), max(id)) FROM contribution")),
            qPrintable(q.lastError().text()));
        QString error;
        QVERIFY2(SearchIndex::of(db)->rebuild(&error), qPrintable(error));
    } else {
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO contribution_fts (rowid, title, body, difficulties, authority, contact) "
                     "SELECT c.id, c.title, c.body, '', a.name || ' ' || a.code, '' "
                     "FROM contribution c JOIN authority a ON a.code = c.authority_code WHERE c.id > %1")
                            .arg(first)),
            qPrintable(q.lastError().text()));
    }
    QVERIFY(sql.commit());
}

} // namespace UiTestSupport
