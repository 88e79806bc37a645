// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// Help › Recueil Help (F1): the user's guide, in French on a French desktop and in English
// otherwise (resources/help/help-fr.html, help-en.html). Not modal: it stays open beside the window.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Help › Recueil Help (F1): the one help window of parent, brought to the front.
    static void showFor(QWidget *parent);
    // The page for the current locale (QLocale()).
    static QString pageForLocale(const QLocale &locale);

private:
    QTextBrowser *m_browser;
};
