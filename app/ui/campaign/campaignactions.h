// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaignsettings.h"

#include <QObject>

class CampaignDialog;
class Database;
class QAction;
class QWidget;

// File › New call… and Edit › Call settings…: the dialogs, the questions a live change asks
// (testimonies after an earlier close), and what follows (the new database, or the same one
// read again, is opened by the window).
class CampaignActions : public QObject
{
    Q_OBJECT

public:
    CampaignActions(Database &db, QWidget *window);

    QAction *newCallAction() const { return m_newCall; }
    QAction *settingsAction() const { return m_settings; }

    // A new SQLite database at path holding the call; false with a sentence (an existing file is
    // never overwritten).
    static bool createCall(const CampaignSettings &settings, const QString &path, QString *error);
    // Saves what the settings dialog holds, asking what to do with testimonies received after an
    // earlier close; false when refused (the reason shown) or cancelled.
    bool applySettings(const CampaignDialog &dialog);
    // What a new call's form starts from: this call's organisers, zone and target, no theme.
    static CampaignSettings blankFrom(const Campaign &current);

Q_SIGNALS:
    // A new call was created, or this call's settings changed: open (again) that database.
    void openRequested(const QString &location);

private:
    void newCall();
    void editSettings();

    Database &m_db;
    QWidget *m_window;
    QAction *m_newCall;
    QAction *m_settings;
};
