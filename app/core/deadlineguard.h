// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

// An administrator's written permission to keep a contribution received after the close.
struct LateOverride
{
    QString by;
    QString reason;
};

// Decides whether a receipt instant falls before the campaign's close, judged in the
// campaign's time zone. The one place this rule lives: storage calls it on every write.
class DeadlineGuard
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineGuard)

public:
    enum class Verdict { InTime, Late, Undated };

    DeadlineGuard(const QDate &closesOn, const QTimeZone &zone);
    explicit DeadlineGuard(const Campaign &campaign);

    // First instant at which intake is closed (midnight after closesOn, in the zone).
    QDateTime closingInstant() const { return m_closingInstant; }
    QTimeZone timeZone() const { return m_zone; }
    QDate closesOn() const { return m_closesOn; }
    // "Paris time", "Cayenne time": how the campaign's clock is named beside a time.
    QString zoneText() const;

    Verdict judge(const QDateTime &receivedAt) const;
    bool isOpenAt(const QDateTime &now) const { return judge(now) == Verdict::InTime; }

    // Empty when a contribution received at receivedAt may be written; otherwise the reason
    // it may not, as a sentence for the person entering it.
    QString refusal(const QDateTime &receivedAt, const std::optional<LateOverride> &override) const;

    // "Intake open until 20 March 2021" / "Call closed since 20 March 2021", for the status bar.
    QString statusText(const QDateTime &now) const;

private:
    QDate m_closesOn;
    QTimeZone m_zone;
    QDateTime m_closingInstant;
};
