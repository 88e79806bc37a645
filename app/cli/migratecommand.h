// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// `recueil --database SOURCE migrate --to TARGET`: copies the campaign to an empty store (a
// PostgreSQL address or a SQLite file), verifies it and prints each table's count and checksum.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    MigrateCommand(Database &source, QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    Database &m_source;
    QTextStream &m_out;
    QTextStream &m_err;
};
