// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deadlineguard.h"

#include "core/campaignsettings.h"

#include <QLocale>

DeadlineGuard::DeadlineGuard(const QDate &closesOn, const QTimeZone &zone)
    : m_closesOn(closesOn)
    , m_zone(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris")))
    , m_closingInstant(QDateTime(closesOn.addDays(1), QTime(0, 0), m_zone).toUTC())
{
}

DeadlineGuard::DeadlineGuard(const Campaign &campaign)
    : DeadlineGuard(campaign.closesOn, QTimeZone(campaign.timeZone.toUtf8()))
{
}

DeadlineGuard::Verdict DeadlineGuard::judge(const QDateTime &receivedAt) const
{
    if (!receivedAt.isValid())
        return Verdict::Undated;
    return receivedAt.toUTC() < m_closingInstant ? Verdict::InTime : Verdict::Late;
}

QString DeadlineGuard::refusal(const QDateTime &receivedAt, const std::optional<LateOverride> &override) const
{
    switch (judge(receivedAt)) {
    case Verdict::InTime:
        return {};
    case Verdict::Undated:
        return tr("The receipt date and time are missing: enter when the testimony was received.");
    case Verdict::Late:
        if (override && !override->by.trimmed().isEmpty() && !override->reason.trimmed().isEmpty())
            return {};
        // The campaign's wall-clock time, said as people say it: no seconds, no « CET ».
        const QLocale locale;
        const QDateTime local = receivedAt.toTimeZone(m_zone);
        return tr(
            "Received on %1 at %2 (%4), after the call closed on %3: an administrator must accept it "
            "with a reason.")
            .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
                locale.toString(local.time(), tr("HH:mm", "time of day in a sentence")),
                locale.toString(m_closesOn, QStringLiteral("d MMMM yyyy")), zoneText());
    }
    return {};
}

QString DeadlineGuard::zoneText() const
{
    return tr("%1 time", "the campaign's time zone, by its city: Paris time, Cayenne time")
        .arg(CampaignSettings::zoneCity(QString::fromUtf8(m_zone.id())));
}

QString DeadlineGuard::statusText(const QDateTime &now) const
{
    const QString date = QLocale().toString(m_closesOn, QStringLiteral("d MMMM yyyy"));
    return isOpenAt(now) ? tr("Call open until %1").arg(date) : tr("Call closed since %1").arg(date);
}
