// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/maildate.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <optional>

namespace {

struct Zone
{
    const char *name;
    int minutes;
};

// North American zones from RFC 5322; European ones as their countries use them. Ambiguous
// abbreviations (IST, CST-China) are left out on purpose. Military letters other than Z carry
// no trustworthy sign (RFC 5322 §4.3), so they are read as UTC.
constexpr Zone kZones[] = {
    { "ut", 0 },
    { "utc", 0 },
    { "gmt", 0 },
    { "z", 0 },
    { "est", -300 },
    { "edt", -240 },
    { "cst", -360 },
    { "cdt", -300 },
    { "mst", -420 },
    { "mdt", -360 },
    { "pst", -480 },
    { "pdt", -420 },
    { "ast", -240 },
    { "adt", -180 },
    { "akst", -540 },
    { "akdt", -480 },
    { "hst", -600 },
    { "nst", -210 },
    { "ndt", -150 },
    { "cet", 60 },
    { "cest", 120 },
    { "met", 60 },
    { "mest", 120 },
    { "mez", 60 },
    { "mesz", 120 },
    { "wet", 0 },
    { "west", 60 },
    { "eet", 120 },
    { "eest", 180 },
    { "bst", 60 },
    { "msk", 180 },
    { "jst", 540 },
    { "kst", 540 },
    { "hkt", 480 },
    { "sgt", 480 },
    { "aest", 600 },
    { "aedt", 660 },
    { "acst", 570 },
    { "awst", 480 },
    { "nzst", 720 },
    { "nzdt", 780 },
};

const char *const kDayNames[] = {
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lun",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
};

bool isDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isAlpha(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!((c >= 'a' && c <= 'z') || uchar(c) >= 0x80))
            return false;
    }
    return true;
}

// English and French month names or their usual abbreviations (token is lower case).
int monthNumber(QByteArrayView t)
{
    if (t.size() < 3)
        return 0;
    static const struct
    {
        const char *prefix;
        int month;
    } months[] = {
        { "jan", 1 },
        { "feb", 2 },
        { "fev", 2 },
        { "f\xc3\xa9v", 2 },
        { "mar", 3 },
        { "apr", 4 },
        { "avr", 4 },
        { "may", 5 },
        { "mai", 5 },
        { "jun", 6 },
        { "juin", 6 },
        { "jul", 7 },
        { "juil", 7 },
        { "aug", 8 },
        { "aou", 8 },
        { "ao\xc3\xbb", 8 },
        { "sep", 9 },
        { "oct", 10 },
        { "nov", 11 },
        { "dec", 12 },
        { "d\xc3\xa9"
          "c",
            12 },
    };
    int found = 0;
    qsizetype best = 0;
    for (const auto &m : months) {
        const QByteArrayView p(m.prefix);
        if (t.startsWith(p) && p.size() > best) {
            found = m.month;
            best = p.size();
        }
    }
    // "mardi" and "mars" share a prefix: only day names are excluded before this.
    return found;
}

// "+0100", "-05", "+01:00", "+1"; false when it does not look like an offset.
bool numericOffset(QByteArrayView t, int *minutes)
{
    if (t.size() < 2 || (t[0] != '+' && t[0] != '-'))
        return false;
    const int sign = t[0] == '-' ? -1 : 1;
    QByteArray digits = t.sliced(1).toByteArray();
    digits.replace(':', "");
    if (!isDigits(digits) || digits.size() > 4)
        return false;
    int h = 0, m = 0;
    if (digits.size() <= 2) {
        h = digits.toInt();
    } else {
        h = digits.left(digits.size() - 2).toInt();
        m = digits.right(2).toInt();
    }
    // Real zones run from -12:00 to +14:00: anything further is not an offset.
    if (m > 59 || h * 60 + m > 14 * 60)
        return false;
    *minutes = sign * (h * 60 + m);
    return true;
}

struct DateParts
{
    int day = -1, month = -1, year = -1, yearDigits = 0;
    int hour = -1, minute = -1, second = 0;
    std::optional<int> zoneMinutes; // numeric offset: always wins
    bool impossibleOffset = false; // "+1559": shaped like an offset, further than any zone
    std::optional<int> namedMinutes; // a zone name in the text
    int pm = 0; // 1 = am, 2 = pm
    QList<QByteArray> numbers;
};

bool readTime(QByteArrayView t, DateParts *p)
{
    // hh:mm[:ss][.fraction] possibly glued to a zone ("10:00:00+0100", "10:00:00z").
    qsizetype end = 0;
    while (end < t.size() && ((t[end] >= '0' && t[end] <= '9') || t[end] == ':' || t[end] == '.'))
        ++end;
    const QList<QByteArray> fields = t.first(end).toByteArray().split(':');
    if (fields.size() < 2 || fields.size() > 3)
        return false;
    bool ok1 = false, ok2 = false, ok3 = true;
    p->hour = fields[0].toInt(&ok1);
    p->minute = fields[1].left(2).toInt(&ok2);
    if (fields.size() == 3) {
        const QByteArray sec = fields[2].split('.').value(0);
        p->second = sec.isEmpty() ? 0 : sec.toInt(&ok3);
    }
    if (!ok1 || !ok2 || !ok3)
        return false;
    const QByteArrayView rest = t.sliced(end);
    int minutes = 0;
    if (numericOffset(rest, &minutes))
        p->zoneMinutes = minutes;
    else if (!rest.isEmpty() && MailDate::zoneOffset(rest, &minutes))
        p->namedMinutes = minutes;
    else if (rest.size() >= 3 && (rest[0] == '+' || rest[0] == '-'))
        p->impossibleOffset = true;
    return true;
}

void readToken(QByteArrayView t, DateParts *p, int depth = 0);

void readCompound(QByteArrayView t, char sep, DateParts *p, int depth)
{
    const QList<QByteArray> parts = t.toByteArray().split(sep);
    // ISO order "2021-03-12" (year first, all numeric).
    if (parts.size() == 3 && isDigits(parts[0]) && parts[0].size() == 4 && isDigits(parts[1])
        && isDigits(parts[2])) {
        p->year = parts[0].toInt();
        p->yearDigits = 4;
        p->month = parts[1].toInt();
        p->day = parts[2].toInt();
        return;
    }
    for (const QByteArray &part : parts)
        readToken(part, p, depth + 1);
}

void readToken(QByteArrayView t, DateParts *p, int depth)
{
    while (!t.isEmpty() && (t.back() == '.' || t.back() == ','))
        t.chop(1);
    if (t.isEmpty() || depth > 2)
        return;
    int minutes = 0;
    if (t[0] == '+' || t[0] == '-') {
        if (numericOffset(t, &minutes))
            p->zoneMinutes = minutes;
        else if (t.size() >= 3
            && std::all_of(t.begin() + 1, t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':'; }))
            p->impossibleOffset = true; // read as UTC it would move the time by up to a day
        return;
    }
    if (isDigits(t)) {
        p->numbers.append(t.toByteArray());
        return;
    }
    // ISO 8601 "2021-03-12t20:15:33+01:00" (lower-cased).
    if (const qsizetype tpos = t.indexOf('t'); tpos == 10 && isDigits(t.first(4))) {
        readCompound(t.first(tpos), '-', p, depth);
        readTime(t.sliced(tpos + 1), p);
        return;
    }
    if (t[0] >= '0' && t[0] <= '9' && t.contains(':')) {
        readTime(t, p);
        return;
    }
    // "GMT+0100", "UTC-5" before any split on '-'.
    for (const char sign : { '+', '-' }) {
        const qsizetype at = t.indexOf(sign);
        if (at > 0 && isAlpha(t.first(at)) && numericOffset(t.sliced(at), &minutes)) {
            p->zoneMinutes = minutes;
            return;
        }
    }
    if (t.contains('-')) {
        readCompound(t, '-', p, depth);
        return;
    }
    if (t.contains('/')) {
        readCompound(t, '/', p, depth);
        return;
    }
    if (t == "am" || t == "pm") {
        p->pm = t == "pm" ? 2 : 1;
        return;
    }
    for (const char *day : kDayNames) {
        if (t == QByteArrayView(day))
            return;
    }
    if (MailDate::zoneOffset(t, &minutes)) {
        p->namedMinutes = minutes;
        return;
    }
    if (const int m = monthNumber(t); m > 0 && p->month < 0) {
        p->month = m;
        return;
    }
    // Military zones (single letters other than j): UTC, see kZones.
    if (t.size() == 1 && t[0] >= 'a' && t[0] <= 'z' && t[0] != 'j')
        p->namedMinutes = 0;
}

} // namespace

bool MailDate::zoneOffset(QByteArrayView name, int *minutes)
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const Zone &z : kZones) {
        if (lower == QByteArrayView(z.name)) {
            *minutes = z.minutes;
            return true;
        }
    }
    return false;
}

QDateTime MailDate::parse(QByteArrayView value)
{
    if (value.size() > 1000)
        value.truncate(1000); // a date is short; bound the work on hostile input
    QByteArray main;
    QList<QByteArray> comments;
    int depth = 0;
    for (const char c : value) {
        if (c == '(') {
            if (depth++ == 0)
                comments.append(QByteArray());
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            continue;
        }
        const char lc = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        if (depth > 0)
            comments.last().append(lc);
        else
            main.append((c == ',' || c == '\r' || c == '\n' || c == '\t') ? ' ' : lc);
    }

    // Obsolete syntax allows spaces around the ':' of the time ("09 :  55 : 06").
    QByteArray compact;
    compact.reserve(main.size());
    for (qsizetype i = 0; i < main.size(); ++i) {
        if (main[i] == ' ') {
            qsizetype j = i;
            while (j < main.size() && main[j] == ' ')
                ++j;
            if ((j < main.size() && main[j] == ':') || (!compact.isEmpty() && compact.back() == ':')) {
                i = j - 1;
                continue;
            }
        }
        compact.append(main[i]);
    }

    DateParts p;
    const QList<QByteArray> tokens = compact.split(' ');
    int count = 0;
    for (const QByteArray &t : tokens) {
        if (!t.isEmpty() && ++count <= 40)
            readToken(t, &p);
    }

    // Numbers: a 3- or 4-digit one is the year; otherwise day first, then year.
    for (const QByteArray &n : p.numbers) {
        if (n.size() >= 3 && n.size() <= 4 && p.year < 0) {
            p.year = n.toInt();
            p.yearDigits = int(n.size());
        }
    }
    for (const QByteArray &n : p.numbers) {
        const int v = n.size() <= 4 ? n.toInt() : -1;
        if (n.size() >= 3 && v == p.year)
            continue;
        if (p.day < 0 && n.size() <= 2 && v >= 1 && v <= 31) {
            p.day = v;
        } else if (p.year < 0 && n.size() <= 2) {
            p.year = v;
            p.yearDigits = int(n.size());
        }
    }
    if (p.day < 0 || p.month < 1 || p.month > 12 || p.year < 0 || p.impossibleOffset)
        return {};
    // RFC 5322's obsolete years have two digits or three: a lone « 0 » is no year at all.
    if (p.yearDigits < 2)
        return {};
    if (p.yearDigits == 2)
        p.year += p.year < 50 ? 2000 : 1900;
    else if (p.yearDigits == 3)
        p.year += 1900;
    if (p.hour < 0) {
        p.hour = 0;
        p.minute = 0;
    }
    if (p.pm == 2 && p.hour < 12)
        p.hour += 12;
    else if (p.pm == 1 && p.hour == 12)
        p.hour = 0;
    if (p.second == 60)
        p.second = 59; // leap second
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second);
    if (!date.isValid() || !time.isValid() || p.year < 1000)
        return {};

    int minutes = 0;
    if (p.zoneMinutes) {
        minutes = *p.zoneMinutes;
    } else if (p.namedMinutes) {
        minutes = *p.namedMinutes;
    } else {
        // No zone in the date itself: a comment such as "(CET)" is the best clue left.
        for (const QByteArray &c : comments) {
            int m = 0;
            if (zoneOffset(c.trimmed(), &m) || numericOffset(c.trimmed(), &m)) {
                minutes = m;
                break;
            }
        }
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(minutes) * 60);
}

QDateTime MailDate::parseReceived(QByteArrayView value)
{
    const qsizetype semi = value.lastIndexOf(';');
    if (semi >= 0) {
        const QDateTime dt = parse(value.sliced(semi + 1));
        if (dt.isValid())
            return dt;
    }
    // No ';' (some old relays): find something shaped like "12 Mar 2021 20:15:33".
    static const QRegularExpression shape(
        QStringLiteral("(\\d{1,2}\\s+[A-Za-z]{3}[a-z]*\\s+\\d{2,4}\\s+\\d{1,2}:\\d{2}(:\\d{2})?(\\s+[-+]\\d{"
                       "4}|\\s+[A-Za-z]{1,5})?)"));
    const QString text = QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 4000)));
    const QRegularExpressionMatch match = shape.match(text);
    if (match.hasMatch())
        return parse(match.captured(1).toLatin1());
    return {};
}
