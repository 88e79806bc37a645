// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reviewworkflow.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// A person who works on the campaign, with the role that says what they may do.
struct Person
{
    QString login;
    QString displayName;
    Role::Value role = Role::Coordinator;
    bool active = true;
};

// The people of a campaign. On a SQLite file these are local profiles (attribution and
// discipline, enforced by the application); the first person of a new desk is its administrator.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Letters, digits, “.”, “-”, “_” and “@”, at most 64: what a server login or a mail box
    // name is made of, and nothing that could forge a line of a history or a terminal.
    static bool isValidLogin(const QString &login);

    // Adds or changes a person; only an administrator may, except on a file without an active
    // administrator, where anyone may and the person saved becomes the administrator (read the
    // role back with find()).
    bool save(const Person &person, const QString &actor, QString *error);
    std::optional<Person> find(const QString &login) const;
    QList<Person> all() const;
    // The role a login acts with: its own; an administrator while nobody is registered
    // (a desk used by one person); otherwise a coordinator.
    Role::Value roleOf(const QString &login) const;

private:
    QSqlDatabase m_db;
};
