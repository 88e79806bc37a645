// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// `recueil dossier --output FILE.pdf [--status S]... [--theme CODE]... [--group-by theme|authority|region]
//  [--with-contacts] [--no-synthesis] [--no-attachments]`, headless. `args` are the command's own
// arguments (a leading "dossier" is accepted). Returns 0 when written, 1 on failure (one sentence
// on err, no file left behind), 2 on wrong usage. Needs a QGuiApplication (offscreen is fine).
int runDossierCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);
