// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// The time now, injectable so that tests can stand on either side of the deadline.
// Only used to say whether intake is open: a receipt time is always given, never read from here.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    static const Clock &system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime instant) : m_instant(std::move(instant)) {}
    QDateTime now() const override { return m_instant; }
    void set(const QDateTime &instant) { m_instant = instant; }

private:
    QDateTime m_instant;
};
