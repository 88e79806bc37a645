// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "core/translations.h"
#include "ui/common/palettecolors.h"
#include "ui/shell/desktoplauncher.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Recueil"));
    QCoreApplication::setApplicationName(QStringLiteral("recueil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECUEIL_VERSION));

    if (CommandLine::wantsCommand(arguments)) {
        // Headless: no display needed. Printing a dossier needs fonts, so a GUI application
        // on the offscreen platform.
        // What the command prints goes to the real standard output; what libraries print there
        // on their own (libytnef reports broken winmail.dat files with printf) goes to standard
        // error, so that `--json` output stays one JSON object per line.
        QFile output;
        const int outputFd = dup(STDOUT_FILENO);
        if (outputFd >= 0 && dup2(STDERR_FILENO, STDOUT_FILENO) >= 0)
            output.open(outputFd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle);
        else
            output.open(stdout, QIODevice::WriteOnly);
        QTextStream out(&output);
        QTextStream err(stderr);
        if (CommandLine::needsFonts(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            Translations::install(&app);
            return CommandLine(out, err).run(arguments);
        }
        QCoreApplication app(argc, argv);
        Translations::install(&app);
        return CommandLine(out, err).run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Recueil"));
    QApplication::setDesktopFileName(QStringLiteral("fr.villes-internet.Recueil"));
    // The installed icon theme's, else the PNGs built in (when run from the build tree).
    QIcon builtIn;
    for (int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/fr.villes-internet.Recueil-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.villes-internet.Recueil"), builtIn));
    Translations::install(&app);
    // Colours of the forms' own readable on a dark desktop too.
    app.installEventFilter(new PaletteColors::Adapter(&app));
    return DesktopLauncher::launch(app.arguments());
}
