// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Applies the numbered migrations of one SQL dialect (resources/sql/<dialect>/NNN_name.sql),
// each step in its own transaction, recording it in schema_version.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Step
    {
        int version;
        QString path;
    };

    explicit SchemaMigrator(const QString &dialect);

    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.last().version; }
    QList<Step> steps() const { return m_steps; }
    bool migrate(QSqlDatabase db, QString *error) const;

    static int currentVersion(const QSqlDatabase &db); // 0 for an empty database
    // Splits a migration file into statements; a CREATE TRIGGER … END; stays whole.
    static QStringList splitStatements(const QString &sql);

private:
    QList<Step> m_steps;
};
