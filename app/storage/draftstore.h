// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"

#include <QDateTime>
#include <QString>
#include <optional>

// The unsaved changes of the contribution editor, kept on disk so that a crash or a power cut
// loses nothing: one JSON file per contribution ("new.json" for one not saved yet) in the
// folder "<database>.drafts" beside the database, or for a campaign on a server in
// "server-drafts" in the user's data folder (0700; files 0600). Written a moment after
// each change, removed when the changes are saved or discarded.
class DraftStore
{
public:
    explicit DraftStore(const QString &databasePath);

    struct Draft
    {
        Contribution contribution; // the form's content
        QDateTime savedAt; // when the draft was written (UTC)
        int baseVersion = 0; // the stored version it was typed over
    };

    QString folder() const { return m_folder; }
    QString fileFor(qint64 contributionId) const;
    bool save(const Contribution &form, int baseVersion, QString *error) const;
    std::optional<Draft> load(qint64 contributionId) const;
    void remove(qint64 contributionId) const;

private:
    QString m_folder;
};
