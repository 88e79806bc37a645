// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/personrepository.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The people of the campaign, for an administrator: add a person, change a role, set someone
// inactive. Each change is saved at once and recorded in the audit log. The last active
// administrator cannot lose that role, so that the desk always has one.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Database &db, QWidget *parent = nullptr);

    // What the controls do; false with the reason shown when refused.
    bool addPerson(const QString &login, const QString &displayName, Role::Value role);
    bool changeRole(const QString &login, Role::Value role);
    bool setActive(const QString &login, bool active);

    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    void reload();
    bool save(const Person &person);
    bool keepsAnAdministrator(const Person &changed) const;

    Database &m_db;
    QList<Person> m_people;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
    bool m_loading = false;
};
