// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/eraser.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/draftstore.h"
#include "storage/erasureregister.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace {

// The text columns searched in each table, in the order the preview lists them. The table and
// column names are fixed here, never taken from input.
struct TextColumns
{
    const char *table;
    QStringList columns;
};
const QList<TextColumns> &textColumns()
{
    static const QList<TextColumns> tables = {
        { "contribution",
            { QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("difficulties"),
                QStringLiteral("late_override_reason"), QStringLiteral("hold_reason"),
                QStringLiteral("original_text") } },
        { "comment", { QStringLiteral("body") } },
        { "tag", { QStringLiteral("label") } },
        { "saved_search", { QStringLiteral("name"), QStringLiteral("query") } },
        { "source_message",
            { QStringLiteral("from_name"), QStringLiteral("from_address"), QStringLiteral("subject"),
                QStringLiteral("source_path") } },
        { "attachment", { QStringLiteral("filename"), QStringLiteral("safe_name") } },
    };
    return tables;
}

const QStringList &auditColumns()
{
    static const QStringList columns = { QStringLiteral("old_value"), QStringLiteral("new_value"),
        QStringLiteral("reason") };
    return columns;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Eraser::Eraser(Database &db)
    : m_db(db)
{ }

QString Eraser::stableMessageId(const QString &messageId)
{
    return QStringLiteral("erased-") + sha256Hex(messageId.toUtf8()).left(32) + QStringLiteral("@recueil.invalid");
}

bool Eraser::isTextual(const QString &mimeType)
{
    const QString m = mimeType.toLower();
    return m.startsWith(QLatin1String("text/")) || m == QLatin1String("application/json")
        || m == QLatin1String("application/xml") || m == QLatin1String("application/vcard")
        || m == QLatin1String("application/x-vcard") || m == QLatin1String("application/ics")
        || m == QLatin1String("application/rtf");
}

QList<std::pair<QString, int>> Eraser::Plan::rowsPerTable() const
{
    QList<std::pair<QString, int>> rows;
    auto add = [&rows](const QString &table, int n) {
        for (auto &row : rows)
            if (row.first == table) {
                row.second += n;
                return;
            }
        rows.append({ table, n });
    };
    if (!contactIds.isEmpty())
        add(QStringLiteral("contact"), int(contactIds.size()));
    QSet<QString> seen;
    for (const Change &c : changes) {
        const QString key = c.table + QLatin1Char('/') + QString::number(c.id);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        add(c.table, 1);
    }
    if (auditEntries)
        add(QStringLiteral("audit_log"), auditEntries);
    if (!drafts.isEmpty())
        add(QStringLiteral("drafts"), int(drafts.size()));
    return rows;
}

QStringList Eraser::Plan::places() const
{
    QStringList lines;
    for (qint64 id : contactIds)
        lines << QStringLiteral("contact %1: name, role, email, phone").arg(id);
    QMap<QString, QStringList> byRow;
    QStringList order;
    for (const Change &c : changes) {
        const QString key = c.table + QLatin1Char(' ') + QString::number(c.id);
        if (!byRow.contains(key))
            order << key;
        for (const QString &column : c.columns)
            if (column != QLatin1String("size") && !column.endsWith(QLatin1String("sha256")) && !byRow[key].contains(column))
                byRow[key] << column;
    }
    for (const QString &key : std::as_const(order))
        lines << key + QStringLiteral(": ") + byRow.value(key).join(QStringLiteral(", "));
    if (auditEntries)
        lines << QStringLiteral("audit_log: %1 entries (old, new and reason values)").arg(auditEntries);
    for (const DraftChange &d : drafts)
        lines << QStringLiteral("draft ") + QDir::toNativeSeparators(d.file);
    return lines;
}

PersonIdentity Eraser::identify(const QString &address) const
{
    PersonIdentity person;
    const QString a = address.trimmed();
    if (!a.contains(QLatin1Char('@')))
        return person;
    person.addresses << a;
    const QSqlDatabase db = m_db.connection();
    SqlQuery contacts(db, QStringLiteral("SELECT email, name, phone FROM contact WHERE lower(email) = lower(?)"));
    if (contacts.exec({ a }))
        while (contacts.next()) {
            person.addresses << contacts.value(0).toString().trimmed();
            person.names << contacts.value(1).toString().trimmed();
            person.phones << contacts.value(2).toString().trimmed();
        }
    SqlQuery senders(db,
        QStringLiteral("SELECT DISTINCT from_address, from_name FROM source_message WHERE lower(from_address) = lower(?)"));
    if (senders.exec({ a }))
        while (senders.next()) {
            person.addresses << senders.value(0).toString().trimmed();
            person.names << senders.value(1).toString().trimmed();
        }
    for (QStringList *list : { &person.addresses, &person.names, &person.phones }) {
        list->removeAll(QString());
        list->removeDuplicates();
    }
    person.names.removeIf([&a](const QString &n) { return n.compare(a, Qt::CaseInsensitive) == 0; });
    return person;
}

bool Eraser::plan(const QString &address, const MessageRewriter &rewrite, Plan *plan, QString *error) const
{
    *plan = Plan {};
    plan->address = address.trimmed();
    if (!plan->address.contains(QLatin1Char('@'))) {
        *error = tr("“%1” is not an email address.").arg(plan->address);
        return false;
    }
    plan->person = identify(plan->address);
    const PersonMatcher matcher(plan->person);
    const QSqlDatabase db = m_db.connection();
    auto failed = [error](const SqlQuery &q) {
        *error = tr("The database could not be read: %1").arg(q.error());
        return false;
    };

    // The person's contacts: those with their address, and those that name them by their address
    // or full name (a sender whose address was doubtful is kept as a contact without one).
    SqlQuery contacts(db, QStringLiteral("SELECT id, email, name FROM contact ORDER BY id"));
    if (!contacts.exec())
        return failed(contacts);
    while (contacts.next())
        if (contacts.value(1).toString().compare(plan->address, Qt::CaseInsensitive) == 0
            || matcher.matches(contacts.value(1).toString()) || matcher.matches(contacts.value(2).toString()))
            plan->contactIds << contacts.value(0).toLongLong();

    // The Message-IDs of the person's own emails, and any that names them.
    QHash<QString, QString> ids;
    SqlQuery messageIds(db, QStringLiteral("SELECT message_id, from_address FROM source_message WHERE message_id <> ''"));
    if (!messageIds.exec())
        return failed(messageIds);
    QSet<QString> spellings;
    for (const QString &s : std::as_const(plan->person.addresses))
        spellings.insert(s.toLower());
    while (messageIds.next()) {
        const QString id = messageIds.value(0).toString();
        if (spellings.contains(messageIds.value(1).toString().toLower()) || matcher.matches(id))
            ids.insert(id, stableMessageId(id));
    }

    plan->messageIds = ids;
    QSet<qint64> contributions;
    for (const TextColumns &t : textColumns()) {
        const QString table = QLatin1String(t.table);
        QStringList read = t.columns;
        const bool message = table == QLatin1String("source_message");
        const bool attachment = table == QLatin1String("attachment");
        if (message)
            read << QStringLiteral("message_id") << QStringLiteral("in_reply_to") << QStringLiteral("refs")
                 << QStringLiteral("contribution_id");
        if (attachment)
            read << QStringLiteral("mime") << QStringLiteral("source_message_id");
        SqlQuery q(db, QStringLiteral("SELECT id, ") + read.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                + table + QStringLiteral(" ORDER BY id"));
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            Change change { table, q.value(0).toLongLong(), {}, {} };
            for (int i = 0; i < t.columns.size(); ++i) {
                const QVariant v = q.value(i + 1);
                if (v.isNull())
                    continue;
                const QString before = v.toString();
                const QString after = matcher.scrub(before);
                if (after != before) {
                    change.columns << t.columns.at(i);
                    change.values << after;
                }
            }
            if (message && spellings.contains(q.value(2).toString().trimmed().toLower())) {
                // The person's own emails: their display name goes whole, whatever it is (one
                // word, initials), as their contact's does.
                const QString fromName = q.value(1).toString();
                const qsizetype at = change.columns.indexOf(QStringLiteral("from_name"));
                if (!fromName.isEmpty() && at < 0) {
                    change.columns << QStringLiteral("from_name");
                    change.values << PersonMatcher::placeholder();
                } else if (at >= 0 && !fromName.isEmpty()) {
                    change.values[at] = PersonMatcher::placeholder();
                }
            }
            if (message) {
                const int base = int(t.columns.size()) + 1;
                const QString id = q.value(base).toString();
                if (ids.contains(id)) {
                    // Its content hash goes with it, worked out again from the bytes when needed:
                    // two rows must never meet on the new id with their old hashes.
                    change.columns << QStringLiteral("message_id") << QStringLiteral("content_sha256");
                    change.values << ids.value(id) << QVariant();
                }
                for (int k = 1; k <= 2; ++k) {
                    bool changed = false;
                    const QString mapped = PersonMatcher::replaceMessageIds(q.value(base + k).toString(), ids, &changed);
                    if (changed) {
                        change.columns << (k == 1 ? QStringLiteral("in_reply_to") : QStringLiteral("refs"));
                        change.values << mapped;
                    }
                }
                if (!change.columns.isEmpty() && !q.value(base + 3).isNull())
                    contributions.insert(q.value(base + 3).toLongLong());
            }
            if (table == QLatin1String("contribution") && !change.columns.isEmpty())
                contributions.insert(change.id);
            if (!change.columns.isEmpty())
                plan->changes << change;
        }
        if (table == QLatin1String("tag")) {
            // A renamed tag changes the tag index of every contribution that carries it.
            for (const Change &c : std::as_const(plan->changes)) {
                if (c.table != QLatin1String("tag"))
                    continue;
                SqlQuery tagged(db, QStringLiteral("SELECT contribution_id FROM contribution_tag WHERE tag_id = ?"));
                if (!tagged.exec({ c.id }))
                    return failed(tagged);
                while (tagged.next())
                    contributions.insert(tagged.value(0).toLongLong());
            }
        }
    }

    // The stored emails, and the attachments' contents (read one row at a time).
    {
        SqlQuery q(db, QStringLiteral("SELECT id, raw FROM source_message ORDER BY id"));
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            const std::optional<QByteArray> raw = rewrite(q.value(1).toByteArray(), matcher, ids);
            if (!raw)
                continue;
            // The content hash that finds duplicates is worked out again from the bytes when needed.
            plan->changes << Change { QStringLiteral("source_message"), q.value(0).toLongLong(),
                { QStringLiteral("raw"), QStringLiteral("size"), QStringLiteral("sha256"),
                    QStringLiteral("content_sha256") },
                { *raw, raw->size(), sha256Hex(*raw), QVariant() } };
        }
        SqlQuery a(db, QStringLiteral("SELECT id, mime, data FROM attachment ORDER BY id"));
        if (!a.exec())
            return failed(a);
        while (a.next()) {
            const QByteArray data = a.value(2).toByteArray();
            if (a.value(1).toString().compare(QLatin1String("message/rfc822"), Qt::CaseInsensitive) == 0) {
                // A forwarded email kept as a file: rewritten as an email.
                const std::optional<QByteArray> message = rewrite(data, matcher, ids);
                if (message)
                    plan->changes << Change { QStringLiteral("attachment"), a.value(0).toLongLong(),
                        { QStringLiteral("data"), QStringLiteral("size"), QStringLiteral("sha256") },
                        { *message, message->size(), sha256Hex(*message) } };
                continue;
            }
            if (!isTextual(a.value(1).toString())) {
                // A file: what reads as text inside it is masked, its length kept.
                int masked = 0;
                const QByteArray bytes = matcher.mask(QString::fromLatin1(data), &masked).toLatin1();
                if (masked)
                    plan->changes << Change { QStringLiteral("attachment"), a.value(0).toLongLong(),
                        { QStringLiteral("data"), QStringLiteral("size"), QStringLiteral("sha256") },
                        { bytes, bytes.size(), sha256Hex(bytes) } };
                continue;
            }
            const bool utf8 = QString::fromUtf8(data).toUtf8() == data;
            const QString text = utf8 ? QString::fromUtf8(data) : QString::fromLatin1(data);
            const QString scrubbed = matcher.scrub(text);
            if (scrubbed == text)
                continue;
            const QByteArray bytes = utf8 ? scrubbed.toUtf8() : scrubbed.toLatin1();
            plan->changes << Change { QStringLiteral("attachment"), a.value(0).toLongLong(),
                { QStringLiteral("data"), QStringLiteral("size"), QStringLiteral("sha256") },
                { bytes, bytes.size(), sha256Hex(bytes) } };
        }
    }

    // Contributions whose contact is wiped: their search entry names the contact.
    if (!plan->contactIds.isEmpty()) {
        QStringList idList;
        for (qint64 id : std::as_const(plan->contactIds))
            idList << QString::number(id);
        SqlQuery q(db,
            QStringLiteral("SELECT id FROM contribution WHERE contact_id IN (SELECT value FROM ") + SqlDialect::of(db).idsFrom()
                + QLatin1Char(')'));
        if (!q.exec({ QString(QLatin1Char('[') + idList.join(QLatin1Char(',')) + QLatin1Char(']')) }))
            return failed(q);
        while (q.next())
            contributions.insert(q.value(0).toLongLong());
    }
    plan->contributions = QList<qint64>(contributions.cbegin(), contributions.cend());
    std::sort(plan->contributions.begin(), plan->contributions.end());

    SqlQuery audit(db, QStringLiteral("SELECT old_value, new_value, reason FROM audit_log"));
    if (!audit.exec())
        return failed(audit);
    while (audit.next())
        for (int i = 0; i < 3; ++i) {
            int found = 0;
            matcher.scrubStored(audit.value(i).toString(), &found, ids);
            if (found) {
                ++plan->auditEntries;
                break;
            }
        }

    // The editor's drafts beside the database.
    const QDir drafts(DraftStore(m_db.location()).folder());
    if (!drafts.path().isEmpty() && drafts.exists()) {
        for (const QString &name : drafts.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(drafts.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int count = 0;
            const QString scrubbed = matcher.scrubStored(QString::fromUtf8(f.readAll()), &count);
            if (count)
                plan->drafts << DraftChange { f.fileName(), scrubbed.toUtf8() };
        }
    }
    return true;
}

bool Eraser::apply(const Plan &plan, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: nothing can be erased.");
        return false;
    }
    if (plan.isEmpty())
        return true;
    QSqlDatabase db = m_db.connection();
    // Whatever is deleted or rewritten from now on is overwritten in the file.
    SqlDialect::of(db).setSecureDelete(db, true);
    QString failure;
    bool ok = true;
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!ok)
            return;
        SqlQuery q(db, sql);
        if (!q.exec(values)) {
            ok = false;
            failure = q.error();
        }
    };

    {
        Transaction tx(db);
        if (!tx.isActive()) {
            SqlDialect::of(db).setSecureDelete(db, false);
            *error = tr("The database is busy: nothing was erased. Try again in a moment.");
            return false;
        }
        // The flag row says to the database's own rules (audit, immutable emails, back to review
        // on edit) that this transaction is an erasure: the only rewrite they let through.
        run(QStringLiteral("INSERT INTO erasure_in_progress (id, started_at) VALUES (1, ?)"),
            { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
        const QString x = PersonMatcher::placeholder();
        for (qint64 id : plan.contactIds)
            run(QStringLiteral("UPDATE contact SET name = CASE WHEN name = '' THEN '' ELSE ? END, role = '', email = ?, "
                               "phone = CASE WHEN phone = '' THEN '' ELSE ? END WHERE id = ?"),
                { x, x, x, id });
        for (const Change &c : plan.changes) {
            if (c.table == QLatin1String("tag") && c.columns == QStringList { QStringLiteral("label") }) {
                // Two tags may now read the same (« [effacé] »): the second joins the first.
                const QVariant other = SqlQuery::scalar(db,
                    QStringLiteral("SELECT id FROM tag WHERE lower(label) = lower(?) AND id <> ?"),
                    { c.values.constFirst(), c.id });
                if (other.isValid() && !other.isNull()) {
                    run(SqlDialect::of(db).insertOrIgnore(QStringLiteral("contribution_tag (contribution_id, tag_id) SELECT contribution_id, ? FROM "
                                           "contribution_tag WHERE tag_id = ?")),
                        { other, c.id });
                    run(QStringLiteral("DELETE FROM contribution_tag WHERE tag_id = ?"), { c.id });
                    run(QStringLiteral("DELETE FROM tag WHERE id = ?"), { c.id });
                    continue;
                }
            }
            QStringList sets;
            for (const QString &column : c.columns)
                sets << column + QStringLiteral(" = ?");
            QVariantList values = c.values;
            values << c.id;
            run(QStringLiteral("UPDATE ") + c.table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
                    + QStringLiteral(" WHERE id = ?"),
                values);
        }

        // The audit log: its one allowed rewrite, only while the flag row is there. It is read
        // again now, with what the statements above may have logged.
        if (ok) {
            const PersonMatcher matcher(plan.person);
            SqlQuery q(db, QStringLiteral("SELECT id, old_value, new_value, reason FROM audit_log ORDER BY id"));
            QList<QVariantList> updates;
            if (!q.exec()) {
                ok = false;
                failure = q.error();
            }
            while (ok && q.next()) {
                QVariantList row;
                bool changed = false;
                for (int i = 1; i <= 3; ++i) {
                    const QVariant v = q.value(i);
                    int found = 0;
                    const QString after =
                        v.isNull() ? QString() : matcher.scrubStored(v.toString(), &found, plan.messageIds);
                    changed = changed || found > 0;
                    row << (v.isNull() ? v : QVariant(after));
                }
                if (changed) {
                    row << q.value(0);
                    updates << row;
                }
            }
            for (const QVariantList &row : std::as_const(updates))
                run(QStringLiteral("UPDATE audit_log SET ") + auditColumns().join(QStringLiteral(" = ?, "))
                        + QStringLiteral(" = ? WHERE id = ?"),
                    row);
        }
        run(QStringLiteral("DELETE FROM erasure_in_progress"), {});

        if (ok && !SearchIndex::of(m_db)->reindex(plan.contributions, &failure))
            ok = false;
        const ErasureRegister::Entry entry { QDateTime::currentDateTimeUtc(), ErasureRegister::hashOf(plan.address) };
        if (ok && !ErasureRegister::record(db, entry, &failure))
            ok = false;
        if (ok) {
            AuditEntry logged;
            logged.actor = m_db.actor();
            logged.action = QStringLiteral("erase_contact");
            // What was done, never to whom.
            QStringList counts;
            for (const auto &[table, n] : plan.rowsPerTable())
                counts << QStringLiteral("%1=%2").arg(table).arg(n);
            logged.newValue = counts.join(QLatin1Char(' '));
            logged.reason = QStringLiteral("RGPD art. 17");
            ok = AuditLog(db).append(logged, &failure);
        }
        if (!ok || !tx.commit()) {
            SqlDialect::of(db).setSecureDelete(db, false);
            if (failure.isEmpty())
                failure = SqlQuery::describe(db.lastError());
            *error = SqlQuery::isDiskFull(failure)
                ? tr("Nothing was erased: the disk is full. Free some space on the disk, then erase again.")
                : tr("Nothing was erased: %1").arg(failure);
            return false;
        }
        // Beside the database (not beside a backup being brought up to date): found by every
        // older copy in its backups folder or restored over it.
        const QStringList sideFiles = ErasureRegister::sideFilesFor(m_db.location());
        QString sideError;
        if (sideFiles.size() == 1)
            ErasureRegister::appendSideFile(sideFiles.constFirst(), entry, &sideError);
    }

    QString draftFailure;
    for (const DraftChange &d : plan.drafts) {
        QSaveFile f(d.file);
        if (!f.open(QIODevice::WriteOnly) || f.write(d.content) != d.content.size() || !f.commit())
            draftFailure = d.file;
    }

    // Leave nothing behind in a SQLite file: the statements cached on the connection would keep
    // VACUUM from running.
    SqlQuery::releaseStatements(db.connectionName());
    const QString tidy = SqlDialect::of(db).compactAfterErasure(db);
    SqlDialect::of(db).setSecureDelete(db, false);
    if (!tidy.isEmpty()) {
        *error = tr("The details were erased, but the file could not be compacted (%1): run the erasure again "
                    "when no one else has the database open.")
                     .arg(tidy);
        return false;
    }
    if (!draftFailure.isEmpty()) {
        *error = tr("The details were erased from the database, but the draft “%1” could not be rewritten: delete it.")
                     .arg(QDir::toNativeSeparators(draftFailure));
        return false;
    }
    return true;
}
