// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reviewworkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// A remark in a contribution's review thread.
struct Comment
{
    qint64 id = 0;
    QString author;
    QDateTime at;
    QString body;
};

// What a bulk change would do to one contribution, shown before it is made.
struct PlannedChange
{
    qint64 contributionId = 0;
    QString title;
    ReviewState::State from = ReviewState::Received;
    QString refusal; // empty when the change will be made
};

// Changes of review state, tagging, assignment and comments, for one contribution or many at
// once. Each call is one transaction: all of a bulk action is done, or none of it. Every rule
// (roles, transitions, reasons, four-eyes) is checked here, whatever the caller.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database &db);

    QList<PlannedChange> planStatusChange(const QList<qint64> &ids, ReviewState::State to, const QString &reason) const;
    bool changeStatus(const QList<qint64> &ids, ReviewState::State to, const QString &reason, QString *error);

    struct Tagging
    {
        QStringList addThemes, removeThemes;
        QString primaryTheme; // empty: unchanged (or the first theme when there was none)
        QStringList addSubtopics, removeSubtopics;
        QStringList addTags, removeTags;
    };
    bool tag(const QList<qint64> &ids, const Tagging &tagging, QString *error);

    bool assign(const QList<qint64> &ids, const QString &login, QString *error);
    bool addComment(qint64 id, const QString &body, QString *error);
    QList<Comment> comments(qint64 id) const;

    Role::Value actorRole() const;

private:
    bool audit(qint64 id, const QString &action, const QString &field, const QString &oldValue, const QString &newValue,
               const QString &reason, QString *error);
    bool bump(qint64 id, QString *error);

    Database &m_db;
};
