// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/launchoptions.h"

#include <QCommandLineParser>

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    // "recueil list --json": what follows the command is the command's own.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    // "-platform xcb" is one unknown option, not seven letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption database({ QStringLiteral("d"), QStringLiteral("database") }, QString(), QStringLiteral("PATH"));
    const QCommandLineOption version(QStringList { QStringLiteral("v"), QStringLiteral("version") });
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ database, version, help });

    LaunchOptions o;
    // An unknown option (a window option such as -platform, or a mistake) does not stop the
    // others from being read: it is kept for the command to refuse.
    if (!parser.parse(arguments.isEmpty() ? QStringList { QStringLiteral("recueil") } : arguments)) {
        for (const QString &name : parser.unknownOptionNames())
            o.unknownOptions << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        if (o.unknownOptions.isEmpty())
            o.error = tr("--database needs a file path or a postgresql:// address.");
    }
    o.database = parser.value(database);
    o.version = parser.isSet(version);
    o.help = parser.isSet(help);
    QStringList words = parser.positionalArguments();
    if (!words.isEmpty())
        o.command = words.takeFirst();
    o.rest = words;
    return o;
}

QStringList LaunchOptions::words() const
{
    return command.isEmpty() ? rest : QStringList { command } + rest;
}

bool LaunchOptions::parseCommand(
    QCommandLineParser &parser, const QString &command, const QStringList &rest, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { command } + rest)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}
