// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storedchecksums.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

bool StoredChecksums::verify(Result *result, QString *error) const
{
    *result = {};
    struct Table
    {
        const char *ids;
        const char *row;
        Mismatch::Kind kind;
    };
    const Table tables[] = {
        { "SELECT id FROM source_message ORDER BY id",
            "SELECT raw, sha256, coalesce(message_id, '') FROM source_message WHERE id = ?",
            Mismatch::Email },
        { "SELECT id FROM attachment ORDER BY id",
            "SELECT data, sha256, filename FROM attachment WHERE id = ?", Mismatch::Attachment },
    };
    for (const Table &table : tables) {
        // The ids first, then one row at a time: a campaign's emails do not fit in memory at once.
        QList<qint64> ids;
        QSqlQuery all(m_db);
        all.setForwardOnly(true);
        if (!all.exec(QString::fromLatin1(table.ids))) {
            *error = all.lastError().text();
            return false;
        }
        while (all.next())
            ids.append(all.value(0).toLongLong());
        QSqlQuery one(m_db);
        one.setForwardOnly(true);
        one.prepare(QString::fromLatin1(table.row));
        for (const qint64 id : std::as_const(ids)) {
            one.addBindValue(id);
            if (!one.exec() || !one.next()) {
                *error = one.lastError().text();
                return false;
            }
            const QByteArray bytes = one.value(0).toByteArray();
            const QByteArray stored = one.value(1).toString().toLatin1().toLower();
            if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != stored)
                result->mismatches.append({ table.kind, id, one.value(2).toString() });
            one.finish();
            (table.kind == Mismatch::Email ? result->emails : result->attachments) += 1;
        }
    }
    return true;
}

QString StoredChecksums::describe(const QList<Mismatch> &mismatches)
{
    QStringList items;
    for (const Mismatch &m : mismatches) {
        const QString what =
            m.kind == Mismatch::Email ? tr("email %1").arg(m.id) : tr("attachment %1").arg(m.id);
        items.append(m.label.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, m.label));
    }
    return items.join(QStringLiteral(", "));
}
