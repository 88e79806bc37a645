// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// What `recueil` was started with, read the same way by the command line and by the window
// (QCommandLineParser): the options that come first, --database PATH (-d), --version (-v),
// --help (-h); then either a command and its own arguments, or the files given to the window
// (emails to import, a database file opened from the file manager).
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString database; // as given to --database, empty when not given
    QString command; // the first word after the options: a command, or a file
    QStringList rest; // what follows it, options of the command included
    bool version = false;
    bool help = false;
    QStringList unknownOptions; // before the command, as "--frobnicate"
    QString error; // a sentence when the options cannot be read (--database without its value)

    // arguments: as main() received them, the program's name first.
    static LaunchOptions parse(const QStringList &arguments);
    // command and rest: every word after the options.
    QStringList words() const;

    // Reads a command's own options (rest) with parser, single-dash words as long options
    // ("-json" is "--json"); false with Qt's message in *error when one is unknown or lacks its
    // value.
    static bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &rest, QString *error);
};
