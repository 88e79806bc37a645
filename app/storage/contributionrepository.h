// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "storage/contributionfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

// A contribution in the bin: deleted, kept with its history, ready to come back.
struct DeletedContribution
{
    qint64 id = 0;
    QString title;
    QString authorityCode;
    QDateTime deletedAt; // UTC
    QString deletedBy;
};

// Reads and writes contributions. Every write checks the rules of core (validation, the
// deadline guard), records each change in the audit log and keeps the search index, all in
// one transaction: no path around the rules, nothing half-written.
class ContributionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContributionRepository)

public:
    enum class Failure { None, Invalid, Late, Conflict, NotFound, ReadOnly, Storage };

    explicit ContributionRepository(Database &db);

    // Sets c.id, c.version, c.createdAt/updatedAt on success.
    bool create(Contribution &c, QString *error);
    // Fails with Conflict when someone saved since c was read (c.version is stale).
    bool update(Contribution &c, QString *error);
    // The same, inside the caller's transaction; action names the change in the audit log.
    bool updateInTransaction(Contribution &c, const QString &action, QString *error);
    // Hides the contribution from lists; its record and sources are kept, the deletion logged.
    bool remove(qint64 id, QString *error);

    // A testimony typed after the close, kept in the holding list with the reason it came late
    // (whatever its receipt time), in no list, count, search or dossier until acceptHeld (an
    // administrator, with a reason: it joins the lists, accepted after the close) or discardHeld
    // (set aside with a reason: kept, in no list). c must not be saved yet.
    bool hold(Contribution &c, const QString &reason, QString *error);
    bool acceptHeld(qint64 id, const QString &reason, QString *error);
    bool discardHeld(qint64 id, const QString &reason, QString *error);
    QList<Contribution> held() const; // the typed testimonies waiting, oldest receipt first
    int heldCount() const;

    // The bin: what remove() took out of the lists, most recent first, and bringing one back
    // (into every list, search and count again, its history saying so).
    QList<DeletedContribution> deleted() const;
    int deletedCount() const;
    bool restore(qint64 id, QString *error);

    // The same, for callers that hold a transaction of their own (the mail importer), where
    // the authority may still be unknown until a coordinator confirms it.
    bool insertInTransaction(Contribution &c, const QString &action, QString *error,
                             bool authorityMayBeMissing = false);

    // Adds a reply's text to the contribution it completes (inside the caller's transaction).
    // addition as it came goes to the original text; toPublish to the text to publish.
    bool appendComplementInTransaction(qint64 id, const QString &addition, const QString &toPublish, QString *error);

    std::optional<Contribution> find(qint64 id) const;
    QList<ContributionSummary> page(const ContributionFilter &filter, int offset, int limit) const;
    // How many match; with a cap, stops counting past it (returns at most cap + 1), since a
    // word found in tens of thousands of testimonies need not be counted one by one.
    int count(const ContributionFilter &filter, int cap = 0) const;

    // Full-text search (SearchIndex), ranked, with the matching words highlighted, combined with
    // the filter's other criteria (its text is ignored). FTS5 syntax is honoured (prefix*,
    // "phrases", OR, NEAR); input that is not valid syntax is searched as plain words.
    QList<SearchHit> search(const QString &query, const ContributionFilter &filter, int offset, int limit) const;

    Failure lastFailure() const { return m_failure; }

private:
    bool fail(Failure f, const QString &message, QString *error);
    bool failNotFound(QString *error);
    bool failUnavailable(QString *error);
    bool leaveHoldingList(qint64 id, const QString &reason, bool accepted, QString *error);
    bool checkRules(const Contribution &c, bool authorityMayBeMissing, QString *error, bool newOverride = true);
    bool writeLinks(const Contribution &c, QString *error, bool isNew = false);
    bool ensureAuthority(const QString &code, QString *error);
    qint64 writeContact(const Contact &contact, qint64 existingId, QString *error);
    bool refreshSearchIndex(qint64 id, QString *error, bool isNew = false, bool hasTags = true);
    // After a write to the text of contribution id, which was in state before: the database sends
    // a finished review back to review by itself (migration 010); say so in the history, and
    // return the state the row is in now (or nullopt on a storage error).
    std::optional<ReviewState::State> noteBackToReview(qint64 id, ReviewState::State before, QString *error);
    bool audit(qint64 id, const QString &action, const QString &field, const QString &oldValue,
               const QString &newValue, const QString &reason, QString *error);
    QString whereClause(const ContributionFilter &filter, QVariantList *values) const;

    Database &m_db;
    Failure m_failure = Failure::None;
};
