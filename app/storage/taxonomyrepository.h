// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QList>
#include <QStringList>

class Database;

// Reads the campaign's classification as stored (themes, sub-topics an administrator may
// have added, free tags already used), for pickers and filters. Read-only.
class TaxonomyRepository
{
public:
    explicit TaxonomyRepository(Database &db);

    QList<Theme> themes() const;       // in the campaign's order, retired ones left out
    QList<Subtopic> subtopics() const; // grouped by theme, in order, retired ones left out
    QStringList tags() const;          // labels in use, alphabetical, retired ones left out

private:
    Database &m_db;
};
