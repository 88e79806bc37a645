// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mailimporter.h"

#include "core/authoritysuggester.h"
#include "core/frenchtext.h"
#include "mail/mailreader.h"
#include "mail/mboxreader.h"
#include "mail/preparedqueue.h"
#include "core/publishabletext.h"
#include "mail/testimonyprefill.h"
#include "storage/auditlog.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/dialect/sqldialect.h"
#include "storage/searchindex.h"
#include "storage/sourcemessagerepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <thread>

QString ImportOutcome::kindCode(Kind kind)
{
    switch (kind) {
    case Created: return QStringLiteral("created");
    case Complement: return QStringLiteral("complement");
    case Duplicate: return QStringLiteral("duplicate");
    case Late: return QStringLiteral("late");
    case NeedsDate: return QStringLiteral("needs_date");
    case Error: return QStringLiteral("error");
    case Skipped: return QStringLiteral("skipped");
    case HeldComplement: return QStringLiteral("held_complement");
    }
    return QStringLiteral("error");
}

MailImporter::MailImporter(Database &db)
    : m_db(db)
{
}

namespace {

StoredMessage toStored(const ParsedMessage &m, const QString &source, int index, const QString &actor)
{
    StoredMessage s;
    s.messageId = m.messageId;
    s.inReplyTo = m.inReplyTo;
    s.references = m.references;
    s.fromName = m.fromName;
    s.fromAddress = m.fromAddress;
    s.subject = m.subject;
    s.sentAt = m.sentAt;
    s.receivedAt = m.receivedAt;
    s.sourcePath = source;
    s.mboxIndex = index;
    s.raw = m.raw;
    s.sha256 = m.sha256;
    s.contentSha256 = m.contentSha256;
    s.importedBy = actor;
    return s;
}

} // namespace

QList<StoredAttachment> MailImporter::storedAttachments(const QList<MailAttachment> &attachments)
{
    QList<StoredAttachment> result;
    for (const MailAttachment &a : attachments) {
        StoredAttachment s;
        s.filename = a.originalName;
        s.safeName = a.safeName;
        s.mimeType = a.mimeType;
        s.size = a.data.size();
        s.sha256 = a.sha256;
        s.data = a.data;
        result.append(s);
    }
    return result;
}

bool MailImporter::refuseUnreadable(const QString &path, ImportOutcome *o)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return false; // a missing file is said by the opening
    o->source = path;
    o->kind = ImportOutcome::Error;
    o->error = info.isDir()
        ? tr("“%1” is a folder: give the .eml or .mbox files inside it.").arg(path)
        : tr("“%1” is not an ordinary file (a device or a pipe): only .eml and .mbox files "
             "can be imported.")
              .arg(path);
    return true;
}

bool MailImporter::importFile(const QString &path, const Sink &sink)
{
    ImportOutcome refused;
    if (refuseUnreadable(path, &refused))
        return sink(refused);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportOutcome o;
        o.source = path;
        o.kind = ImportOutcome::Error;
        o.error = tr("Cannot open “%1”: %2").arg(path, file.errorString());
        return sink(o);
    }
    const QByteArray head = file.peek(4096);
    if (MboxReader::looksLikeMbox(head)) {
        file.close();
        return importMbox(path, [&sink](const ImportOutcome &o, qint64) { return sink(o); });
    }
    // A single message: refuse what is obviously too big to be an email before reading it.
    if (file.size() > m_maxMessageSize) {
        ImportOutcome o;
        o.source = path;
        o.kind = ImportOutcome::Error;
        o.error = tr("“%1” is larger than %2 MB and is not an mbox: it was not imported.")
                      .arg(path)
                      .arg(m_maxMessageSize >> 20);
        return sink(o);
    }
    return sink(importMessage(file.readAll(), path, -1));
}

bool MailImporter::importMbox(const QString &path, const ProgressSink &sink)
{
    {
        ImportOutcome refused;
        if (refuseUnreadable(path, &refused))
            return sink(refused, 0);
    }
    PreparedQueue queue;
    // Reading, MIME decoding, hashing and the authority suggestion run on the reader thread;
    // the duplicate check, the deadline guard and the writing stay here, one message at a time
    // and in the file's order, exactly as without the second thread.
    std::thread reader([&queue, path, maxMessage = m_maxMessageSize] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Prepared failed;
            failed.outcome.source = path;
            failed.outcome.kind = ImportOutcome::Error;
            failed.outcome.error = tr("Cannot open “%1”: %2").arg(path, file.errorString());
            queue.push(std::move(failed));
            queue.finish();
            return;
        }
        MboxReader mbox(&file);
        mbox.setMaxMessageSize(maxMessage);
        QByteArray raw;
        while (mbox.next(&raw)) {
            if (mbox.lastWasTooLarge()) {
                Prepared skipped;
                skipped.outcome.source = path;
                skipped.outcome.index = mbox.index();
                skipped.outcome.kind = ImportOutcome::Error;
                skipped.outcome.error =
                    tr("Message %1 of this mbox is larger than %2 MB: it was skipped, and the import went on "
                       "with the next one.")
                        .arg(mbox.index() + 1)
                        .arg(maxMessage >> 20);
                skipped.bytesRead = file.pos();
                if (!queue.push(std::move(skipped)))
                    break;
                continue;
            }
            Prepared prepared = prepare(raw, path, mbox.index());
            prepared.bytesRead = file.pos();
            if (!queue.push(std::move(prepared)))
                break;
        }
        queue.finish();
    });

    // The messages' text is indexed for search every few hundred messages rather than one by
    // one (see Database::setSearchIndexDeferred), and whatever is waiting when the import ends.
    constexpr int indexEvery = 256;
    const bool wasDeferred = m_db.isSearchIndexDeferred();
    m_db.setSearchIndexDeferred(true);
    // Each message is its own transaction.
    const SqlDialect::BulkWriteScope bulk(m_db.connection());
    auto indexQueued = [this] {
        QString why;
        if (!SearchIndex::of(m_db)->indexQueued(&why))
            qWarning("Imported messages wait to be indexed for search: %s", qUtf8Printable(why));
    };
    bool completed = true;
    Prepared prepared;
    int stored = 0;
    while (queue.pop(&prepared)) {
        const qint64 bytesRead = prepared.bytesRead;
        const ImportOutcome outcome = finish(std::move(prepared));
        if ((outcome.kind == ImportOutcome::Created || outcome.kind == ImportOutcome::Complement)
            && ++stored % indexEvery == 0)
            indexQueued();
        if (!sink(outcome, bytesRead) || m_cancelled) {
            completed = false;
            break;
        }
    }
    queue.stop();
    reader.join();
    m_db.setSearchIndexDeferred(wasDeferred);
    // On a full disk the index waits in its queue: the next opening builds it.
    if (m_stopReason.isEmpty())
        indexQueued();
    m_currentIndex = -1;
    return completed;
}

MailImporter::Prepared MailImporter::prepare(const QByteArray &raw, const QString &source, int index)
{
    Prepared p;
    ImportOutcome &o = p.outcome;
    o.source = source;
    o.index = index;
    QString error;
    p.message = MailReader::read(raw, &error);
    if (!p.message) {
        o.kind = ImportOutcome::Error;
        o.error = error.isEmpty() ? tr("This file could not be read as an email.") : error;
        return p;
    }
    const ParsedMessage &m = *p.message;
    o.messageId = m.messageId;
    o.fromName = m.fromName;
    o.fromAddress = m.fromAddress;
    o.subject = m.subject;
    o.sentAt = m.sentAt;
    o.receivedAt = m.receivedAt;
    o.warnings = m.warnings;
    for (const MailAttachment &a : m.attachments)
        o.attachments.append({ a.originalName, a.safeName, a.mimeType, a.data.size(), a.sha256 });
    p.prefilled = TestimonyPrefill::of(m);
    o.authorityCode = p.prefilled.authorityCode;
    if (!m.fromAddress.isEmpty() && p.prefilled.contact.email.isEmpty())
        o.warnings.append(
            tr("The sender's address “%1” does not look like a usable email address: the email is "
               "kept, but the contact has no address.")
                .arg(m.fromAddress));
    return p;
}

namespace {

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

} // namespace

QString MailImporter::complementHoldReason(const Contribution &target, const QString &fromAddress)
{
    if (target.status == ReviewState::Validated)
        return tr("testimony No. %1 is already validated").arg(target.id);
    if (target.status == ReviewState::Rejected)
        return tr("testimony No. %1 was set aside").arg(target.id);
    const QString from = fromAddress.trimmed();
    const QString contact = target.contact.email.trimmed();
    if (!contact.isEmpty() && from.compare(contact, Qt::CaseInsensitive) == 0)
        return {};
    const QString domain = domainOf(contact);
    if (!domain.isEmpty() && !AuthoritySuggester::isPublicMailService(domain) && domainOf(from) == domain)
        return {};
    return contact.isEmpty()
        ? tr("it comes from %1 and testimony No. %2 has no contact address").arg(from, QString::number(target.id))
        : tr("it comes from %1, not from %2, the contact of testimony No. %3")
              .arg(from, contact, QString::number(target.id));
}

QStringList MailImporter::threadOf(const ParsedMessage &m)
{
    QStringList thread = m.references;
    std::reverse(thread.begin(), thread.end());
    if (!m.inReplyTo.isEmpty())
        thread.prepend(m.inReplyTo);
    return thread;
}

QString MailImporter::complementText(const ParsedMessage &m, bool toPublish) const
{
    const DeadlineGuard guard = m_db.deadlineGuard();
    const QString reply = TestimonyPrefill::withoutQuotedReply(m.text);
    const QString day = FrenchText::longDate(m.receivedAt.toTimeZone(guard.timeZone()).date());
    // The text to publish says when, not who: a name is printed only with consent.
    if (toPublish)
        return QStringLiteral("— Complément reçu le %1 —\n%2")
            .arg(day, PublishableText::propose(reply, {m.fromName, {}, m.subject}).text());
    return QStringLiteral("— Complément reçu le %1 (%2) —\n%3")
        .arg(day, m.fromName.isEmpty() ? m.fromAddress : m.fromName, reply);
}

ImportOutcome MailImporter::finish(Prepared &&prepared)
{
    if (!prepared.message)
        return prepared.outcome;
    m_currentIndex = prepared.outcome.index;
    return store(*prepared.message, std::move(prepared.prefilled), std::move(prepared.outcome));
}

ImportOutcome MailImporter::importMessage(const QByteArray &raw, const QString &source, int index)
{
    return finish(prepare(raw, source, index));
}

ImportOutcome MailImporter::store(const ParsedMessage &m, Contribution c, ImportOutcome o)
{
    const QSqlDatabase db = m_db.connection();
    SourceMessageRepository sources(db);

    // The same message twice (the same Message-ID and content, whatever the line ends, or the
    // same bytes) is kept once. A forward repeats the message it carries: its Message-ID is enough.
    const auto sameMessage = [&]() -> qint64 {
        qint64 found = sources.findBySha256(m.sha256);
        if (!found && m.isForward) {
            found = sources.findByMessageId(m.messageId);
            if (!found)
                found = sources.findByMessageId(m.outerMessageId);
        }
        if (!found && !m.isForward)
            found = sources.findSameContent(m.messageId, m.contentSha256, &MailReader::contentHash);
        return found;
    };
    const auto duplicateOf = [&](qint64 existing) {
        ImportOutcome d = o;
        d.kind = ImportOutcome::Duplicate;
        d.sourceMessageId = existing;
        d.contributionId = sources.find(existing)->contributionId;
        return d;
    };
    if (const qint64 existing = sameMessage())
        return duplicateOf(existing);
    if (!m.isForward && sources.findByMessageId(m.messageId))
        o.warnings.append(
            tr("Another email with the same Message-ID is already stored, but its content differs: "
               "this one is kept as a message of its own."));

    const qint64 repliedTo = sources.contributionOfAny(threadOf(m));
    QString holdReason;
    if (repliedTo)
        if (const std::optional<Contribution> target = ContributionRepository(m_db).find(repliedTo))
            holdReason = complementHoldReason(*target, m.fromAddress);

    const DeadlineGuard guard = m_db.deadlineGuard();
    const DeadlineGuard::Verdict verdict = guard.judge(m.receivedAt);
    if (verdict == DeadlineGuard::Verdict::Undated)
        o.kind = ImportOutcome::NeedsDate;
    else if (verdict == DeadlineGuard::Verdict::Late)
        o.kind = ImportOutcome::Late;
    else
        o.kind = !repliedTo            ? ImportOutcome::Created
            : holdReason.isEmpty() ? ImportOutcome::Complement
                                   : ImportOutcome::HeldComplement;
    if (o.kind == ImportOutcome::HeldComplement) {
        o.contributionId = repliedTo;
        o.warnings.append(tr("This reply waits in the pending list for a person to accept it: %1.").arg(holdReason));
    }
    if (m_dryRun)
        return o;
    if (o.kind == ImportOutcome::Created && m_reviewer) {
        switch (m_reviewer(m, c)) {
        case ReviewDecision::Save:
            o.authorityCode = c.authorityCode;
            break;
        case ReviewDecision::Cancel:
            m_cancelled = true;
            [[fallthrough]];
        case ReviewDecision::Skip:
            o.kind = ImportOutcome::Skipped;
            return o;
        }
    }
    if (m_db.isReadOnly()) {
        o.kind = ImportOutcome::Error;
        o.error = tr("This database is open read-only: nothing can be imported.");
        return o;
    }

    // Another importer may have stored the same email since the check above: check again
    // under the write lock (SQLite: BEGIN IMMEDIATE; server: a lock on this Message-ID), and
    // the unique index on (Message-ID, content) stops whatever would still get through.
    Transaction tx(db, Transaction::Lock::Write);
    if (!tx.isActive()) {
        // Still busy after the driver's wait: said, and nothing written outside a transaction.
        o.kind = ImportOutcome::Error;
        o.contributionId = 0;
        o.error = tr("This email could not be stored, nothing was kept of it: %1").arg(db.lastError().text());
        return o;
    }
    // Two importers storing the same message: the second waits, then finds it (and says duplicate).
    SqlDialect::of(db).serializeOn(db, 7262008, m.messageId.isEmpty() ? QString::fromLatin1(m.contentSha256) : m.messageId);
    if (const qint64 existing = sameMessage())
        return duplicateOf(existing);
    QString error;
    StoredMessage stored = toStored(m, o.source, o.index, m_db.actor());
    AuditEntry audit;
    audit.actor = m_db.actor();
    bool ok = true;

    switch (o.kind) {
    case ImportOutcome::NeedsDate:
    case ImportOutcome::Late:
        stored.hold = o.kind == ImportOutcome::Late ? QStringLiteral("late") : QStringLiteral("needs_date");
        audit.action = QStringLiteral("import_held");
        audit.field = stored.hold;
        break;
    case ImportOutcome::HeldComplement:
        stored.role = QStringLiteral("complement");
        stored.hold = QStringLiteral("complement");
        stored.heldReplyTo = repliedTo;
        audit.action = QStringLiteral("import_held");
        audit.field = stored.hold;
        audit.contributionId = repliedTo;
        break;
    case ImportOutcome::Complement: {
        stored.role = QStringLiteral("complement");
        stored.contributionId = repliedTo;
        o.contributionId = repliedTo;
        ok = ContributionRepository(m_db).appendComplementInTransaction(
            repliedTo, complementText(m, false), complementText(m, true), &error);
        audit.action = QStringLiteral("import_complement");
        audit.contributionId = repliedTo;
        break;
    }
    case ImportOutcome::Created: {
        ok = ContributionRepository(m_db).insertInTransaction(c, QStringLiteral("import"), &error, true);
        stored.contributionId = c.id;
        o.contributionId = c.id;
        audit.action = QStringLiteral("import_message");
        audit.contributionId = c.id;
        break;
    }
    case ImportOutcome::Duplicate:
    case ImportOutcome::Error:
    case ImportOutcome::Skipped:
        break;
    }
    if (ok) {
        o.sourceMessageId = sources.insert(stored, storedAttachments(m.attachments), &error);
        ok = o.sourceMessageId != 0;
    }
    if (ok) {
        audit.newValue = m.messageId.isEmpty() ? QString::fromLatin1(m.sha256) : m.messageId;
        audit.reason = o.source;
        ok = AuditLog(db).append(audit, &error);
    }
    if (ok && !tx.commit()) {
        ok = false;
        error = tx.commitError();
    }
    if (!ok) {
        const QString why =
            error.isEmpty() ? db.lastError().text() : error; // before the rollback replaces it
        tx.rollback();
        // A race lost despite the lock (another program writing): the same email, not an error.
        if (const qint64 existing = sameMessage())
            return duplicateOf(existing);
        ImportOutcome failed = o;
        failed.kind = ImportOutcome::Error;
        failed.contributionId = 0;
        failed.sourceMessageId = 0;
        if (Database::isDiskFull(why)) {
            // Every following message would fail the same way: stop here, once.
            m_cancelled = true;
            m_stopReason = o.index >= 0
                ? tr("The disk is full: the import stopped at message %1 of “%2”; the messages before it are "
                     "stored, free some space and import the file again to add the rest.")
                      .arg(o.index + 1)
                      .arg(o.source)
                : tr("The disk is full: the import stopped at “%1”; free some space and import it again.")
                      .arg(o.source);
            failed.error = m_stopReason;
            return failed;
        }
        failed.error = tr("This email could not be stored, nothing was kept of it: %1").arg(why);
        return failed;
    }
    return o;
}

bool MailImporter::acceptHeld(qint64 sourceMessageId, const QDateTime &receivedAt, const QString &lateReason,
                              qint64 *contributionId, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SourceMessageRepository sources(db);
    const std::optional<StoredMessage> stored = sources.find(sourceMessageId);
    if (!stored || stored->contributionId) {
        *error = tr("This message is no longer waiting in the holding list.");
        return false;
    }
    const std::optional<ParsedMessage> parsed = MailReader::read(stored->raw, error);
    if (!parsed)
        return false;
    if (stored->hold == QLatin1String("complement")) {
        // Joined to the testimony it answers, if that one is still there; otherwise a new one.
        qint64 target = sources.contributionOfAny(threadOf(*parsed));
        if (!target && ContributionRepository(m_db).find(stored->heldReplyTo))
            target = stored->heldReplyTo;
        if (target)
            return acceptComplement(sourceMessageId, *stored, *parsed, target, contributionId, error);
    }
    Contribution c = TestimonyPrefill::of(*parsed);
    c.receivedAt = receivedAt.isValid() ? receivedAt.toUTC() : stored->receivedAt;
    if (!lateReason.trimmed().isEmpty())
        c.lateOverride = LateOverride { m_db.actor(), lateReason.trimmed() };
    Transaction tx(db);
    if (!ContributionRepository(m_db).insertInTransaction(c, QStringLiteral("accept_held"), error, true))
        return false;
    if (!sources.attachTo(sourceMessageId, c.id, error)
        || (receivedAt.isValid() && !sources.setReceivedAt(sourceMessageId, c.receivedAt, error)))
        return false;
    if (!AuditLog::record(
            m_db, c.id, QStringLiteral("accept_held"), stored->hold, {}, stored->messageId, lateReason, error)
        || !tx.commit())
        return false;
    if (contributionId)
        *contributionId = c.id;
    return true;
}

bool MailImporter::acceptComplement(qint64 sourceMessageId, const StoredMessage &stored,
    const ParsedMessage &parsed, qint64 target, qint64 *contributionId, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    SourceMessageRepository sources(db);
    Transaction tx(db);
    // The text is added as a complement; a finished review goes back to review (migration 010).
    if (!ContributionRepository(m_db).appendComplementInTransaction(
            target, complementText(parsed, false), complementText(parsed, true), error)
        || !sources.attachTo(sourceMessageId, target, error))
        return false;
    if (!AuditLog::record(
            m_db, target, QStringLiteral("accept_held"), stored.hold, {}, stored.messageId, {}, error)
        || !tx.commit())
        return false;
    if (contributionId)
        *contributionId = target;
    return true;
}

bool MailImporter::discardHeld(qint64 sourceMessageId, const QString &reason, QString *error)
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SourceMessageRepository sources(db);
    // Set aside, never deleted: the bytes stay in the database.
    if (!sources.setHold(sourceMessageId, QStringLiteral("discarded"), error)
        || !AuditLog::record(
            m_db, 0, QStringLiteral("discard_held"), {}, {}, QString::number(sourceMessageId), reason, error))
        return false;
    return tx.commit();
}
