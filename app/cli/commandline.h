// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// `recueil [--database PATH] COMMAND …`: the headless commands. Errors are one sentence on
// stderr and a non-zero exit code (1: refused or failed, 2: wrong usage); nothing is half-written.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    // True when these arguments ask for a command rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    // True for commands that lay out text and so need fonts (a QGuiApplication, offscreen).
    static bool needsFonts(const QStringList &arguments);
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int failure(const QString &message);
    bool openDatabase(Database &db);
    int init(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int add(const QStringList &args);
    int import(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int forgetContact(const QStringList &args);
    int verify(const QStringList &args);
    QString location() const;
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databaseLocation;
    QString m_actor; // --as LOGIN
};
