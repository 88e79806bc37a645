// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class Database;

// Reads the campaign's classification as stored (themes, sub-topics an administrator may
// have added, free tags already used), for pickers and filters; and lets an administrator
// add, rename or retire sub-topics and free tags. Codes never change; a retired entry stays
// on the contributions that carry it but is no longer offered. Every change is audited.
class TaxonomyRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyRepository)

public:
    explicit TaxonomyRepository(Database &db);

    QList<Theme> themes() const;       // in the campaign's order, retired ones left out
    QList<Subtopic> subtopics() const; // grouped by theme, in order, retired ones left out
    QStringList tags() const;          // labels in use, alphabetical, retired ones left out

    QList<Subtopic> retiredSubtopics() const; // grouped by theme, in order
    QStringList retiredTags() const;          // alphabetical, used or not
    // Contributions (not deleted) carrying each sub-topic code or tag label.
    QHash<QString, int> subtopicUsage() const;
    QHash<QString, int> tagUsage() const;

    // Administrators only. addSubtopic fills subtopic.code from the French label when empty.
    bool addSubtopic(Subtopic &subtopic, QString *error);
    bool renameSubtopic(const QString &code, const QString &frenchLabel, const QString &englishLabel, QString *error);
    bool retireSubtopic(const QString &code, QString *error);
    bool restoreSubtopic(const QString &code, QString *error);
    // Renaming to a label already used merges the two tags.
    bool renameTag(const QString &label, const QString &newLabel, QString *error);
    bool retireTag(const QString &label, QString *error);
    bool restoreTag(const QString &label, QString *error);

    // "Économie sociale & solidaire" → "economie-sociale-solidaire"
    static QString codeFor(const QString &label);

private:
    bool mayChange(QString *error) const;
    bool setSubtopicRetired(const QString &code, bool retired, QString *error);
    bool setTagRetired(const QString &label, bool retired, QString *error);
    bool audit(const QString &field, const QString &oldValue, const QString &newValue, QString *error);

    Database &m_db;
};
