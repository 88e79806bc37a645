// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishabletext.h"

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;
class QUrl;

// The email's text beside the text to publish. On the left, the email as it came, cut into the
// parts import found: what it left out (greeting, signature, quoted reply…) greyed with its name
// and « remettre », which puts that part back into the text to publish; on the right, the text to
// publish, editable, its lines that the email does not contain marked. « Revenir à la
// proposition » and « Revenir à l'original » start again from either.
class PublishedTextDialog : public QDialog
{
    Q_OBJECT

public:
    PublishedTextDialog(const QString &original, const QString &current, const PublishableText::Context &context,
                        QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QTextBrowser *originalView() const { return m_original; }
    // Puts part number index of the email back into the text to publish, after the kept part
    // before it (or first). False if that part is already in it.
    bool bringBack(int index);

private:
    void showOriginal();
    void markAddedLines();

    QString m_originalText;
    PublishableText::Proposal m_proposal;
    QTextBrowser *m_original;
    QPlainTextEdit *m_text;
};
