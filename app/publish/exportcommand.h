// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// `recueil export --format csv|json|ods --output FILE [--separator ,|;] [--with-contacts]
//  [--force]`: the validated contributions as open data (docs/open-data.md). Returns 0 when
// written, 1 on failure (one sentence on err, any earlier file left as it was), 2 on wrong usage.
int runExportCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);

// `recueil publish --output DIR [--with-contacts]`: the call's static website of the validated
// contributions (SitePublisher). Publishing again into the same folder rewrites only what
// changed. Returns 0 when written, 1 on failure (one sentence on err), 2 on wrong usage.
int runPublishCommand(const QStringList &args, Database &db, QTextStream &out, QTextStream &err);
