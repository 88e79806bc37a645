// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/contributionfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// A search a person keeps under a name, to run again from the queue panel.
struct SavedSearch
{
    qint64 id = 0;
    QString owner;
    QString name;
    ContributionFilter filter;
};

// The searches people keep on this desk. Everyone sees every one (a desk's searches stay when
// « Vous êtes » changes); each person renames and deletes only their own (Database::actor()).
// The criteria are stored as JSON, so new criteria do not need a migration.
class SavedSearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearchRepository)

public:
    explicit SavedSearchRepository(Database &db);

    QList<SavedSearch> all() const; // the acting person's first, by name; then the others', by owner
    bool isMine(const SavedSearch &search) const;
    // Returns the new id, or 0 with a sentence in *error (empty name, name already used…).
    qint64 add(const QString &name, const ContributionFilter &filter, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool update(qint64 id, const ContributionFilter &filter, QString *error);
    bool remove(qint64 id, QString *error);

    static QString toJson(const ContributionFilter &filter);
    static ContributionFilter fromJson(const QString &json);

private:
    bool checkName(const QString &name, qint64 exceptId, QString *error) const;
    bool changeOne(const QString &sql, const QVariantList &values, QString *error);

    Database &m_db;
};
