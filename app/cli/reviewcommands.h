// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// The reviewers' commands: search, set-status, tag, assign, comment, history, people.
// A refused action (wrong role, forbidden transition, four-eyes) exits 1 with the reason
// on stderr and changes nothing; a usage error exits 2.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    ReviewCommands(Database &db, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command);
    static QString helpText();
    int run(const QString &command, const QStringList &args);

    // --as LOGIN: who is acting (attribution; on SQLite the profile is trusted).
    static QString actingAs(QStringList *args);

private:
    int search(const QStringList &args);
    int setStatus(const QStringList &args);
    int tag(const QStringList &args);
    int assign(const QStringList &args);
    int comment(const QStringList &args);
    int history(const QStringList &args);
    int people(const QStringList &args);
    int usage(const QString &message);
    int refused(const QString &message);

    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
};
