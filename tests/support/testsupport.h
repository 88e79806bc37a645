// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class Database;
struct Contribution;

// Shared helpers for the test suite: real SQLite files in temporary folders.
namespace TestSupport {

// A fresh database file in its own temporary folder, opened and migrated.
struct TempDatabase
{
    TempDatabase();
    ~TempDatabase();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

QDateTime utc(const char *iso); // "2021-03-20T22:59:59Z"
Contribution sampleContribution(const QString &title = QStringLiteral("Plateforme d'entraide"));
QString testData(const QString &relative); // path under tests/data
QString sharedDir(const QString &relative); // path under ../shared (may not exist)

} // namespace TestSupport
