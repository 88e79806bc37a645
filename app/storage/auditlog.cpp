// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/database.h"

#include "core/isotime.h"
#include "storage/sqlquery.h"

bool AuditLog::append(const AuditEntry &e, QString *error)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, contribution_id, action, field, old_value, "
                                    "new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    auto nullable = [](const QString &s) { return s.isNull() ? QVariant() : QVariant(s); };
    if (!q.exec({IsoTime::utcWithMs(at), e.actor,
                 e.contributionId ? QVariant(e.contributionId) : QVariant(), e.action, nullable(e.field),
                 nullable(e.oldValue), nullable(e.newValue), nullable(e.reason)})) {
        *error = q.error();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::history(qint64 contributionId) const
{
    QList<AuditEntry> entries;
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, actor, contribution_id, action, field, old_value, new_value, reason "
                                    "FROM audit_log WHERE contribution_id = ? AND substr(action, 1, 3) <> 'db_' "
                                    "ORDER BY id DESC"));
    if (!q.exec({contributionId}))
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.contributionId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.reason = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

bool AuditLog::record(Database &db, qint64 contributionId, const QString &action, const QString &field,
    const QString &oldValue, const QString &newValue, const QString &reason, QString *error)
{
    AuditEntry entry;
    entry.actor = db.actor();
    entry.contributionId = contributionId;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    return AuditLog(db.connection()).append(entry, error);
}
