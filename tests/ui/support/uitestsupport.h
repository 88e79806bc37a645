// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class Database;
class QWidget;

// Helpers for the widget tests: answering modal dialogs and filling a database quickly.
namespace UiTestSupport {

// Calls handler with the next modal dialog to open (polling the event loop), within timeoutMs.
// Returns at once; the dialog is answered while the code under test waits in exec().
void whenDialogOpens(std::function<void(QWidget *dialog)> handler, int timeoutMs = 5000);
// Shorthand: clicks this button of the next message box, and records its text in *text.
void answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);

// Hands each modal dialog that opens, once, to handler, for as long as it lives: unlike
// whenDialogOpens, nothing is left polling once the test step that declared it is over.
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(QWidget *)> handler);

private:
    QTimer m_timer;
    QList<QPointer<QWidget>> m_seen;
};

// Types text into w key by key, accents included (QTest::keyClicks takes ASCII only).
void typeText(QWidget *w, const QString &text);

// Closes an open completion list as Escape would, then moves on with Tab, as a person
// leaving a field with suggestions does.
void leaveField(QWidget *w);
// Drops the offscreen platform's "This plugin does not support …" warnings.
void quietOffscreenWarnings();

// Inserts count contributions straight into the tables (not through the repository), with
// the search index filled: thousands per second, for list and performance tests.
// Titles are "Témoignage N …", one in seven about "Télétravail"; themes and states rotate.
void seedContributions(Database &db, int count);

} // namespace UiTestSupport
