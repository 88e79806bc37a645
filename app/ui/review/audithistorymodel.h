// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

class Database;

// The audit log of one contribution, newest first, as a person reads it: the date in the
// campaign's time zone, who by name, what in words, old → new with codes turned into labels
// (long values shortened, whole in the tooltip) and the reason given.
class AuditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ChangeColumn, ReasonColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, ActorRole, FullChangeRole };

    explicit AuditHistoryModel(Database &db, QObject *parent = nullptr);

    void setContribution(qint64 id); // 0: empty
    qint64 contribution() const { return m_id; }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    AuditEntry entryAt(int row) const { return m_entries.value(row); }

    // Longer values are cut to this many characters in the table (the tooltip has them whole).
    static constexpr int ShortValueLength = 60;

private:
    QString personName(const QString &login) const;
    QString what(const AuditEntry &e) const;
    QString change(const AuditEntry &e) const;
    QString value(const QString &field, const QString &raw) const;
    QString fieldLabel(const QString &field) const;
    QString codeLabel(const QString &code) const;
    QString creationSummary(const QString &json) const;
    QString taggingSummary(const QString &summary) const;
    static QString shortened(const QString &text, int length = ShortValueLength);

    Database &m_db;
    qint64 m_id = 0;
    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_people; // login → display name
    QHash<QString, QString> m_codeLabels; // theme and sub-topic codes → labels
    QTimeZone m_zone;
};
