// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contributionmerge.h"

#include <QHash>

namespace {
QHash<QString, QString> fieldsOf(const Contribution &c)
{
    QHash<QString, QString> fields;
    for (const auto &[name, value] : c.auditFields())
        fields.insert(name, value);
    return fields;
}
} // namespace

ContributionMerge::ContributionMerge(
    const Contribution &base, const Contribution &mine, const Contribution &theirs)
    : m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
{
    const auto b = fieldsOf(base), m = fieldsOf(mine), t = fieldsOf(theirs);
    for (const auto &[name, value] : mine.auditFields()) {
        if (value == t.value(name))
            continue;
        m_differing.append(name);
        if (m.value(name) != b.value(name) && t.value(name) != b.value(name))
            m_conflicting.append(name);
    }
}

QString ContributionMerge::value(Side side, const QString &field) const
{
    return fieldsOf(side == Side::Mine ? m_mine : m_theirs).value(field);
}

QString ContributionMerge::baseValue(const QString &field) const
{
    return fieldsOf(m_base).value(field);
}

void ContributionMerge::choose(const QString &field, Side side)
{
    m_choices.insert(field, side);
}

Contribution ContributionMerge::merged() const
{
    Contribution result = m_theirs;
    const auto b = fieldsOf(m_base), m = fieldsOf(m_mine);
    for (const QString &field : m_differing) {
        const bool mineChanged = m.value(field) != b.value(field);
        const bool conflict = m_conflicting.contains(field);
        if ((conflict && m_choices.value(field, Side::Mine) == Side::Mine) || (!conflict && mineChanged))
            copyField(field, m_mine, &result);
    }
    return result;
}

Contribution ContributionMerge::keepMine() const
{
    Contribution result = m_mine;
    result.version = m_theirs.version;
    result.status = m_theirs.status; // the review state is not the editor's to change
    return result;
}

void ContributionMerge::copyField(const QString &field, const Contribution &from, Contribution *to)
{
    if (field == QLatin1String("authority"))
        to->authorityCode = from.authorityCode;
    else if (field == QLatin1String("contact_name"))
        to->contact.name = from.contact.name;
    else if (field == QLatin1String("contact_role"))
        to->contact.role = from.contact.role;
    else if (field == QLatin1String("contact_email"))
        to->contact.email = from.contact.email;
    else if (field == QLatin1String("contact_phone"))
        to->contact.phone = from.contact.phone;
    else if (field == QLatin1String("title"))
        to->title = from.title;
    else if (field == QLatin1String("text"))
        to->text = from.text;
    else if (field == QLatin1String("difficulties"))
        to->difficulties = from.difficulties;
    else if (field == QLatin1String("themes"))
        to->themes = from.themes;
    else if (field == QLatin1String("primary_theme"))
        to->primaryTheme = from.primaryTheme;
    else if (field == QLatin1String("subtopics"))
        to->subtopics = from.subtopics;
    else if (field == QLatin1String("tags"))
        to->tags = from.tags;
    else if (field == QLatin1String("channel"))
        to->channel = from.channel;
    else if (field == QLatin1String("received_at"))
        to->receivedAt = from.receivedAt;
    else if (field == QLatin1String("consent_name"))
        to->consentToPublishName = from.consentToPublishName;
    else if (field == QLatin1String("late_override"))
        to->lateOverride = from.lateOverride;
    // status: changed by the review workflow only, never merged from a form.
}
