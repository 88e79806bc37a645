// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Fills a database with realistic generated contributions (French text of 1–3 KB, real
// authorities, themes, receipt times spread over the call) for benchmarks.
namespace BenchData {
// Returns false with *error on failure. Deterministic for a given seed.
bool generateContributions(Database &db, int count, quint32 seed, QString *error);
}
