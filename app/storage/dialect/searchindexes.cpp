// SPDX-License-Identifier: GPL-3.0-or-later
// Which search index a database has: the one place that chooses between the two.
#include "storage/database.h"
#include "storage/dialect/postgressearchindex.h"
#include "storage/dialect/sqldialect.h"
#include "storage/dialect/sqlitesearchindex.h"
#include "storage/searchindex.h"

std::unique_ptr<SearchIndex> SearchIndex::of(Database &db)
{
    if (SqlDialect::isPostgres(db.connection()))
        return std::make_unique<PostgresSearchIndex>(db);
    return std::make_unique<SqliteSearchIndex>(db);
}
