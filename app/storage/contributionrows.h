// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QString>

class SqlQuery;

// The columns every list and search result reads of a contribution (c), its authority (a) and
// its contact (ct), written once: ContributionRepository's pages and both search indexes.
namespace ContributionRows {

// "c.id, c.title, …": the columns summaryFrom() reads, in its order.
QString listColumns();
// The joins listColumns() needs, after a FROM naming contribution c.
QString listJoins();
// Reads the columns of listColumns() from the current row, starting at column 0.
ContributionSummary summaryFrom(const SqlQuery &q);

} // namespace ContributionRows
