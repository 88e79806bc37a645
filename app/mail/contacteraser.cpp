// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteraser.h"

#include "auditlog.h"
#include "contributionrepository.h"
#include "database.h"
#include "mailreader.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringConverter>

namespace {

QByteArray latin1(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Latin1);
    return encoder.encode(text);
}

// =XX for every byte that is not printable ASCII (and for '=', '?', '_' in encoded words).
QByteArray quotedPrintable(const QByteArray &bytes, bool encodedWord)
{
    QByteArray out;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ')
            out += encodedWord ? '_' : ' ';
        else if (c < 33 || c > 126 || c == '=' || (encodedWord && (c == '?' || c == '_')))
            out += '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        else
            out += char(c);
    }
    return out;
}

// Replaces every occurrence of needle, ASCII letters matched without regard to case.
bool replaceBytes(QByteArray &haystack, const QByteArray &needle, const QByteArray &with)
{
    if (needle.isEmpty())
        return false;
    const QByteArray lowerNeedle = needle.toLower();
    bool changed = false;
    qsizetype from = 0;
    QByteArray lower = haystack.toLower();
    while ((from = lower.indexOf(lowerNeedle, from)) >= 0) {
        haystack.replace(from, needle.size(), with);
        lower.replace(from, needle.size(), with.toLower());
        from += with.size();
        changed = true;
    }
    return changed;
}

QString likePattern(const QString &term)
{
    return QLatin1Char('%') + SqlQuery::likeEscaped(term) + QLatin1Char('%');
}

} // namespace

QString ContactEraser::placeholder()
{
    return QStringLiteral("[effacé]");
}

QByteArray ContactEraser::rawPlaceholder()
{
    return QByteArrayLiteral("[efface]");
}

QList<QByteArray> ContactEraser::byteForms(const QString &text)
{
    QList<QByteArray> forms;
    auto add = [&forms](const QByteArray &b) {
        if (!b.isEmpty() && !forms.contains(b))
            forms.append(b);
    };
    const QByteArray utf8 = text.toUtf8();
    const QByteArray l1 = latin1(text);
    for (const QByteArray &bytes : { utf8, l1 }) {
        add(bytes);
        add(quotedPrintable(bytes, false));
        add(quotedPrintable(bytes, true));
        add(bytes.toBase64());
    }
    // Longest first: a longer form is never left half-replaced by a shorter one.
    std::sort(forms.begin(), forms.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

QStringList ContactEraser::phoneForms(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += c;
    QStringList forms;
    if (!phone.trimmed().isEmpty())
        forms << phone.trimmed();
    if (digits.size() < 6)
        return forms;
    QString national = digits;
    if (national.startsWith(QLatin1String("33")) && national.size() == 11)
        national = QLatin1Char('0') + national.mid(2);
    forms << national;
    if (national.size() == 10 && national.startsWith(QLatin1Char('0'))) {
        QStringList pairs;
        for (int i = 0; i < 10; i += 2)
            pairs << national.mid(i, 2);
        for (const QString &sep : { QStringLiteral(" "), QStringLiteral("."), QStringLiteral("-"),
                 QStringLiteral("\u00a0"), QStringLiteral("\u202f") })
            forms << pairs.join(sep);
        const QString rest = national.mid(1);
        QStringList restPairs { rest.left(1) };
        for (int i = 1; i < 9; i += 2)
            restPairs << rest.mid(i, 2);
        forms << QStringLiteral("+33") + rest << QStringLiteral("+33 ") + restPairs.join(QLatin1Char(' '))
              << QStringLiteral("+33 (0)") + restPairs.join(QLatin1Char(' '));
    }
    forms.removeDuplicates();
    std::sort(
        forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

namespace {

QStringList termsOf(const ContactEraser::Plan &plan)
{
    QStringList terms = { plan.address };
    terms += plan.names;
    for (const QString &phone : plan.phones)
        terms += ContactEraser::phoneForms(phone);
    terms.removeAll(QString());
    terms.removeDuplicates();
    std::sort(
        terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

QString scrub(QString text, const QStringList &terms, bool *changed)
{
    for (const QString &term : terms) {
        if (text.contains(term, Qt::CaseInsensitive)) {
            text.replace(term, ContactEraser::placeholder(), Qt::CaseInsensitive);
            *changed = true;
        }
    }
    return text;
}

bool containsAny(const QString &text, const QStringList &terms)
{
    for (const QString &term : terms)
        if (text.contains(term, Qt::CaseInsensitive))
            return true;
    return false;
}

// SQL condition "one of the columns holds one of the terms", and its values.
// SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE that of every letter.
QString anyLike(const QStringList &columns, const QStringList &terms, QVariantList *values, bool server)
{
    QStringList parts;
    for (const QString &column : columns)
        for (const QString &term : terms) {
            parts << column + (server ? QStringLiteral(" ILIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values->append(likePattern(term));
        }
    return parts.isEmpty() ? QStringLiteral("1 = 0")
                           : QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString rawCondition(const QStringList &terms, QVariantList *values, bool server)
{
    QStringList parts;
    for (const QString &term : terms)
        for (const QByteArray &form : ContactEraser::byteForms(term)) {
            if (server) {
                // bytea has no lower(): its 'escape' text form keeps ASCII letters as they are and
                // writes every other byte as \ooo, so a byte sequence is found in the same form.
                parts << QStringLiteral(
                    "position(lower(encode(CAST(? AS bytea), 'escape')) IN lower(encode(raw, 'escape'))) > 0");
                values->append(form);
                continue;
            }
            // lower() reads the blob as text: enough for ASCII letters, the rest is compared as bytes.
            parts << QStringLiteral("instr(lower(raw), ?) > 0");
            values->append(QString::fromUtf8(form.toLower()));
            if (!form.isValidUtf8()) {
                parts.last() = QStringLiteral("instr(raw, ?) > 0");
                values->last() = form;
            }
        }
    return parts.isEmpty() ? QStringLiteral("1 = 0")
                           : QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// A plain UTF-8 message that says what the original said, once erased: used when the original
// encodes the person's details in a way that cannot be rewritten byte for byte.
QByteArray rebuiltMessage(const ParsedMessage &m, const QStringList &terms)
{
    bool changed = false;
    auto header = [](const QByteArray &name, const QString &value) {
        QString v = value;
        v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return name + ": " + v.toUtf8() + "\r\n";
    };
    QByteArray out;
    if (!m.messageId.isEmpty())
        out += header("Message-ID", QLatin1Char('<') + m.messageId + QLatin1Char('>'));
    if (!m.inReplyTo.isEmpty())
        out += header("In-Reply-To", QLatin1Char('<') + m.inReplyTo + QLatin1Char('>'));
    if (m.sentAt.isValid())
        out += header("Date", m.sentAt.toString(Qt::RFC2822Date));
    out += header("From",
        scrub(m.fromName, terms, &changed) + QStringLiteral(" <") + scrub(m.fromAddress, terms, &changed)
            + QLatin1Char('>'));
    out += header("Subject", scrub(m.subject, terms, &changed));
    out += "X-Recueil-Erased: personal details erased at the person's request (RGPD art. 17)\r\n";
    out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "8bit\r\n\r\n";
    out += scrub(m.text, terms, &changed).toUtf8();
    return out;
}

} // namespace

ContactEraser::Plan ContactEraser::plan(const QString &address) const
{
    Plan p;
    p.address = address.trimmed();
    if (!p.address.contains(QLatin1Char('@')))
        return p;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, phone FROM contact WHERE lower(email) = lower(?)"));
    q.addBindValue(p.address);
    if (q.exec()) {
        while (q.next()) {
            ++p.contacts;
            p.names << q.value(0).toString().trimmed();
            p.phones << q.value(1).toString().trimmed();
        }
    }
    q.prepare(
        QStringLiteral("SELECT DISTINCT from_name FROM source_message WHERE lower(from_address) = lower(?)"));
    q.addBindValue(p.address);
    if (q.exec())
        while (q.next())
            p.names << q.value(0).toString().trimmed();
    // A one- or two-letter "name" would erase every word that holds it.
    p.names.removeIf(
        [&p](const QString &n) { return n.size() < 3 || n.compare(p.address, Qt::CaseInsensitive) == 0; });
    p.names.removeDuplicates();
    p.phones.removeAll(QString());
    p.phones.removeDuplicates();

    const QStringList terms = termsOf(p);
    auto count = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery c(db);
        c.prepare(sql);
        for (const QVariant &v : values)
            c.addBindValue(v);
        return c.exec() && c.next() ? c.value(0).toInt() : 0;
    };
    QVariantList values;
    const bool server = m_db.isServer();
    QString where = rawCondition(terms, &values, server);
    p.messages = count(QStringLiteral("SELECT count(*) FROM source_message WHERE ") + where, values);
    values.clear();
    where = anyLike({ QStringLiteral("c.title"), QStringLiteral("c.body"), QStringLiteral("c.difficulties"),
                        QStringLiteral("ct.email") },
        terms, &values, server);
    p.contributions = count(
        QStringLiteral("SELECT count(*) FROM contribution c LEFT JOIN contact ct ON ct.id = c.contact_id "
                       "WHERE ")
            + where,
        values);
    values.clear();
    where = anyLike({ QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("reason") },
        terms, &values, server);
    p.auditEntries = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where, values);
    return p;
}

bool ContactEraser::erase(const Plan &plan, Result *result, QString *error)
{
    *result = Result {};
    if (m_db.isReadOnly()) {
        *error = tr("This database is open read-only: nothing can be erased.");
        return false;
    }
    const QStringList terms = termsOf(plan);
    if (!plan.address.contains(QLatin1Char('@')) || terms.isEmpty()) {
        *error = tr("“%1” is not an email address.").arg(plan.address);
        return false;
    }
    QSqlDatabase db = m_db.connection();
    const bool server = m_db.isServer();
    auto secureDelete = [&db, server](bool on) {
        if (server) // a server's own storage: see docs/rgpd.md
            return;
        QSqlQuery pragma(db);
        pragma.exec(
            on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"));
        pragma.finish();
    };
    // Whatever is deleted or rewritten from now on is overwritten with zeros in the file.
    secureDelete(true);

    QString failure;
    bool ok = true;
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!ok)
            return;
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            ok = false;
            failure = q.lastError().text();
        }
    };
    // Rewrites the text columns of the rows of table that hold a term; returns the ids changed.
    auto scrubTable = [&](const QString &table, const QStringList &columns, int *counter) {
        QList<qint64> changedIds;
        if (!ok)
            return changedIds;
        QVariantList values;
        const QString where = anyLike(columns, terms, &values, server);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                      .arg(columns.join(QStringLiteral(", ")), table, where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            ok = false;
            failure = q.lastError().text();
            return changedIds;
        }
        QList<QVariantList> updates;
        while (q.next()) {
            bool changed = false;
            QVariantList row;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i + 1);
                row << (v.isNull() ? v : QVariant(scrub(v.toString(), terms, &changed)));
            }
            if (changed) {
                row << q.value(0);
                updates << row;
                changedIds << q.value(0).toLongLong();
            }
        }
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        for (const QVariantList &row : std::as_const(updates))
            run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
                row);
        if (counter)
            *counter += int(changedIds.size());
        return changedIds;
    };

    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: nothing was erased. Try again in a moment.");
        return false;
    }
    // Contacts: found by their address, wiped whole (name, role, address, phone).
    QList<qint64> contactIds;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM contact WHERE lower(email) = lower(?)"));
        q.addBindValue(plan.address);
        if (q.exec())
            while (q.next())
                contactIds << q.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(contactIds))
        run(QStringLiteral(
                "UPDATE contact SET name = CASE WHEN name = '' THEN '' ELSE ? END, role = '', email = ?, "
                "phone = CASE WHEN phone = '' THEN '' ELSE ? END WHERE id = ?"),
            { placeholder(), placeholder(), placeholder(), id });
    result->contacts = int(contactIds.size());
    scrubTable(QStringLiteral("contact"),
        { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("phone") },
        &result->otherRows);

    // Contributions: the testimony stays, the person's details in it go.
    QList<qint64> touched = scrubTable(QStringLiteral("contribution"),
        { QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("difficulties") },
        &result->contributions);
    if (ok) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id FROM contribution WHERE contact_id IN (SELECT value FROM ") + SqlDialect::idsFrom(db)
            + QLatin1Char(')'));
        QStringList ids;
        for (qint64 id : std::as_const(contactIds))
            ids << QString::number(id);
        q.addBindValue(QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
        if (q.exec())
            while (q.next())
                if (!touched.contains(q.value(0).toLongLong())) {
                    touched << q.value(0).toLongLong();
                    ++result->contributions;
                }
    }
    scrubTable(QStringLiteral("source_message"),
        { QStringLiteral("from_name"), QStringLiteral("from_address"), QStringLiteral("subject") }, nullptr);
    scrubTable(QStringLiteral("comment"), { QStringLiteral("body") }, &result->otherRows);
    scrubTable(QStringLiteral("attachment"), { QStringLiteral("filename"), QStringLiteral("safe_name") },
        &result->otherRows);

    // The emails kept byte for byte.
    if (ok) {
        QVariantList values;
        const QString where = rawCondition(terms, &values, server);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, raw FROM source_message WHERE ") + where);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QList<std::pair<qint64, QByteArray>> rewritten;
        if (!q.exec()) {
            ok = false;
            failure = q.lastError().text();
        }
        while (ok && q.next()) {
            QByteArray raw = q.value(1).toByteArray();
            for (const QString &term : terms)
                for (const QByteArray &form : byteForms(term))
                    replaceBytes(raw, form, rawPlaceholder());
            // Still there once decoded (base64 bodies, folded lines…): keep what it says, not how.
            const std::optional<ParsedMessage> parsed = MailReader::read(raw);
            if (parsed
                && (containsAny(parsed->fromName, terms) || containsAny(parsed->fromAddress, terms)
                    || containsAny(parsed->subject, terms) || containsAny(parsed->text, terms)
                    || containsAny(parsed->html, terms)))
                raw = rebuiltMessage(*parsed, terms);
            rewritten.append({ q.value(0).toLongLong(), raw });
        }
        for (const auto &[id, raw] : std::as_const(rewritten))
            run(QStringLiteral("UPDATE source_message SET raw = ?, size = ?, sha256 = ? WHERE id = ?"),
                { raw, raw.size(),
                    QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()),
                    id });
        result->messages = int(rewritten.size());
    }

    // The audit log: its one allowed rewrite, only while the flag row is there.
    run(QStringLiteral("INSERT INTO erasure_in_progress (id, started_at) VALUES (1, ?)"),
        { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
    scrubTable(QStringLiteral("audit_log"),
        { QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("reason") },
        &result->auditEntries);
    run(QStringLiteral("DELETE FROM erasure_in_progress"), {});

    // The search index of what changed.
    if (ok && !ContributionRepository(m_db).reindex(touched, &failure))
        ok = false;
    if (ok) {
        AuditEntry entry;
        entry.actor = m_db.actor();
        entry.action = QStringLiteral("erase_contact");
        // What was done, never to whom.
        entry.newValue = QStringLiteral("contacts=%1 messages=%2 contributions=%3 audit=%4 other=%5")
                             .arg(result->contacts)
                             .arg(result->messages)
                             .arg(result->contributions)
                             .arg(result->auditEntries)
                             .arg(result->otherRows);
        entry.reason = QStringLiteral("RGPD art. 17");
        ok = AuditLog(db).append(entry, &failure);
    }
    if (!ok || !tx.commit()) {
        *error = tr("Nothing was erased: %1").arg(failure.isEmpty() ? db.lastError().text() : failure);
        secureDelete(false);
        return false;
    }

    // A server keeps the old row versions until its autovacuum, and in its own write-ahead log
    // and backups: those are its administrator's (docs/rgpd.md).
    if (server)
        return true;
    // Leave nothing behind: merge the search index (drops the deleted entries), rewrite the file
    // without its free pages, and empty the write-ahead log, which still holds the old pages.
    SqlQuery::releaseStatements(db.connectionName());
    QString tidy;
    for (const QString &sql :
        { QStringLiteral("INSERT INTO contribution_fts (contribution_fts) VALUES ('optimize')"),
            QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") }) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            tidy += q.lastError().text() + QLatin1Char(' ');
        q.finish();
    }
    secureDelete(false);
    if (!tidy.isEmpty()) {
        *error =
            tr("The details were erased, but the file could not be compacted (%1): run the erasure again "
               "when no one else has the database open.")
                .arg(tidy.trimmed());
        return false;
    }
    return true;
}
