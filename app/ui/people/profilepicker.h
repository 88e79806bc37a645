// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QToolButton;

// Who is acting on a desk file: a local profile chosen from the campaign's people (the system
// user by default), shown in the status bar. Attribution and role follow the choice: the
// audit log names this person, and the workflow applies their role. Administrators also get
// a button to manage the people.
class ProfilePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePicker(Database &db, QWidget *parent = nullptr);

    // The login of the person using this computer, when nobody was chosen.
    static QString systemLogin();

    QString currentLogin() const;
    // Acts as login from now on (Database::setActor), remembers it on this computer for this
    // database, and says so with actorChanged.
    void setCurrentLogin(const QString &login);
    // At start: acts as the person last chosen on this computer for this database, if they are
    // still an active person of it; otherwise stays the system user. True when restored.
    bool restoreRememberedLogin();
    // Reads the people again (after PeopleDialog, or another database).
    void reload();
    // Opens the people dialog (administrators only); returns false if not allowed.
    bool managePeople();

    QComboBox *combo() const { return m_combo; }
    QToolButton *peopleButton() const { return m_people; }

Q_SIGNALS:
    void actorChanged(const QString &login);

private:
    void onActivated(int index);
    QString settingsKey() const;
    void updatePeopleButton();

    Database &m_db;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_people = nullptr;
};
