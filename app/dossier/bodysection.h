// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/contactmasker.h"
#include "dossier/dossierdata.h"
#include "dossier/dossiergrouping.h"
#include "dossier/dossierlayout.h"
#include "dossier/dossieroptions.h"

#include <QHash>
#include <QStringList>
#include <atomic>
#include <functional>

class PageComposer;

// The testimonies, part by part: each with its title, authority, themes and tags, date of
// receipt, text, difficulties met and attachments; contact details only where allowed.
class BodySection
{
public:
    BodySection(const DossierData &data, const DossierOptions &options);

    // The headings in reading order, with the anchors compose() will place.
    QList<OutlineEntry> outline() const { return m_outline; }
    AnchorPtr entryAnchor(int entry) const { return m_entryAnchors.value(entry); }

    // False when cancelled. progress(done) is called after each contribution.
    bool compose(PageComposer &composer, const std::function<void(int)> &progress,
        const std::atomic_bool *cancel) const;

    // Whether a contribution's contact details may be printed.
    static bool printsContact(const DossierEntry &entry, const DossierOptions &options);
    // What hides a contribution's sender in its texts, unless its contact may be printed.
    static ContactMasker masker(const DossierEntry &entry, const DossierOptions &options);
    // Its title as printed, masked; « Contribution sans titre » when it has none.
    static QString title(const DossierEntry &entry, const DossierOptions &options);
    // « Saumur · commune · Maine-et-Loire (49) · 26 241 habitants », or that it is not given.
    static QString whoPhrase(const DossierEntry &entry);
    // « Claire Moreau, Chargée de mission · claire.moreau@… · 02 41 … »: only where allowed.
    static QString contactPhrase(const Contact &contact);
    // « Reçue le 2 février 2021 par courriel (après la clôture, acceptée) · texte revu ».
    static QString receivedPhrase(const Contribution &c, const QString &timeZone);

private:
    void plan(const QList<DossierGroup> &groups, int level);
    bool composeGroup(PageComposer &composer, const DossierGroup &group, int level,
        const std::function<void(int)> &progress, const std::atomic_bool *cancel, int *done,
        int *nextGroup) const;
    void composeEntry(PageComposer &composer, int index, int themeIndex) const;
    QString entryTitle(int index) const;

    const DossierData &m_data;
    const DossierOptions &m_options;
    QList<DossierGroup> m_groups;
    QList<OutlineEntry> m_outline; // pre-order: a group, then its children and contributions
    QList<AnchorPtr> m_groupAnchors; // the same order, groups only
    QList<AnchorPtr> m_entryAnchors; // by entry index
    QHash<QString, QString> m_subtopicLabels;
    QHash<QString, QString> m_themeLabels;
};
