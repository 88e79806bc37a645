// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailimporter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

// What `recueil import` prints: a line per message (where it came from, what became of it, the
// contribution, the error and the warnings), or a JSON object per message (JSON Lines) for
// scripts; then the counts on the error stream.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    ImportReport(QTextStream &out, bool json);

    void add(const ImportOutcome &outcome);
    // The counts of each outcome (not in JSON Lines, which scripts count themselves).
    void printSummary(QTextStream &err) const;
    // Whether a message was left out or could not be read (the exit status is then 1).
    bool hadProblem() const { return m_problem; }

    // The documented JSON form of one message's outcome (docs/cli.md).
    static QJsonObject toJson(const ImportOutcome &outcome);

private:
    QTextStream &m_out;
    bool m_json;
    QMap<ImportOutcome::Kind, int> m_counts;
    bool m_problem = false;
};
