// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierloader.h"

#include "core/authoritydirectory.h"
#include "storage/campaignrepository.h"
#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/sourcemessagerepository.h"
#include "storage/taxonomyrepository.h"

#include <QSet>
#include <algorithm>

namespace {

// The dossier speaks French whatever the interface language: plural labels of the states.
QString frenchPlural(const QString &status)
{
    if (status == QLatin1String("received"))
        return QStringLiteral("reçues");
    if (status == QLatin1String("in_review"))
        return QStringLiteral("en relecture");
    if (status == QLatin1String("needs_changes"))
        return QStringLiteral("à compléter");
    if (status == QLatin1String("validated"))
        return QStringLiteral("validées");
    if (status == QLatin1String("rejected"))
        return QStringLiteral("écartées");
    return status;
}

QString joinFrench(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" et ")
        + items.last();
}

} // namespace

DossierLoader::DossierLoader(Database &db)
    : m_db(db)
{ }

QString DossierLoader::selectionLabel(const DossierOptions &options, const QList<Theme> &themes)
{
    if (options.useListFilter)
        return options.listLabel.isEmpty() ? QStringLiteral("Sélection de la liste") : options.listLabel;
    QStringList states;
    for (const QString &s : options.statuses)
        states.append(frenchPlural(s));
    QString label = states.isEmpty() ? QStringLiteral("Toutes les contributions")
                                     : QStringLiteral("Contributions ") + joinFrench(states);
    QStringList themeLabels;
    for (const QString &code : options.themes) {
        const auto it =
            std::find_if(themes.cbegin(), themes.cend(), [&](const Theme &t) { return t.code == code; });
        themeLabels.append(it == themes.cend() ? code : it->frenchLabel);
    }
    if (!themeLabels.isEmpty())
        label += QStringLiteral(" — ") + joinFrench(themeLabels);
    return label;
}

bool DossierLoader::load(const DossierOptions &options, DossierData *data, QString *error) const
{
    if (!m_db.isOpen()) {
        *error = tr("The database is not open.");
        return false;
    }
    for (const QString &s : options.statuses) {
        ReviewState::State state;
        if (!ReviewState::fromCode(s, &state)) {
            *error = tr("“%1” is not a review state.").arg(s);
            return false;
        }
    }
    const TaxonomyRepository taxonomy(m_db);
    data->campaign = m_db.campaign();
    data->themes = taxonomy.themes();
    data->subtopics = taxonomy.subtopics();
    for (const QString &code : options.themes) {
        if (std::none_of(
                data->themes.cbegin(), data->themes.cend(), [&](const Theme &t) { return t.code == code; })) {
            *error = tr("“%1” is not a theme of this campaign.").arg(code);
            return false;
        }
    }
    data->selectionLabel = selectionLabel(options, data->themes);
    data->entries.clear();

    const ContributionRepository contributions(m_db);
    const SourceMessageRepository sources(m_db.connection());
    const AuthorityDirectory &directory = AuthorityDirectory::official();
    const QStringList statuses = options.useListFilter ? QStringList { options.listFilter.status }
        : options.statuses.isEmpty()                   ? QStringList { QString() }
                                                       : options.statuses;
    QSet<QString> wantedThemes(options.themes.cbegin(), options.themes.cend());
    if (options.useListFilter)
        wantedThemes.clear();
    constexpr int pageSize = 500;
    for (const QString &status : statuses) {
        ContributionFilter filter = options.useListFilter ? options.listFilter : ContributionFilter();
        filter.status = status;
        filter.sortColumn = ContributionFilter::SortColumn::ReceivedAt;
        filter.descending = false;
        for (int offset = 0;; offset += pageSize) {
            const QList<ContributionSummary> rows = contributions.page(filter, offset, pageSize);
            for (const ContributionSummary &row : rows) {
                std::optional<Contribution> c = contributions.find(row.id);
                if (!c)
                    continue;
                if (!wantedThemes.isEmpty()
                    && std::none_of(c->themes.cbegin(), c->themes.cend(),
                        [&](const QString &t) { return wantedThemes.contains(t); }))
                    continue;
                DossierEntry e;
                e.authority = directory.find(c->authorityCode);
                e.departementName = directory.departementName(e.authority.departement);
                e.regionName = directory.regionName(e.authority.region);
                for (const StoredAttachment &a : sources.attachmentsOfContribution(c->id, false))
                    e.attachmentNames.append(a.filename.isEmpty() ? a.safeName : a.filename);
                if (!c->contact.name.trimmed().isEmpty())
                    e.senderNames.append(c->contact.name.trimmed());
                if (!c->contact.email.trimmed().isEmpty())
                    e.senderAddresses.append(c->contact.email.trimmed());
                for (const StoredMessage &m : sources.ofContribution(c->id)) {
                    if (!m.fromName.trimmed().isEmpty() && !e.senderNames.contains(m.fromName.trimmed()))
                        e.senderNames.append(m.fromName.trimmed());
                    if (!m.fromAddress.trimmed().isEmpty()
                        && !e.senderAddresses.contains(m.fromAddress.trimmed()))
                        e.senderAddresses.append(m.fromAddress.trimmed());
                }
                e.contribution = std::move(*c);
                data->entries.append(std::move(e));
            }
            if (rows.size() < pageSize)
                break;
        }
    }
    // A theme or sub-topic the call has retired still files the contributions that carry it.
    const CampaignSettings call = CampaignRepository(m_db).settings();
    auto carried = [&data](const QString &code) {
        return std::any_of(data->entries.cbegin(), data->entries.cend(), [&code](const DossierEntry &e) {
            return e.contribution.primaryTheme == code || e.contribution.themes.contains(code)
                || e.contribution.subtopics.contains(code);
        });
    };
    for (const Theme &t : call.themes)
        if (t.retired && carried(t.code))
            data->themes.append(t);
    for (const Subtopic &st : call.subtopics)
        if (st.retired && carried(st.code))
            data->subtopics.append(st);
    // Several states were read one after the other: one order for the whole selection.
    std::stable_sort(
        data->entries.begin(), data->entries.end(), [](const DossierEntry &l, const DossierEntry &r) {
            return l.contribution.receivedAt < r.contribution.receivedAt;
        });
    return true;
}
