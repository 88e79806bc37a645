// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/isotime.h"

namespace IsoTime {

namespace {

// Days since 1970-01-01 to the civil date (proleptic Gregorian), after Howard Hinnant's
// "days_from_civil" inverse.
void civilFromDays(qint64 z, qint64 *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

void put(char *at, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

QString format(const QDateTime &dt, bool withMs)
{
    if (!dt.isValid())
        return {};
    const qint64 ms = dt.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 inDay = ms % 86400000;
    if (inDay < 0) {
        inDay += 86400000;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) // Qt's own spelling of far dates
        return dt.toUTC().toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
    char text[] = "0000-00-00T00:00:00.000Z";
    put(text, year, 4);
    put(text + 5, month, 2);
    put(text + 8, day, 2);
    put(text + 11, inDay / 3600000, 2);
    put(text + 14, inDay / 60000 % 60, 2);
    put(text + 17, inDay / 1000 % 60, 2);
    if (!withMs)
        return QString::fromLatin1(text, 19) + QLatin1Char('Z');
    put(text + 20, inDay % 1000, 3);
    return QString::fromLatin1(text, 24);
}

} // namespace

QString utc(const QDateTime &dt)
{
    return format(dt, false);
}

QString utcWithMs(const QDateTime &dt)
{
    return format(dt, true);
}

} // namespace IsoTime
