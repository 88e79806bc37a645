// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contributionrows.h"

#include "storage/sqlquery.h"

namespace ContributionRows {

QString listColumns()
{
    return QStringLiteral("c.id, c.title, c.authority_code, a.name, a.departement, c.received_at, c.status, "
                          "c.primary_theme, c.channel, coalesce(ct.name, '')");
}

QString listJoins()
{
    return QStringLiteral(" LEFT JOIN authority a ON a.code = c.authority_code LEFT JOIN contact ct ON "
                          "ct.id = c.contact_id");
}

ContributionSummary summaryFrom(const SqlQuery &q)
{
    ContributionSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.authorityCode = q.value(2).toString();
    s.authorityName = q.value(3).toString();
    s.departement = q.value(4).toString();
    QDateTime received = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    received.setTimeSpec(Qt::UTC);
    s.receivedAt = received;
    s.status = q.value(6).toString();
    s.primaryTheme = q.value(7).toString();
    s.channel = q.value(8).toString();
    s.contactName = q.value(9).toString();
    return s;
}

} // namespace ContributionRows
