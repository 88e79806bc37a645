// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/import/importsource.h"

#include <QObject>

class QMimeData;
class QWidget;

// Lets emails be dropped anywhere on the window: files (.eml, mbox, or anything that reads as
// mail) and messages dragged out of a mail program (message/rfc822). Watches the window and
// every widget in it that takes drops (text fields would otherwise paste the file's path);
// other drops go on to those widgets as before.
class MailDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit MailDropFilter(QObject *parent = nullptr);

    // Makes root and the widgets inside it that accept drops take emails too.
    void watch(QWidget *root);
    // While disabled (an import is running), emails are not accepted.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // True for a readable file named .eml, .mbox, .mbx or .msg, or whose first bytes read as mail.
    static bool isMailFile(const QString &path);
    // What in the dragged data can be imported; empty when nothing can.
    static ImportSources sourcesIn(const QMimeData *data);
    static bool canImport(const QMimeData *data);

Q_SIGNALS:
    void dropped(const ImportSources &sources);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_enabled = true;
    bool m_dragIsMail = false;
};
