// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"

#include <QHash>
#include <QStringList>

// Two people edited the same contribution: the base both started from, my edit and theirs
// (already saved). Fields only one side changed are taken from that side; fields both changed
// differently are conflicts, taken from the side chosen for each. Nothing either typed is lost
// unless someone chooses to drop it.
class ContributionMerge
{
public:
    enum class Side { Mine, Theirs };

    ContributionMerge(const Contribution &base, const Contribution &mine, const Contribution &theirs);

    // Fields (Contribution::auditFields names) whose value differs between mine and theirs.
    QStringList differingFields() const { return m_differing; }
    // Of those, the fields both sides changed: a person must choose.
    QStringList conflictingFields() const { return m_conflicting; }
    QString value(Side side, const QString &field) const;
    QString baseValue(const QString &field) const;

    // Which side a conflicting field takes (mine by default).
    void choose(const QString &field, Side side);
    // The contribution to save: theirs, with my changes and the choices applied, at their version.
    Contribution merged() const;
    Contribution keepMine() const; // my form, saved over theirs
    Contribution keepTheirs() const { return m_theirs; }

    // Copies one field (by its auditFields name) from one contribution to another.
    static void copyField(const QString &field, const Contribution &from, Contribution *to);

private:
    Contribution m_base;
    Contribution m_mine;
    Contribution m_theirs;
    QStringList m_differing;
    QStringList m_conflicting;
    QHash<QString, Side> m_choices;
};
