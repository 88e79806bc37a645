// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contribution.h"

#include "core/isotime.h"

namespace {
struct ChannelRow
{
    Channel::Value value;
    const char *code;
    const char *label;
};
constexpr ChannelRow channels[] = {
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {Channel::Letter, "courrier", QT_TRANSLATE_NOOP("Channel", "Letter")},
    {Channel::Phone, "telephone", QT_TRANSLATE_NOOP("Channel", "Telephone")},
    {Channel::Form, "formulaire", QT_TRANSLATE_NOOP("Channel", "Form")},
};
} // namespace

QString Channel::code(Value v)
{
    return QString::fromLatin1(channels[v].code);
}

bool Channel::fromCode(const QString &code, Value *v)
{
    for (const ChannelRow &r : channels) {
        if (code == QLatin1String(r.code)) {
            *v = r.value;
            return true;
        }
    }
    return false;
}

QString Channel::label(Value v)
{
    return tr(channels[v].label);
}

QList<std::pair<QString, QString>> Contribution::auditFields() const
{
    auto sorted = [](QStringList l) {
        l.sort();
        return l.join(QLatin1String(", "));
    };
    return {
        {QStringLiteral("authority"), authorityCode},
        {QStringLiteral("contact_name"), contact.name},
        {QStringLiteral("contact_role"), contact.role},
        {QStringLiteral("contact_email"), contact.email},
        {QStringLiteral("contact_phone"), contact.phone},
        {QStringLiteral("title"), title},
        {QStringLiteral("text"), text},
        {QStringLiteral("difficulties"), difficulties},
        {QStringLiteral("themes"), sorted(themes)},
        {QStringLiteral("primary_theme"), primaryTheme},
        {QStringLiteral("subtopics"), sorted(subtopics)},
        {QStringLiteral("tags"), sorted(tags)},
        {QStringLiteral("channel"), Channel::code(channel)},
        {QStringLiteral("received_at"), IsoTime::utc(receivedAt)},
        {QStringLiteral("status"), ReviewState::code(status)},
        {QStringLiteral("consent_name"), consentToPublishName ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("late_override"), lateOverride ? lateOverride->by + QStringLiteral(": ") + lateOverride->reason : QString()},
    };
}
