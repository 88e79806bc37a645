// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemamigrator.h"

#include "storage/dialect/sqldialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

SchemaMigrator::SchemaMigrator(const QString &dialect)
{
    const QDir dir(QStringLiteral(":/sql/") + dialect);
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d{3})_.*\.sql$)"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto m = numbered.match(name);
        if (m.hasMatch())
            m_steps.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
}

int SchemaMigrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBlock = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const QString upper = trimmed.toUpper();
        if (upper.startsWith(QLatin1String("CREATE TRIGGER")) || upper.startsWith(QLatin1String("CREATE OR REPLACE FUNCTION"))
            || upper.startsWith(QLatin1String("DO ")))
            inBlock = true;
        // PostgreSQL's CREATE TRIGGER … EXECUTE FUNCTION f(); is a plain statement (its body is the
        // function).
        if (inBlock && current.trimmed().toUpper().startsWith(QLatin1String("CREATE TRIGGER"))
            && (current.toUpper().contains(QLatin1String("EXECUTE FUNCTION"))
                || current.toUpper().contains(QLatin1String("EXECUTE PROCEDURE"))))
            inBlock = false;
        const bool ends = inBlock ? (upper == QLatin1String("END;") || upper.endsWith(QLatin1String("$$;"))
                                     || upper.endsWith(QLatin1String("$$ LANGUAGE PLPGSQL;")))
                                  : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inBlock = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool SchemaMigrator::migrate(QSqlDatabase db, QString *error) const
{
    // Up to date: nothing to write (a server login without the right to create tables opens it too).
    if (currentVersion(db) >= latestVersion())
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        *error = tr("Cannot prepare the database: %1").arg(q.lastError().text());
        return false;
    }
    // Two clients opening a new server database at once: one upgrades, the other waits.
    const SqlDialect &dialect = SqlDialect::of(db);
    dialect.lockForUpgrade(db);
    const auto unlock = qScopeGuard([&] { dialect.unlockAfterUpgrade(db); });
    const int current = currentVersion(db);
    for (const Step &step : m_steps) {
        if (step.version <= current)
            continue;
        QFile file(step.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Missing database upgrade step %1.").arg(step.version);
            return false;
        }
        Transaction tx(db);
        for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
            QSqlQuery s(db);
            if (!s.exec(statement)) {
                *error = tr("Database upgrade step %1 failed: %2").arg(step.version).arg(s.lastError().text());
                return false;
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!record.exec() || !tx.commit()) {
            *error = tr("Database upgrade step %1 failed: %2").arg(step.version).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}
