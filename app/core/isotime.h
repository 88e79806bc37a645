// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// ISO 8601 text of an instant in UTC, as QDateTime::toString(Qt::ISODate) and
// Qt::ISODateWithMs write it for a UTC time ("2021-03-20T23:00:00Z"), computed
// directly from the milliseconds since the epoch. Qt's formatting goes through its
// locale machinery and was a tenth of the time spent storing an imported message,
// which writes several dates. Null for an invalid date time.
namespace IsoTime {

QString utc(const QDateTime &dt);
QString utcWithMs(const QDateTime &dt);

} // namespace IsoTime
